import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SNAPSTART_RESTORE_MS,
  getRuntimeProfile,
} from '../../../src/domain/labs/cold-start-runtimes';
import {
  COLD_START_PRESETS,
  type ColdStartPresetId,
} from '../../../src/domain/labs/cold-start-presets';
import { validateColdStartInputs } from '../../../src/domain/labs/cold-start-model';
import {
  simulateColdStarts,
  toColdStartOutcome,
} from '../../../src/domain/labs/cold-start-simulation';
import { arbitraryColdStartInputs } from './cold-start-arbitraries';

const presetInputs = (id: ColdStartPresetId) => {
  const found = COLD_START_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.inputs;
};
const run = (id: ColdStartPresetId) => simulateColdStarts(presetInputs(id));
const findingIds = (id: ColdStartPresetId) => run(id).findings.map((f) => f.id);

describe('simulateColdStarts properties', () => {
  it('gives the same run for the same seed', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        expect(simulateColdStarts(inputs)).toEqual(simulateColdStarts(inputs));
      }),
      { numRuns: 40 },
    );
  });

  it('never lets an environment serve two requests at once', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        for (const lane of simulateColdStarts(inputs).lanes) {
          lane.segments.forEach((segment, i) => {
            expect(segment.end).toBeGreaterThanOrEqual(segment.start);
            const previous = lane.segments[i - 1];
            if (previous) expect(segment.start).toBeGreaterThanOrEqual(previous.end);
            if (segment.kind !== 'handler')
              expect(lane.segments[i + 1]?.requestId).toBe(segment.requestId);
          });
        }
      }),
    );
  });

  it('never starts a provisioned environment cold', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        const sim = simulateColdStarts(inputs);
        const provisioned = new Set(
          sim.lanes.filter((l) => l.kind === 'provisioned').map((l) => l.id),
        );
        expect(provisioned.size).toBe(inputs.provisionedConcurrency);
        for (const r of sim.requests)
          if (provisioned.has(r.environmentId)) expect(r.temperature).toBe('warm');
        for (const l of sim.lanes)
          if (l.kind === 'provisioned')
            expect(l.segments.every((s) => s.kind === 'handler')).toBe(true);
      }),
    );
  });

  it('counts one cold start per new environment and never more than the requests', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, ({ ...inputs }) => {
        const { summary, requests } = simulateColdStarts(inputs);
        expect(summary.coldStarts).toBeLessThanOrEqual(summary.requests);
        expect(summary.coldStarts).toBe(summary.onDemandEnvironments);
        expect(summary.coldStarts).toBe(requests.filter((r) => r.temperature === 'cold').length);
      }),
    );
  });

  it('keeps latency percentiles in order and every latency at least the handler time', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        const { summary, requests } = simulateColdStarts(inputs);
        const { p50, p95, p99, max } = summary.latencyMs;
        expect(p50).toBeLessThanOrEqual(p95);
        expect(p95).toBeLessThanOrEqual(p99);
        expect(p99).toBeLessThanOrEqual(max);
        for (const r of requests) {
          expect(r.latencyMs).toBeGreaterThanOrEqual(r.handlerMs);
          expect(r.latencyMs).toBe(r.startupMs + r.handlerMs);
        }
      }),
    );
  });

  it('only reuses an environment within the idle time, and recycles it exactly that long after its last request', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        const idleMs = inputs.idleMinutesBeforeRecycle * 60_000;
        for (const lane of simulateColdStarts(inputs).lanes) {
          if (lane.kind === 'provisioned') continue;
          lane.segments.forEach((s, i) => {
            const previous = lane.segments[i - 1];
            if (previous && s.kind === 'handler' && previous.kind === 'handler')
              expect(s.start - previous.end).toBeLessThanOrEqual(idleMs);
          });
          const last = lane.segments[lane.segments.length - 1];
          if (lane.recycledAt !== null)
            expect(lane.recycledAt).toBeCloseTo((last?.end ?? 0) + idleMs, 6);
        }
      }),
    );
  });

  it('keeps a startup within range despite float rounding (regression: 971.0000000000018 > 971)', () => {
    const sim = simulateColdStarts({
      runtime: 'python',
      packageSizeMb: 275.8289876165799,
      initWorkMs: 495.0234375,
      provisionedConcurrency: 1,
      snapStart: false,
      idleMinutesBeforeRecycle: 1,
      trafficPattern: 'daily-curve',
      requestsPerSecond: 4.855462108153996,
      averageHandlerMs: 2917.689865733747,
      durationMinutes: 1,
      seed: 2147483622,
    });
    const { max } = sim.figures.startupMs;
    for (const s of sim.lanes.flatMap((l) => l.segments).filter((x) => x.kind === 'init')) {
      expect(s.end - s.start).toBeLessThanOrEqual(Math.ceil(max) + 1e-6);
    }
  });

  it('uses only restores with SnapStart and only inits without it, within the configured range', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        const sim = simulateColdStarts(inputs);
        const { min, max } = sim.figures.startupMs;
        const startups = sim.lanes.flatMap((l) => l.segments).filter((s) => s.kind !== 'handler');
        for (const s of startups) {
          expect(s.kind).toBe(inputs.snapStart ? 'restore' : 'init');
          // Segment ends are sums of floats: allow rounding error far below a millisecond.
          expect(s.end - s.start).toBeGreaterThanOrEqual(Math.floor(min) - 1e-6);
          expect(s.end - s.start).toBeLessThanOrEqual(Math.ceil(max) + 1e-6);
        }
      }),
    );
  });

  it('bounds idle provisioned environment-hours by provisioned environments × duration', () => {
    fc.assert(
      fc.property(arbitraryColdStartInputs, (inputs) => {
        const { summary } = simulateColdStarts(inputs);
        expect(summary.idleProvisionedEnvironmentHours).toBeGreaterThanOrEqual(0);
        expect(summary.idleProvisionedEnvironmentHours).toBeLessThanOrEqual(
          (inputs.provisionedConcurrency * inputs.durationMinutes) / 60 + 1e-9,
        );
      }),
    );
  });
});

