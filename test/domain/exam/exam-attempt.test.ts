import { describe, expect, it } from 'vitest';
import { reviewAnswers, summarizeAttempt } from '../../../src/domain/exam/exam-attempt';
import { answerQuestion, startSession, submitSession } from '../../../src/domain/exam/exam-session';
import { scoreExam } from '../../../src/domain/exam/score-exam';
import { dva, makeExam, makeItem } from './exam-fixtures';

const T0 = Date.UTC(2025, 2, 3, 9);

function submitted() {
  const exam = makeExam([
    makeItem(1, { domain: 'dva-1', topic: 'triggers' }),
    makeItem(2, { domain: 'dva-2', topic: 'layers' }),
    makeItem(3, { domain: 'dva-2', topic: 'layers', multiple: true }),
    makeItem(4, { domain: 'dva-1', topic: 'triggers' }),
  ]);
  let s = startSession(exam, 'exam-7', T0);
  s = answerQuestion(s, 0, ['b']);
  s = answerQuestion(s, 1, ['a']);
  s = answerQuestion(s, 2, ['a', 'c']);
  s = submitSession(s, T0 + 5 * 60_000);
  return { session: s, score: scoreExam({ profile: dva, items: s.items }, s.answers) };
}

describe('summarizeAttempt', () => {
  it('files totals, tallies and the scaled estimate, with the time used', () => {
    const { session, score } = submitted();
    expect(summarizeAttempt(session, score)).toEqual({
      id: 'exam-7',
      kind: 'exam',
      examCode: 'DVA-C02',
      startedAt: T0,
      finishedAt: T0 + 5 * 60_000,
      total: 4,
      correct: 2,
      byTopic: { triggers: { total: 2, correct: 1 }, layers: { total: 2, correct: 1 } },
      byDomain: { 'dva-1': { total: 2, correct: 1 }, 'dva-2': { total: 2, correct: 1 } },
      scaledScore: score.scaledEstimate,
    });
  });
});

describe('reviewAnswers', () => {
  it('sends every wrong answer, right answers only for cards already studied, and no unanswered ones', () => {
    const { session, score } = submitted();
    const answers = reviewAnswers(session, score, (id) => id === 'fx:q3');
    expect(answers).toEqual([
      { cardId: 'fx:q2', outcome: { kind: 'wrong' }, source: 'exam' },
      { cardId: 'fx:q3', outcome: { kind: 'correct' }, source: 'exam' },
    ]);
  });
});
