import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateScaledScore, passFraction } from '../../../src/domain/exam/scaled-score';
import { scoreExam } from '../../../src/domain/exam/score-exam';
import { dva, makeItem, sap } from './exam-fixtures';

describe('scoreExam', () => {
  const items = [
    makeItem(1, { domain: 'dva-1', topic: 'triggers' }),
    makeItem(2, { domain: 'dva-1', topic: 'concurrency' }),
    makeItem(3, { domain: 'dva-2', topic: 'triggers', multiple: true }),
    makeItem(4, { domain: 'dva-4', topic: 'layers', multiple: true }),
  ];

  it('scores multiple response all or nothing, and unanswered as wrong', () => {
    const score = scoreExam({ profile: dva, items }, [['b'], [], ['a', 'c'], ['a']]);
    expect(score.results.map((r) => r.correct)).toEqual([true, false, true, false]);
    expect(score.results.map((r) => r.answered)).toEqual([true, false, true, true]);
    expect(score.correct).toBe(2);
    expect(score.percent).toBe(50);
  });

  it('gives no credit for a multiple-response answer with an extra option', () => {
    const score = scoreExam({ profile: dva, items }, [[], [], ['a', 'c', 'd'], ['a', 'c']]);
    expect(score.results.map((r) => r.correct)).toEqual([false, false, false, true]);
  });

  it('tallies by exam domain (every domain of the profile) and by topic', () => {
    const score = scoreExam({ profile: dva, items }, [['b'], ['a'], ['a', 'c'], []]);
    expect(score.byDomain).toEqual([
      { domain: 'dva-1', total: 2, correct: 1 },
      { domain: 'dva-2', total: 1, correct: 1 },
      { domain: 'dva-3', total: 0, correct: 0 },
      { domain: 'dva-4', total: 1, correct: 0 },
    ]);
    expect(score.byTopic).toEqual([
      { topic: 'triggers', total: 2, correct: 2 },
      { topic: 'concurrency', total: 1, correct: 0 },
      { topic: 'layers', total: 1, correct: 0 },
    ]);
  });

  it('passes at the pass share of correct answers and agrees with the scaled estimate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(dva, sap),
        fc.integer({ min: 1, max: 80 }),
        fc.nat(),
        (profile, n, k) => {
          const exam = { profile, items: Array.from({ length: n }, (_, i) => makeItem(i)) };
          const right = k % (n + 1);
          const score = scoreExam(
            exam,
            exam.items.map((_, i) => (i < right ? ['b'] : ['a'])),
          );
          expect(score.correct).toBe(right);
          expect(score.passed).toBe(right / n >= passFraction(profile));
          expect(score.scaledEstimate >= profile.passingScore).toBe(score.passed);
        },
      ),
    );
  });

  it('fails an empty exam rather than dividing by zero', () => {
    const score = scoreExam({ profile: dva, items: [] }, []);
    expect(score).toMatchObject({
      total: 0,
      correct: 0,
      percent: 0,
      passed: false,
      scaledEstimate: 100,
    });
  });
});

describe('estimateScaledScore', () => {
  it('maps 0 % to 100, the pass share to the pass mark and 100 % to 1000', () => {
    expect(estimateScaledScore(dva, 0)).toBe(100);
    expect(estimateScaledScore(dva, 0.72)).toBe(720);
    expect(estimateScaledScore(sap, 0.75)).toBe(750);
    expect(estimateScaledScore(sap, 1)).toBe(1000);
    // Linear on either side: halfway between the pass share and 100 % is halfway to 1000.
    expect(estimateScaledScore(dva, 0.86)).toBe(860);
    expect(estimateScaledScore(dva, 0.36)).toBe(410);
  });

  it('is whole, within 100–1000 and never decreases as more answers are right', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(dva, sap),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (profile, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = estimateScaledScore(profile, lo);
          const y = estimateScaledScore(profile, hi);
          expect(Number.isInteger(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(100);
          expect(y).toBeLessThanOrEqual(1000);
          expect(x).toBeLessThanOrEqual(y);
        },
      ),
    );
  });

  it('never rounds a failing share up onto the pass mark', () => {
    expect(estimateScaledScore(dva, 0.7199999)).toBe(719);
    expect(estimateScaledScore(dva, Number.NaN)).toBe(100);
  });
});
