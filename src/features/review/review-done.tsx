import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { CardStates, CatalogCard } from '../../domain/srs/card-state';
import { DAY_MS, startOfLocalDay } from '../../domain/srs/day-key';
import { catalogStates, forecastDue } from '../../domain/srs/stats';
import { systemClock } from '../../store/app-store';
import { useAppStore } from '../../store/use-app-store';
import { getReviewCatalog } from './review-catalog';

type Props = Readonly<{
  /** Grades given in this visit. */
  answered: number;
  canUndo: boolean;
  busy: boolean;
  onUndo: () => void;
}>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function dayLabel(index: number, now: number): string {
  if (index === 0) return 'Tomorrow';
  return new Date(now + (index + 1) * DAY_MS).toLocaleDateString('en', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}

/** Learning cards of the bank whose next step falls later today (after the session's look-ahead). */
function countLaterToday(
  catalog: readonly CatalogCard[],
  cards: CardStates,
  now: number,
  dayEnd: number,
): number {
  return catalogStates(catalog, cards).filter(
    (c) => c.phase !== 'review' && c.due > now && c.due < dayEnd,
  ).length;
}

/** Why no new cards are left today, in plain words. */
function newCardsNote(newPerDay: number, started: number, total: number): string {
  if (newPerDay === 0) return 'New cards a day is set to 0 in Settings.';
  if (started >= total) return 'You have started every card.';
  return `Today's ${plural(newPerDay, 'new card')} are done; more come tomorrow.`;
}

/** The end of a session, or an empty queue: what was done and what comes next. */
export function ReviewDone({ answered, canUndo, busy, onUndo }: Props) {
  const cards = useAppStore((state) => state.cards);
  const newPerDay = useAppStore((state) => state.settings.newCardsPerDay);
  const now = systemClock.now();
  const offset = systemClock.utcOffsetMinutes(now);
  const catalog = getReviewCatalog();
  const forecast = forecastDue(catalog, cards, now, offset);
  const started = catalog.filter((card) => cards[card.cardId] !== undefined).length;
  const laterToday = countLaterToday(catalog, cards, now, startOfLocalDay(now, offset) + DAY_MS);
  return (
    <section className="review-done" aria-labelledby="review-done-heading">
      <h2 id="review-done-heading" tabIndex={-1}>
        {answered > 0 ? 'Done for now' : 'Nothing to review right now'}
      </h2>
      <p>
        {answered > 0
          ? `You graded ${plural(answered, 'card')} in this session. `
          : 'No cards are due and no new cards are left for today. '}
        {newCardsNote(newPerDay, started, catalog.length)}
      </p>
      {laterToday > 0 ? (
        <p>{plural(laterToday, 'card')} you are learning come back later today.</p>
      ) : null}
      <p className="forecast-lead">
        <strong>Tomorrow: {plural(forecast.tomorrow, 'card')} due.</strong> Next 7 days:{' '}
        {plural(forecast.next7Days, 'card')}.
      </p>
      <ul className="forecast" aria-label="Cards due in the next 7 days">
        {forecast.byDay.map((count, index) => (
          <li key={index}>
            <span>{dayLabel(index, now)}</span> <strong>{plural(count, 'card')}</strong>
          </li>
        ))}
      </ul>
      <p className="actions">
        <Link className="button primary" to={paths.quiz}>
          Take a quiz
        </Link>
        <Link className="button" to={paths.home}>
          Home
        </Link>
        {canUndo ? (
          <button type="button" className="button" disabled={busy} onClick={onUndo}>
            Undo last grade (U)
          </button>
        ) : null}
      </p>
    </section>
  );
}
