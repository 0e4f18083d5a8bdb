import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  migrateProgress,
  NO_CARD_IDS,
  validateProgress,
} from '../../../src/domain/progress/migrate';
import {
  createEmptyProgress,
  PROGRESS_SCHEMA_VERSION,
} from '../../../src/domain/progress/progress';
import { exportProgress, importProgress } from '../../../src/domain/progress/transfer';
import { scheduleReview } from '../../../src/domain/srs/scheduler';
import { SETTINGS } from '../srs/helpers';

const fixtureText = readFileSync(
  new URL('../../fixtures/progress/v1-progress.json', import.meta.url),
  'utf8',
);
const fixture = () => JSON.parse(fixtureText) as Record<string, unknown>;
const iso = (text: string) => Date.parse(text);
const S3 = 'table-value:triggers.sources#s3.invocation';
const SQS = 'fact:triggers.sqs-batch-size';
const LIMIT = 'fact:concurrency.account-limit';

function migrated() {
  const result = migrateProgress(fixture(), 1, NO_CARD_IDS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('migrateProgress from the hand-made version 1 file', () => {
  it('turns the retention percent into a fraction and renames the daily limit', () => {
    expect(migrated().settings).toEqual({
      targetExam: 'DVA-C02',
      desiredRetention: 0.85,
      newCardsPerDay: 15,
      theme: 'dark',
    });
  });

  it('converts ISO dates to ms and numeric states to phases, dropping never-answered cards', () => {
    const { cards } = migrated();
    expect(Object.keys(cards).sort()).toEqual([LIMIT, S3, SQS].sort());
    expect(cards[S3]).toEqual({
      phase: 'review',
      due: iso('2025-02-20T08:15:00.000Z'),
      stability: 11.2,
      difficulty: 4.93,
      scheduledDays: 11,
      learningSteps: 0,
      reps: 4,
      lapses: 0,
      lastReview: iso('2025-02-09T08:15:00.000Z'),
      firstReview: iso('2025-02-01T08:00:00.000Z'),
    });
    expect(cards[SQS]?.phase).toBe('relearning');
    expect(cards[LIMIT]?.phase).toBe('learning');
  });

  it('compacts the flat review list into per-day counts and the recent answers', () => {
    const { reviewLog } = migrated();
    expect(reviewLog.days).toEqual({
      '2025-02-01': { answers: 4, again: 1, introduced: 2 },
      '2025-02-03': { answers: 3, again: 1, introduced: 0 },
      '2025-02-09': { answers: 1, again: 0, introduced: 0 },
      '2025-02-10': { answers: 2, again: 0, introduced: 1 },
    });
    expect(reviewLog.recent).toHaveLength(10);
    expect(reviewLog.recent[7]).toEqual({
      cardId: S3,
      at: iso('2025-02-09T08:15:00.000Z'),
      rating: 'easy',
      source: 'review',
    });
    expect(reviewLog.undo).toEqual([]);
  });

  it('keeps attempts, with the exam code only on exams, and adds an empty active-exam slot', () => {
    const progress = migrated();
    expect(progress.attempts.map((a) => [a.id, a.kind, a.examCode, a.total, a.correct])).toEqual([
      ['quiz-2025-02-02-1', 'quiz', null, 10, 7],
      ['exam-2025-02-08-1', 'exam', 'DVA-C02', 65, 49],
    ]);
    expect(progress.attempts[1]?.finishedAt).toBe(iso('2025-02-08T11:05:00.000Z'));
    expect(progress.activeExam).toBeNull();
    expect(progress.schemaVersion).toBe(PROGRESS_SCHEMA_VERSION);
  });

  it('yields progress the current code validates, schedules and exports', () => {
    const progress = migrated();
    expect(validateProgress(progress).ok).toBe(true);
    const due = progress.cards[S3]?.due ?? 0;
    const next = scheduleReview(progress, S3, { kind: 'correct' }, due, SETTINGS).card;
    expect(next.due).toBeGreaterThan(due);
    expect(next.firstReview).toBe(progress.cards[S3]?.firstReview);
    expect(importProgress(exportProgress(progress, due), NO_CARD_IDS).ok).toBe(true);
  });

  it('imports a version 1 export file by migrating it', () => {
    const text = JSON.stringify({
      app: 'warmstart',
      schemaVersion: 1,
      exportedAt: 1,
      data: fixture(),
    });
    const result = importProgress(text, NO_CARD_IDS);
    expect(result.ok && result.value.fromVersion).toBe(1);
    expect(result.ok && result.value.progress).toEqual(migrated());
  });

  it('does not modify its input', () => {
    const input = fixture();
    migrateProgress(input, 1, NO_CARD_IDS);
    expect(input).toEqual(fixture());
  });

  it('rejects a damaged version 1 file, naming the version and the field', () => {
    const input = fixture();
    input.settings = { ...(input.settings as object), retention: '85%' };
    const result = migrateProgress(input, 1, NO_CARD_IDS);
    expect(result.ok ? '' : result.error.message).toMatch(/version 1.*settings\.retention/);
  });

  it('rejects versions it does not know', () => {
    for (const version of [0, PROGRESS_SCHEMA_VERSION + 1, 1.5, Number.NaN]) {
      expect(migrateProgress(createEmptyProgress(), version, NO_CARD_IDS).ok).toBe(false);
    }
  });
});
