import { assertNever } from '../../domain/lib/assert-never';
import {
  CARD_STATE_NAMES,
  type CardStateName,
  type StateCounts,
} from '../../domain/srs/card-insights';
import { formatShare } from './day-format';

function describeState(state: CardStateName): Readonly<{ label: string; meaning: string }> {
  switch (state) {
    case 'new':
      return { label: 'New', meaning: 'Never answered' };
    case 'learning':
      return { label: 'Learning', meaning: 'Answered, still in its first short steps' };
    case 'review':
      return { label: 'Review', meaning: 'Learned; comes back at growing intervals' };
    case 'relearning':
      return {
        label: 'Relearning',
        meaning: 'Forgotten after it was learned; back in short steps',
      };
    default:
      return assertNever(state);
  }
}

const shareOf = (n: number, total: number): number => (total === 0 ? 0 : n / total);

/**
 * Every card of the catalog by state: a labelled bar per state (the numbers are text beside
 * the bars), and the same figures with what each state means as a table.
 */
export function CardStateChart({ counts }: Readonly<{ counts: StateCounts }>) {
  return (
    <>
      <ul className="state-bars">
        {CARD_STATE_NAMES.map((state) => (
          <li key={state}>
            <span className="state-row">
              <span>{describeState(state).label}</span>
              <span>
                <strong>{counts[state]}</strong>{' '}
                <span className="muted">({formatShare(shareOf(counts[state], counts.total))})</span>
              </span>
            </span>
            <span className="state-bar" aria-hidden="true">
              <span style={{ width: `${shareOf(counts[state], counts.total) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <details className="trend-table">
        <summary>Cards by state as a table</summary>
        <table className="stack-table">
          <caption>Cards by state, {counts.total} in all</caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Cards</th>
              <th scope="col">Share</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {CARD_STATE_NAMES.map((state) => (
              <tr key={state}>
                <th scope="row">{describeState(state).label}</th>
                <td data-label="Cards">{counts[state]}</td>
                <td data-label="Share">{formatShare(shareOf(counts[state], counts.total))}</td>
                <td data-label="Meaning">{describeState(state).meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
