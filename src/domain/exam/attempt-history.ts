/** The attempt history shown on the progress page: one row per finished quiz or exam. */
import { examProfiles } from '../../../content/exams';
import type { ExamCode } from '../../../content/schema';
import type { AttemptSummary } from '../progress/progress';
import { passFraction } from './scaled-score';

export type HistoryRow = Readonly<{
  id: string;
  kind: AttemptSummary['kind'];
  examCode: ExamCode | null;
  /** ms epoch. */
  finishedAt: number;
  total: number;
  correct: number;
  /** 0–100, unrounded. */
  percent: number;
  /** ms; finish minus start (an exam's is at most its time allowed). */
  timeUsed: number;
  /** Whether the exam had the real exam's question count; null for quizzes. */
  fullLength: boolean | null;
  /** Against the exam's pass mark; null for quizzes. */
  passed: boolean | null;
  scaledScore: number | null;
}>;

/** Rows for every attempt, newest first. */
export function describeAttempts(attempts: readonly AttemptSummary[]): HistoryRow[] {
  return attempts
    .map((a): HistoryRow => {
      const profile = examProfiles.find((p) => p.code === a.examCode);
      const isExam = a.kind === 'exam' && profile !== undefined;
      return {
        id: a.id,
        kind: a.kind,
        examCode: a.examCode,
        finishedAt: a.finishedAt,
        total: a.total,
        correct: a.correct,
        percent: a.total === 0 ? 0 : (a.correct / a.total) * 100,
        timeUsed: Math.max(0, a.finishedAt - a.startedAt),
        fullLength: isExam ? a.total === profile.questions : null,
        passed: isExam && a.total > 0 ? a.correct / a.total >= passFraction(profile) : null,
        scaledScore: a.scaledScore,
      };
    })
    .sort((x, y) => y.finishedAt - x.finishedAt);
}
