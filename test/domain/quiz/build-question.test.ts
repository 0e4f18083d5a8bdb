import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../../src/domain/lib/rng';
import {
  assembleQuestion,
  hasDistinct,
  pickDistinct,
  toCandidates,
  toDraftOptions,
} from '../../../src/domain/quiz/build-question';
import type { CardInfo } from '../../../src/domain/quiz/question';

const card: CardInfo = {
  cardId: 'test:card',
  generatorId: 'test',
  kind: 'single-choice',
  topic: 'layers',
  exams: ['DVA-C02'],
  domains: ['dva-3'],
  subjects: [{ kind: 'fact', id: 'layers.max-count' }],
};
const parts = {
  stem: 'How many?',
  explanation: 'Five.',
  sources: card.subjects,
  difficulty: 1,
} as const;

describe('assembleQuestion', () => {
  it('labels shuffled options a, b, c… and records which are correct', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.uniqueArray(fc.string({ minLength: 1 }), {
          minLength: 2,
          maxLength: 5,
          selector: (s) => s.toLowerCase(),
        }),
        (seed, texts) => {
          const [answer = '', ...others] = texts;
          const q = assembleQuestion(
            card,
            { ...parts, options: toDraftOptions([answer], others) },
            createRng(seed),
          );
          expect(q.options.map((o) => o.id)).toEqual(
            ['a', 'b', 'c', 'd', 'e'].slice(0, texts.length),
          );
          expect(q.options.map((o) => o.text).sort()).toEqual([...texts].sort());
          expect(q.correct).toHaveLength(1);
          expect(q.options.find((o) => o.id === q.correct[0])?.text).toBe(answer);
          expect(q.pick).toBe(1);
        },
      ),
    );
  });

  it('keeps the given order when asked to', () => {
    const q = assembleQuestion(
      card,
      {
        ...parts,
        keepOrder: true,
        options: [
          { text: 'True', correct: false },
          { text: 'False', correct: true },
        ],
      },
      createRng(1),
    );
    expect(q.options).toEqual([
      { id: 'a', text: 'True' },
      { id: 'b', text: 'False' },
    ]);
    expect(q.correct).toEqual(['b']);
  });

  it('copies only the question fields from the card', () => {
    const q = assembleQuestion(
      card,
      { ...parts, options: toDraftOptions(['5'], ['10']) },
      createRng(1),
    );
    expect(Object.keys(q).sort()).toEqual(
      [
        'cardId',
        'correct',
        'difficulty',
        'domains',
        'exams',
        'explanation',
        'kind',
        'options',
        'pick',
        'sources',
        'stem',
        'topic',
      ].sort(),
    );
  });

  it('rejects a repeated option or a draft without a correct option', () => {
    expect(() =>
      assembleQuestion(card, { ...parts, options: toDraftOptions(['5'], ['5']) }, createRng(1)),
    ).toThrow(/duplicate/);
    expect(() =>
      assembleQuestion(card, { ...parts, options: toDraftOptions([], ['5']) }, createRng(1)),
    ).toThrow(/no correct/);
  });
});

describe('pickDistinct', () => {
  it('takes earlier tiers first and never repeats, uses or excludes a key', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const tiers = [toCandidates(['A', 'a.', 'B']), toCandidates(['C', 'D', 'E'])];
        const picked = pickDistinct(createRng(seed), tiers, 3, ['b'], new Set(['d']));
        expect(picked).toHaveLength(3);
        expect(['A', 'a.']).toContain(picked[0]);
        expect(picked).not.toContain('B');
        expect(picked).not.toContain('D');
        expect(new Set(picked.map((p) => p.toLowerCase().replace('.', ''))).size).toBe(3);
      }),
    );
  });

  it('returns fewer when the tiers run out', () => {
    expect(pickDistinct(createRng(1), [toCandidates(['A'])], 3, [])).toEqual(['A']);
  });
});

describe('hasDistinct', () => {
  const tiers = [toCandidates(['A', 'a.', 'B']), toCandidates(['b', 'C'])];

  it('counts keys once across groups, leaving out the excluded ones', () => {
    expect(hasDistinct(tiers, new Set(), 3)).toBe(true);
    expect(hasDistinct(tiers, new Set(), 4)).toBe(false);
    expect(hasDistinct(tiers, new Set(['c']), 3)).toBe(false);
    expect(hasDistinct(tiers, new Set(['c']), 2)).toBe(true);
  });

  it('agrees with counting the distinct keys of the flattened groups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('x', 'X ', 'y', 'z.', 'w'), { maxLength: 5 }), {
          maxLength: 4,
        }),
        fc.subarray(['x', 'y', 'z', 'w']),
        fc.nat({ max: 6 }),
        (texts, excluded, atLeast) => {
          const groups = texts.map((g) => toCandidates(g));
          const distinct = new Set(
            groups.flat().flatMap((c) => (excluded.includes(c.key) ? [] : [c.key])),
          ).size;
          expect(hasDistinct(groups, new Set(excluded), atLeast)).toBe(distinct >= atLeast);
        },
      ),
    );
  });
});
