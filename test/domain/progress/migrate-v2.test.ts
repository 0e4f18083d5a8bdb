import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { migrateProgress, needsCardIds } from '../../../src/domain/progress/migrate';
import { PROGRESS_SCHEMA_VERSION, type Progress } from '../../../src/domain/progress/progress';
import { exportProgress, importProgress } from '../../../src/domain/progress/transfer';
import { listCards } from '../../../src/domain/quiz/generate-questions';

/**
 * An export written by the released version (progress format 2): answers to cards of
 * generators since retired (definition-meaning, checklist-severity, facts-multi, fill-blank),
 * of merged facts (permissions.layer-grant, versions.provisioned-concurrency), and of facts
 * now asked by another generator, some of them alongside their successor's own answers.
 */
const fixtureText = readFileSync(
  new URL('../../fixtures/progress/v2-export.json', import.meta.url),
  'utf8',
);
const file = JSON.parse(fixtureText) as { exportedAt: number; data: Record<string, unknown> };
const old = file.data as unknown as Omit<Progress, 'schemaVersion'>;
const bank = new Set(listCards({ topics }).map((card) => card.cardId));

function migrated(): Progress {
  const result = migrateProgress(file.data, 2, bank);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const oldCard = (cardId: string) => {
  const card = old.cards[cardId];
  if (card === undefined) throw new Error(`no ${cardId} in the fixture`);
  return card;
};

describe('migrating progress written by the released version', () => {
  it('needs the current card ids, as format 1 does, and later formats do not', () => {
    expect([1, 2, 3].map(needsCardIds)).toEqual([true, true, false]);
  });

  it('moves each card to its successor, the later answered state winning a shared one', () => {
    expect(migrated().cards).toEqual({
      // table-which (answered on day 3) wins over table-ask's own state (day 1)
      'table-ask:concurrency.types#provisioned/description': oldCard(
        'table-which:concurrency.types#provisioned/description',
      ),
      // the kept fact's own answer (day 3) is later than the merged fact's (day 1)
      'fact-choice:layers.cross-account': oldCard('fact-choice:layers.cross-account'),
      'fact-choice:concurrency.provisioned-version-alias': oldCard(
        'true-false:versions.provisioned-concurrency',
      ),
      'fact-choice:key-concepts.execution-role': oldCard(
        'definition-meaning:key-concepts.execution-role',
      ),
      'checklist-why:checklist.async-no-error-handling': oldCard(
        'checklist-severity:checklist.async-no-error-handling',
      ),
      'set-choice:cold-starts.cause-burst': oldCard('fact-choice:cold-starts.cause-burst'),
      'limit-value:concurrency.account-limit': oldCard('fact-choice:concurrency.account-limit'),
      // still in the bank
      'true-false:cold-starts.cause-burst': oldCard('true-false:cold-starts.cause-burst'),
      // nothing asks a whole topic or an exam tip's blank any more: kept as they were
      'facts-multi:concurrency': oldCard('facts-multi:concurrency'),
      'fill-blank:exam-tips.bisect-batch#1': oldCard('fill-blank:exam-tips.bisect-batch#1'),
    });
  });

  it('renames the recent answers and keeps every day count, setting and attempt', () => {
    const progress = migrated();
    expect(progress.schemaVersion).toBe(PROGRESS_SCHEMA_VERSION);
    expect(progress.settings).toEqual(old.settings);
    expect(progress.attempts).toEqual(old.attempts);
    expect(progress.reviewLog.days).toEqual(old.reviewLog.days);
    expect(progress.reviewLog.recent).toHaveLength(old.reviewLog.recent.length);
    expect(progress.reviewLog.recent.map((e) => e.cardId).filter((id) => !bank.has(id))).toEqual([
      'facts-multi:concurrency',
      'fill-blank:exam-tips.bisect-batch#1',
    ]);
    expect(progress.reviewLog.recent.map(({ at, rating }) => [at, rating])).toEqual(
      old.reviewLog.recent.map(({ at, rating }) => [at, rating]),
    );
  });

  it('keeps the undo snapshots it can still apply', () => {
    // The last ten answers.
    expect(migrated().reviewLog.undo.map((u) => u.entry.cardId)).toEqual([
      'checklist-why:checklist.async-no-error-handling',
      'facts-multi:concurrency',
      'fill-blank:exam-tips.bisect-batch#1',
      'true-false:cold-starts.cause-burst',
      'limit-value:concurrency.account-limit',
      'set-choice:cold-starts.cause-burst',
      // fact-choice:concurrency.account-limit was merged into limit-value: dropped
      'fact-choice:concurrency.provisioned-version-alias',
      // table-which was merged into table-ask: dropped
      'fact-choice:layers.cross-account',
    ]);
  });

  it('imports the released export the same way, and the result exports and imports unchanged', () => {
    const imported = importProgress(fixtureText, bank);
    expect(imported).toEqual({
      ok: true,
      value: { progress: migrated(), fromVersion: 2, exportedAt: file.exportedAt },
    });
    const again = importProgress(exportProgress(migrated(), file.exportedAt), bank);
    expect(again.ok && again.value).toEqual({
      progress: migrated(),
      fromVersion: PROGRESS_SCHEMA_VERSION,
      exportedAt: file.exportedAt,
    });
  });

  it('rejects damaged version 2 data, naming the version and the field', () => {
    const broken = { ...file.data, settings: { theme: 'dark' } };
    const result = migrateProgress(broken, 2, bank);
    expect(result.ok ? '' : result.error.message).toMatch(/version 2.*settings\./);
  });
});
