import { describe, expect, it } from 'vitest';
import {
  findColdStartIssues,
  LARGE_PACKAGE_MB,
} from '../../../src/domain/labs/cold-start-findings';
import {
  DEFAULT_COLD_START_INPUTS,
  type ColdStartInputs,
} from '../../../src/domain/labs/cold-start-model';
import type { ColdStartSummary } from '../../../src/domain/labs/cold-start-summary';

const quiet: ColdStartSummary = {
  requests: 100,
  coldStarts: 0,
  coldStartRate: 0,
  coldStartsByCause: { 'no-warm-environment': 0, 'idle-recycled': 0, burst: 0 },
  latencyMs: { p50: 100, p95: 140, p99: 150, max: 150, mean: 100 },
  environmentsUsed: 1,
  provisionedEnvironments: 0,
  onDemandEnvironments: 1,
  recycledEnvironments: 0,
  idleProvisionedEnvironmentHours: 0,
  provisionedUtilization: 0,
  truncated: false,
};
const coldOnce: ColdStartSummary = {
  ...quiet,
  coldStarts: 1,
  coldStartsByCause: { ...quiet.coldStartsByCause, 'no-warm-environment': 1 },
};
const ids = (inputs: Partial<ColdStartInputs>, summary: ColdStartSummary) =>
  findColdStartIssues({ ...DEFAULT_COLD_START_INPUTS, ...inputs }, summary).map((f) => f.id);

describe('findColdStartIssues', () => {
  it('finds nothing for a light function that never started cold', () => {
    expect(ids({}, quiet)).toEqual([]);
  });

  it('warns about a package above the threshold even without cold starts, but not with SnapStart', () => {
    expect(ids({ packageSizeMb: LARGE_PACKAGE_MB + 1 }, quiet)).toEqual(['large-package']);
    expect(ids({ packageSizeMb: LARGE_PACKAGE_MB }, quiet)).toEqual([]);
    expect(ids({ runtime: 'java', snapStart: true, packageSizeMb: 200 }, quiet)).toEqual([]);
  });

  it('suggests SnapStart only for runtimes that support it, citing the Java checklist item for JVM runtimes', () => {
    const java = findColdStartIssues({ ...DEFAULT_COLD_START_INPUTS, runtime: 'java' }, coldOnce);
    expect(java.find((f) => f.id === 'snapstart-not-enabled')?.facts).toContain(
      'checklist.java-no-snapstart',
    );
    const python = findColdStartIssues(
      { ...DEFAULT_COLD_START_INPUTS, runtime: 'python' },
      coldOnce,
    );
    expect(python.find((f) => f.id === 'snapstart-not-enabled')?.facts).not.toContain(
      'checklist.java-no-snapstart',
    );
    expect(ids({ runtime: 'ruby' }, coldOnce)).not.toContain('snapstart-not-enabled');
  });

  it('puts the warning before suggestions', () => {
    const found = findColdStartIssues(
      { ...DEFAULT_COLD_START_INPUTS, runtime: 'java', initWorkMs: 1500 },
      coldOnce,
    );
    expect(found.map((f) => f.severity)).toEqual(['warning', 'suggestion', 'suggestion']);
  });

  it('reports spill-over instead of the user-facing warning when provisioned concurrency is set', () => {
    const found = ids(
      { provisionedConcurrency: 2 },
      { ...coldOnce, provisionedEnvironments: 2, provisionedUtilization: 0.5 },
    );
    expect(found).toEqual(['provisioned-spill']);
  });

  it('flags provisioned environments idle more than 80% of the time', () => {
    const found = ids(
      { provisionedConcurrency: 2 },
      {
        ...quiet,
        provisionedEnvironments: 2,
        provisionedUtilization: 0.1,
        idleProvisionedEnvironmentHours: 1.8,
      },
    );
    expect(found).toEqual(['provisioned-idle']);
  });

  it('counts a single cold start in the singular', () => {
    const once: ColdStartSummary = {
      ...coldOnce,
      coldStartsByCause: { 'no-warm-environment': 0, 'idle-recycled': 1, burst: 0 },
    };
    const titles = (inputs: Partial<ColdStartInputs>) =>
      findColdStartIssues({ ...DEFAULT_COLD_START_INPUTS, ...inputs }, once).map((f) => f.title);
    expect(titles({})).toEqual(
      expect.arrayContaining([
        '1 cold start: users feel them if this is a user-facing API',
        '1 cold start after idle environments were recycled',
      ]),
    );
    expect(titles({ provisionedConcurrency: 2 })).toContain(
      'Every provisioned environment was busy 1 time',
    );
    expect(titles({}).join(' ')).not.toMatch(/\b1 cold starts\b/);
  });
});
