import { useEffect, useSyncExternalStore } from 'react';

/** One line of the keyboard help: the keys, then what they do. */
export type Shortcut = readonly [keys: string, action: string];

export type ScreenShortcuts = Readonly<{ screen: string; shortcuts: readonly Shortcut[] }>;

/** Keys that work on every screen. */
export const globalShortcuts: readonly Shortcut[] = [
  ['?', 'Show the keyboard shortcuts of this screen'],
  ['Esc', 'Close this list'],
  ['Tab, Shift + Tab', 'Move to the next or previous control'],
];

let current: ScreenShortcuts | null = null;
const listeners = new Set<() => void>();

function publish(next: ScreenShortcuts | null): void {
  current = next;
  listeners.forEach((notify) => notify());
}

/**
 * Declares the current screen's shortcuts for the `?` help, while the calling component is
 * mounted. Pass a stable (module-level) list.
 */
export function useScreenShortcuts(screen: string, shortcuts: readonly Shortcut[]): void {
  useEffect(() => {
    const entry = { screen, shortcuts };
    publish(entry);
    return () => {
      if (current === entry) publish(null);
    };
  }, [screen, shortcuts]);
}

/** The shortcuts the screen on display declared, if any. */
export function useCurrentShortcuts(): ScreenShortcuts | null {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => current,
    () => current,
  );
}
