import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  ATTEMPTS_LIMIT,
  DEFAULT_SETTINGS,
  updateSettings,
  type AttemptSummary,
} from '../../../src/domain/progress/progress';

describe('updateSettings', () => {
  it('clamps desired retention to 0.70–0.97 and new cards a day to 0–200', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.double(), (retention, perDay) => {
        const next = updateSettings(DEFAULT_SETTINGS, {
          desiredRetention: retention,
          newCardsPerDay: perDay,
        });
        expect(next.desiredRetention).toBeGreaterThanOrEqual(0.7);
        expect(next.desiredRetention).toBeLessThanOrEqual(0.97);
        expect(Number.isInteger(next.newCardsPerDay)).toBe(true);
        expect(next.newCardsPerDay).toBeGreaterThanOrEqual(0);
        expect(next.newCardsPerDay).toBeLessThanOrEqual(200);
      }),
    );
    expect(
      updateSettings(DEFAULT_SETTINGS, { desiredRetention: 0.99, newCardsPerDay: 500 }),
    ).toMatchObject({
      desiredRetention: 0.97,
      newCardsPerDay: 200,
    });
  });

  it('keeps valid choices as given and leaves other settings alone', () => {
    const next = updateSettings(DEFAULT_SETTINGS, { desiredRetention: 0.85, theme: 'dark' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, desiredRetention: 0.85, theme: 'dark' });
  });
});

describe('addAttempt', () => {
  const attempt = (id: string): AttemptSummary => ({
    id,
    kind: 'exam',
    examCode: 'DVA-C02',
    startedAt: 0,
    finishedAt: 1,
    total: 65,
    correct: 50,
    byTopic: {},
    byDomain: {},
    scaledScore: 780,
  });

  it('keeps the newest 200 attempts and replaces one with the same id', () => {
    let attempts: readonly AttemptSummary[] = [];
    for (let i = 0; i < ATTEMPTS_LIMIT + 5; i++) attempts = addAttempt(attempts, attempt(`a${i}`));
    expect(attempts).toHaveLength(ATTEMPTS_LIMIT);
    expect(attempts[0]?.id).toBe('a5');
    const again = addAttempt(attempts, { ...attempt('a5'), correct: 60 });
    expect(again).toHaveLength(ATTEMPTS_LIMIT);
    expect(again.at(-1)).toMatchObject({ id: 'a5', correct: 60 });
  });
});
