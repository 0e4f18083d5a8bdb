import { bench, describe } from 'vitest';
import { calculateConcurrency } from '../src/domain/labs/concurrency-calculator';
import { CONCURRENCY_PRESETS } from '../src/domain/labs/concurrency-presets';
import {
  DEFAULT_COLD_START_INPUTS,
  type ColdStartInputs,
} from '../src/domain/labs/cold-start-model';
import { simulateColdStarts } from '../src/domain/labs/cold-start-simulation';
import { chooseEdgeCompute } from '../src/domain/labs/edge-chooser';
import { EDGE_PRESETS } from '../src/domain/labs/edge-presets';

// 10 requests/s for 1,000 s: about 10,000 requests (Poisson arrivals).
const tenThousand: ColdStartInputs = {
  ...DEFAULT_COLD_START_INPUTS,
  runtime: 'java',
  requestsPerSecond: 10,
  durationMinutes: 1000 / 60,
  averageHandlerMs: 120,
};

describe('cold-start simulation', () => {
  bench('~10,000 requests, steady', () => {
    simulateColdStarts(tenThousand);
  });
  bench('~10,000 requests, burst after idle', () => {
    simulateColdStarts({
      ...tenThousand,
      trafficPattern: 'burst-after-idle',
      idleMinutesBeforeRecycle: 2,
    });
  });
  bench('~10,000 requests, spiky, 20 provisioned', () => {
    simulateColdStarts({ ...tenThousand, trafficPattern: 'spiky', provisionedConcurrency: 20 });
  });
});

describe('concurrency calculator', () => {
  bench('all presets', () => {
    for (const preset of CONCURRENCY_PRESETS) calculateConcurrency(preset.inputs);
  });
});

describe('edge chooser', () => {
  bench('all presets', () => {
    for (const preset of EDGE_PRESETS) chooseEdgeCompute(preset.inputs);
  });
});
