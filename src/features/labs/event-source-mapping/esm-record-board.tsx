import type { EsmRecordProgress } from '../../../domain/labs/event-source-mapping-progress';
import { RECORD_STATE } from './esm-format';

type Props = Readonly<{ progress: readonly EsmRecordProgress[]; stepNumber: number }>;

/** Every record after the current step: its state in words and how often it ran. */
export function EsmRecordBoard({ progress, stepNumber }: Props) {
  return (
    <section className="esm-board" aria-labelledby="esm-board-heading">
      <h3 id="esm-board-heading">All records after step {stepNumber}</h3>
      <ul className="esm-chips">
        {progress.map((p) => {
          const [symbol, text] = RECORD_STATE[p.state];
          return (
            <li key={p.id} className={`esm-chip esm-state-${p.state}`}>
              <span className="esm-chip-id">#{p.id}</span> <span aria-hidden="true">{symbol}</span>{' '}
              {text}
              {p.runs > 1 ? (
                <span className="esm-chip-again"> · ran {p.runs.toLocaleString('en-US')}×</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
