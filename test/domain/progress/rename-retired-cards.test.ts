import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSuccessor } from '../../../src/domain/progress/card-successor';
import { compareCards } from '../../../src/domain/progress/merge-cards';
import { migrateProgress } from '../../../src/domain/progress/migrate';
import { createEmptyProgress, type Progress } from '../../../src/domain/progress/progress';
import { renameRetiredCards } from '../../../src/domain/progress/rename-retired-cards';
import { exportProgress, importProgress } from '../../../src/domain/progress/transfer';
import type { CardState } from '../../../src/domain/srs/card-state';
import type { ReviewEntry, UndoEntry } from '../../../src/domain/srs/review-log';
import { DAY, T0 } from '../srs/helpers';
import { cardStateArb, progressArb } from './arbitraries';

const OLD = 'true-false:a.one';
const NEW = 'fact-choice:a.one';
const MERGED_OLD = 'fact-choice:permissions.layer-grant';
const MERGED_NEW = 'fact-choice:layers.cross-account';
const ORPHAN = 'facts-multi:concurrency';
const current = new Set([NEW, MERGED_NEW, 'set-choice:a.two', 'table-ask:t.x#r/c']);
const isCurrent = (cardId: string) => current.has(cardId);

function card(lastReview: number, extra: Partial<CardState> = {}): CardState {
  return {
    phase: 'review',
    due: lastReview + 3 * DAY,
    stability: 3,
    difficulty: 5,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    lastReview,
    firstReview: lastReview - DAY,
    ...extra,
  };
}

const entry = (cardId: string, at: number): ReviewEntry => ({
  cardId,
  at,
  rating: 'good',
  source: 'review',
});
const undo = (cardId: string, at: number, previous: CardState | null = null): UndoEntry => ({
  entry: entry(cardId, at),
  day: '2025-03-03',
  previous,
});

function progressWith(parts: Partial<Progress>): Progress {
  return { ...createEmptyProgress(), ...parts };
}

describe('renameRetiredCards', () => {
  it('moves a card state to its successor, and merged facts to the fact they went into', () => {
    const a = card(T0);
    const b = card(T0 + 1);
    const result = renameRetiredCards(
      progressWith({ cards: { [OLD]: a, [MERGED_OLD]: b } }),
      isCurrent,
    );
    expect(result.cards).toEqual({ [NEW]: a, [MERGED_NEW]: b });
  });

  it('keeps the successor state when it was answered later, and takes the retired one otherwise', () => {
    const later = card(T0 + DAY, { reps: 9 });
    const earlier = card(T0, { reps: 1 });
    const keep = renameRetiredCards(
      progressWith({ cards: { [NEW]: later, [OLD]: earlier } }),
      isCurrent,
    );
    expect(keep.cards).toEqual({ [NEW]: later });
    const take = renameRetiredCards(
      progressWith({ cards: { [NEW]: earlier, [OLD]: later } }),
      isCurrent,
    );
    expect(take.cards).toEqual({ [NEW]: later });
  });

  it('merges several retired cards of one subject by their latest answer', () => {
    const states = [card(T0 + 2), card(T0 + 5), card(T0 + 1)];
    const ids = ['true-false:a.one', 'definition-meaning:a.one', 'limit-value:a.one'];
    const cards = Object.fromEntries(ids.map((id, i) => [id, states[i] as CardState]));
    expect(renameRetiredCards(progressWith({ cards }), isCurrent).cards).toEqual({
      [NEW]: states[1],
    });
  });

  it('leaves cards without a successor, and the progress itself when nothing moves', () => {
    const progress = progressWith({
      cards: { [ORPHAN]: card(T0), [NEW]: card(T0), 'set-multi:gone.set': card(T0) },
      reviewLog: { days: {}, recent: [entry(ORPHAN, T0)], undo: [undo(ORPHAN, T0)] },
    });
    expect(renameRetiredCards(progress, isCurrent)).toBe(progress);
  });

  it('renames recent answers, keeping an answer once when renaming makes two alike', () => {
    const result = renameRetiredCards(
      progressWith({
        reviewLog: {
          days: { '2025-03-03': { answers: 3, again: 0, introduced: 2 } },
          recent: [entry(OLD, T0), entry(NEW, T0), entry(ORPHAN, T0 + 1), entry(OLD, T0 + 2)],
          undo: [],
        },
      }),
      isCurrent,
    );
    expect(result.reviewLog.recent).toEqual([
      entry(NEW, T0),
      entry(ORPHAN, T0 + 1),
      entry(NEW, T0 + 2),
    ]);
    expect(result.reviewLog.days).toEqual({
      '2025-03-03': { answers: 3, again: 0, introduced: 2 },
    });
  });

  it('renames undo snapshots, but drops those of a card merged with another state', () => {
    const result = renameRetiredCards(
      progressWith({
        cards: { [OLD]: card(T0 + 2), [NEW]: card(T0 + 1), [MERGED_OLD]: card(T0 + 3) },
        reviewLog: {
          days: {},
          recent: [],
          undo: [undo(NEW, T0 + 1), undo(OLD, T0 + 2), undo(MERGED_OLD, T0 + 3, card(T0))],
        },
      }),
      isCurrent,
    );
    expect(result.reviewLog.undo).toEqual([undo(NEW, T0 + 1), undo(MERGED_NEW, T0 + 3, card(T0))]);
  });

  it('renames the questions of the exam in progress and nothing else in it', () => {
    const exam = {
      format: 1,
      id: 'exam-1',
      items: [
        { question: { cardId: OLD, stem: 'Old?' }, domain: 'dva-1' },
        { question: { cardId: ORPHAN, stem: 'Topic?' }, domain: 'dva-1' },
        'not an item',
        { question: null },
      ],
      answers: [[OLD]],
    };
    const result = renameRetiredCards(progressWith({ activeExam: exam }), isCurrent);
    expect(result.activeExam).toEqual({
      ...exam,
      items: [{ question: { cardId: NEW, stem: 'Old?' }, domain: 'dva-1' }, ...exam.items.slice(1)],
    });
    const odd = progressWith({ activeExam: { items: { cardId: OLD } } });
    expect(renameRetiredCards(odd, isCurrent)).toBe(odd);
  });
});

