/**
 * A quiz as plain data. A run is its seed and card ids (each question is rebuilt with
 * `generateQuestion`), so the whole quiz fits in the browser history: Back from a Learn link,
 * or a reload, resumes it where it was.
 */
import type { TopicId } from '../../../content/schema';
import type { AttemptSummary, Tally } from '../../domain/progress/progress';
import { generateQuestion } from '../../domain/quiz/generate-questions';
import { gradeAnswer } from '../../domain/quiz/grade-answer';
import type { Question } from '../../domain/quiz/question';
import { quizContent, type QuizForm } from './quiz-form';

export type QuizRun = Readonly<{
  seed: number;
  cardIds: readonly string[];
  /** ms epoch. */
  startedAt: number;
  /** The options submitted for each question so far, in order. */
  answers: readonly (readonly string[])[];
  /** The options chosen for the current question, not yet submitted. */
  selected: readonly string[];
}>;

export type QuizState =
  | Readonly<{ kind: 'setup'; form: QuizForm; unknownTopic: string | null }>
  /** Question `answers.length` is being answered. */
  | Readonly<{ kind: 'answering'; form: QuizForm; run: QuizRun }>
  /** The last submitted answer's feedback is showing. */
  | Readonly<{ kind: 'feedback'; form: QuizForm; run: QuizRun }>
  | Readonly<{ kind: 'summary'; form: QuizForm; run: QuizRun; finishedAt: number }>;

export type PlayState = Extract<QuizState, { kind: 'answering' | 'feedback' }>;

/** A new run over these cards; `seed` picks the variants and `now` (ms epoch) is its start. */
export function startRun(
  form: QuizForm,
  cardIds: readonly string[],
  seed: number,
  now: number,
): QuizState {
  return {
    kind: 'answering',
    form,
    run: { seed, cardIds, startedAt: now, answers: [], selected: [] },
  };
}

/** The questions of a run, rebuilt from its card ids and seed. */
export function buildRunQuestions(run: Pick<QuizRun, 'seed' | 'cardIds'>): Question[] {
  return run.cardIds.flatMap((id) => generateQuestion(id, quizContent, run.seed) ?? []);
}

/** The index (0-based) of the question on screen. */
export function currentIndex(state: PlayState): number {
  return state.kind === 'answering' ? state.run.answers.length : state.run.answers.length - 1;
}

export function chooseOptions(state: PlayState, selected: readonly string[]): PlayState {
  return state.kind === 'answering' ? { ...state, run: { ...state.run, selected } } : state;
}

/** Files the current choice and shows its feedback. */
export function submitAnswer(state: PlayState): PlayState {
  if (state.kind !== 'answering') return state;
  const run = { ...state.run, answers: [...state.run.answers, state.run.selected], selected: [] };
  return { kind: 'feedback', form: state.form, run };
}

/** The next question, or the summary (finished at `now`, ms epoch) after the last one. */
export function goOn(state: PlayState, now: number): QuizState {
  if (state.kind !== 'feedback') return state;
  const { run, form } = state;
  return run.answers.length < run.cardIds.length
    ? { kind: 'answering', form, run }
    : { kind: 'summary', form, run, finishedAt: now };
}

export type Result = Readonly<{ question: Question; chosen: readonly string[]; correct: boolean }>;

/** Each answered question with what was chosen and whether it was right. */
export function gradeRun(run: QuizRun, questions: readonly Question[]): Result[] {
  return run.answers.flatMap((chosen, i) => {
    const question = questions[i];
    return question ? [{ question, chosen, correct: gradeAnswer(question, chosen).correct }] : [];
  });
}

function addTo(
  tally: Record<string, { total: number; correct: number }>,
  key: string,
  ok: boolean,
) {
  const entry = tally[key] ?? { total: 0, correct: 0 };
  tally[key] = { total: entry.total + 1, correct: entry.correct + (ok ? 1 : 0) };
}

/**
 * The attempt record of a finished run, tallied per topic and per exam domain (a question
 * counts once for each domain it serves).
 * @param finishedAt ms epoch
 */
export function summarizeRun(
  run: QuizRun,
  results: readonly Result[],
  finishedAt: number,
): AttemptSummary {
  const byTopic: Record<TopicId | string, { total: number; correct: number }> = {};
  const byDomain: Record<string, { total: number; correct: number }> = {};
  for (const { question, correct } of results) {
    addTo(byTopic, question.topic, correct);
    for (const domain of question.domains) addTo(byDomain, domain, correct);
  }
  return {
    id: `quiz-${run.startedAt}`,
    kind: 'quiz',
    examCode: null,
    startedAt: run.startedAt,
    finishedAt,
    total: results.length,
    correct: results.filter((r) => r.correct).length,
    byTopic: byTopic satisfies Tally,
    byDomain: byDomain satisfies Tally,
    scaledScore: null,
  };
}

/** The card ids answered wrongly, in quiz order. */
export function missedCardIds(results: readonly Result[]): string[] {
  return results.filter((r) => !r.correct).map((r) => r.question.cardId);
}
