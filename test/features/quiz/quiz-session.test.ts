import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateQuestion } from '../../../src/domain/quiz/generate-questions';
import type { Question } from '../../../src/domain/quiz/question';
import { defaultQuizForm, planQuiz, quizContent } from '../../../src/features/quiz/quiz-form';
import { restoreQuizState } from '../../../src/features/quiz/quiz-history';
import {
  buildRunQuestions,
  chooseOptions,
  currentIndex,
  goOn,
  gradeRun,
  missedCardIds,
  startRun,
  submitAnswer,
  summarizeRun,
  type PlayState,
  type QuizState,
} from '../../../src/features/quiz/quiz-session';

const T0 = 1_750_000_000_000;

/** A right answer, or a wrong one of the same size. */
function answerFor(question: Question, right: boolean): string[] {
  if (right) return [...question.correct];
  const wrong = question.options.find((o) => !question.correct.includes(o.id));
  return [wrong?.id ?? 'a', ...question.correct.slice(1)];
}

/** Plays a whole quiz, answering question i right when `rights[i]`; returns every state seen. */
function playQuiz(seed: number, rights: readonly boolean[]): QuizState[] {
  const form = { ...defaultQuizForm, length: 5 } as const;
  let state: QuizState = startRun(form, planQuiz(form, seed), seed, T0);
  const seen: QuizState[] = [state];
  const questions = state.kind === 'answering' ? buildRunQuestions(state.run) : [];
  while (state.kind === 'answering') {
    const question = questions[currentIndex(state)];
    if (!question) throw new Error('missing question');
    const chosen: PlayState = chooseOptions(
      state,
      answerFor(question, rights[currentIndex(state)] ?? true),
    );
    const shown = submitAnswer(chosen);
    seen.push(chosen, shown);
    state = goOn(shown, T0 + 60_000);
    seen.push(state);
  }
  return seen;
}

describe('quiz session', () => {
  it('rebuilds the very questions the engine planned from the seed and card ids', () => {
    const form = { ...defaultQuizForm, length: 10 } as const;
    const ids = planQuiz(form, 42);
    const questions = buildRunQuestions({ seed: 42, cardIds: ids });
    expect(questions.map((q) => q.cardId)).toEqual(ids);
    expect(questions[0]).toEqual(generateQuestion(ids[0] ?? '', quizContent, 42));
  });

  it('goes question by question through feedback to a summary, counting right answers', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (seed, rights) => {
          const states = playQuiz(seed, rights);
          const last = states.at(-1);
          if (last?.kind !== 'summary') throw new Error('no summary');
          expect(last.finishedAt).toBe(T0 + 60_000);
          const questions = buildRunQuestions(last.run);
          const results = gradeRun(last.run, questions);
          expect(results.map((r) => r.correct)).toEqual(rights);
          expect(missedCardIds(results)).toEqual(
            questions.filter((_, i) => !rights[i]).map((q) => q.cardId),
          );
          expect(states.filter((s) => s.kind === 'feedback')).toHaveLength(5);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('ignores choices made while feedback shows and steps only from the right state', () => {
    const [start] = playQuiz(7, [true]);
    if (start?.kind !== 'answering') throw new Error('not answering');
    expect(goOn(start, T0)).toBe(start);
    const shown = submitAnswer(chooseOptions(start, ['a']));
    expect(chooseOptions(shown, ['b'])).toBe(shown);
    expect(submitAnswer(shown)).toBe(shown);
    expect(currentIndex(shown)).toBe(0);
  });

  it('tallies the attempt per topic and per exam domain', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (seed, rights) => {
          const last = playQuiz(seed, rights).at(-1);
          if (last?.kind !== 'summary') throw new Error('no summary');
          const results = gradeRun(last.run, buildRunQuestions(last.run));
          const summary = summarizeRun(last.run, results, last.finishedAt);
          expect(summary).toMatchObject({
            kind: 'quiz',
            examCode: null,
            total: 5,
            startedAt: T0,
            scaledScore: null,
          });
          expect(summary.correct).toBe(rights.filter(Boolean).length);
          const topicTotals = Object.values(summary.byTopic);
          expect(topicTotals.reduce((n, t) => n + t.total, 0)).toBe(5);
          expect(topicTotals.reduce((n, t) => n + t.correct, 0)).toBe(summary.correct);
          const domainCount = results.reduce((n, r) => n + r.question.domains.length, 0);
          expect(Object.values(summary.byDomain).reduce((n, t) => n + t.total, 0)).toBe(
            domainCount,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('resumes every state of a quiz from the history, as it was', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (seed, rights) => {
          for (const state of playQuiz(seed, rights)) {
            expect(restoreQuizState(structuredClone(state))).toEqual(state);
          }
        },
      ),
      { numRuns: 10 },
    );
  });

  it('starts over instead of resuming anything else found in the history', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const restored = restoreQuizState(value);
        expect(restored === null || restored.kind === 'setup').toBe(true);
      }),
    );
    const [start] = playQuiz(3, []);
    if (start?.kind !== 'answering') throw new Error('not answering');
    const tampered = (run: object) => restoreQuizState({ ...start, run: { ...start.run, ...run } });
    expect(tampered({ cardIds: ['no-such:card'] })).toBeNull();
    expect(tampered({ answers: [[], [], [], [], []] })).toBeNull();
    expect(restoreQuizState({ ...start, kind: 'summary', finishedAt: T0 })).toBeNull();
    expect(restoreQuizState({ ...start, kind: 'feedback' })).toBeNull();
    expect(
      restoreQuizState({
        kind: 'setup',
        form: { ...defaultQuizForm, topics: ['edge', 'gone'] },
        unknownTopic: null,
      }),
    ).toEqual({
      kind: 'setup',
      form: { ...defaultQuizForm, topics: ['edge'] },
      unknownTopic: null,
    });
  });
});
