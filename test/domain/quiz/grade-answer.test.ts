import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topics } from '../../../content/index';
import { generateBank } from '../../../src/domain/quiz/generate-questions';
import { gradeAnswer } from '../../../src/domain/quiz/grade-answer';

const bank = generateBank({ topics }, 4);
const multi = bank.find((q) => q.kind === 'multiple-response');

describe('gradeAnswer', () => {
  it('accepts exactly the correct options, in any order', () => {
    for (const q of bank) {
      expect(gradeAnswer(q, [...q.correct].reverse())).toEqual({
        correct: true,
        missed: [],
        wrong: [],
      });
    }
  });

  it('gives no partial credit on multiple response', () => {
    if (multi === undefined) throw new Error('no multiple-response question');
    const [first = '', ...rest] = multi.correct;
    expect(gradeAnswer(multi, [first])).toEqual({ correct: false, missed: rest, wrong: [] });
  });

  it('marks any wrong option, including ids the question does not have', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bank),
        fc.subarray(['a', 'b', 'c', 'd', 'e', 'z']),
        (q, chosen) => {
          const grade = gradeAnswer(q, chosen);
          const exact =
            chosen.length === q.correct.length && q.correct.every((id) => chosen.includes(id));
          expect(grade.correct).toBe(exact);
          expect(grade.wrong.every((id) => !q.correct.includes(id))).toBe(true);
        },
      ),
    );
  });
});