/** Ids of every form: current, retired with and without a successor, merged facts, unknown. */
const POOL = [
  ...['fact-choice', 'definition-term', 'definition-meaning', 'true-false', 'set-choice'].flatMap(
    (generator) =>
      ['a.one', 'a.two', 'permissions.layer-grant', 'layers.cross-account'].map(
        (subject) => `${generator}:${subject}`,
      ),
  ),
  'table-which:t.x#r/c',
  'table-ask:t.x#r/c',
  'checklist-severity:checklist.a',
  'checklist-why:checklist.a',
  'facts-multi:concurrency',
  'fill-blank:exam-tips.a#1',
  'plain-id',
];
const poolId = fc.constantFrom(...POOL);

/** Progress (format 2) naming cards of the pool everywhere it names cards, and a bank. */
const caseArb = fc
  .record({
    progress: progressArb,
    cards: fc.dictionary(poolId, cardStateArb, { maxKeys: 12 }),
    logIds: fc.array(poolId, { minLength: 10, maxLength: 10 }),
    examIds: fc.option(fc.array(poolId, { maxLength: 4 }), { nil: null }),
    bank: fc.subarray(POOL),
  })
  .map(({ progress, cards, logIds, examIds, bank }) => {
    const pick = (i: number) => logIds[i % logIds.length] ?? 'plain-id';
    const { recent, undo } = progress.reviewLog;
    const data: Progress = {
      ...progress,
      cards,
      reviewLog: {
        ...progress.reviewLog,
        recent: recent.map((e, i) => ({ ...e, cardId: pick(i) })),
        undo: undo.map((u, i) => ({ ...u, entry: { ...u.entry, cardId: pick(i + 5) } })),
      },
      activeExam:
        examIds === null
          ? progress.activeExam
          : { items: examIds.map((cardId) => ({ question: { cardId }, domain: 'dva-1' })) },
    };
    return { data, bank: new Set(bank) };
  });

describe('renaming retired cards, for any progress', () => {
  it('never drops a card state: each stays under its id or is merged into its successor', () => {
    fc.assert(
      fc.property(caseArb, ({ data, bank }) => {
        const isInBank = (id: string) => bank.has(id);
        const out = renameRetiredCards(data, isInBank).cards;
        const inputs = Object.values(data.cards);
        const targetOf = (id: string) => findSuccessor(id, isInBank) ?? id;
        const targets = Object.keys(data.cards).map(targetOf);
        for (const [id, state] of Object.entries(data.cards)) {
          const target = targetOf(id);
          if (target !== id) expect(out[id]).toBeUndefined();
          const kept = out[target];
          // Under its own id or its successor's, as is or behind a state answered later.
          expect(kept && compareCards(kept, state)).toBeGreaterThanOrEqual(0);
          if (targets.filter((t) => t === target).length === 1) expect(kept).toBe(state);
        }
        // Nothing invented: every state is one of the input's.
        for (const state of Object.values(out)) expect(inputs).toContain(state);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no card with a successor anywhere progress names cards', () => {
    fc.assert(
      fc.property(caseArb, ({ data, bank }) => {
        const isInBank = (id: string) => bank.has(id);
        const out = renameRetiredCards(data, isInBank);
        const named = [
          ...Object.keys(out.cards),
          ...out.reviewLog.recent.map((e) => e.cardId),
          ...out.reviewLog.undo.map((u) => u.entry.cardId),
          ...((out.activeExam?.items ?? []) as { question: { cardId: string } }[]).map(
            (item) => item.question.cardId,
          ),
        ];
        expect(named.filter((id) => findSuccessor(id, isInBank) !== undefined)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(caseArb, ({ data, bank }) => {
        const isInBank = (id: string) => bank.has(id);
        const once = renameRetiredCards(data, isInBank);
        expect(renameRetiredCards(once, isInBank)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('migrates format 2 the same way stored or imported, and round-trips through export', () => {
    fc.assert(
      fc.property(caseArb, ({ data, bank }) => {
        const v2 = { ...data, schemaVersion: 2 };
        const migrated = migrateProgress(v2, 2, bank);
        if (!migrated.ok) throw new Error(migrated.error.message);
        expect(migrated.value.cards).toEqual(renameRetiredCards(data, (id) => bank.has(id)).cards);
        const oldFile = JSON.stringify({
          app: 'warmstart',
          schemaVersion: 2,
          exportedAt: T0,
          data: v2,
        });
        const imported = importProgress(oldFile, bank);
        expect(imported.ok && imported.value.progress).toEqual(migrated.value);
        const again = importProgress(exportProgress(migrated.value, T0), bank);
        expect(again.ok && again.value.progress).toEqual(migrated.value);
      }),
      { numRuns: 200 },
    );
  });
});
