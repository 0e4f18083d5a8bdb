import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { examProfiles } from '../../../content/index';
import type { TopicId } from '../../../content/schema';
import type { DomainId } from '../../../content/schema';
import {
  chooseExam,
  clearTopics,
  countCardsByTopic,
  countMatchingCards,
  listFocusDomains,
  quizLengths,
  quizTopics,
  selectAllTopics,
  toggleTopic,
  type ExamFocus,
  type QuizForm,
  type StyleChoice,
} from './quiz-form';

type Props = Readonly<{
  form: QuizForm;
  /** A `?topic=` id that matches no topic. */
  unknownTopic: string | null;
  onChange: (form: QuizForm) => void;
  onStart: () => void;
}>;

const examChoices: readonly Readonly<{ value: ExamFocus; label: string }>[] = [
  { value: 'both', label: 'Both exams' },
  ...examProfiles.map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` })),
];

const styleLabels: readonly Readonly<{ value: StyleChoice; label: string }>[] = [
  { value: 'both', label: 'Both kinds' },
  { value: 'exam', label: 'Exam style: a situation and whole solutions, as on the exam' },
  { value: 'recall', label: 'Recall: one fact, figure or table cell at a time' },
];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function TopicChoices({
  form,
  counts,
  onChange,
  errorId,
}: Readonly<{
  form: QuizForm;
  counts: ReadonlyMap<TopicId, number>;
  onChange: (form: QuizForm) => void;
  errorId: string | undefined;
}>) {
  return (
    <fieldset className="quiz-fieldset" aria-describedby={errorId}>
      <legend>Topics</legend>
      <p className="quiz-topic-actions">
        <button type="button" className="button" onClick={() => onChange(selectAllTopics(form))}>
          Select all
        </button>
        <button type="button" className="button" onClick={() => onChange(clearTopics(form))}>
          Clear
        </button>
      </p>
      <ul className="quiz-choices quiz-topics">
        {quizTopics.map((topic) => (
          <li key={topic.id} className="quiz-choice">
            <label>
              <input
                type="checkbox"
                name="topic"
                value={topic.id}
                checked={form.topics.includes(topic.id)}
                onChange={() => onChange(toggleTopic(form, topic.id))}
              />
              <span>
                {topic.title}{' '}
                <span className="quiz-count">
                  ({plural(counts.get(topic.id) ?? 0, 'question')})
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function RadioChoices<T extends string | number>({
  legend,
  name,
  choices,
  value,
  onChange,
}: Readonly<{
  legend: string;
  name: string;
  choices: readonly Readonly<{ value: T; label: string }>[];
  value: T;
  onChange: (value: T) => void;
}>) {
  return (
    <fieldset className="quiz-fieldset">
      <legend>{legend}</legend>
      <ul className="quiz-choices">
        {choices.map((choice) => (
          <li key={choice.value} className="quiz-choice">
            <label>
              <input
                type="radio"
                name={name}
                value={choice.value}
                checked={choice.value === value}
                onChange={() => onChange(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Topics, exam focus and length; starts a quiz once at least one question matches. */
export function QuizSetup({ form, unknownTopic, onChange, onStart }: Props) {
  const ids = useId();
  const errorId = `${ids}-error`;
  const matchId = `${ids}-match`;
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const counts = useMemo(
    () => countCardsByTopic({ exam: form.exam, style: form.style, domain: form.domain }),
    [form.exam, form.style, form.domain],
  );
  const domains = listFocusDomains(form.exam);
  const matching = countMatchingCards(form, counts);
  const error =
    form.topics.length === 0
      ? 'Choose at least one topic.'
      : matching === 0
        ? 'No questions match these choices. Choose more topics, both exams, every domain or both kinds of question.'
        : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (error === null) return onStart();
    setTried(true);
    formRef.current?.querySelector<HTMLInputElement>('input[name="topic"]')?.focus();
  };

  return (
    <form
      ref={formRef}
      className="quiz-setup"
      onSubmit={submit}
      noValidate
      aria-label="Set up a quiz"
    >
      {unknownTopic !== null ? (
        <p className="notice quiz-warning" role="alert">
          There is no topic “{unknownTopic}”, so every topic is selected instead.
        </p>
      ) : null}
      <TopicChoices
        form={form}
        counts={counts}
        onChange={onChange}
        errorId={tried && error ? errorId : undefined}
      />
      <RadioChoices
        legend="Exam focus"
        name="exam"
        choices={examChoices}
        value={form.exam}
        onChange={(exam) => onChange(chooseExam(form, exam))}
      />
      {domains.length > 0 ? (
        <RadioChoices<DomainId | 'all'>
          legend="Exam domain"
          name="domain"
          choices={[
            { value: 'all', label: 'Every domain' },
            ...domains.map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={form.domain ?? 'all'}
          onChange={(domain) => onChange({ ...form, domain: domain === 'all' ? null : domain })}
        />
      ) : null}
      <RadioChoices
        legend="Kind of question"
        name="style"
        choices={styleLabels}
        value={form.style}
        onChange={(style) => onChange({ ...form, style })}
      />
      <RadioChoices
        legend="Length"
        name="length"
        choices={quizLengths.map((n) => ({ value: n, label: plural(n, 'question') }))}
        value={form.length}
        onChange={(length) => onChange({ ...form, length })}
      />
      <p id={matchId} className="quiz-match" aria-live="polite">
        {plural(matching, 'matching question')}
        {matching > 0 ? `; this quiz asks ${Math.min(matching, form.length)}.` : '.'}
      </p>
      {tried && error ? (
        <p id={errorId} className="quiz-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="actions">
        <button type="submit" className="button primary" aria-describedby={matchId}>
          Start quiz
        </button>
      </p>
    </form>
  );
}
