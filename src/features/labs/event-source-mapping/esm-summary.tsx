import type { EsmLabResult } from '../../../domain/labs/event-source-mapping';
import { isSqsSource } from '../../../domain/labs/event-source-mapping-types';
import { formatNumber } from '../../../domain/labs/lab-fields';
import { EsmFactLink } from './esm-fact-link';
import { formatSeconds } from './esm-format';

type Props = Readonly<{ result: EsmLabResult }>;

function Totals({ result }: Props) {
  const t = result.totals;
  const sqs = isSqsSource(result.config.source);
  const rows: readonly (readonly [string, string, boolean])[] = [
    ['Invocations', formatNumber(t.invocations), true],
    ['Records that succeeded', formatNumber(t.succeeded), true],
    ['Moved to the dead-letter queue', formatNumber(t.inDlq), sqs],
    ['Sent to the on-failure destination', formatNumber(t.toDestination), !sqs],
    ['Discarded without a trace', formatNumber(t.discarded), !sqs],
    ['Expired unprocessed', formatNumber(t.expired), true],
    ['Records processed more than once', formatNumber(t.processedMoreThanOnce), true],
    ['Runs on records that had already succeeded', formatNumber(t.duplicateRuns), true],
    ['Last record settled at', formatSeconds(t.finishedSeconds), true],
  ];
  return (
    <dl className="esm-totals">
      {rows
        .filter(([, , shown]) => shown)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function ShardTable({ result }: Props) {
  if (result.shards.length === 0) return null;
  return (
    <table className="stack-table esm-table">
      <caption>Shards: time blocked by failing batches</caption>
      <thead>
        <tr>
          <th scope="col">Shard</th>
          <th scope="col">Blocked</th>
          <th scope="col">Finished at</th>
        </tr>
      </thead>
      <tbody>
        {result.shards.map((s) => (
          <tr key={s.shard}>
            <th scope="row">Shard {s.shard}</th>
            <td data-label="Blocked">{formatSeconds(s.blockedSeconds)}</td>
            <td data-label="Finished at">{formatSeconds(s.finishedSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GroupTable({ result }: Props) {
  if (result.groups.length === 0) return null;
  const fifo = result.config.source === 'sqs-fifo';
  return (
    <table className="stack-table esm-table">
      <caption>{fifo ? 'Message groups: order kept' : 'Partition keys: order kept'}</caption>
      <thead>
        <tr>
          <th scope="col">{fifo ? 'Group' : 'Key'}</th>
          <th scope="col">Records</th>
          <th scope="col">Completed in this order</th>
          <th scope="col">In order</th>
        </tr>
      </thead>
      <tbody>
        {result.groups.map((g) => (
          <tr key={g.group}>
            <th scope="row">{g.group}</th>
            <td data-label="Records">{g.records.join(', ')}</td>
            <td data-label="Completed in this order">
              {g.completionOrder.length === 0 ? 'none completed' : g.completionOrder.join(', ')}
            </td>
            <td data-label="In order">{g.inOrder ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The end of the run: totals, shard blocking, group order and what it all means. */
export function EsmSummary({ result }: Props) {
  return (
    <section className="esm-summary" aria-labelledby="esm-summary-heading">
      <h3 id="esm-summary-heading">Totals at the end</h3>
      <Totals result={result} />
      {result.projected ? (
        <p className="notice">
          The run settled into a loop that repeats until the retention period ends; the lab
          projected the rest instead of listing every retry.
        </p>
      ) : null}
      <ShardTable result={result} />
      <GroupTable result={result} />
      {result.explanations.length > 0 ? (
        <>
          <h3>What this run shows</h3>
          <ul className="esm-explanations">
            {result.explanations.map((e) => (
              <li key={e.factId}>
                <p>{e.text}</p>
                <EsmFactLink factId={e.factId} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
