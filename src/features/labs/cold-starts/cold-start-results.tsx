import type { ColdStartOutcome } from '../../../domain/labs/cold-start-simulation';
import {
  COLD_START_FIGURES_LABEL,
  PACKAGE_MS_PER_MB,
} from '../../../domain/labs/cold-start-runtimes';
import type { ColdStartInputs } from '../../../domain/labs/cold-start-model';
import { formatNumber } from '../../../domain/labs/lab-fields';
import { FindingsList } from '../shared/findings-list';
import { SourceLinks } from '../shared/source-links';
import { ColdStartTimeline } from './cold-start-timeline';

const percent = (share: number): string => `${formatNumber(Math.round(share * 10_000) / 100)}%`;
const ms = (n: number): string => `${formatNumber(Math.round(n))} ms`;

/** One sentence for the top of the results and the live region. */
export function describeColdStartHeadline(simulation: ColdStartOutcome): string {
  const s = simulation.summary;
  return `${formatNumber(s.coldStarts)} cold start${s.coldStarts === 1 ? '' : 's'} in ${formatNumber(s.requests)} requests (${percent(s.coldStartRate)}); p99 latency ${ms(s.latencyMs.p99)}.`;
}

function StartupCost({
  simulation,
  inputs,
}: Readonly<{ simulation: ColdStartOutcome; inputs: ColdStartInputs }>) {
  const f = simulation.figures;
  const range = `${formatNumber(f.startupMs.min)}–${formatNumber(f.startupMs.max)} ms`;
  const base = `${formatNumber(f.runtime.coldStartMs.min)}–${formatNumber(f.runtime.coldStartMs.max)} ms`;
  return (
    <section className="lab-section" aria-labelledby="startup-heading">
      <h3 id="startup-heading">What one cold start costs here</h3>
      {f.startup === 'restore' ? (
        <p>
          SnapStart restores a snapshot instead of running init: <strong>{range}</strong> per cold
          start ({COLD_START_FIGURES_LABEL}).
        </p>
      ) : (
        <p>
          {f.runtime.label}: {base} ({COLD_START_FIGURES_LABEL}), plus{' '}
          {formatNumber(inputs.packageSizeMb)} MB of package at {PACKAGE_MS_PER_MB} ms per MB (a
          model assumption) and {formatNumber(inputs.initWorkMs)} ms of init work:{' '}
          <strong>{range}</strong> per cold start.
        </p>
      )}
      {f.runtime.figure === 'assumed' ? (
        <p className="muted">
          The study guide only says container cold starts vary; this range is the lab’s assumption.
        </p>
      ) : null}
      <SourceLinks ids={f.facts} />
    </section>
  );
}

function Summary({ simulation }: Readonly<{ simulation: ColdStartOutcome }>) {
  const s = simulation.summary;
  const items: readonly (readonly [string, string])[] = [
    ['Requests', formatNumber(s.requests)],
    ['Cold starts', `${formatNumber(s.coldStarts)} (${percent(s.coldStartRate)})`],
    ['Latency p50', ms(s.latencyMs.p50)],
    ['Latency p95', ms(s.latencyMs.p95)],
    ['Latency p99', ms(s.latencyMs.p99)],
    ['Slowest request', ms(s.latencyMs.max)],
    ['Environments used', `${formatNumber(s.environmentsUsed)}`],
    [
      'Provisioned / on-demand',
      `${formatNumber(s.provisionedEnvironments)} / ${formatNumber(s.onDemandEnvironments)}`,
    ],
    ['Recycled after idle', formatNumber(s.recycledEnvironments)],
    ['Idle provisioned environment-hours', formatNumber(s.idleProvisionedEnvironmentHours, 2)],
  ];
  const causes = s.coldStartsByCause;
  return (
    <section className="lab-section" aria-labelledby="summary-heading">
      <h3 id="summary-heading">Summary</h3>
      <dl className="lab-summary">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        Cold starts by cause: {formatNumber(causes['no-warm-environment'])} with no environment yet,{' '}
        {formatNumber(causes.burst)} when every warm environment was busy,{' '}
        {formatNumber(causes['idle-recycled'])} after idle environments were recycled.
      </p>
      {s.truncated ? (
        <p className="notice">The run was cut short at the lab’s request limit.</p>
      ) : null}
      <SourceLinks
        ids={[
          'cold-starts.cause-no-warm-environment',
          'cold-starts.cause-burst',
          'cold-starts.cause-idle-recycled',
        ]}
      />
    </section>
  );
}

/** The run's summary, findings and timeline. */
export function ColdStartResults({
  simulation,
  inputs,
}: Readonly<{ simulation: ColdStartOutcome; inputs: ColdStartInputs }>) {
  return (
    <>
      <p className="lab-headline">{describeColdStartHeadline(simulation)}</p>
      <Summary simulation={simulation} />
      <StartupCost simulation={simulation} inputs={inputs} />
      <FindingsList
        findings={simulation.findings}
        headingId="cold-start-findings"
        empty="No findings: no cold start reached a request in this run."
      />
      <section className="lab-section" aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">Timeline</h3>
        <ColdStartTimeline simulation={simulation} />
      </section>
    </>
  );
}
