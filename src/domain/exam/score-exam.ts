/** Scoring a submitted practice exam: percent by domain and topic, pass or fail, scaled estimate. */
import type { DomainId, ExamProfile, TopicId } from '../../../content/schema';
import { gradeAnswer } from '../quiz/grade-answer';
import type { ExamItem } from './exam-types';
import { estimateScaledScore, passFraction } from './scaled-score';

export type ScoreTally = Readonly<{ total: number; correct: number }>;

export type QuestionResult = Readonly<{
  index: number;
  answered: boolean;
  /** All correct options and nothing else; unanswered is wrong, as on the real exam. */
  correct: boolean;
}>;

export type ExamScore = Readonly<{
  total: number;
  correct: number;
  /** correct / total × 100, unrounded; 0 for an empty exam. */
  percent: number;
  byDomain: readonly (ScoreTally & Readonly<{ domain: DomainId }>)[];
  byTopic: readonly (ScoreTally & Readonly<{ topic: TopicId }>)[];
  results: readonly QuestionResult[];
  passed: boolean;
  /** The 100–1000 estimate; see `estimateScaledScore` for what it is and is not. */
  scaledEstimate: number;
}>;

export type ScorableExam = Readonly<{ profile: ExamProfile; items: readonly ExamItem[] }>;

/**
 * Scores the answers. Multiple response is all or nothing (every correct option and no
 * other), as AWS scores it; an unanswered question counts as wrong. Passing means reaching
 * the pass mark's share of correct answers (see `passFraction`).
 * @param answers chosen option ids per question, in exam order (missing = unanswered)
 */
export function scoreExam(exam: ScorableExam, answers: readonly (readonly string[])[]): ExamScore {
  const results = exam.items.map(({ question }, index): QuestionResult => {
    const chosen = answers[index] ?? [];
    return {
      index,
      answered: chosen.length > 0,
      correct: chosen.length > 0 && gradeAnswer(question, chosen).correct,
    };
  });
  const total = results.length;
  const correct = results.filter((r) => r.correct).length;
  const fraction = total === 0 ? 0 : correct / total;
  return {
    total,
    correct,
    percent: fraction * 100,
    byDomain: exam.profile.domains.map((d) => ({
      domain: d.id,
      ...tally(exam.items, results, (item) => item.domain === d.id),
    })),
    byTopic: topicsOf(exam.items).map((topic) => ({
      topic,
      ...tally(exam.items, results, (item) => item.question.topic === topic),
    })),
    results,
    passed: total > 0 && fraction >= passFraction(exam.profile),
    scaledEstimate: estimateScaledScore(exam.profile, fraction),
  };
}

function tally(
  items: readonly ExamItem[],
  results: readonly QuestionResult[],
  match: (item: ExamItem) => boolean,
): ScoreTally {
  let total = 0;
  let correct = 0;
  items.forEach((item, i) => {
    if (!match(item)) return;
    total++;
    if (results[i]?.correct === true) correct++;
  });
  return { total, correct };
}

/** Topics in order of first appearance. */
function topicsOf(items: readonly ExamItem[]): TopicId[] {
  return [...new Set(items.map((i) => i.question.topic))];
}
