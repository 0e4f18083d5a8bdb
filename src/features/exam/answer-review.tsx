import { useSearchParams } from 'react-router';
import { AnswerFeedback } from '../../components/question/answer-feedback';
import { QuestionCard } from '../../components/question/question-card';
import type { ExamSession } from '../../domain/exam/exam-session';
import type { QuestionResult } from '../../domain/exam/score-exam';

const filters = [
  ['all', 'All'],
  ['wrong', 'Wrong or unanswered'],
  ['flagged', 'Flagged'],
] as const;

type Filter = (typeof filters)[number][0];

const isFilter = (value: string | null): value is Filter => filters.some(([f]) => f === value);

type Props = Readonly<{ session: ExamSession; results: readonly QuestionResult[] }>;

function matches(filter: Filter, session: ExamSession, result: QuestionResult): boolean {
  if (filter === 'wrong') return !result.correct;
  if (filter === 'flagged') return session.flags[result.index] === true;
  return true;
}

function label(session: ExamSession, result: QuestionResult): string {
  const notes = [
    ...(result.answered ? [] : ['unanswered']),
    ...(session.flags[result.index] ? ['flagged'] : []),
  ];
  return `Question ${result.index + 1} of ${session.items.length}${notes.length ? ` · ${notes.join(', ')}` : ''}`;
}

/**
 * Every question with the learner's answer, the correct one and the explanation, filtered
 * to all, wrong (unanswered included) or flagged; the filter lives in the address (?show=).
 */
export function AnswerReview({ session, results }: Props) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('show');
  const filter: Filter = isFilter(requested) ? requested : 'all';
  const shown = results.filter((r) => matches(filter, session, r));
  const countOf = (f: Filter) => results.filter((r) => matches(f, session, r)).length;
  return (
    <section className="answer-review" aria-labelledby="review-heading">
      <h2 id="review-heading">Review your answers</h2>
      <fieldset className="review-filter">
        <legend>Show</legend>
        {filters.map(([value, text]) => (
          <label key={value} className="choice choice-inline">
            <input
              type="radio"
              name="review-filter"
              value={value}
              checked={filter === value}
              onChange={() => setParams(value === 'all' ? {} : { show: value }, { replace: true })}
            />
            <span>
              {text} ({countOf(value)})
            </span>
          </label>
        ))}
      </fieldset>
      <p role="status" className="review-count">
        Showing {shown.length} of {results.length} questions.
      </p>
      <ol className="review-list">
        {shown.map((result) => {
          const item = session.items[result.index];
          if (!item) return null;
          const chosen = session.answers[result.index] ?? [];
          return (
            <li key={result.index} className="review-item">
              <QuestionCard
                question={item.question}
                selected={chosen}
                onChange={() => undefined}
                mode="feedback"
                label={label(session, result)}
              />
              {result.answered ? null : (
                <p className="review-unanswered">You did not answer this question.</p>
              )}
              <AnswerFeedback question={item.question} selected={chosen} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
