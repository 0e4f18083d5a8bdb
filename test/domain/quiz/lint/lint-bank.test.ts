import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateBank } from '../../../../src/domain/quiz/generate-questions';
import { listContentTitles } from '../../../../src/domain/quiz/lint/content-titles';
import {
  lintBank,
  lintQuestion,
  measureKeyLongest,
  type LintRule,
} from '../../../../src/domain/quiz/lint/lint-bank';
import type { Question } from '../../../../src/domain/quiz/question';
import { fixtureContent, fixtureTopics } from '../fixture-content';

const reason = (text: string) => `${text} is wrong for this specific reason.`;
const good: Question = {
  cardId: 'fact-choice:x.a',
  kind: 'single-choice',
  stem: 'A developer adds layers to a function. How many layers can it use?',
  options: [
    { id: 'a', text: 'Up to five of them', why: 'Five is the quota of layers per function.' },
    { id: 'b', text: 'Up to ten of them', why: reason('Ten') },
    { id: 'c', text: 'Only one of them', why: reason('One') },
    { id: 'd', text: 'Up to three of them', why: reason('Three') },
  ],
  correct: ['a'],
  pick: 1,
  takeaway: 'Five layers per function at most.',
  docs: ['https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html'],
  sources: [{ kind: 'fact', id: 'x.a' }],
  topic: 'layers',
  exams: ['DVA-C02'],
  domains: ['dva-3'],
  difficulty: 1,
};
const rules = (q: Question, titles: readonly string[] = []): LintRule[] =>
  lintQuestion(q, titles).map((f) => f.rule);
const withOption = (i: number, change: Partial<Question['options'][number]>): Question => ({
  ...good,
  options: good.options.map((o, j) => (j === i ? { ...o, ...change } : o)),
});

describe('lintQuestion', () => {
  it('passes a well-formed card', () => {
    expect(lintQuestion(good)).toEqual([]);
  });

  it('flags a choice card with three options and a multiple-response card with four', () => {
    expect(rules({ ...good, options: good.options.slice(0, 3) })).toContain('options');
    const multi: Question = {
      ...good,
      kind: 'multiple-response',
      stem: `${good.stem.replace('How many', 'Which')} (Choose two.)`,
      correct: ['a', 'b'],
      pick: 2,
    };
    expect(rules(multi)).toEqual(['options']);
  });

  it('flags a multiple-response stem that does not say how many to choose', () => {
    const multi: Question = {
      ...good,
      kind: 'multiple-response',
      options: [...good.options, { id: 'e', text: 'Up to twenty of them', why: reason('Twenty') }],
      correct: ['a', 'b'],
      pick: 2,
    };
    expect(rules(multi)).toContain('pick');
    expect(rules({ ...multi, stem: `${good.stem} (Choose two.)` })).not.toContain('pick');
  });

  it('flags a number asked as true or false', () => {
    const tf: Question = {
      ...good,
      kind: 'true-false',
      stem: 'True or false? A function can use 5 layers.',
      options: [
        { id: 'a', text: 'True', why: 'Five is the quota of layers per function.' },
        { id: 'b', text: 'False', why: 'It is true: five is the quota per function.' },
      ],
    };
    expect(rules(tf)).toEqual(['true-false-number']);
    expect(rules({ ...tf, stem: 'True or false? Layers go to /opt in us-east-1 and S3.' })).toEqual(
      [],
    );
  });

  it('flags an option without its own reason, or with another option’s reason', () => {
    expect(rules(withOption(2, { why: 'Wrong.' }))).toContain('option-why');
    expect(rules(withOption(2, { why: reason('Ten') }))).toContain('option-why');
  });

  it('flags a card without a takeaway or without an AWS documentation page', () => {
    expect(rules({ ...good, takeaway: '' })).toContain('takeaway');
    expect(rules({ ...good, docs: [] })).toContain('docs');
    expect(rules({ ...good, docs: ['https://example.com/layers'] })).toContain('docs');
  });

  it('flags source wording, table filler and cell fragments', () => {
    expect(rules({ ...good, stem: 'What does the study guide say about layers?' })).toContain(
      'source-wording',
    );
    expect(rules(withOption(1, { text: 'N/A' }))).toContain('source-wording');
    expect(rules(withOption(1, { text: 'Synchronous (push)' }))).toContain('source-wording');
  });

  it('flags shorthand between ideas', () => {
    expect(rules(withOption(1, { text: 'Layers = shared code' }))).toContain('shorthand');
    expect(rules(withOption(1, { text: 'Up to ten; no more' }))).toContain('shorthand');
    expect(rules(withOption(1, { text: 'Step Functions + Fargate' }))).toContain('shorthand');
  });

  it('flags a stem that pastes a section title', () => {
    const stem = 'Which statement about Deployment: SAM, CodeDeploy and container images is true?';
    expect(rules({ ...good, stem })).toContain('title');
    expect(
      rules({ ...good, stem: 'Which is true of invocation types and asynchronous behaviour?' }, [
        'Invocation types and asynchronous behaviour',
      ]),
    ).toContain('title');
  });

  it('flags a key that alone repeats a word of the stem', () => {
    const cue = withOption(0, { text: 'Up to five layers' });
    expect(lintQuestion(cue).find((f) => f.rule === 'echo')?.message).toContain('"layer"');
    expect(rules(withOption(1, { text: 'Up to ten layers' }))).not.toContain('echo');
  });

  it('flags two options that read the same', () => {
    expect(rules(withOption(1, { text: 'up to five of them.' }))).toContain('duplicate-options');
  });

  it('never throws, whatever the question holds', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ text: fc.string(), why: fc.string() }), { maxLength: 6 }),
        fc.constantFrom('single-choice', 'multiple-response', 'true-false', 'numeric', 'scenario'),
        (stem, options, kind) => {
          const q: Question = {
            ...good,
            kind,
            stem,
            options: options.map((o, i) => ({ ...o, id: 'abcdef'.charAt(i) })),
          };
          expect(Array.isArray(lintQuestion(q, ['A title of words']))).toBe(true);
        },
      ),
    );
  });
});

describe('lintBank', () => {
  it('passes the fixture’s bank for any seed: well-written content gives well-formed cards', () => {
    const titles = listContentTitles(fixtureTopics);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(lintBank(generateBank(fixtureContent, seed), titles)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('flags a bank where the key is the strictly longest option in more than 30 % of cards', () => {
    const longKey = withOption(0, { text: 'Up to five of them, at most, always' });
    const bank = [longKey, longKey, good, good, good];
    expect(measureKeyLongest(bank)).toEqual({ longest: 2, cards: 5 });
    expect(lintBank(bank).map((f) => f.rule)).toEqual(['key-longest-share']);
    expect(lintBank([longKey, good, good, good])).toEqual([]);
  });

  it('counts only single-answer choice cards towards the key-longest share', () => {
    const tf: Question = { ...good, kind: 'true-false', options: good.options.slice(0, 2) };
    expect(measureKeyLongest([tf, good])).toEqual({ longest: 0, cards: 1 });
  });
});
