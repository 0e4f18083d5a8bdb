/**
 * A deterministic, seeded simulation of execution environments. Each request goes to a
 * free provisioned environment, else the most recently freed warm on-demand one, else a
 * new environment that starts cold (init, or a SnapStart restore). An environment serves
 * one request at a time; on-demand environments idle longer than the recycle time are
 * gone. Scaling limits and throttling are left out (see the concurrency lab).
 */
import { createRng, deriveSeed, type Rng } from '../lib/rng';
import { createBusyHeap, type BusyHeap } from './busy-heap';
import { MAX_SIMULATED_REQUESTS, type ColdStartInputs } from './cold-start-model';
import { describeStartup, type StartupFigures } from './cold-start-runtimes';
import { findColdStartIssues } from './cold-start-findings';
import { summarizeColdStarts, type ColdStartSummary } from './cold-start-summary';
import { generateArrivals } from './cold-start-traffic';
import type { Finding } from './lab-types';

export type SegmentKind = 'init' | 'restore' | 'handler';
/** A stretch of one environment's lane, in ms since the start of the run. */
export type Segment = Readonly<{
  kind: SegmentKind;
  start: number;
  end: number;
  requestId: number;
}>;
export type EnvironmentKind = 'provisioned' | 'on-demand';
export type EnvironmentLane = Readonly<{
  id: number;
  kind: EnvironmentKind;
  /** ms; provisioned environments exist (initialized) from 0. */
  createdAt: number;
  /** ms when idle recycling removed it, or null if it was still there at the end. */
  recycledAt: number | null;
  segments: readonly Segment[];
}>;
export type ColdStartCause = 'no-warm-environment' | 'idle-recycled' | 'burst';
export type RequestRecord = Readonly<{
  id: number;
  arrival: number;
  environmentId: number;
  temperature: 'cold' | 'warm';
  /** Why a cold request found no warm environment; null for warm requests. */
  cause: ColdStartCause | null;
  startupMs: number;
  handlerMs: number;
  latencyMs: number;
}>;
export type ColdStartSimulation = Readonly<{
  durationMs: number;
  lanes: readonly EnvironmentLane[];
  requests: readonly RequestRecord[];
  summary: ColdStartSummary;
  findings: readonly Finding[];
  figures: StartupFigures;
}>;

/** What the lab shows of a run: everything but the per-request records. */
export type ColdStartOutcome = Omit<ColdStartSimulation, 'requests'>;

/** A run without its per-request records, small enough to hand from a worker to the page. */
export function toColdStartOutcome(simulation: ColdStartSimulation): ColdStartOutcome {
  const { durationMs, lanes, summary, findings, figures } = simulation;
  return { durationMs, lanes, summary, findings, figures };
}

type Lane = {
  id: number;
  kind: EnvironmentKind;
  createdAt: number;
  recycledAt: number | null;
  segments: Segment[];
};
type State = {
  lanes: Lane[];
  freeAt: number[];
  heap: BusyHeap;
  provisionedFree: number[];
  /** Sorted by `freeAt`, most recently freed last. */
  onDemandFree: number[];
  recycled: number;
};

function createState(provisioned: number): State {
  const freeAt: number[] = [];
  const lanes: Lane[] = [];
  const provisionedFree: number[] = [];
  for (let id = provisioned - 1; id >= 0; id--) provisionedFree.push(id);
  for (let id = 0; id < provisioned; id++) {
    lanes.push({ id, kind: 'provisioned', createdAt: 0, recycledAt: null, segments: [] });
    freeAt.push(0);
  }
  return {
    lanes,
    freeAt,
    heap: createBusyHeap(freeAt),
    provisionedFree,
    onDemandFree: [],
    recycled: 0,
  };
}

function releaseFinished(state: State, t: number): void {
  for (let id = state.heap.popFreeAt(t); id !== undefined; id = state.heap.popFreeAt(t)) {
    (state.lanes[id]?.kind === 'provisioned' ? state.provisionedFree : state.onDemandFree).push(id);
  }
}

/** Takes a warm environment, recycling stale ones first; reports whether any were recycled. */
function takeWarm(
  state: State,
  t: number,
  idleMs: number,
): { id: number | undefined; recycled: boolean } {
  const provisioned = state.provisionedFree.pop();
  if (provisioned !== undefined) return { id: provisioned, recycled: false };
  const newest = state.onDemandFree[state.onDemandFree.length - 1];
  if (newest === undefined) return { id: undefined, recycled: false };
  if (t - (state.freeAt[newest] as number) <= idleMs)
    return { id: state.onDemandFree.pop(), recycled: false };
  // The stack is sorted by freeAt, so when the newest is stale every one below it is too.
  for (const id of state.onDemandFree) {
    (state.lanes[id] as Lane).recycledAt = (state.freeAt[id] as number) + idleMs;
  }
  state.recycled += state.onDemandFree.length;
  state.onDemandFree.length = 0;
  return { id: undefined, recycled: true };
}

