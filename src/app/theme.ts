import { useEffect, useSyncExternalStore } from 'react';
import type { AppStore } from '../store/app-store';

export type ThemeChoice = 'system' | 'light' | 'dark';
/**
 * The theme lives in the saved settings; this localStorage entry mirrors it because
 * `public/theme-init.js` must apply it before first paint, long before IndexedDB is read.
 */
const KEY = 'warmstart.theme';
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The theme actually shown: the learner's choice, or the system's when they made none. */
export function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark() ? 'dark' : 'light';
  return choice;
}

/** Shows a theme and mirrors it for the next first paint, without touching the settings. */
function applyTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage can be blocked; the choice still applies for this visit.
  }
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  listeners.forEach((notify) => notify());
}

/**
 * Applies a theme choice at once and saves it in the settings; `system` follows the
 * operating system again. The store is imported on demand so the shell stays small.
 */
export function setThemeChoice(choice: ThemeChoice): void {
  applyTheme(choice);
  void import('../store/app-store')
    .then(({ getAppStore }) => getAppStore().getState().updateSettings({ theme: choice }))
    .catch(() => undefined);
}

/**
 * Keeps the shown theme in step with the saved settings, which an import may change. When
 * the saved progress has been read: a choice found only in the mirror (made before settings
 * held the theme, or whose save failed) is saved; otherwise the settings win. After that,
 * only a change of the saved theme is applied, so a choice still being saved is not undone.
 * @returns a function that stops following.
 */
export function followSavedTheme(store: AppStore): () => void {
  let last: ThemeChoice | null = null;
  const sync = (): void => {
    const { hydrated, storageStatus, settings } = store.getState();
    // Defaults stand in for unread or unreadable progress: they must not replace a choice.
    if (!hydrated || storageStatus !== 'ok' || settings.theme === last) return;
    const first = last === null;
    last = settings.theme;
    const mirrored = readChoice();
    if (first && settings.theme === 'system' && mirrored !== 'system') {
      void store.getState().updateSettings({ theme: mirrored });
    } else if (settings.theme !== mirrored) {
      applyTheme(settings.theme);
    }
  };
  sync();
  return store.subscribe(sync);
}

/** Follows the saved theme while mounted (the shell mounts it once). */
export function useSavedTheme(): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('../store/app-store').then(({ getAppStore }) => {
      if (!cancelled) stop = followSavedTheme(getAppStore());
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  const media =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  media?.addEventListener('change', notify);
  return () => {
    listeners.delete(notify);
    media?.removeEventListener('change', notify);
  };
}

/** The current theme choice and the theme it resolves to, updating on change. */
export function useTheme(): { choice: ThemeChoice; resolved: 'light' | 'dark' } {
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as const);
  const resolved = useSyncExternalStore(
    subscribe,
    () => resolveTheme(readChoice()),
    () => 'light' as const,
  );
  return { choice, resolved };
}
