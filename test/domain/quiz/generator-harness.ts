/** Helpers to run one generator over a content bundle in tests. */
import { expect } from 'vitest';
import fc from 'fast-check';
import type { Topic } from '../../../content/schema';
import { createRng } from '../../../src/domain/lib/rng';
import type { GeneratedCard, Generator } from '../../../src/domain/quiz/card-plan';
import { indexContent } from '../../../src/domain/quiz/content-index';
import type { Question } from '../../../src/domain/quiz/question';
import { fixtureContent } from './fixture-content';
import { createQuestionChecker } from './question-checks';

type Content = Readonly<{ topics: readonly Topic[] }>;

/** The cards a generator plans for the content. */
export function planWith(
  generator: Generator,
  content: Content = fixtureContent,
): readonly GeneratedCard[] {
  return generator.planCards(indexContent(content));
}

/** One variant of one card, by id; throws when the generator does not plan that card. */
export function buildCard(
  generator: Generator,
  cardId: string,
  seed: number,
  content: Content = fixtureContent,
): Question {
  const plan = planWith(generator, content).find((p) => p.cardId === cardId);
  if (plan === undefined) throw new Error(`no card ${cardId}`);
  return plan.build(createRng(seed));
}

/** Variants of one card for seeds 0..count-1. */
export function buildVariants(
  generator: Generator,
  cardId: string,
  count: number,
  content: Content = fixtureContent,
): Question[] {
  const plan = planWith(generator, content).find((p) => p.cardId === cardId);
  if (plan === undefined) throw new Error(`no card ${cardId}`);
  return Array.from({ length: count }, (_, seed) => plan.build(createRng(seed)));
}

/** Property: for any seed, every card of the generator keeps every question invariant. */
export function expectInvariantsHold(
  generator: Generator,
  content: Content = fixtureContent,
  numRuns = 100,
): void {
  const plans = planWith(generator, content);
  const check = createQuestionChecker(content);
  expect(plans.length).toBeGreaterThan(0);
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const rng = createRng(seed);
      expect(plans.flatMap((p) => check(p.build(rng)))).toEqual([]);
    }),
    { numRuns },
  );
}

/** The texts of the correct and the wrong options. */
export function splitAnswers(q: Question): Readonly<{ right: string[]; wrong: string[] }> {
  return {
    right: q.options.filter((o) => q.correct.includes(o.id)).map((o) => o.text),
    wrong: q.options.filter((o) => !q.correct.includes(o.id)).map((o) => o.text),
  };
}
