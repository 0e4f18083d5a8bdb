import type { TopicId } from '../../../content/schema';
import type { CardInfo, Question } from '../../../src/domain/quiz/question';
import type { CardState } from '../../../src/domain/srs/card-state';
import { DAY_MS } from '../../../src/domain/srs/day-key';

/** Five cards over two topics, standing in for the generated catalog. */
export const CATALOG: readonly CardInfo[] = (
  [
    ['trig:one', 'triggers'],
    ['trig:two', 'triggers'],
    ['conc:one', 'concurrency'],
    ['conc:two', 'concurrency'],
    ['trig:three', 'triggers'],
  ] as const satisfies readonly (readonly [string, TopicId])[]
).map(([cardId, topic]) => ({
  cardId,
  generatorId: cardId.split(':')[0] ?? cardId,
  kind: 'single-choice',
  topic,
  exams: ['DVA-C02'],
  domains: ['dva-1'],
  subjects: [{ kind: 'fact', id: `${cardId.replace(':', '-')}` }],
  style: 'recall',
}));

/** A variant of a card: option 2 ("Right answer") is correct; the seed shows in the stem. */
export function makeQuestion(cardId: string, seed: number): Question | undefined {
  const info = CATALOG.find((c) => c.cardId === cardId);
  if (info === undefined) return undefined;
  return {
    cardId,
    kind: 'single-choice',
    stem: `What is true of ${cardId}? (variant ${seed % 1000})`,
    options: [
      { id: 'a', text: 'Wrong answer', why: `Wrong for ${cardId}, for a stated reason.` },
      { id: 'b', text: 'Right answer', why: `Because ${cardId} says so.` },
      { id: 'c', text: 'Another wrong answer', why: `Also wrong for ${cardId}.` },
    ],
    correct: ['b'],
    pick: 1,
    takeaway: `Remember what ${cardId} says.`,
    docs: ['https://docs.aws.amazon.com/lambda/latest/dg/x.html'],
    sources: info.subjects,
    topic: info.topic,
    exams: info.exams,
    domains: info.domains,
    difficulty: 1,
  };
}

/** A card in review, last seen `daysAgo` days before `now` and due at `due`. */
export function reviewCard(now: number, due: number, extra: Partial<CardState> = {}): CardState {
  return {
    phase: 'review',
    due,
    stability: 4,
    difficulty: 5,
    scheduledDays: 4,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: now - 4 * DAY_MS,
    firstReview: now - 20 * DAY_MS,
    ...extra,
  };
}
