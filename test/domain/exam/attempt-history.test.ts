import { describe, expect, it } from 'vitest';
import { describeAttempts } from '../../../src/domain/exam/attempt-history';
import type { AttemptSummary } from '../../../src/domain/progress/progress';

const T0 = Date.UTC(2025, 2, 3, 9);
const attempt = (over: Partial<AttemptSummary>): AttemptSummary => ({
  id: 'a',
  kind: 'exam',
  examCode: 'DVA-C02',
  startedAt: T0,
  finishedAt: T0 + 60_000,
  total: 10,
  correct: 7,
  byTopic: {},
  byDomain: {},
  scaledScore: 707,
  ...over,
});

describe('describeAttempts', () => {
  it('lists attempts newest first with percent, time used, length and pass', () => {
    const rows = describeAttempts([
      attempt({ id: 'old', finishedAt: T0 + 20 * 60_000, correct: 8 }),
      attempt({ id: 'full', total: 65, correct: 47, finishedAt: T0 + 130 * 60_000 }),
      attempt({
        id: 'quiz',
        kind: 'quiz',
        examCode: null,
        scaledScore: null,
        finishedAt: T0 + 5000,
      }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['full', 'old', 'quiz']);
    expect(rows[0]).toMatchObject({ fullLength: true, passed: true, timeUsed: 130 * 60_000 });
    expect(rows[0]?.percent).toBeCloseTo((47 / 65) * 100);
    expect(rows[1]).toMatchObject({ fullLength: false, passed: true, percent: 80 });
    expect(rows[2]).toMatchObject({ fullLength: null, passed: null, percent: 70 });
  });

  it('fails an exam below the pass share (72% for DVA-C02, 75% for SAP-C02)', () => {
    const [dva] = describeAttempts([attempt({ correct: 7 })]);
    const [sap] = describeAttempts([attempt({ examCode: 'SAP-C02', total: 100, correct: 74 })]);
    expect(dva?.passed).toBe(false);
    expect(sap?.passed).toBe(false);
  });
});
