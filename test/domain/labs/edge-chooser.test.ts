import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chooseEdgeCompute,
  EDGE_CHOICES,
  judgeEdgeOptions,
} from '../../../src/domain/labs/edge-chooser';
import type { EdgeChoice, ReasonSource } from '../../../src/domain/labs/edge-limits';
import {
  DEFAULT_EDGE_REQUIREMENTS,
  validateEdgeRequirements,
  type EdgeRequirements,
} from '../../../src/domain/labs/edge-requirements';
import { EDGE_PRESETS } from '../../../src/domain/labs/edge-presets';
import { arbitraryEdgeRequirements } from './edge-arbitraries';

const ORDER = EDGE_CHOICES;
const simple: EdgeRequirements = {
  ...DEFAULT_EDGE_REQUIREMENTS,
  executionTimeMs: 0.5,
  memoryMb: 1,
};
const blockers = (r: EdgeRequirements, option: EdgeChoice) =>
  judgeEdgeOptions(r).find((v) => v.option === option)?.blockers ?? [];

describe('chooseEdgeCompute presets', () => {
  it.each(EDGE_PRESETS.map((p) => [p.id, p.expected, p.inputs] as const))(
    '%s → %s',
    (_id, expected, inputs) => {
      expect(validateEdgeRequirements(inputs)).toEqual([]);
      expect(chooseEdgeCompute(inputs).choice).toBe(expected);
    },
  );

  it('explains token auth with the network rule that rules CloudFront Functions out', () => {
    const preset = EDGE_PRESETS.find((p) => p.id === 'token-auth-lookup');
    const rec = chooseEdgeCompute(preset!.inputs);
    const network = rec.reasons.find(
      (r) => r.requirement === 'needsNetworkCalls' && r.effect === 'rules-out',
    );
    expect(network?.option).toBe('cloudfront-functions');
    expect(network?.sources[0]).toMatchObject({
      kind: 'aws-docs',
      url: expect.stringContaining('edge-functions-choosing'),
    });
    expect(
      rec.notes.some((n) =>
        n.sources.some((s) => s.kind === 'table-cell' && s.column === 'deploymentRegion'),
      ),
    ).toBe(true);
  });
});

describe('validateEdgeRequirements', () => {
  it('reports execution time and memory outside their bounds', () => {
    const errors = validateEdgeRequirements({ ...simple, executionTimeMs: 1_000_000, memoryMb: 0 });
    expect(errors.map((e) => [e.field, e.kind])).toEqual([
      ['executionTimeMs', 'above-max'],
      ['memoryMb', 'below-min'],
    ]);
  });
});

