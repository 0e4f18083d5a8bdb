import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../../src/domain/lib/rng';
import {
  assembleQuestion,
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
  style: 'recall',
};
const parts = {
  stem: 'How many?',
  takeaway: 'Five layers at most.',
  docs: ['https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html'],
  sources: card.subjects,
  difficulty: 1,
} as const;
const explained = (text: string) => ({ text, why: `Because of ${text}.` });
const candidates = (texts: readonly string[]) => toCandidates(texts.map(explained));

describe('assembleQuestion', () => {
  it('labels shuffled options a, b, c…, keeps each option with its own reason and records which are correct', () => {
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
            { ...parts, options: toDraftOptions([explained(answer)], others.map(explained)) },
            createRng(seed),
          );
          expect(q.options.map((o) => o.id)).toEqual(
            ['a', 'b', 'c', 'd', 'e'].slice(0, texts.length),
          );
          expect(q.options.map((o) => o.text).sort()).toEqual([...texts].sort());
          for (const o of q.options) expect(o.why).toBe(`Because of ${o.text}.`);
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
          { text: 'True', correct: false, why: 'It is false for this reason.' },
          { text: 'False', correct: true, why: 'This reason makes it false.' },
        ],
      },
      createRng(1),
    );
    expect(q.options).toEqual([
      { id: 'a', text: 'True', why: 'It is false for this reason.' },
      { id: 'b', text: 'False', why: 'This reason makes it false.' },
    ]);
    expect(q.correct).toEqual(['b']);
  });

  it('copies only the question fields from the card, and a note only when there is one', () => {
    const options = toDraftOptions([explained('5')], [explained('10')]);
    const fields = [
      'cardId',
      'correct',
      'difficulty',
      'docs',
      'domains',
      'exams',
      'kind',
      'options',
      'pick',
      'sources',
      'stem',
      'takeaway',
      'topic',
    ];
    const plain = assembleQuestion(card, { ...parts, options, note: undefined }, createRng(1));
    expect(Object.keys(plain).sort()).toEqual(fields.sort());
    const noted = assembleQuestion(card, { ...parts, options, note: 'Older.' }, createRng(1));
    expect(Object.keys(noted).sort()).toEqual([...fields, 'note'].sort());
  });

  it('lists each documentation page once', () => {
    const url = parts.docs[0];
    const q = assembleQuestion(
      card,
      { ...parts, docs: [url, url], options: toDraftOptions([explained('5')], [explained('10')]) },
      createRng(1),
    );
    expect(q.docs).toEqual([url]);
  });

  it('rejects a repeated option or a draft without a correct option', () => {
    expect(() =>
      assembleQuestion(
        card,
        { ...parts, options: toDraftOptions([explained('5')], [explained('5')]) },
        createRng(1),
      ),
    ).toThrow(/duplicate/);
    expect(() =>
      assembleQuestion(
        card,
        { ...parts, options: toDraftOptions([], [explained('5')]) },
        createRng(1),
      ),
    ).toThrow(/no correct/);
  });
});

describe('pickDistinct', () => {
  it('takes earlier tiers first and never repeats, uses or excludes a key', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const tiers = [candidates(['A', 'a.', 'B']), candidates(['C', 'D', 'E'])];
        const picked = pickDistinct(createRng(seed), tiers, 3, ['b'], new Set(['d'])).map(
          (c) => c.text,
        );
        expect(picked).toHaveLength(3);
        expect(['A', 'a.']).toContain(picked[0]);
        expect(picked).not.toContain('B');
        expect(picked).not.toContain('D');
        expect(new Set(picked.map((p) => p.toLowerCase().replace('.', ''))).size).toBe(3);
      }),
    );
  });

  it('keeps each candidate’s reason', () => {
    const [picked] = pickDistinct(createRng(1), [candidates(['A'])], 1, []);
    expect(picked).toEqual({ text: 'A', why: 'Because of A.', key: 'a' });
  });

  it('returns fewer when the tiers run out', () => {
    expect(pickDistinct(createRng(1), [candidates(['A'])], 3, []).map((c) => c.text)).toEqual([
      'A',
    ]);
  });
});
