import * as v from 'valibot';
import { schemaProgressError, type ProgressResult } from './progress-error';
import { renameRetiredCards } from './rename-retired-cards';
import { ProgressSchema } from './schema';

/** Version 2 of the progress file: the same fields as version 3. */
const V2ProgressSchema = v.object({ ...ProgressSchema.entries, schemaVersion: v.literal(2) });

/**
 * v2 → v3: card ids the question bank no longer has move to their successors (see
 * `renameRetiredCards`): version 2 was written by banks with generators and facts that were
 * since retired or merged.
 * @param cardIds every card id of the current bank
 */
export function migrateV2ToV3(raw: unknown, cardIds: ReadonlySet<string>): ProgressResult<unknown> {
  const parsed = v.safeParse(V2ProgressSchema, raw);
  if (!parsed.success)
    return {
      ok: false,
      error: schemaProgressError(parsed.issues, 'The version 2 progress data is not valid'),
    };
  const renamed = renameRetiredCards(parsed.output, (cardId) => cardIds.has(cardId));
  return { ok: true, value: { ...renamed, schemaVersion: 3 } };
}
