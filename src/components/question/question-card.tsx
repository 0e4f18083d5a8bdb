import { useId, type KeyboardEvent } from 'react';
import type { Question } from '../../domain/quiz/question';
import { gradeAnswer } from '../../domain/quiz/grade-answer';
import { describePick } from '../../domain/quiz/text';
import './question-card.css';

type Props = Readonly<{
  question: Question;
  /** Option ids chosen so far. */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** `feedback` reveals right and wrong; `answering` (quiz, review, exam) shows nothing. */
  mode: 'answering' | 'feedback';
  /** Shown above the stem, e.g. "Question 3 of 10". */
  label?: string;
}>;

/** Toggles or selects option `index` (0-based), as keys 1–5 and clicks both do. */
export function chooseOption(
  question: Question,
  selected: readonly string[],
  index: number,
): string[] {
  const option = question.options[index];
  if (!option) return [...selected];
  if (question.pick === 1) return [option.id];
  return selected.includes(option.id)
    ? selected.filter((id) => id !== option.id)
    : [...selected, option.id];
}

/**
 * The stem and its "(Choose two.)" instruction, shown apart so the instruction stands out.
 * Generated stems already end with it: it is taken off the stem rather than said twice.
 */
function splitPickText(question: Question): Readonly<{ stem: string; pickText: string }> {
  const pickText = describePick(question.pick);
  const stem = question.stem.trimEnd();
  return question.pick > 1 && stem.endsWith(pickText)
    ? { stem: stem.slice(0, -pickText.length).trimEnd(), pickText }
    : { stem: question.stem, pickText };
}

function optionState(question: Question, selected: readonly string[], id: string): string | null {
  const isCorrect = question.correct.includes(id);
  const chosen = selected.includes(id);
  if (isCorrect && chosen) return 'Your answer: correct';
  if (isCorrect) return 'Correct answer';
  if (chosen) return 'Your answer: wrong';
  return null;
}

/**
 * A question as a real form group: radio buttons for single choice, check boxes for
 * multiple response ("(Choose two.)"). Keys 1–5 choose options while the card has focus.
 */
export function QuestionCard({ question, selected, onChange, mode, label }: Props) {
  const group = useId();
  const multiple = question.pick > 1;
  const { stem, pickText } = splitPickText(question);
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (mode !== 'answering' || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(event.key) - 1;
    if (Number.isInteger(index) && index >= 0 && index < question.options.length) {
      event.preventDefault();
      onChange(chooseOption(question, selected, index));
    }
  };
  return (
    <fieldset className="question" onKeyDown={onKeyDown}>
      <legend>
        {/* The spaces between the spans keep the group's accessible name readable. */}
        {label ? <span className="question-label">{label}</span> : null}{' '}
        <span className="question-stem">{stem}</span>
        {multiple ? (
          <>
            {' '}
            <span className="question-pick">{pickText}</span>
          </>
        ) : null}
      </legend>
      <ul className="options">
        {question.options.map((option, index) => {
          const state = mode === 'feedback' ? optionState(question, selected, option.id) : null;
          const inputId = `${group}-${option.id}`;
          return (
            <li
              key={option.id}
              className={`option${state ? ` option-${state.includes('wrong') ? 'wrong' : 'right'}` : ''}`}
            >
              <input
                id={inputId}
                type={multiple ? 'checkbox' : 'radio'}
                name={group}
                value={option.id}
                checked={selected.includes(option.id)}
                disabled={mode === 'feedback'}
                onChange={() => onChange(chooseOption(question, selected, index))}
              />
              <label htmlFor={inputId}>
                <span className="option-key" aria-hidden="true">
                  {index + 1}
                </span>
                <span>{option.text}</span>
                {state ? <strong className="option-state"> — {state}</strong> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** "Correct" / "Not quite", for feedback headings. */
export function describeGrade(question: Question, selected: readonly string[]): string {
  return gradeAnswer(question, selected).correct ? 'Correct' : 'Not quite';
}
