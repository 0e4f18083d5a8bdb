/** What a submitted exam leaves behind: an attempt summary and answers for the review cards. */
import type { ExamProfile } from '../../../content/schema';
import type { AttemptSummary, Tally } from '../progress/progress';
import type { Answer } from '../srs/scheduler';
import type { ExamSession } from './exam-session';
import type { ExamScore } from './score-exam';

/**
 * The attempt summary of a submitted session: totals, tallies by domain and topic, and the
 * scaled estimate. Time used is `finishedAt − startedAt`, at most the time allowed.
 */
export function summarizeAttempt(session: ExamSession, score: ExamScore): AttemptSummary {
  const byDomain: Record<string, Tally[string]> = {};
  for (const d of score.byDomain) if (d.total > 0) byDomain[d.domain] = tallyOf(d);
  const byTopic: Record<string, Tally[string]> = {};
  for (const t of score.byTopic) byTopic[t.topic] = tallyOf(t);
  return {
    id: session.id,
    kind: 'exam',
    examCode: session.examCode,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt ?? session.deadline,
    total: score.total,
    correct: score.correct,
    byTopic,
    byDomain,
    scaledScore: score.scaledEstimate,
  };
}

const tallyOf = ({ total, correct }: Readonly<{ total: number; correct: number }>) => ({
  total,
  correct,
});

/**
 * Answers to apply to the review cards. Every wrong answer counts (the card comes back
 * soon); a right answer counts only for a card the learner already studies, so an exam
 * does not pile dozens of new cards into the reviews at once. Unanswered questions (time ran
 * out, or skipped) are wrong in the score but tell nothing about memory, so they are left out.
 * @param known whether the learner already has a review card with this id
 */
export function reviewAnswers(
  session: ExamSession,
  score: ExamScore,
  known: (cardId: string) => boolean,
): Answer[] {
  const answers: Answer[] = [];
  for (const result of score.results) {
    const cardId = session.items[result.index]?.question.cardId;
    if (cardId === undefined || !result.answered) continue;
    if (!result.correct) answers.push({ cardId, outcome: { kind: 'wrong' }, source: 'exam' });
    else if (known(cardId)) answers.push({ cardId, outcome: { kind: 'correct' }, source: 'exam' });
  }
  return answers;
}

/** Whether an attempt of `questions` questions was a full-length sitting of the profile. */
export function isFullLength(profile: ExamProfile, questions: number): boolean {
  return questions === profile.questions;
}
