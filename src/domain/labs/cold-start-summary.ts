/** Summary statistics and findings of a cold-start simulation run. */
import type { ColdStartInputs } from './cold-start-model';
import type { ColdStartCause, EnvironmentLane, RequestRecord } from './cold-start-simulation';
import { formatNumber } from './lab-fields';
import { sortFindings } from './lab-findings';
import type { Finding } from './lab-types';

export type LatencyPercentiles = Readonly<{
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}>;

export type ColdStartSummary = Readonly<{
  requests: number;
  coldStarts: number;
  /** coldStarts ÷ requests, 0–1. */
  coldStartRate: number;
  coldStartsByCause: Readonly<Record<ColdStartCause, number>>;
  /** Request latency (startup + handler), ms. */
  latencyMs: LatencyPercentiles;
  /** Environments that served at least one request. */
  environmentsUsed: number;
  provisionedEnvironments: number;
  onDemandEnvironments: number;
  recycledEnvironments: number;
  /** Provisioned environment time spent not running a handler, in environment-hours. */
  idleProvisionedEnvironmentHours: number;
  /** Share of provisioned environment time spent running handlers, 0–1 (0 without provisioned). */
  provisionedUtilization: number;
  /** The request cap cut the run short. */
  truncated: boolean;
}>;

/** Beyond this package size (MB) the lab raises the large-package warning; a lab threshold, not an AWS limit. */
export const LARGE_PACKAGE_MB = 50;
const HEAVY_INIT_MS = 1000;
const MS_PER_HOUR = 3_600_000;

/**
 * Nearest-rank percentile.
 * @param sorted ascending values
 * @param p in (0, 1]
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] as number;
}

function summarizeLatency(requests: readonly RequestRecord[]): LatencyPercentiles {
  const sorted = new Float64Array(requests.length);
  let total = 0;
  for (let i = 0; i < requests.length; i++) {
    const latency = (requests[i] as RequestRecord).latencyMs;
    sorted[i] = latency;
    total += latency;
  }
  sorted.sort();
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: percentile(sorted, 1),
    mean: sorted.length === 0 ? 0 : Math.round((total / sorted.length) * 10) / 10,
  };
}

function busyMs(lane: EnvironmentLane, durationMs: number): number {
  let busy = 0;
  for (const s of lane.segments)
    busy += Math.max(0, Math.min(s.end, durationMs) - Math.max(s.start, 0));
  return busy;
}

/**
 * Aggregates a run.
 * @param run requests and lanes of the simulation; `durationMs` its length in ms
 */
export function summarizeColdStarts(run: {
  requests: readonly RequestRecord[];
  lanes: readonly EnvironmentLane[];
  durationMs: number;
  truncated: boolean;
}): ColdStartSummary {
  const byCause: Record<ColdStartCause, number> = {
    'no-warm-environment': 0,
    'idle-recycled': 0,
    burst: 0,
  };
  for (const r of run.requests) if (r.cause !== null) byCause[r.cause] += 1;
  const coldStarts = byCause['no-warm-environment'] + byCause['idle-recycled'] + byCause.burst;
  const provisioned = run.lanes.filter((l) => l.kind === 'provisioned');
  const provisionedMs = provisioned.length * run.durationMs;
  const provisionedBusy = provisioned.reduce((sum, l) => sum + busyMs(l, run.durationMs), 0);
  return {
    requests: run.requests.length,
    coldStarts,
    coldStartRate: run.requests.length === 0 ? 0 : coldStarts / run.requests.length,
    coldStartsByCause: byCause,
    latencyMs: summarizeLatency(run.requests),
    environmentsUsed: run.lanes.filter((l) => l.segments.length > 0).length,
    provisionedEnvironments: provisioned.length,
    onDemandEnvironments: run.lanes.length - provisioned.length,
    recycledEnvironments: run.lanes.filter((l) => l.recycledAt !== null).length,
    idleProvisionedEnvironmentHours: (provisionedMs - provisionedBusy) / MS_PER_HOUR,
    provisionedUtilization: provisionedMs === 0 ? 0 : provisionedBusy / provisionedMs,
    truncated: run.truncated,
  };
}

