import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_COLD_START_INPUTS,
  validateColdStartInputs,
} from '../../../src/domain/labs/cold-start-model';
import {
  COLD_START_FIGURES_LABEL,
  describeStartup,
  RUNTIME_PROFILES,
  RUNTIMES,
} from '../../../src/domain/labs/cold-start-runtimes';
import { topics } from '../../../content/index';
import { arbitraryColdStartInputs } from './cold-start-arbitraries';

const base = DEFAULT_COLD_START_INPUTS;

describe('runtime figures', () => {
  it('has exactly one row per runtime', () => {
    expect(RUNTIME_PROFILES.map((p) => p.runtime)).toEqual([...RUNTIMES]);
  });

  it("uses the document's ranges: JVM-family 500 ms–2 s, light runtimes 50–200 ms", () => {
    for (const p of RUNTIME_PROFILES) {
      const facts: readonly string[] = p.facts;
      if (facts.includes('cold-starts.runtime-jvm'))
        expect(p.coldStartMs).toEqual({ min: 500, max: 2000 });
      if (facts.includes('cold-starts.runtime-light'))
        expect(p.coldStartMs).toEqual({ min: 50, max: 200 });
    }
    expect(RUNTIME_PROFILES.find((p) => p.runtime === 'custom-container')?.figure).toBe('assumed');
  });

  it('takes every typical range from the Learn estimate it cites', () => {
    const facts = topics.flatMap((t) => t.facts);
    for (const p of RUNTIME_PROFILES.filter((profile) => profile.figure === 'document')) {
      const fact = facts.find((f) => f.id === p.facts[0]);
      expect(fact?.kind).toBe('estimate');
      if (fact?.kind !== 'estimate' || fact.value.kind !== 'range') throw new Error(p.runtime);
      expect(p.coldStartMs).toEqual({ min: fact.value.min, max: fact.value.max });
      expect(fact.value.unit).toBe('ms');
    }
  });

  it('allows SnapStart on Java, Kotlin, Python and .NET only', () => {
    const supported = RUNTIME_PROFILES.filter((p) => p.snapStart.kind === 'supported').map(
      (p) => p.runtime,
    );
    expect(supported).toEqual(['java', 'dotnet', 'kotlin', 'python']);
  });

  it('labels the figures typical and adds package size and init work to a cold start', () => {
    const figures = describeStartup({
      ...base,
      runtime: 'python',
      packageSizeMb: 100,
      initWorkMs: 300,
    });
    expect(figures.label).toBe(COLD_START_FIGURES_LABEL);
    expect(figures.startupMs).toEqual({ min: 50 + 100 + 300, max: 200 + 100 + 300 });
    expect(figures.facts).toEqual([
      'cold-starts.runtime-light',
      'cold-starts.mitigation-smaller-package',
      'cold-starts.mitigation-minimize-init',
    ]);
  });
});

describe('validateColdStartInputs', () => {
  it('accepts every generated valid setup', () => {
    fc.assert(
      fc.property(
        arbitraryColdStartInputs,
        (inputs) => validateColdStartInputs(inputs).length === 0,
      ),
    );
  });

  it('explains why SnapStart is refused on Node.js', () => {
    const [error] = validateColdStartInputs({ ...base, runtime: 'nodejs', snapStart: true });
    expect(error).toMatchObject({ field: 'snapStart', kind: 'conflict' });
    expect(error?.message).toContain('Java 11+, Python 3.12+ and .NET 8+');
  });

  it('refuses SnapStart together with provisioned concurrency', () => {
    const errors = validateColdStartInputs({
      ...base,
      runtime: 'java',
      snapStart: true,
      provisionedConcurrency: 2,
    });
    expect(errors.map((e) => e.field)).toEqual(['snapStart']);
  });

  it('refuses setups beyond the 50,000-request budget', () => {
    const errors = validateColdStartInputs({
      ...base,
      requestsPerSecond: 100,
      durationMinutes: 60,
    });
    expect(errors).toEqual([
      expect.objectContaining({ field: 'requestsPerSecond', kind: 'conflict' }),
    ]);
  });

  it('reports out-of-range fields with their unit', () => {
    const errors = validateColdStartInputs({
      ...base,
      idleMinutesBeforeRecycle: 0,
      provisionedConcurrency: 1.5,
    });
    expect(errors.map((e) => [e.field, e.kind])).toEqual([
      ['provisionedConcurrency', 'not-integer'],
      ['idleMinutesBeforeRecycle', 'below-min'],
    ]);
    expect(errors[1]?.message).toContain('1 min');
  });
});
