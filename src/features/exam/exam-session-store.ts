import { useMemo } from 'react';
import { findExamProfile } from '../../domain/exam/assemble-exam';
import { reviewAnswers, summarizeAttempt } from '../../domain/exam/exam-attempt';
import { submitSession, type ExamSession } from '../../domain/exam/exam-session';
import { parseExamSession } from '../../domain/exam/exam-session-schema';
import { scoreExam } from '../../domain/exam/score-exam';
import { getAppStore } from '../../store/app-store';
import type { SaveResult } from '../../store/durable-storage';
import { useAppStore } from '../../store/use-app-store';

/** The saved exam session, parsed (null when none, or when it cannot be resumed). */
export function useSavedSession(): ExamSession | null {
  const raw = useAppStore((s) => s.activeExam);
  return useMemo(() => parseExamSession(raw), [raw]);
}

/** Saves the session as the active exam; resolves once it is written (or could not be). */
export function saveSession(session: ExamSession | null): Promise<SaveResult> {
  return getAppStore().getState().setActiveExam(session);
}

const recording = new Set<string>();

/**
 * Files the attempt of a submitted session and applies its answers to the review cards,
 * once: a session already filed (or being filed) is left alone, so the result page can call
 * this again after a crash between submitting and filing.
 */
export async function recordExamResult(session: ExamSession): Promise<SaveResult | null> {
  const state = getAppStore().getState();
  const filed = state.attempts.some((a) => a.id === session.id);
  if (session.status !== 'submitted' || filed || recording.has(session.id)) return null;
  recording.add(session.id);
  try {
    const score = scoreExam(
      { profile: findExamProfile(session.examCode), items: session.items },
      session.answers,
    );
    const answers = reviewAnswers(session, score, (id) => Object.hasOwn(state.cards, id));
    return await state.recordAttempt(summarizeAttempt(session, score), answers);
  } finally {
    recording.delete(session.id);
  }
}

/**
 * Submits the exam at `now` (ms epoch): saves it as submitted (answers frozen, kept for the
 * review), then files the attempt.
 */
export async function submitExam(session: ExamSession, now: number): Promise<ExamSession> {
  const submitted = submitSession(session, now);
  await saveSession(submitted);
  await recordExamResult(submitted);
  return submitted;
}
