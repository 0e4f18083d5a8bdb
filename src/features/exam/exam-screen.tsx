import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { chooseOption, QuestionCard } from '../../components/question/question-card';
import { PageHeading } from '../../components/ui/page-heading';
import {
  answerQuestion,
  goToQuestion,
  questionStatus,
  toggleFlag,
  type ExamSession,
} from '../../domain/exam/exam-session';
import { ExamClock } from './exam-clock';
import { ExamNavigator } from './exam-navigator';
import { saveSession, submitExam } from './exam-session-store';
import { examShortcuts, ShortcutList } from './shortcut-list';
import { SubmitReview } from './submit-review';
import { useExamShortcuts } from './use-exam-shortcuts';
import { useScreenShortcuts } from '../../app/shortcuts';

type Props = Readonly<{ initial: ExamSession }>;

/** Where the result page learns that time ran out. */

/**
 * The exam being sat. Every change (answer, flag, question shown) is saved at once, so a
 * reload comes back to the same place; no correctness is shown until the exam is submitted.
 */
export function ExamScreen({ initial }: Props) {
  useScreenShortcuts('Practice exam', examShortcuts);
  const navigate = useNavigate();
  const [session, setSession] = useState(initial);
  const latest = useRef(initial);
  const [reviewing, setReviewing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [pendingSaves, setPendingSaves] = useState(0);
  const questionRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const update = useCallback((change: (s: ExamSession) => ExamSession) => {
    const next = change(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setSession(next);
    setPendingSaves((n) => n + 1);
    void saveSession(next).then((result) => {
      setSaveFailed(result.kind !== 'saved');
      setPendingSaves((n) => n - 1);
    });
  }, []);

  // The result page tells from the session whether time ran out (see `ranOutOfTime`).
  const submit = useCallback(async () => {
    if (latest.current.status !== 'running') return;
    setSubmitting(true);
    const submitted = await submitExam(latest.current, Date.now());
    latest.current = submitted;
    void navigate(paths.examResult(submitted.id), { replace: true });
  }, [navigate]);
  const onTimeUp = useCallback(() => void submit(), [submit]);

  const go = useCallback(
    (index: number) => {
      moved.current = true;
      setReviewing(false);
      update((s) => goToQuestion(s, index));
    },
    [update],
  );

  const index = session.current;
  // After moving to another question, focus its chosen (or first) option.
  useEffect(() => {
    if (!moved.current || reviewing) return;
    moved.current = false;
    const inputs = questionRef.current?.querySelectorAll<HTMLInputElement>('input');
    const target = [...(inputs ?? [])].find((i) => i.checked) ?? inputs?.[0];
    target?.focus();
  }, [index, reviewing]);

  const item = session.items[index];
  const total = session.items.length;
  useExamShortcuts(
    {
      next: () => go(latest.current.current + 1),
      previous: () => go(latest.current.current - 1),
      flag: () => update((s) => toggleFlag(s, s.current)),
      review: () => setReviewing(true),
      choose: (option) =>
        update((s) => {
          const question = s.items[s.current]?.question;
          if (!question) return s;
          return answerQuestion(
            s,
            s.current,
            chooseOption(question, s.answers[s.current] ?? [], option),
          );
        }),
    },
    !reviewing && !submitting,
  );

  if (item === undefined) return null;
  const flagged = questionStatus(session, index).flagged;
  return (
    <section className="page exam exam-screen">
      <PageHeading title={`${session.examCode} practice exam`}>
        {session.examCode} practice exam
      </PageHeading>
      <div className="exam-bar">
        <p className="exam-progress">
          Question {index + 1} of {total}
        </p>
        <ExamClock deadline={session.deadline} onTimeUp={onTimeUp} />
      </div>
      {saveFailed ? (
        <p className="notice exam-save-failed" role="alert">
          Your answers could not be saved on this device. Keep this tab open until you submit.
        </p>
      ) : null}
      {reviewing ? (
        <SubmitReview
          session={session}
          submitting={submitting}
          onSubmit={() => void submit()}
          onCancel={() => go(latest.current.current)}
          onGo={go}
        />
      ) : (
        <>
          <div ref={questionRef} className="exam-question">
            <QuestionCard
              key={index}
              question={item.question}
              selected={session.answers[index] ?? []}
              onChange={(chosen) => update((s) => answerQuestion(s, index, chosen))}
              mode="answering"
              label={`Question ${index + 1} of ${total}${flagged ? ' · flagged for review' : ''}`}
            />
          </div>
          <div className="exam-controls">
            <button
              type="button"
              className="button"
              aria-pressed={flagged}
              aria-keyshortcuts="F"
              onClick={() => update((s) => toggleFlag(s, index))}
            >
              <span aria-hidden="true">⚑</span> {flagged ? 'Flagged' : 'Flag for review'}
            </button>
            <button
              type="button"
              className="button"
              disabled={index === 0}
              aria-keyshortcuts="P"
              onClick={() => go(index - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={index === total - 1}
              aria-keyshortcuts="N"
              onClick={() => go(index + 1)}
            >
              Next
            </button>
            <button
              type="button"
              className="button primary"
              aria-keyshortcuts="S"
              onClick={() => setReviewing(true)}
            >
              Review and submit
            </button>
          </div>
          <p className="exam-save-state">
            {pendingSaves > 0 ? 'Saving…' : saveFailed ? 'Not saved' : 'Saved on this device'}
          </p>
          <ExamNavigator session={session} onGo={go} />
          <details className="exam-help">
            <summary>Keyboard shortcuts</summary>
            <ShortcutList />
          </details>
        </>
      )}
    </section>
  );
}
