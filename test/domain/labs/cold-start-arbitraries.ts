/** Valid, small cold-start setups (at most a few thousand requests) for property tests. */
import fc from 'fast-check';
import {
  COLD_START_FIELDS as f,
  type ColdStartInputs,
} from '../../../src/domain/labs/cold-start-model';
import { getRuntimeProfile, RUNTIMES } from '../../../src/domain/labs/cold-start-runtimes';
import { TRAFFIC_PATTERNS } from '../../../src/domain/labs/cold-start-traffic';
import { arbitraryField } from './lab-arbitraries';

export const arbitraryColdStartInputs: fc.Arbitrary<ColdStartInputs> = fc
  .record({
    runtime: fc.constantFrom(...RUNTIMES),
    packageSizeMb: arbitraryField(f.packageSizeMb, 300),
    initWorkMs: arbitraryField(f.initWorkMs, 2000),
    provisionedConcurrency: fc.integer({ min: 0, max: 8 }),
    snapStart: fc.boolean(),
    idleMinutesBeforeRecycle: arbitraryField(f.idleMinutesBeforeRecycle, 20),
    trafficPattern: fc.constantFrom(...TRAFFIC_PATTERNS),
    requestsPerSecond: arbitraryField(f.requestsPerSecond, 5),
    averageHandlerMs: arbitraryField(f.averageHandlerMs, 3000),
    durationMinutes: arbitraryField(f.durationMinutes, 10),
    seed: fc.nat(),
  })
  .map((inputs) => {
    const snapStart =
      inputs.snapStart &&
      getRuntimeProfile(inputs.runtime).snapStart.kind === 'supported' &&
      inputs.provisionedConcurrency === 0;
    return { ...inputs, snapStart };
  });
