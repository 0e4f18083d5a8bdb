import { describeImport } from '../domain/progress/describe-import';
import { createEmptyProgress, type Progress } from '../domain/progress/progress';
import type { CurrentCardIds } from '../domain/progress/migrate';
import { exportProgress, migrateExportFile, readExportFile } from '../domain/progress/transfer';
import type { SliceContext, StorageSlice } from './app-state';
import type { SaveResult } from './durable-storage';
import { progressFields, selectProgress } from './select-progress';

/** Storage health and the whole-progress actions: fresh start, import, reset, export. */
export function createStorageSlice(ctx: SliceContext): StorageSlice {
  const replaceAll = async (progress: Progress): Promise<SaveResult> => {
    await ctx.ready;
    // Replacing everything is the learner's explicit choice, so it may overwrite storage
    // that could not be read (its copy was kept aside).
    if (ctx.storage.status() === 'unreadable' || ctx.storage.status() === 'unavailable') {
      await ctx.storage.allowWrites();
    }
    ctx.storage.replaceOnNextWrite();
    ctx.set({ ...progressFields(progress), loadError: null, storageStatus: ctx.storage.status() });
    return ctx.storage.flush();
  };
  return {
    storageStatus: 'loading',
    hydrated: false,
    loadError: null,
    startFresh: () => replaceAll(createEmptyProgress(ctx.get().settings)),
    replaceProgress: (progress) => replaceAll(progress),
    resetProgress: () => replaceAll(createEmptyProgress(ctx.get().settings)),
    createExport: () => exportProgress(selectProgress(ctx.get()), ctx.clock.now()),
    previewImport: async (text) => {
      const file = readExportFile(text);
      if (!file.ok) return file;
      let cardIds: CurrentCardIds;
      try {
        cardIds = await ctx.storage.cardIdsFor(file.value.schemaVersion);
      } catch (error) {
        return {
          ok: false,
          error: {
            kind: 'invalid',
            message: `The file comes from an earlier version and could not be upgraded (${String(error)}).`,
          },
        };
      }
      const imported = migrateExportFile(file.value, cardIds);
      if (!imported.ok) return imported;
      const changes = describeImport(selectProgress(ctx.get()), imported.value.progress);
      return { ok: true, value: { imported: imported.value, changes } };
    },
    listUnreadableCopies: () => ctx.storage.listUnreadableCopies(),
    readUnreadableCopy: (copyKey) => ctx.storage.readUnreadableCopy(copyKey),
    flush: () => ctx.storage.flush(),
  };
}
