import { useStore } from 'zustand';
import type { AppState } from './app-state';
import { getAppStore } from './app-store';

/**
 * Reads from the app store and re-renders when the selected value changes. Select single
 * values, or wrap object-returning selectors in `useShallow`, as zustand 5 compares with
 * `Object.is`.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(getAppStore(), selector);
}