function sampleStartup(figures: StartupFigures, rng: Rng): number {
  const { min, max } = figures.startupMs;
  return Math.round(min + rng.next() * (max - min));
}

function closeLanes(state: State, idleMs: number, durationMs: number): EnvironmentLane[] {
  for (const lane of state.lanes) {
    const recycleAt = (state.freeAt[lane.id] as number) + idleMs;
    if (lane.kind === 'on-demand' && lane.recycledAt === null && recycleAt <= durationMs)
      lane.recycledAt = recycleAt;
  }
  return state.lanes;
}

type Context = Readonly<{
  idleMs: number;
  averageHandlerMs: number;
  figures: StartupFigures;
  handlerRng: Rng;
  startupRng: Rng;
}>;

function startEnvironment(
  state: State,
  ctx: Context,
  arrival: number,
  requestId: number,
): { id: number; startupMs: number } {
  const startupMs = sampleStartup(ctx.figures, ctx.startupRng);
  const id = state.lanes.length;
  const segment: Segment = {
    kind: ctx.figures.startup,
    start: arrival,
    end: arrival + startupMs,
    requestId,
  };
  state.lanes.push({
    id,
    kind: 'on-demand',
    createdAt: arrival,
    recycledAt: null,
    segments: [segment],
  });
  state.freeAt.push(arrival);
  return { id, startupMs };
}

function serveRequest(state: State, ctx: Context, arrival: number, id: number): RequestRecord {
  releaseFinished(state, arrival);
  const handlerMs = Math.max(1, Math.round(ctx.averageHandlerMs * (0.5 + ctx.handlerRng.next())));
  const warm = takeWarm(state, arrival, ctx.idleMs);
  let cause: ColdStartCause | null = null;
  let env = { id: warm.id ?? -1, startupMs: 0 };
  if (warm.id === undefined) {
    const alive = state.lanes.length - state.recycled;
    cause = warm.recycled ? 'idle-recycled' : alive === 0 ? 'no-warm-environment' : 'burst';
    env = startEnvironment(state, ctx, arrival, id);
  }
  const start = arrival + env.startupMs;
  const end = start + handlerMs;
  state.lanes[env.id]?.segments.push({ kind: 'handler', start, end, requestId: id });
  state.freeAt[env.id] = end;
  state.heap.push(env.id);
  return {
    id,
    arrival,
    environmentId: env.id,
    temperature: cause === null ? 'warm' : 'cold',
    cause,
    startupMs: env.startupMs,
    handlerMs,
    latencyMs: env.startupMs + handlerMs,
  };
}

/**
 * Runs the simulation. Same inputs (seed included) → same result.
 * @param inputs a setup that passed `validateColdStartInputs` (others still run, capped at 50,000 requests)
 * @returns lanes and requests with times in ms since the start, a summary and findings
 */
export function simulateColdStarts(inputs: ColdStartInputs): ColdStartSimulation {
  const durationMs = inputs.durationMinutes * 60_000;
  const ctx: Context = {
    idleMs: inputs.idleMinutesBeforeRecycle * 60_000,
    averageHandlerMs: inputs.averageHandlerMs,
    figures: describeStartup(inputs),
    handlerRng: createRng(deriveSeed(inputs.seed, 'handler')),
    startupRng: createRng(deriveSeed(inputs.seed, 'startup')),
  };
  const arrivalRng = createRng(deriveSeed(inputs.seed, 'arrivals'));
  const arrivals = generateArrivals(
    inputs.trafficPattern,
    inputs.requestsPerSecond,
    durationMs,
    arrivalRng,
    MAX_SIMULATED_REQUESTS,
  );
  const state = createState(Math.max(0, Math.floor(inputs.provisionedConcurrency)));
  const requests = arrivals.times.map((arrival, id) => serveRequest(state, ctx, arrival, id));
  const lanes = closeLanes(state, ctx.idleMs, durationMs);
  const summary = summarizeColdStarts({
    requests,
    lanes,
    durationMs,
    truncated: arrivals.truncated,
  });
  return {
    durationMs,
    lanes,
    requests,
    summary,
    findings: findColdStartIssues(inputs, summary),
    figures: ctx.figures,
  };
}
