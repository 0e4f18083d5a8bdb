import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { findTopic } from '../../../content/index';
import { learnLink } from '../../app/learn-link';
import type { Result } from './quiz-session';

type Props = Readonly<{
  results: readonly Result[];
  /** False while answers are not being saved: missed cards then do not come back sooner. */
  saved: boolean;
  takeFocus: boolean;
  onRetry: () => void;
  onNewQuiz: () => void;
}>;

function ResultItem({ result }: Readonly<{ result: Result }>) {
  const { question, correct } = result;
  const answers = question.options
    .filter((o) => question.correct.includes(o.id))
    .map((o) => o.text);
  const source = question.sources[0];
  const topic = findTopic(question.topic);
  return (
    <li className={`quiz-result ${correct ? 'quiz-result-right' : 'quiz-result-wrong'}`}>
      <p className="quiz-result-verdict">{correct ? '✓ Right' : '✗ Missed'}</p>
      <p className="quiz-result-stem">{question.stem}</p>
      {correct ? null : (
        <>
          <p>
            {answers.length === 1 ? 'Correct answer' : 'Correct answers'}: {answers.join('; ')}
          </p>
          <p>
            <Link to={learnLink(question.topic, source)}>
              Read about it in {topic?.title ?? 'Learn'}
            </Link>
          </p>
        </>
      )}
    </li>
  );
}

/** The score, every question with right or missed, and what to do next. */
export function QuizSummary({ results, saved, takeFocus, onRetry, onNewQuiz }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);
  const correct = results.filter((r) => r.correct).length;
  const missed = results.length - correct;
  const percent = results.length === 0 ? 0 : Math.round((correct / results.length) * 100);
  return (
    <section className="quiz-summary" aria-labelledby="quiz-results-heading">
      <h2 id="quiz-results-heading" ref={headingRef} tabIndex={-1}>
        Results
      </h2>
      <p className="quiz-score">
        <strong>
          {correct} of {results.length}
        </strong>{' '}
        right ({percent}%).
      </p>
      {missed === 0 ? (
        <p>Every answer was right.</p>
      ) : saved ? (
        <p>The questions you missed come back sooner in your reviews.</p>
      ) : null}
      <ol className="quiz-results" aria-label="Your answers">
        {results.map((result, i) => (
          <ResultItem key={`${i}-${result.question.cardId}`} result={result} />
        ))}
      </ol>
      <p className="actions">
        {missed > 0 ? (
          <button type="button" className="button primary" onClick={onRetry}>
            Retry the ones I missed ({missed})
          </button>
        ) : null}
        <button
          type="button"
          className={missed > 0 ? 'button' : 'button primary'}
          onClick={onNewQuiz}
        >
          New quiz
        </button>
      </p>
    </section>
  );
}
