import { useSyncExternalStore } from 'react';

type UpdateState = Readonly<{ needRefresh: boolean; offlineReady: boolean }>;

let state: UpdateState = { needRefresh: false, offlineReady: false };
let applyUpdate: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

function setState(patch: Partial<UpdateState>): void {
  state = { ...state, ...patch };
  listeners.forEach((notify) => notify());
}

/** Registers the service worker in production builds; updates wait for the learner's consent. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    applyUpdate = registerSW({
      immediate: true,
      onNeedRefresh: () => setState({ needRefresh: true }),
      onOfflineReady: () => setState({ offlineReady: true }),
    });
  });
}

/** Activates the waiting service worker and reloads into the new version. */
export function reloadIntoUpdate(): void {
  void applyUpdate?.(true);
}

export function dismissUpdateNotice(): void {
  setState({ needRefresh: false, offlineReady: false });
}

export function useServiceWorkerState(): UpdateState {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => state,
    () => state,
  );
}
