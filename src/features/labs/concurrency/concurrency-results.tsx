import type { ConcurrencyResult } from '../../../domain/labs/concurrency-calculator';
import { formatNumber } from '../../../domain/labs/lab-fields';
import type { FormulaWorking } from '../../../domain/labs/lab-types';
import { FindingsList } from '../shared/findings-list';
import { SourceLinks } from '../shared/source-links';
import { BurstChart } from './burst-chart';

const percent = (share: number): string => `${formatNumber(Math.round(share * 1000) / 10)}%`;

/** One sentence for the top of the results and the live region. */
export function describeConcurrencyHeadline(result: ConcurrencyResult): string {
  const needed = `Needs ${formatNumber(result.needed.result)} concurrent executions`;
  const throttled = result.throttling.throttled
    ? `${percent(result.throttling.share)} of requests are throttled (HTTP 429)`
    : 'no throttling';
  const findings = result.findings.length;
  const found = findings === 0 ? 'no findings' : `${findings} finding${findings === 1 ? '' : 's'}`;
  return `${needed}; ${throttled}; ${found}.`;
}

function Working({ working, unit }: Readonly<{ working: FormulaWorking; unit: string }>) {
  return (
    <div className="formula">
      <p>
        <code>{working.formula}</code>
      </p>
      <p>
        = {working.substituted} = <strong>{formatNumber(working.result)}</strong>
        {unit}
      </p>
    </div>
  );
}

function Status({ ok, text }: Readonly<{ ok: boolean; text: string }>) {
  return (
    <p className={ok ? 'lab-status ok' : 'lab-status bad'}>
      <span aria-hidden="true">{ok ? '✓ ' : '🔴 '}</span>
      <strong>{ok ? 'OK:' : 'Problem:'}</strong> {text}
    </p>
  );
}

function Needed({ result }: Readonly<{ result: ConcurrencyResult }>) {
  const rounded = result.environmentsNeeded !== result.needed.result;
  return (
    <section className="lab-section" aria-labelledby="needed-heading">
      <h3 id="needed-heading">Concurrency needed</h3>
      <Working working={result.needed} unit=" concurrent executions" />
      <p>
        That is {formatNumber(result.environmentsNeeded)} execution environment
        {result.environmentsNeeded === 1 ? '' : 's'} busy at once on average
        {rounded ? ' (rounded up: an environment serves one request at a time)' : ''}.
      </p>
      <SourceLinks ids={result.needed.facts} />
    </section>
  );
}

function Throttling({ result }: Readonly<{ result: ConcurrencyResult }>) {
  const { throttling, capacity } = result;
  return (
    <section className="lab-section" aria-labelledby="throttling-heading">
      <h3 id="throttling-heading">Capacity and throttling</h3>
      <p>{capacity.explanation}</p>
      <Working working={throttling.working} unit="% throttled" />
      <Status
        ok={!throttling.throttled}
        text={
          throttling.throttled
            ? `${percent(throttling.share)} of requests (${formatNumber(throttling.throttledRequestsPerSecond, 1)} req/s) get HTTP 429.`
            : `capacity ${formatNumber(capacity.value)} covers the ${formatNumber(result.needed.result)} needed; nothing is throttled.`
        }
      />
      <SourceLinks ids={[...capacity.facts, ...throttling.working.facts]} />
    </section>
  );
}

function Pool({ result }: Readonly<{ result: ConcurrencyResult }>) {
  const pool = result.unreservedPool;
  return (
    <section className="lab-section" aria-labelledby="pool-heading">
      <h3 id="pool-heading">Unreserved pool</h3>
      <Working working={pool.working} unit=" unreserved" />
      <Status
        ok={!pool.belowMinimum}
        text={
          pool.belowMinimum
            ? `below the minimum of ${formatNumber(pool.minimum)}. ${pool.explanation}`
            : pool.explanation
        }
      />
      <SourceLinks ids={pool.working.facts} />
    </section>
  );
}

function Provisioned({ result }: Readonly<{ result: ConcurrencyResult }>) {
  const p = result.provisioned;
  const text =
    p.provisioned === 0
      ? `No provisioned concurrency: all ${formatNumber(p.served)} concurrent executions run on on-demand environments, and every new one starts cold.`
      : `${formatNumber(p.covered)} of the ${formatNumber(p.served)} concurrent executions served run on provisioned environments (${percent(p.share)}); ${formatNumber(p.onDemand)} run on on-demand environments and may start cold.`;
  return (
    <section className="lab-section" aria-labelledby="provisioned-heading">
      <h3 id="provisioned-heading">Provisioned concurrency coverage</h3>
      <p>{text}</p>
      {p.provisioned > 0 && p.served > 0 ? (
        <div className="coverage-bar" aria-hidden="true">
          <span style={{ width: `${p.share * 100}%` }} />
        </div>
      ) : null}
      <SourceLinks ids={p.facts} />
    </section>
  );
}

function Burst({ result }: Readonly<{ result: ConcurrencyResult }>) {
  const burst = result.burst;
  return (
    <section className="lab-section" aria-labelledby="burst-heading">
      <h3 id="burst-heading">Burst scaling</h3>
      <p>
        Lambda adds up to 1,000 execution environments every 10 seconds per function, within the
        concurrency the function may use.
      </p>
      <p>
        <strong>{burst.summary}</strong>
      </p>
      {burst.outcome.kind === 'no-burst' ? (
        <p className="muted">Set a burst size above to see how long scaling takes.</p>
      ) : (
        <BurstChart burst={burst} />
      )}
      <SourceLinks ids={burst.facts} />
      <p className="lab-sources">
        <span className="lab-sources-label">AWS documentation:</span>{' '}
        <a href={burst.sourceUrl} target="_blank" rel="noreferrer">
          Lambda scaling behavior
        </a>
      </p>
    </section>
  );
}

/** Every output of the calculator, each with its working and the facts it rests on. */
export function ConcurrencyResults({ result }: Readonly<{ result: ConcurrencyResult }>) {
  return (
    <>
      <p className="lab-headline">{describeConcurrencyHeadline(result)}</p>
      <Needed result={result} />
      <Throttling result={result} />
      <Pool result={result} />
      <Provisioned result={result} />
      <FindingsList
        findings={result.findings}
        headingId="concurrency-findings"
        empty="No findings: this setup has nothing the checklist warns about."
      />
      <Burst result={result} />
    </>
  );
}