describe('chooseEdgeCompute rules', () => {
  it('rules CloudFront Functions out for Python, citing the runtime cell', () => {
    const [reason] = blockers({ ...simple, language: 'python' }, 'cloudfront-functions');
    expect(reason?.sources[0]).toEqual({
      kind: 'table-cell',
      table: 'edge.comparison',
      row: 'cloudfront-functions',
      column: 'runtime',
    });
  });

  it('allows 5 s on viewer triggers and 30 s on origin triggers for Lambda@Edge', () => {
    expect(chooseEdgeCompute({ ...simple, executionTimeMs: 6000 }).choice).toBe('regional');
    expect(
      chooseEdgeCompute({ ...simple, executionTimeMs: 6000, triggerPoint: 'origin-request' })
        .choice,
    ).toBe('lambda-at-edge');
    expect(
      chooseEdgeCompute({ ...simple, executionTimeMs: 31_000, triggerPoint: 'origin-request' })
        .choice,
    ).toBe('regional');
  });

  it('caps Lambda@Edge memory at 128 MB on viewer triggers and 10,240 MB on origin triggers', () => {
    expect(chooseEdgeCompute({ ...simple, memoryMb: 129 }).choice).toBe('regional');
    expect(
      chooseEdgeCompute({ ...simple, memoryMb: 10_240, triggerPoint: 'origin-response' }).choice,
    ).toBe('lambda-at-edge');
    const [memory] = blockers({ ...simple, memoryMb: 129 }, 'lambda-at-edge');
    expect(memory?.sources).toContainEqual({
      kind: 'table-cell',
      table: 'edge.comparison',
      row: 'lambda-at-edge',
      column: 'maxMemory',
    });
  });

  it('gives Lambda@Edge the request body on request triggers only', () => {
    expect(chooseEdgeCompute({ ...simple, needsRequestBody: true }).choice).toBe('lambda-at-edge');
    expect(
      chooseEdgeCompute({ ...simple, needsRequestBody: true, triggerPoint: 'viewer-response' })
        .choice,
    ).toBe('regional');
  });

  it('sends other languages to a regional function', () => {
    const rec = chooseEdgeCompute({ ...simple, language: 'other' });
    expect(rec.choice).toBe('regional');
    expect(rec.reasons.filter((r) => r.effect === 'rules-out').map((r) => r.option)).toEqual([
      'cloudfront-functions',
      'lambda-at-edge',
    ]);
  });

  it('treats the document’s 1 ms as the CloudFront Functions ceiling', () => {
    expect(chooseEdgeCompute({ ...simple, executionTimeMs: 1 }).choice).toBe(
      'cloudfront-functions',
    );
    expect(chooseEdgeCompute({ ...simple, executionTimeMs: 1.5 }).choice).toBe('lambda-at-edge');
  });

  it('suggests moving cacheable work to an origin trigger when a viewer-trigger Lambda@Edge is cost sensitive', () => {
    const rec = chooseEdgeCompute({ ...simple, needsNetworkCalls: true, costSensitive: true });
    expect(rec.notes.map((n) => n.requirement)).toContain('triggerPoint');
  });
});

describe('chooseEdgeCompute properties', () => {
  it('picks the first option in cost order that fits, and only cites blockers of cheaper options', () => {
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => {
        const rec = chooseEdgeCompute(r);
        const verdicts = judgeEdgeOptions(r);
        expect(rec.choice).toBe(verdicts.find((v) => v.fits)?.option);
        const rank = ORDER.indexOf(rec.choice);
        for (const reason of rec.reasons.filter((x) => x.effect === 'rules-out'))
          expect(ORDER.indexOf(reason.option)).toBeLessThan(rank);
      }),
    );
  });

  it('has nested options: whatever CloudFront Functions can do, Lambda@Edge can, and a regional function always can', () => {
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => {
        const [cff, lae, regional] = judgeEdgeOptions(r);
        if (cff?.fits) expect(lae?.fits).toBe(true);
        expect(regional?.fits).toBe(true);
      }),
    );
  });

  it('recommends CloudFront Functions exactly for light JavaScript at the viewer without network or body', () => {
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => {
        const light =
          r.language === 'javascript' &&
          !r.needsNetworkCalls &&
          !r.needsRequestBody &&
          r.executionTimeMs <= 1 &&
          r.memoryMb <= 2 &&
          r.triggerPoint.startsWith('viewer');
        expect(chooseEdgeCompute(r).choice === 'cloudfront-functions').toBe(light);
      }),
    );
  });

  it('never recommends a cheaper option when a requirement is added', () => {
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => {
        const before = ORDER.indexOf(chooseEdgeCompute({ ...r, needsNetworkCalls: false }).choice);
        const after = ORDER.indexOf(chooseEdgeCompute({ ...r, needsNetworkCalls: true }).choice);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('ties every reason and note to at least one source', () => {
    const valid = (s: ReasonSource): boolean =>
      s.kind === 'table-cell'
        ? s.table === 'edge.comparison'
        : s.kind === 'fact'
          ? s.id.includes('.')
          : s.url.startsWith('https://docs.aws.amazon.com/');
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => {
        const rec = chooseEdgeCompute(r);
        for (const reason of [...rec.reasons, ...rec.notes]) {
          expect(reason.sources.length).toBeGreaterThan(0);
          expect(reason.sources.every(valid)).toBe(true);
        }
        expect(rec.facts[0]).toBe('edge.comparison');
      }),
    );
  });
});