describe('simulateColdStarts presets', () => {
  it('all presets are valid setups', () => {
    for (const p of COLD_START_PRESETS) expect(validateColdStartInputs(p.inputs)).toEqual([]);
  });

  it('java-api: cold starts pay JVM start, package load and init, and SnapStart is suggested', () => {
    const sim = run('java-api');
    const cold = sim.requests.filter((r) => r.temperature === 'cold');
    expect(cold.length).toBeGreaterThan(0);
    const floor = getRuntimeProfile('java').coldStartMs.min + 40 + 800;
    for (const r of cold) expect(r.startupMs).toBeGreaterThanOrEqual(floor);
    const snap = sim.findings.find((f) => f.id === 'snapstart-not-enabled');
    expect(snap?.facts).toContain('checklist.java-no-snapstart');
  });

  it('java-snapstart: the same traffic with restores instead of inits and a lower p99', () => {
    const plain = run('java-api');
    const snap = run('java-snapstart');
    expect(snap.requests.map((r) => r.arrival)).toEqual(plain.requests.map((r) => r.arrival));
    const kinds = new Set(snap.lanes.flatMap((l) => l.segments.map((s) => s.kind)));
    expect(kinds.has('init')).toBe(false);
    expect(kinds.has('restore')).toBe(true);
    expect(Math.max(...snap.requests.map((r) => r.startupMs))).toBeLessThanOrEqual(
      SNAPSTART_RESTORE_MS.max,
    );
    expect(snap.summary.latencyMs.max).toBeLessThan(plain.summary.latencyMs.max);
    expect(snap.summary.latencyMs.p99).toBeLessThanOrEqual(plain.summary.latencyMs.p99);
  });

  it('provisioned-steady: no cold starts, and the idle provisioned hours are reported', () => {
    const sim = run('provisioned-steady');
    expect(sim.summary.coldStarts).toBe(0);
    expect(sim.summary.idleProvisionedEnvironmentHours).toBeGreaterThan(0);
    expect(findingIds('provisioned-steady')).toContain('provisioned-idle');
  });

  it('burst-after-idle: the quiet half hour recycles environments and the burst starts cold', () => {
    const sim = run('burst-after-idle');
    expect(sim.summary.coldStartsByCause['idle-recycled']).toBeGreaterThan(0);
    expect(sim.summary.coldStartsByCause.burst).toBeGreaterThan(0);
    expect(
      sim.requests.some((r) => r.temperature === 'cold' && r.arrival >= 0.7 * sim.durationMs),
    ).toBe(true);
    expect(findingIds('burst-after-idle')).toContain('idle-recycled');
  });

  it('spiky-nodejs: spikes outgrow the warm environments', () => {
    expect(run('spiky-nodejs').summary.coldStartsByCause.burst).toBeGreaterThan(0);
  });

  it('daily-curve-container: uses the assumed container figures and recycles environments at night', () => {
    const sim = run('daily-curve-container');
    expect(sim.figures.runtime.figure).toBe('assumed');
    expect(sim.summary.recycledEnvironments).toBeGreaterThan(0);
    expect(findingIds('daily-curve-container')).toContain('large-package');
  });

  it('large-python-package: raises the large-package warning tied to the checklist', () => {
    const finding = run('large-python-package').findings.find((f) => f.id === 'large-package');
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding?.facts).toContain('checklist.large-package');
  });
});

describe('toColdStartOutcome', () => {
  it('keeps everything the lab shows and leaves out the per-request records', () => {
    const run = simulateColdStarts({ ...presetInputs('java-api'), durationMinutes: 2 });
    const outcome = toColdStartOutcome(run);
    expect(outcome).not.toHaveProperty('requests');
    expect({ ...outcome, requests: run.requests }).toEqual(run);
  });
});
