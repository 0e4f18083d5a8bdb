import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLD_START_INPUTS } from '../../../../src/domain/labs/cold-start-model';
import { COLD_START_PRESETS } from '../../../../src/domain/labs/cold-start-presets';
import {
  simulateColdStarts,
  type ColdStartSimulation,
} from '../../../../src/domain/labs/cold-start-simulation';
import {
  describeLanes,
  formatTickLabel,
  layoutTimeline,
} from '../../../../src/features/labs/cold-starts/timeline-layout';
import { arbitraryColdStartInputs } from '../../../domain/labs/cold-start-arbitraries';

const dailyCurve = COLD_START_PRESETS.find((p) => p.id === 'daily-curve-container');

describe('timeline layout', () => {
  it('keeps every bar inside the drawing and within the lane and bar budget', () => {
    fc.assert(
      fc.property(
        arbitraryColdStartInputs,
        fc.integer({ min: 100, max: 20_000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 500 }),
        (inputs, width, maxLanes, maxBars) => {
          const sim = simulateColdStarts(inputs);
          const layout = layoutTimeline(sim, width, { maxLanes, maxBars });
          expect(layout.lanes.length).toBeLessThanOrEqual(maxLanes);
          if (layout.lanes.length > 1) expect(layout.bars).toBeLessThanOrEqual(maxBars);
          expect(layout.capped).toBe(layout.lanes.length < sim.lanes.length);
          for (const lane of layout.lanes) {
            for (const bar of lane.bars) {
              expect(bar.x).toBeGreaterThanOrEqual(0);
              expect(bar.x).toBeLessThanOrEqual(width);
              expect(bar.width).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('draws one startup bar per cold start, never merged into handler bars', () => {
    const sim = simulateColdStarts({ ...DEFAULT_COLD_START_INPUTS, runtime: 'java' });
    const layout = layoutTimeline(sim, 100_000, { maxLanes: 1000, maxBars: 1_000_000 });
    const startups = layout.lanes.flatMap((l) => l.bars).filter((b) => b.kind !== 'handler');
    expect(startups).toHaveLength(sim.summary.coldStarts);
  });

  it('merges handler runs less than a pixel apart, so a narrow timeline draws far fewer bars', () => {
    const sim = simulateColdStarts(DEFAULT_COLD_START_INPUTS);
    const segments = sim.lanes.reduce((n, l) => n + l.segments.length, 0);
    const unlimited = { maxLanes: 1000, maxBars: 1_000_000 };
    const narrow = layoutTimeline(sim, 300, unlimited);
    const wide = layoutTimeline(sim, 300_000, unlimited);
    expect(narrow.bars).toBeLessThan(segments / 10);
    expect(wide.bars).toBeGreaterThan(narrow.bars);
  });

  it('stops drawing lanes at the budget and says so', () => {
    if (!dailyCurve) throw new Error('missing preset');
    const sim: ColdStartSimulation = simulateColdStarts(dailyCurve.inputs);
    const layout = layoutTimeline(sim, 600, { maxLanes: 10, maxBars: 4000 });
    expect(layout.lanes).toHaveLength(10);
    expect(layout.totalLanes).toBe(sim.lanes.length);
    expect(layout.capped).toBe(true);
  });

  it('labels ticks in seconds, minutes or hours', () => {
    expect(formatTickLabel(30)).toBe('30 s');
    expect(formatTickLabel(300)).toBe('5 min');
    expect(formatTickLabel(10_800)).toBe('3 h');
  });

  it('lists every environment with its cold start and request count for the table', () => {
    const sim = simulateColdStarts({ ...DEFAULT_COLD_START_INPUTS, provisionedConcurrency: 2 });
    const rows = describeLanes(sim);
    expect(rows).toHaveLength(sim.lanes.length);
    expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(sim.summary.requests);
    for (const row of rows.filter((r) => r.kind === 'provisioned')) expect(row.startup).toBeNull();
  });
});
