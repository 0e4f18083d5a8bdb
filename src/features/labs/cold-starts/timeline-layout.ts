/**
 * Turns a simulation into what the timeline draws, in pixels. A run can hold tens of
 * thousands of handler segments; drawing each as an SVG rect would stall the page, so
 * handler segments less than a pixel apart merge into one bar, and drawing stops at a
 * budget of lanes and bars (the view says so).
 */
import type {
  ColdStartOutcome,
  EnvironmentKind,
  EnvironmentLane,
  SegmentKind,
} from '../../../domain/labs/cold-start-simulation';
import { formatNumber } from '../../../domain/labs/lab-fields';

export type TimelineBar = Readonly<{ kind: SegmentKind; x: number; width: number }>;

export type TimelineLaneLayout = Readonly<{
  id: number;
  kind: EnvironmentKind;
  /** Where the environment exists, in px. */
  from: number;
  to: number;
  recycled: boolean;
  bars: readonly TimelineBar[];
}>;

export type TimelineTick = Readonly<{ x: number; label: string }>;

export type TimelineLayout = Readonly<{
  width: number;
  lanes: readonly TimelineLaneLayout[];
  totalLanes: number;
  bars: number;
  /** Some lanes were left out to stay within the drawing budget. */
  capped: boolean;
  ticks: readonly TimelineTick[];
}>;

export type TimelineLimits = Readonly<{ maxLanes: number; maxBars: number }>;

export const TIMELINE_LIMITS: TimelineLimits = { maxLanes: 60, maxBars: 4000 };
/** Handler segments closer than this (px) are drawn as one bar. */
const MERGE_GAP_PX = 1;
const MIN_BAR_PX = 1;
/** Inits and restores stay visible however short they are. */
const MIN_STARTUP_PX = 3;

function layoutLane(lane: EnvironmentLane, scale: number, width: number): TimelineLaneLayout {
  const bars: { kind: SegmentKind; x: number; width: number }[] = [];
  for (const segment of lane.segments) {
    const x = Math.min(segment.start * scale, width);
    const end = Math.min(segment.end * scale, width);
    const last = bars[bars.length - 1];
    if (
      segment.kind === 'handler' &&
      last?.kind === 'handler' &&
      x - (last.x + last.width) <= MERGE_GAP_PX
    ) {
      last.width = Math.max(last.width, end - last.x);
      continue;
    }
    const min = segment.kind === 'handler' ? MIN_BAR_PX : MIN_STARTUP_PX;
    bars.push({ kind: segment.kind, x, width: Math.max(min, end - x) });
  }
  return {
    id: lane.id,
    kind: lane.kind,
    from: lane.createdAt * scale,
    to: lane.recycledAt === null ? width : Math.min(lane.recycledAt * scale, width),
    recycled: lane.recycledAt !== null,
    bars,
  };
}

const TICK_STEPS_S = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600];
const MIN_TICK_GAP_PX = 70;

/** "30 s", "5 min", "2 h". */
export function formatTickLabel(seconds: number): string {
  if (seconds < 60) return `${formatNumber(seconds)} s`;
  if (seconds < 7200) return `${formatNumber(seconds / 60)} min`;
  return `${formatNumber(seconds / 3600, 1)} h`;
}

function layoutTicks(durationMs: number, width: number): TimelineTick[] {
  const pxPerSecond = (width / durationMs) * 1000;
  const step = TICK_STEPS_S.find((s) => s * pxPerSecond >= MIN_TICK_GAP_PX) ?? 21_600;
  const ticks: TimelineTick[] = [];
  for (let s = 0; s * 1000 <= durationMs; s += step) {
    ticks.push({ x: s * pxPerSecond, label: formatTickLabel(s) });
  }
  return ticks;
}

/**
 * Lays the run out at a width.
 * @param simulation the run to draw
 * @param width timeline width in px (the zoom level)
 * @param limits drawing budget: lanes and bars at most
 */
export function layoutTimeline(
  simulation: ColdStartOutcome,
  width: number,
  limits: TimelineLimits = TIMELINE_LIMITS,
): TimelineLayout {
  const scale = simulation.durationMs > 0 ? width / simulation.durationMs : 0;
  const lanes: TimelineLaneLayout[] = [];
  let bars = 0;
  for (const lane of simulation.lanes) {
    if (lanes.length >= limits.maxLanes) break;
    const laid = layoutLane(lane, scale, width);
    if (lanes.length > 0 && bars + laid.bars.length > limits.maxBars) break;
    lanes.push(laid);
    bars += laid.bars.length;
  }
  return {
    width,
    lanes,
    totalLanes: simulation.lanes.length,
    bars,
    capped: lanes.length < simulation.lanes.length,
    ticks: layoutTicks(simulation.durationMs, width),
  };
}

export type LaneRow = Readonly<{
  id: number;
  kind: EnvironmentKind;
  createdAtMs: number;
  startup: Readonly<{ kind: 'init' | 'restore'; ms: number }> | null;
  requests: number;
  recycledAtMs: number | null;
}>;

/** One row per environment for the table alternative. */
export function describeLanes(simulation: ColdStartOutcome): LaneRow[] {
  return simulation.lanes.map((lane) => {
    const startup = lane.segments.find((s) => s.kind !== 'handler');
    return {
      id: lane.id,
      kind: lane.kind,
      createdAtMs: lane.createdAt,
      startup:
        startup && startup.kind !== 'handler'
          ? { kind: startup.kind, ms: startup.end - startup.start }
          : null,
      requests: lane.segments.filter((s) => s.kind === 'handler').length,
      recycledAtMs: lane.recycledAt,
    };
  });
}
