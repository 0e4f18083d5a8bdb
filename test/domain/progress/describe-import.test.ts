import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/domain/progress/describe-import';
import {
  createEmptyProgress,
  type AttemptSummary,
  type Progress,
} from '../../../src/domain/progress/progress';
import { scheduleReview } from '../../../src/domain/srs/scheduler';
import { DAY, EMPTY, GOOD, SETTINGS, T0, WRONG } from '../srs/helpers';

const attempt = (id: string): AttemptSummary => ({
  id,
  kind: 'quiz',
  examCode: null,
  startedAt: T0,
  finishedAt: T0 + 60_000,
  total: 5,
  correct: 4,
  byTopic: {},
  byDomain: {},
  scaledScore: null,
});

function progressWith(
  answers: readonly (readonly [string, boolean])[],
  extra: Partial<Progress> = {},
): Progress {
  let srs = EMPTY;
  for (const [cardId, right] of answers)
    srs = scheduleReview(srs, cardId, right ? GOOD : WRONG, T0, SETTINGS).state;
  return { ...createEmptyProgress(), ...srs, ...extra };
}

describe('describeImport', () => {
  it('counts cards added, updated, removed and unchanged', () => {
    const current = progressWith([
      ['kept', true],
      ['changed', true],
      ['mine-only', true],
    ]);
    const incoming = progressWith([
      ['kept', true],
      ['changed', false],
      ['theirs-only', true],
    ]);
    const changes = describeImport(current, incoming);
    expect(changes.cards).toEqual({ added: 1, updated: 1, removed: 1, unchanged: 1 });
    expect(changes.answers).toEqual({ current: 3, incoming: 3 });
    expect(changes.identical).toBe(false);
  });

  it('lists changed settings with old and new values', () => {
    const current = createEmptyProgress();
    const incoming = {
      ...current,
      settings: { ...current.settings, targetExam: 'SAP-C02' as const, newCardsPerDay: 30 },
    };
    expect(describeImport(current, incoming).settings).toEqual([
      { key: 'targetExam', from: null, to: 'SAP-C02' },
      { key: 'newCardsPerDay', from: 20, to: 30 },
    ]);
  });

  it('compares attempts by id and the active exam by content', () => {
    const current = progressWith([], {
      attempts: [attempt('a'), attempt('b')],
      activeExam: { id: 'x', answers: [1] },
    });
    const incoming = progressWith([], {
      attempts: [attempt('b'), attempt('c'), attempt('d')],
      activeExam: { id: 'x', answers: [2] },
    });
    const changes = describeImport(current, incoming);
    expect(changes.attempts).toEqual({ added: 2, removed: 1, kept: 1 });
    expect(changes.activeExam).toBe('replaced');
    expect(describeImport(current, { ...current, activeExam: null }).activeExam).toBe('removed');
  });

  it('says when nothing would change', () => {
    const current = progressWith([['a', true]], { attempts: [attempt('a')] });
    const copy = JSON.parse(JSON.stringify(current)) as Progress;
    expect(describeImport(current, copy).identical).toBe(true);
    const later = { ...copy, ...scheduleReview(copy, 'a', GOOD, T0 + DAY, SETTINGS).state };
    expect(describeImport(current, later).identical).toBe(false);
  });
});
