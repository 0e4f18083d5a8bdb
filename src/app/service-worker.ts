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
      onNeedRefresh: announceUpdate,
      onOfflineReady: () => setState({ offlineReady: true }),
    });
  });
}

/** A new version is installed and waits for the learner's consent to take over. */
export function announceUpdate(): void {
  setState({ needRefresh: true });
}

/** Activates the waiting service worker and reloads into the new version. */
export function reloadIntoUpdate(): void {
  // The plugin reloads only when a worker already controlled the page at registration; on a
  // first visit that stayed open until an update arrived, reload here when the new one takes over.
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
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
