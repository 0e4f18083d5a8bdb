/**
 * The exam being sat (or just submitted), as saved in the store's active-exam slot. It
 * holds the full questions, not card ids and seeds, so an app update between a reload and
 * the next never changes a question under an answer already given.
 */
import type { ExamCode } from '../../../content/schema';
import type { AssembledExam, AssemblyNote, ExamItem, ExamLength } from './exam-types';

/** Bumped when the saved shape changes; a session of another format is not resumed. */
export const EXAM_SESSION_FORMAT = 1;

export type ExamSession = Readonly<{
  format: typeof EXAM_SESSION_FORMAT;
  id: string;
  examCode: ExamCode;
  length: ExamLength;
  seed: number;
  /** ms epoch. */
  startedAt: number;
  /** ms epoch; the clock counts down to it, and time runs on while the app is closed. */
  deadline: number;
  items: readonly ExamItem[];
  /** Chosen option ids per question; empty = unanswered. */
  answers: readonly (readonly string[])[];
  flags: readonly boolean[];
  /** The question on screen, 0-based. */
  current: number;
  notes: readonly AssemblyNote[];
  /** `submitted` keeps the questions and answers for the result's review. */
  status: 'running' | 'submitted';
  /** ms epoch of submission, never after the deadline; null while running. */
  finishedAt: number | null;
}>;

/**
 * A new session for an assembled exam, started at `now`.
 * @param id unique among attempts; used in the exam's address
 * @param now ms epoch
 */
export function startSession(exam: AssembledExam, id: string, now: number): ExamSession {
  return {
    format: EXAM_SESSION_FORMAT,
    id,
    examCode: exam.examCode,
    length: exam.length,
    seed: exam.seed,
    startedAt: now,
    deadline: now + exam.durationMs,
    items: exam.items,
    answers: exam.items.map(() => []),
    flags: exam.items.map(() => false),
    current: 0,
    notes: exam.notes,
    status: 'running',
    finishedAt: null,
  };
}

const clampIndex = (session: ExamSession, index: number): number =>
  Math.min(Math.max(0, Math.trunc(index)), Math.max(0, session.items.length - 1));

const isRunning = (session: ExamSession): boolean => session.status === 'running';

/** The session with question `index` answered (an empty choice clears the answer). */
export function answerQuestion(
  session: ExamSession,
  index: number,
  chosen: readonly string[],
): ExamSession {
  if (!isRunning(session) || session.items[index] === undefined) return session;
  const answers = session.answers.map((a, i) => (i === index ? [...new Set(chosen)] : a));
  return { ...session, answers };
}

/** The session with the review flag of question `index` switched. */
export function toggleFlag(session: ExamSession, index: number): ExamSession {
  if (!isRunning(session) || session.items[index] === undefined) return session;
  return { ...session, flags: session.flags.map((f, i) => (i === index ? !f : f)) };
}

/** The session showing question `index` (clamped to the exam). */
export function goToQuestion(session: ExamSession, index: number): ExamSession {
  const current = clampIndex(session, index);
  return current === session.current ? session : { ...session, current };
}

/**
 * The session submitted at `now`, answers frozen. Submitting after the deadline (the app
 * was closed when time ran out) dates the submission at the deadline.
 * @param now ms epoch
 */
export function submitSession(session: ExamSession, now: number): ExamSession {
  if (!isRunning(session)) return session;
  return { ...session, status: 'submitted', finishedAt: Math.min(now, session.deadline) };
}

export type QuestionStatus = Readonly<{ answered: boolean; flagged: boolean }>;

/**
 * Whether time ran out: the session was submitted at its deadline (`submitSession` clamps
 * a late submit to the deadline, so a submit by the clock always lands exactly on it).
 */
export function ranOutOfTime(session: ExamSession): boolean {
  return session.status === 'submitted' && session.finishedAt === session.deadline;
}

/** Answered and flagged, for the navigator. */
export function questionStatus(session: ExamSession, index: number): QuestionStatus {
  return {
    answered: (session.answers[index]?.length ?? 0) > 0,
    flagged: session.flags[index] === true,
  };
}

export type StatusCounts = Readonly<{ answered: number; unanswered: number; flagged: number }>;

/** How many questions are answered, unanswered and flagged (flagged overlaps the others). */
export function countStatuses(session: ExamSession): StatusCounts {
  const answered = session.answers.filter((a) => a.length > 0).length;
  return {
    answered,
    unanswered: session.items.length - answered,
    flagged: session.flags.filter(Boolean).length,
  };
}
