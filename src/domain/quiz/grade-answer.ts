/** Grading a chosen answer, shared by the quiz, reviews and exams. */
import type { Question } from './question';

export type Grade = Readonly<{
  /** All correct options chosen and nothing else: the exams give no partial credit. */
  correct: boolean;
  /** Correct options the learner did not choose. */
  missed: readonly string[];
  /** Options chosen that are wrong (or not options of the question at all). */
  wrong: readonly string[];
}>;

/**
 * Grades the option ids a learner chose.
 * @param chosen option ids, in any order; repeats count once
 */
export function gradeAnswer(question: Question, chosen: readonly string[]): Grade {
  const picked = new Set(chosen);
  const missed = question.correct.filter((id) => !picked.has(id));
  const wrong = [...picked].filter((id) => !question.correct.includes(id));
  return { correct: missed.length === 0 && wrong.length === 0, missed, wrong };
}
