/** Classic exam scenarios for the concurrency calculator. */
import { DEFAULT_CONCURRENCY_INPUTS, type ConcurrencyInputs } from './concurrency-inputs';
import type { LabPreset } from './lab-types';

export type ConcurrencyPresetId =
  | 'worked-example'
  | 'reserved-zero'
  | 'reservation-starves-pool'
  | 'reservation-throttles'
  | 'user-facing-no-provisioned'
  | 'burst-3000'
  | 'burst-over-limit';

const base = DEFAULT_CONCURRENCY_INPUTS;

export const CONCURRENCY_PRESETS = [
  {
    id: 'worked-example',
    title: '500 requests/s × 200 ms',
    description:
      "The document's worked example: 500 × 0.2 s = 100 concurrent executions, well inside the default 1,000.",
    inputs: base,
  },
  {
    id: 'reserved-zero',
    title: 'Reserved concurrency = 0',
    description:
      'A reservation of zero throttles every invocation: the function is effectively disabled.',
    inputs: { ...base, reservedConcurrency: 0 },
  },
  {
    id: 'reservation-starves-pool',
    title: 'A reservation that starves the pool',
    description:
      'Reserving 950 of 1,000 would leave 50 unreserved; AWS keeps at least 100 and rejects it.',
    inputs: { ...base, reservedConcurrency: 950 },
  },
  {
    id: 'reservation-throttles',
    title: 'A reservation below the need',
    description:
      '1,000 requests/s × 500 ms needs 500, but reserved concurrency caps the function at 200: 60% get HTTP 429.',
    inputs: { ...base, requestsPerSecond: 1000, averageDurationMs: 500, reservedConcurrency: 200 },
  },
  {
    id: 'user-facing-no-provisioned',
    title: 'A user-facing API without provisioned concurrency',
    description:
      'A latency-sensitive API at 200 requests/s × 300 ms: every new environment starts cold.',
    inputs: { ...base, requestsPerSecond: 200, averageDurationMs: 300, latencySensitive: true },
  },
  {
    id: 'burst-3000',
    title: 'A sudden burst to 3,000',
    description:
      'With a raised quota of 5,000, a burst of 3,000 concurrent requests is fully served after 20 s (1,000 new environments every 10 s).',
    inputs: { ...base, accountLimit: 5000, burstConcurrency: 3000 },
  },
  {
    id: 'burst-over-limit',
    title: 'A burst beyond the account limit',
    description:
      'At the default 1,000 the same burst of 3,000 can never be fully served: 2,000 keep getting HTTP 429.',
    inputs: { ...base, burstConcurrency: 3000 },
  },
] as const satisfies readonly (LabPreset<ConcurrencyInputs> & { id: ConcurrencyPresetId })[];
