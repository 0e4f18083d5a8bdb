import { describe, expect, it } from 'vitest';
import {
  computeConcurrency,
  computeMinVisibilityTimeout,
  computeStreamConcurrency,
  computeUnreservedConcurrency,
} from '../../src/domain/formulas';

describe('formulas', () => {
  it('reproduces the worked example: 500 req/s × 0.2 s = 100 concurrent executions', () => {
    expect(computeConcurrency(500, 0.2)).toBeCloseTo(100);
  });
  it('multiplies shards by the parallelization factor', () => {
    expect(computeStreamConcurrency(4, 10)).toBe(40);
  });
  it('recommends six times the function timeout, as the SQS event source page does', () => {
    expect(computeMinVisibilityTimeout(30)).toBe(180);
    expect(computeMinVisibilityTimeout(900)).toBe(5400);
  });
  it('subtracts every reservation from the account limit', () => {
    expect(computeUnreservedConcurrency(1000, [200, 300])).toBe(500);
  });
});
