import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topics } from '../../../content/index';
import {
  generateBank,
  generateQuestion,
  generateQuestions,
  listCards,
  prepareQuestionBank,
} from '../../../src/domain/quiz/generate-questions';
import { quizGenerators } from '../../../src/domain/quiz/generators';
import type { AttributeTable, Topic } from '../../../content/schema';
import {
  deliveryModel,
  fixtureContent,
  sourcesTable,
  triggerFixtureFacts,
} from './fixture-content';

const content = { topics };

describe('listCards', () => {
  it('lists every card once, named `${generatorId}:${subject}`', () => {
    const cards = listCards(content);
    expect(new Set(cards.map((c) => c.cardId)).size).toBe(cards.length);
    for (const c of cards) expect(c.cardId.startsWith(`${c.generatorId}:`)).toBe(true);
  });

  it('works on any content, such as a small fixture', () => {
    const kinds = new Set(listCards(fixtureContent).map((c) => c.kind));
    expect(kinds).toEqual(
      new Set(['single-choice', 'multiple-response', 'true-false', 'numeric', 'scenario']),
    );
  });

  it('yields a new card for a new table row or fact, with no code change', () => {
    const [first, ...rest] = fixtureContent.topics;
    const row = {
      id: 'extra',
      name: 'Extra',
      cells: {
        mode: { text: 'Timer', means: ['timer'], why: 'A timer calls it on a schedule.' },
        order: { text: 'Daily', means: ['daily'], why: 'It runs once a day in order.' },
      },
    };
    const fact = {
      ...triggerFixtureFacts[0],
      id: 'fx.extra',
      statement: 'An extra fact holds for every source.',
      misconceptions: [
        { text: 'An extra fact fails for every source.', why: 'It holds; nothing makes it fail.' },
        { text: 'An extra fact holds for no source.', why: 'It holds for every source.' },
        { text: 'An extra fact holds for one source.', why: 'It holds for all of them.' },
      ],
    };
    const table: AttributeTable = { ...sourcesTable, rows: [...sourcesTable.rows, row] };
    const grown: { topics: Topic[] } = {
      topics: [{ ...first, tables: [table], facts: [...first.facts, fact] }, ...rest],
    };
    const before = new Set(listCards(fixtureContent).map((c) => c.cardId));
    const added = listCards(grown)
      .map((c) => c.cardId)
      .filter((id) => !before.has(id));
    expect(added).toEqual(
      expect.arrayContaining([
        'table-ask:fx.sources#extra/mode',
        'table-which:fx.sources#extra/mode',
        'fact-choice:fx.extra',
      ]),
    );
  });
});

describe('prepareQuestionBank', () => {
  it('plans the same cards as listCards, pausing before indexing, each generator and each decision model', async () => {
    const second = { ...deliveryModel, id: 'fx-delivery-2' };
    const fresh = {
      topics: fixtureContent.topics.map((t) =>
        t.decisions === undefined ? t : { ...t, decisions: [...t.decisions, second] },
      ),
    };
    let pauses = 0;
    await prepareQuestionBank(fresh, async () => {
      pauses += 1;
    });
    // the decision generator takes one step per model: two models, one extra pause
    expect(pauses).toBe(quizGenerators.length + 2);
    expect(listCards(fresh)).toEqual(listCards({ topics: [...fresh.topics] }));
  });

  it('does no work for topics already planned, whatever object wraps them', async () => {
    const shared = [...fixtureContent.topics];
    listCards({ topics: shared });
    let pauses = 0;
    await prepareQuestionBank({ topics: shared }, async () => {
      pauses += 1;
    });
    expect(pauses).toBe(0);
  });
});

describe('generateQuestion', () => {
  it('returns undefined for an unknown card id', () => {
    expect(generateQuestion('fact-choice:no.such-fact', content, 1)).toBeUndefined();
  });

  it('gives the same variant for the same seed and keeps the card id across seeds', () => {
    const id = 'table-which:triggers.sources#s3/invocation';
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        expect(generateQuestion(id, content, a)).toEqual(generateQuestion(id, content, a));
        expect(generateQuestion(id, content, b)?.cardId).toBe(id);
      }),
      { numRuns: 50 },
    );
  });

  it('gives fresh variants for other seeds', () => {
    const stems = new Set(
      [1, 2, 3, 4, 5, 6].map(
        (seed) => generateQuestion('numeric:concurrency', content, seed)?.stem,
      ),
    );
    expect(stems.size).toBeGreaterThan(1);
  });
});

describe('generateBank', () => {
  it('builds one variant of every card', () => {
    expect(generateBank(content, 7).map((q) => q.cardId)).toEqual(
      listCards(content).map((c) => c.cardId),
    );
  });
});

describe('generateQuestions', () => {
  it('returns the requested number of questions, no card twice, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 80 }), (seed, count) => {
        const quiz = generateQuestions({ content, seed, count });
        expect(quiz).toHaveLength(count);
        expect(new Set(quiz.map((q) => q.cardId)).size).toBe(count);
        expect(generateQuestions({ content, seed, count })).toEqual(quiz);
      }),
      { numRuns: 30 },
    );
  });

  it('balances the topics that have cards: no topic gets two more questions than another', () => {
    const asked = new Set(listCards(content).map((c) => c.topic));
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 60 }), (seed, count) => {
        const perTopic = new Map([...asked].map((t) => [t, 0]));
        for (const q of generateQuestions({ content, seed, count }))
          perTopic.set(q.topic, (perTopic.get(q.topic) ?? 0) + 1);
        const counts = [...perTopic.values()];
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps to the requested topics, exam and kinds', () => {
    const quiz = generateQuestions({
      content,
      seed: 3,
      count: 30,
      topics: ['layers', 'edge'],
      exam: 'SAP-C02',
      kinds: ['true-false', 'numeric'],
    });
    expect(quiz.length).toBeGreaterThan(0);
    for (const q of quiz) {
      expect(['layers', 'edge']).toContain(q.topic);
      expect(q.exams).toContain('SAP-C02');
      expect(['true-false', 'numeric']).toContain(q.kind);
    }
  });

  it('returns every eligible card when fewer exist than requested', () => {
    const eligible = listCards(fixtureContent).filter(
      (c) => c.exams.includes('SAP-C02') && c.kind === 'multiple-response',
    );
    const quiz = generateQuestions({
      content: fixtureContent,
      seed: 1,
      count: 100,
      exam: 'SAP-C02',
      kinds: ['multiple-response'],
    });
    expect(quiz.map((q) => q.cardId).sort()).toEqual(eligible.map((c) => c.cardId).sort());
  });

  it('mixes question kinds within a topic', () => {
    const quiz = generateQuestions({
      content,
      seed: 5,
      count: 8,
      topics: ['event-source-mappings'],
    });
    expect(new Set(quiz.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
  });
});