function findStartupIssues(inputs: ColdStartInputs, summary: ColdStartSummary): Finding[] {
  const out: Finding[] = [];
  const jvm = inputs.runtime === 'java' || inputs.runtime === 'kotlin';
  const snapCapable = jvm || inputs.runtime === 'python' || inputs.runtime === 'dotnet';
  if (
    snapCapable &&
    !inputs.snapStart &&
    inputs.provisionedConcurrency === 0 &&
    summary.coldStarts > 0
  ) {
    out.push({
      id: 'snapstart-not-enabled',
      severity: 'suggestion',
      title: 'SnapStart could replace these inits with restores',
      detail:
        'This runtime supports SnapStart: the initialized environment is snapshotted when a version is published and restored on a cold start.',
      facts: [
        ...(jvm ? ['checklist.java-no-snapstart'] : []),
        'cold-starts.mitigation-snapstart',
        'key-concepts.snapstart',
      ],
    });
  }
  if (!inputs.snapStart && inputs.packageSizeMb > LARGE_PACKAGE_MB) {
    out.push({
      id: 'large-package',
      severity: 'warning',
      title: `A ${formatNumber(inputs.packageSizeMb)} MB package slows every cold start`,
      detail:
        'Less code to load means a faster init: trim dependencies or move shared ones out of the hot path.',
      facts: ['checklist.large-package', 'cold-starts.mitigation-smaller-package'],
    });
  }
  if (!inputs.snapStart && inputs.initWorkMs >= HEAVY_INIT_MS && summary.coldStarts > 0) {
    out.push({
      id: 'heavy-init',
      severity: 'suggestion',
      title: `${formatNumber(inputs.initWorkMs)} ms of init work on every cold start`,
      detail: 'Keep module-level work to what every invocation reuses; load the rest lazily.',
      facts: ['cold-starts.mitigation-minimize-init'],
    });
  }
  return out;
}

function findTrafficIssues(inputs: ColdStartInputs, summary: ColdStartSummary): Finding[] {
  const out: Finding[] = [];
  const cold = formatNumber(summary.coldStarts);
  if (summary.coldStarts > 0 && inputs.provisionedConcurrency === 0) {
    out.push({
      id: 'cold-starts-reach-users',
      severity: 'warning',
      title: `${cold} cold starts: users feel them if this is a user-facing API`,
      detail:
        'Provisioned concurrency keeps environments initialized so requests do not wait for an init.',
      facts: [
        'checklist.cold-starts-user-facing',
        'cold-starts.mitigation-provisioned-concurrency',
      ],
    });
  } else if (summary.coldStarts > 0) {
    out.push({
      id: 'provisioned-spill',
      severity: 'suggestion',
      title: `Every provisioned environment was busy ${cold} times`,
      detail: 'Those requests went to new on-demand environments and started cold.',
      facts: ['concurrency.provisioned', 'cold-starts.cause-burst'],
    });
  }
  const recycled = summary.coldStartsByCause['idle-recycled'];
  if (recycled > 0) {
    out.push({
      id: 'idle-recycled',
      severity: 'suggestion',
      title: `${formatNumber(recycled)} cold starts after idle environments were recycled`,
      detail:
        'Scheduled "keep warm" pings are not recommended (unreliable and wasteful); provisioned concurrency is the dependable fix.',
      facts: [
        'cold-starts.cause-idle-recycled',
        'cold-starts.mitigation-keep-warm',
        'cold-starts.mitigation-provisioned-concurrency',
      ],
    });
  }
  if (summary.provisionedEnvironments > 0 && summary.provisionedUtilization < 0.2) {
    out.push({
      id: 'provisioned-idle',
      severity: 'suggestion',
      title: `Provisioned environments idle ${formatNumber(Math.round((1 - summary.provisionedUtilization) * 100))}% of the time`,
      detail: `${formatNumber(Math.round(summary.idleProvisionedEnvironmentHours * 100) / 100)} idle environment-hours, billed all the same.`,
      facts: ['concurrency.provisioned'],
    });
  }
  return out;
}

/**
 * Findings for a run, each tied to the checklist item or facts it rests on.
 * @returns findings sorted critical → warning → suggestion
 */
export function findColdStartIssues(inputs: ColdStartInputs, summary: ColdStartSummary): Finding[] {
  return sortFindings([
    ...findStartupIssues(inputs, summary),
    ...findTrafficIssues(inputs, summary),
  ]);
}
