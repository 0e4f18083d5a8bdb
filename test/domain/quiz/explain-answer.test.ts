import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainAnswer } from '../../../src/domain/quiz/explain-answer';
import type { Question } from '../../../src/domain/quiz/question';

const option = (id: string, text: string) => ({ id, text, why: `${text} for this reason.` });
const multi: Question = {
  cardId: 'set-multi:x',
  kind: 'multiple-response',
  stem: 'Which two? (Choose two.)',
  options: ['A', 'B', 'C', 'D', 'E'].map((t, i) => option('abcde'.charAt(i), t)),
  correct: ['b', 'd'],
  pick: 2,
  takeaway: 'B and D.',
  docs: [],
  sources: [],
  topic: 'layers',
  exams: ['DVA-C02'],
  domains: ['dva-3'],
  difficulty: 2,
};
const single: Question = { ...multi, kind: 'single-choice', correct: ['c'], pick: 1 };

describe('explainAnswer', () => {
  it('says nothing more than "correct" for a fully right answer, and lists every reason', () => {
    const e = explainAnswer(multi, ['d', 'b']);
    expect(e.correct).toBe(true);
    expect(e.summary).toBeUndefined();
    expect(e.reasons.map((r) => r.text)).toEqual(['B', 'D', 'A', 'C', 'E']);
  });

  it('says which choices of a partly right multiple response were right, missing and wrong', () => {
    const e = explainAnswer(multi, ['b', 'e']);
    expect(e.correct).toBe(false);
    expect(e.summary).toBe(
      'You chose 1 of the 2 right answers. Missing: option 4. Wrong: option 5.',
    );
    expect(e.reasons.map((r) => [r.number, r.status])).toEqual([
      [2, 'chosen-right'],
      [5, 'chosen-wrong'],
      [4, 'missed'],
      [1, 'not-chosen'],
      [3, 'not-chosen'],
    ]);
  });

  it('puts the learner’s choice first, then the right answer, for a wrong single choice', () => {
    const e = explainAnswer(single, ['a']);
    expect(e.summary).toBe('The right answer is option 3.');
    expect(e.reasons.slice(0, 2).map((r) => [r.text, r.status])).toEqual([
      ['A', 'chosen-wrong'],
      ['C', 'missed'],
    ]);
    expect(e.reasons[0]?.why).toBe('A for this reason.');
  });

  it('explains every option exactly once, whatever was chosen', () => {
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'c', 'd', 'e']), (chosen) => {
        const e = explainAnswer(multi, chosen);
        expect(e.reasons.map((r) => r.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
        const firsts = e.reasons
          .slice(0, chosen.length)
          .map((r) => r.id)
          .sort();
        expect(firsts).toEqual([...chosen].sort());
      }),
    );
  });
});
