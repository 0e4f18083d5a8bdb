import { DEFAULT_SETTINGS, updateSettings } from '../domain/progress/progress';
import type { SettingsSlice, SliceContext } from './app-state';

/** Target exam, desired retention, new cards a day and theme. */
export function createSettingsSlice(ctx: SliceContext): SettingsSlice {
  return {
    settings: DEFAULT_SETTINGS,
    updateSettings: async (patch) => {
      await ctx.ready;
      ctx.set({ settings: updateSettings(ctx.get().settings, patch) });
      return ctx.storage.flush();
    },
  };
}
