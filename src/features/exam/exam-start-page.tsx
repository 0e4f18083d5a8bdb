import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { examProfiles, topics } from '../../../content/index';
import type { ExamCode, ExamProfile } from '../../../content/schema';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/ui/page-heading';
import {
  assembleExam,
  examStyle,
  findExamProfile,
  questionCount,
} from '../../domain/exam/assemble-exam';
import type { QuestionStyle } from '../../domain/quiz/question';
import { examDurationMs } from '../../domain/exam/exam-timing';
import { startSession, type ExamSession } from '../../domain/exam/exam-session';
import { examLengths, type ExamLength } from '../../domain/exam/exam-types';
import { useAppStore } from '../../store/use-app-store';
import { describeLength } from './exam-labels';
import { saveSession, useSavedSession } from './exam-session-store';
import { ResumePanel } from './resume-panel';
import { ShortcutList } from './shortcut-list';
import './exam.css';

/**
 * A new exam starting now, with a fresh seed and an id for its address, e.g.
 * "dva-c02-m7xk2q1-1ekx9a".
 */
function createExamSession(
  profile: ExamProfile,
  length: ExamLength,
  style: QuestionStyle,
): ExamSession {
  const now = Date.now();
  const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? now;
  const id = `${profile.code.toLowerCase()}-${now.toString(36)}-${seed.toString(36)}`;
  const exam = assembleExam({ profile, length, content: { topics }, seed, style });
  return startSession(exam, id, now);
}

const styleChoices: readonly Readonly<{ value: QuestionStyle; label: string; note: string }>[] = [
  {
    value: 'exam',
    label: 'Exam style',
    note: 'A situation, its constraints and four or more whole solutions, as on the real exam',
  },
  {
    value: 'recall',
    label: 'Recall',
    note: 'One fact, figure or table cell at a time, to check what you remember',
  },
];

/** The kind of question: a choice for shorter exams; a full-length exam is exam style only. */
function StyleChoice({
  length,
  style,
  onChange,
}: Readonly<{ length: ExamLength; style: QuestionStyle; onChange: (s: QuestionStyle) => void }>) {
  if (length === 'full')
    return (
      <p className="exam-start-note">
        A full-length exam uses exam-style questions only: a situation, its constraints and whole
        solutions to choose from.
      </p>
    );
  return (
    <fieldset>
      <legend>Kind of question</legend>
      {styleChoices.map((c) => (
        <label key={c.value} className="choice">
          <input
            type="radio"
            name="style"
            value={c.value}
            checked={style === c.value}
            onChange={() => onChange(c.value)}
          />
          <span>
            <strong>{c.label}</strong>
            <span className="choice-note">{c.note}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** `/exam`: choose the format and length, then start (or resume the exam in progress). */
export function ExamStartPage() {
  const navigate = useNavigate();
  const hydrated = useAppStore((s) => s.hydrated);
  const target = useAppStore((s) => s.settings.targetExam);
  const session = useSavedSession();
  const [code, setCode] = useState<ExamCode | null>(null);
  const [length, setLength] = useState<ExamLength>('full');
  const [style, setStyle] = useState<QuestionStyle>('exam');
  const [starting, setStarting] = useState(false);
  const chosen = code ?? target ?? 'DVA-C02';
  const profile = findExamProfile(chosen);
  const running = session?.status === 'running' ? session : null;

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setStarting(true);
    const session = createExamSession(profile, length, examStyle(length, style));
    await saveSession(session);
    void navigate(paths.examSession(session.id));
  };

  return (
    <section className="page exam">
      <PageHeading title="Practice exam">Practice exam</PageHeading>
      <p className="lead">
        A timed exam in the real format: one question at a time, flag questions to come back to, and
        no hints until you submit. Then see your score by domain and topic, and review every answer.
      </p>
      {!hydrated ? <p className="loading">Loading…</p> : null}
      {running ? <ResumePanel session={running} /> : null}
      {hydrated && !running ? (
        <form className="exam-start" onSubmit={(e) => void start(e)}>
          <fieldset>
            <legend>Exam</legend>
            {examProfiles.map((p) => (
              <label key={p.code} className="choice">
                <input
                  type="radio"
                  name="exam"
                  value={p.code}
                  checked={chosen === p.code}
                  onChange={() => setCode(p.code)}
                />
                <span>
                  <strong>{p.code}</strong> {p.name}
                  <span className="choice-note">
                    {p.questions} questions · {p.minutes} minutes · pass mark {p.passingScore} of{' '}
                    {p.scaledMax}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Length</legend>
            {examLengths.map((l) => (
              <label key={String(l)} className="choice">
                <input
                  type="radio"
                  name="length"
                  value={String(l)}
                  checked={length === l}
                  onChange={() => setLength(l)}
                />
                <span>
                  {describeLength(
                    profile,
                    l,
                    examDurationMs(profile, questionCount(profile, l)) / 60_000,
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          <StyleChoice length={length} style={style} onChange={setStyle} />
          <p className="exam-start-note">
            The questions cover Lambda and the services around it, not every topic of the exam. They
            follow the exam&apos;s domain weights; about one in five asks for two or more answers.
            Time runs on if you leave or close the app, as in the real exam, and your answers are
            kept on this device.
          </p>
          <div className="actions">
            <button type="submit" className="button primary" disabled={starting}>
              {starting ? 'Preparing the exam…' : 'Start the exam'}
            </button>
          </div>
        </form>
      ) : null}
      {session?.status === 'submitted' ? (
        <p>
          <Link to={paths.examResult(session.id)}>See the result of your last exam</Link>
        </p>
      ) : null}
      <details className="exam-help">
        <summary>Keyboard shortcuts during the exam</summary>
        <ShortcutList />
      </details>
    </section>
  );
}
