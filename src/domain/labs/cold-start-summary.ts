/** Summary statistics of a cold-start simulation run. */
import type { ColdStartCause, EnvironmentLane, RequestRecord } from './cold-start-simulation';

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
