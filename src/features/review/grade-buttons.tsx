import type { Rating } from '../../domain/srs/review-log';
import { formatInterval } from '../../domain/srs/format-interval';
import type { IntervalPreview } from '../../domain/srs/scheduler';

type Props = Readonly<{
  correct: boolean;
  previews: Readonly<Record<Rating, IntervalPreview>>;
  busy: boolean;
  onGrade: (rating: Rating) => void;
}>;

const CORRECT_GRADES = [
  { rating: 'hard', label: 'Hard' },
  { rating: 'good', label: 'Good' },
  { rating: 'easy', label: 'Easy' },
] as const satisfies readonly Readonly<{ rating: Rating; label: string }>[];

/**
 * A wrong answer is graded Again, so it only offers to continue; a correct one offers Hard,
 * Good (the default: Enter) and Easy, each with the interval it gives the card.
 */
export function GradeButtons({ correct, previews, busy, onGrade }: Props) {
  if (!correct) {
    return (
      <div className="grade-area">
        <p className="grade-note">
          Graded <strong>Again</strong> · you will see it again in{' '}
          {formatInterval(previews.again.intervalMs)}.
        </p>
        <p className="actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => onGrade('again')}
          >
            Continue
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="grade-area" role="group" aria-label="How well did you know it?">
      <p className="grade-note">How well did you know it? Enter chooses Good.</p>
      <p className="actions grade-buttons">
        {CORRECT_GRADES.map(({ rating, label }) => (
          <button
            key={rating}
            type="button"
            className={rating === 'good' ? 'button primary' : 'button'}
            disabled={busy}
            onClick={() => onGrade(rating)}
          >
            {label} · {formatInterval(previews[rating].intervalMs)}
          </button>
        ))}
      </p>
    </div>
  );
}
