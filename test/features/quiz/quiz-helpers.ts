import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { topics } from '../../../content/index';
import { generateQuestions } from '../../../src/domain/quiz/generate-questions';
import type { Question } from '../../../src/domain/quiz/question';

export const content = { topics };

/** The questions the quiz page asks for a seed (its start time) with the default choices. */
export function plannedQuestions(seed: number, count = 5): Question[] {
  return generateQuestions({ content, seed, count });
}

/** The first start time from `from` whose 5-question quiz satisfies `wanted`. */
export function findSeed(
  wanted: (questions: readonly Question[]) => boolean,
  from = 1_750_000_000_000,
): number {
  for (let seed = from; seed < from + 5_000; seed++) {
    if (wanted(plannedQuestions(seed))) return seed;
  }
  throw new Error('no seed found');
}

/** Fixes the time the quiz page reads, which seeds the quiz. */
export function startQuizAt(time: number): void {
  vi.spyOn(Date, 'now').mockReturnValue(time);
}

/** Number keys (1–5) that choose the right options, or a wrong answer of the right size. */
export function keysFor(question: Question, right: boolean): string {
  const indexes = question.options.map((o, i) => ({ i, correct: question.correct.includes(o.id) }));
  const correct = indexes.filter((o) => o.correct).map((o) => o.i);
  const wrong = indexes.filter((o) => !o.correct).map((o) => o.i);
  const chosen = right ? correct : [...wrong.slice(0, 1), ...correct.slice(0, question.pick - 1)];
  return chosen.map((i) => String(i + 1)).join('');
}

/** Answers the question on screen with the keyboard alone: number keys, Enter, Enter. */
export async function answerWithKeys(user: UserEvent, question: Question, right: boolean) {
  await user.keyboard(keysFor(question, right));
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { level: 2, name: right ? '✓ Correct' : '✗ Not quite' });
}

/**
 * Waits for the quiz page: its lazy chunk (content and quiz engine) can take seconds to load
 * the first time when the machine is busy.
 */
export async function findQuizPage(): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name: 'Quiz' }, { timeout: 15_000 });
}

/** Starts a 5-question quiz over every topic from the setup screen. */
export async function startFiveQuestionQuiz(user: UserEvent) {
  await findQuizPage();
  await user.click(screen.getByRole('radio', { name: '5 questions' }));
  await user.click(screen.getByRole('button', { name: 'Start quiz' }));
  await screen.findByRole('group', { name: /^Question 1 of/ });
}
