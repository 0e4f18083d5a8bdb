import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { AnswerFeedback } from '../../components/question/answer-feedback';
import { QuestionCard } from '../../components/question/question-card';
import type { Question } from '../../domain/quiz/question';
import { currentIndex, type PlayState } from './quiz-session';
import { useScreenShortcuts, type Shortcut } from '../../app/shortcuts';

const quizShortcuts: readonly Shortcut[] = [
  ['1 – 5', 'Choose (or, for "Select TWO", switch) option 1 to 5'],
  ['Enter', 'Submit the answer; then go to the next question'],
];

type Props = Readonly<{
  state: PlayState;
  questions: readonly Question[];
  /** Move focus to the question or verdict (false when the page just loaded). */
  takeFocus: boolean;
  onChoose: (selected: string[]) => void;
  onSubmit: () => void;
  onNext: () => void;
  onQuit: () => void;
}>;

const countWords = ['no', 'one', 'two', 'three', 'four', 'five'] as const;

/** Why Submit is not available yet, or that it is. */
function describeChoice(pick: number, chosen: number): string {
  const want = countWords[pick] ?? String(pick);
  if (chosen === pick) return 'Ready to submit.';
  if (pick === 1) return 'Choose an answer to submit.';
  if (chosen > pick) return `Choose only ${want} answers to submit (${chosen} chosen).`;
  return `Choose ${want} answers to submit (${chosen} chosen).`;
}

// Enter goes on everywhere in the quiz except where it already means something.
const ownsEnter =
  'button, a, summary, select, textarea, input:not([type="radio"]):not([type="checkbox"])';

/** Moves focus to the first option (or the chosen one) or to the verdict when the step changes. */
function useStepFocus(takeFocus: boolean, kind: PlayState['kind'], index: number) {
  const cardRef = useRef<HTMLDivElement>(null);
  const verdictRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    if (kind === 'feedback') verdictRef.current?.focus();
    else cardRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, [takeFocus, kind, index]);
  return { cardRef, verdictRef };
}

/** One question at a time: choose, submit, read the feedback, go on. */
export function QuizPlay({
  state,
  questions,
  takeFocus,
  onChoose,
  onSubmit,
  onNext,
  onQuit,
}: Props) {
  useScreenShortcuts('Quiz', quizShortcuts);
  const hintId = useId();
  const index = currentIndex(state);
  const question = questions[index];
  const [nudgedAt, setNudgedAt] = useState<number | null>(null);
  const { cardRef, verdictRef } = useStepFocus(takeFocus, state.kind, index);
  if (!question) return null;
  const answering = state.kind === 'answering';
  const selected = answering ? state.run.selected : (state.run.answers[index] ?? []);
  const ready = selected.length === question.pick;
  const last = index === questions.length - 1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.repeat || event.altKey || event.ctrlKey || event.metaKey)
      return;
    if (event.target instanceof Element && event.target.closest(ownsEnter)) return;
    event.preventDefault();
    if (!answering) onNext();
    else if (ready) onSubmit();
    else setNudgedAt(index);
  };

  return (
    <div className="quiz-play" onKeyDown={onKeyDown}>
      <div ref={cardRef}>
        <QuestionCard
          key={index}
          question={question}
          selected={selected}
          onChange={onChoose}
          mode={answering ? 'answering' : 'feedback'}
          label={`Question ${index + 1} of ${questions.length}`}
        />
      </div>
      {answering ? (
        <div className="quiz-submit">
          <button
            type="button"
            className="button primary"
            disabled={!ready}
            aria-describedby={hintId}
            onClick={onSubmit}
          >
            Submit answer
          </button>
          <p
            id={hintId}
            className="quiz-hint"
            role={nudgedAt === index ? 'alert' : undefined}
            aria-live="polite"
          >
            {describeChoice(question.pick, selected.length)}
          </p>
        </div>
      ) : (
        <>
          <AnswerFeedback ref={verdictRef} question={question} selected={selected} />
          <p className="actions">
            <button type="button" className="button primary" onClick={onNext}>
              {last ? 'See results' : 'Next question'}
            </button>
          </p>
        </>
      )}
      <p className="quiz-keys">Keys: 1–5 choose an option; Enter submits, then goes on.</p>
      <p>
        <button type="button" className="button" onClick={onQuit}>
          Quit quiz
        </button>
      </p>
    </div>
  );
}
