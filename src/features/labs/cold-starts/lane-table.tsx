import { useState } from 'react';
import type { ColdStartOutcome } from '../../../domain/labs/cold-start-simulation';
import { formatNumber } from '../../../domain/labs/lab-fields';
import { describeLanes } from './timeline-layout';

/** A table with hundreds of rows is still quick; beyond this, the rest is summarized. */
const MAX_ROWS = 200;

/** "12.3 s" for short times, "42.5 min" for long ones. */
export function formatElapsed(ms: number): string {
  return ms < 120_000 ? `${formatNumber(ms / 1000, 1)} s` : `${formatNumber(ms / 60_000, 1)} min`;
}

/**
 * The timeline as a table: one row per execution environment, built only once the learner
 * opens it (hundreds of rows would otherwise slow every run's first paint on a phone).
 */
export function LaneTable({ simulation }: Readonly<{ simulation: ColdStartOutcome }>) {
  const [open, setOpen] = useState(false);
  return (
    <details className="lab-table-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>The timeline as a table</summary>
      {open ? <LaneRows simulation={simulation} /> : null}
    </details>
  );
}

function LaneRows({ simulation }: Readonly<{ simulation: ColdStartOutcome }>) {
  const rows = describeLanes(simulation);
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <>
      {rows.length > shown.length ? (
        <p>
          The first {formatNumber(shown.length)} of {formatNumber(rows.length)} environments.
        </p>
      ) : null}
      <div
        className="lab-table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Environments table, scrolls"
      >
        <table className="lab-table">
          <caption className="visually-hidden">Execution environments of the run</caption>
          <thead>
            <tr>
              <th scope="col">Environment</th>
              <th scope="col">Created</th>
              <th scope="col">Cold start</th>
              <th scope="col">Requests</th>
              <th scope="col">Recycled</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.id + 1} ({row.kind})
                </th>
                <td>{formatElapsed(row.createdAtMs)}</td>
                <td>
                  {row.startup
                    ? `${row.startup.kind} ${formatNumber(row.startup.ms)} ms`
                    : 'none (initialized before the run)'}
                </td>
                <td>{formatNumber(row.requests)}</td>
                <td>{row.recycledAtMs === null ? 'no' : formatElapsed(row.recycledAtMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
