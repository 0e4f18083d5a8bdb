import { useRef, useState } from 'react';
import { topics } from '../../../content/index';
import { AnswerFeedback } from '../../components/question/answer-feedback';
import { QuestionCard } from '../../components/question/question-card';
import { gradeAnswer } from '../../domain/quiz/grade-answer';
import { generateQuestion } from '../../domain/quiz/generate-questions';
import type { Question } from '../../domain/quiz/question';

type Props = Readonly<{ cardIds: readonly string[] }>;

/** Fresh variants of the missed cards (a card that left the content is skipped). */
function buildRetry(cardIds: readonly string[]): Question[] {
  const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
  return cardIds.flatMap((id) => generateQuestion(id, { topics }, seed) ?? []);
}

/**
 * "Retry the ones I missed": the missed cards again as a short quiz, each a fresh variant
 * (new values and option order), with the answer shown after each. Practice only: the exam
 * already sent its answers to the review cards.
 */
export function MissedRetry({ cardIds }: Props) {
  const [questions, setQuestions] = useState<Question[] | null>(null);
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const [right, setRight] = useState(0);
  const feedback = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  if (cardIds.length === 0) return null;
  const start = () => {
    setQuestions(buildRetry(cardIds));
    setIndex(0);
    setSelected([]);
    setChecked(false);
    setRight(0);
    requestAnimationFrame(() => heading.current?.focus());
  };
  if (questions === null) {
    return (
      <div className="actions">
        <button type="button" className="button primary" onClick={start}>
          Retry the ones I missed ({cardIds.length})
        </button>
      </div>
    );
  }
  const question = questions[index];
  const check = () => {
    if (!question || selected.length === 0) return;
    setChecked(true);
    if (gradeAnswer(question, selected).correct) setRight((n) => n + 1);
    requestAnimationFrame(() => feedback.current?.focus());
  };
  const next = () => {
    setIndex((i) => i + 1);
    setSelected([]);
    setChecked(false);
    requestAnimationFrame(() => heading.current?.focus());
  };
  return (
    <section className="missed-retry" aria-labelledby="retry-heading">
      <h2 id="retry-heading" ref={heading} tabIndex={-1}>
        Retry the ones you missed
      </h2>
      <p className="retry-note">
        Fresh versions of the questions you missed. Practice only: your review cards already have
        the exam&apos;s answers.
      </p>
      {question ? (
        <>
          <QuestionCard
            key={index}
            question={question}
            selected={selected}
            onChange={setSelected}
            mode={checked ? 'feedback' : 'answering'}
            label={`Retry ${index + 1} of ${questions.length}`}
          />
          {checked ? (
            <AnswerFeedback ref={feedback} question={question} selected={selected} />
          ) : null}
          <div className="actions">
            {checked ? (
              <button type="button" className="button primary" onClick={next}>
                {index + 1 < questions.length ? 'Next question' : 'Finish the retry'}
              </button>
            ) : (
              <button
                type="button"
                className="button primary"
                onClick={check}
                disabled={selected.length === 0}
              >
                Check my answer
              </button>
            )}
          </div>
        </>
      ) : questions.length === 0 ? (
        <p role="status">
          These questions are no longer in the content, so they cannot be retried.
        </p>
      ) : (
        <>
          <p role="status">
            Retry finished: {right} of {questions.length} right this time.
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={start}>
              Retry them again
            </button>
          </div>
        </>
      )}
    </section>
  );
}
