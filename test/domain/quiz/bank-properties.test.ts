import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topics } from '../../../content/index';
import { generateBank, listCards } from '../../../src/domain/quiz/generate-questions';
import { fixtureContent } from './fixture-content';
import { createQuestionChecker, createSourceFinder } from './question-checks';

const content = { topics };

/**
 * Facts the numeric questions link to that the content promises (see the fixed content ids)
 * but may not define yet on this branch. Printed when used, never skipped silently.
 */
const pendingSourceIds = new Set([
  'fact:concurrency.formula',
  'fact:concurrency.account-limit',
  'fact:concurrency.reserved',
  'fact:esm.parallelization-factor',
  'fact:esm.stream-shard-invocation',
  'fact:esm.sqs-visibility-timeout',
  'fact:esm.sqs-batch-window',
]);

describe('question bank properties', () => {
  it('keeps every invariant on the real content for 100 seeds', () => {
    const check = createQuestionChecker(content);
    const findMissing = createSourceFinder(content);
    const pending = new Set<string>();
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const problems: string[] = [];
        for (const q of generateBank(content, seed)) {
          problems.push(...check(q));
          for (const id of findMissing(q)) {
            if (pendingSourceIds.has(id)) pending.add(id);
            else problems.push(`${q.cardId}: unknown source ${id}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
    if (pending.size > 0)
      console.info(`Allow-listed source ids not yet in the content: ${[...pending].join(', ')}`);
  }, 60_000);

  it('keeps every invariant on the fixture, with its overlapping cells and related checklist items', () => {
    const check = createQuestionChecker(fixtureContent);
    const findMissing = createSourceFinder(fixtureContent);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const problems = generateBank(fixtureContent, seed).flatMap((q) => [
          ...check(q),
          ...findMissing(q).filter((id) => !pendingSourceIds.has(id)),
        ]);
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('gives the same card ids, in the same order, for every seed', () => {
    const ids = listCards(content).map((c) => c.cardId);
    expect(new Set(ids).size).toBe(ids.length);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(generateBank(content, seed).map((q) => q.cardId)).toEqual(ids);
      }),
      { numRuns: 50 },
    );
  });

  it('reproduces the same bank, option order included, from the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(generateBank(content, seed)).toEqual(generateBank(content, seed));
      }),
      { numRuns: 20 },
    );
  });

  it('varies option order between seeds', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5].map((seed) =>
        JSON.stringify(generateBank(content, seed).map((q) => q.options)),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
