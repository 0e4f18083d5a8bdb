import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { Question } from '../../domain/quiz/question';
import { gradeAnswer } from '../../domain/quiz/grade-answer';
import { paths } from '../../app/paths';

type Props = Readonly<{ question: Question; selected: readonly string[] }>;

/**
 * Right or wrong, the explanation and a link to the Learn section the question rests on.
 * The heading takes focus (via the ref) so screen readers hear the verdict first.
 */
export const AnswerFeedback = forwardRef<HTMLHeadingElement, Props>(function AnswerFeedback(
  { question, selected },
  ref,
) {
  const { correct } = gradeAnswer(question, selected);
  const source = question.sources[0];
  return (
    <section className="feedback" aria-live="polite">
      <h2 ref={ref} tabIndex={-1}>
        {correct ? '✓ Correct' : '✗ Not quite'}
      </h2>
      <p>{question.explanation}</p>
      <Link to={source ? paths.learnSource(question.topic, source) : paths.topic(question.topic)}>
        Learn more about this
      </Link>
    </section>
  );
});
