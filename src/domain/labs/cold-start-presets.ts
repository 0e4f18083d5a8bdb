/** Classic cold-start scenarios for the timeline lab. */
import { DEFAULT_COLD_START_INPUTS, type ColdStartInputs } from './cold-start-model';
import type { LabPreset } from './lab-types';

export type ColdStartPresetId =
  | 'java-api'
  | 'java-snapstart'
  | 'provisioned-steady'
  | 'burst-after-idle'
  | 'spiky-nodejs'
  | 'daily-curve-container'
  | 'large-python-package';

const base = DEFAULT_COLD_START_INPUTS;
const javaApi: ColdStartInputs = {
  ...base,
  runtime: 'java',
  packageSizeMb: 40,
  initWorkMs: 800,
  requestsPerSecond: 5,
  averageHandlerMs: 80,
};

export const COLD_START_PRESETS = [
  {
    id: 'java-api',
    title: 'A Java API, no mitigation',
    description:
      'JVM start plus 800 ms of init: the first requests and every scale-out wait well over a second.',
    inputs: javaApi,
  },
  {
    id: 'java-snapstart',
    title: 'The same Java API with SnapStart',
    description:
      'SnapStart restores a snapshot instead of running init: cold starts shrink to a short restore.',
    inputs: { ...javaApi, snapStart: true },
  },
  {
    id: 'provisioned-steady',
    title: 'Provisioned concurrency for a steady API',
    description:
      'Eight provisioned environments for 5 requests/s × 100 ms (0.5 concurrent on average, headroom for bursts): no cold starts, but idle hours are billed.',
    inputs: { ...base, provisionedConcurrency: 8 },
  },
  {
    id: 'burst-after-idle',
    title: 'A burst after a quiet hour',
    description:
      'Half an hour of silence recycles every environment; the burst that follows starts cold.',
    inputs: {
      ...base,
      runtime: 'python',
      trafficPattern: 'burst-after-idle',
      requestsPerSecond: 2,
      averageHandlerMs: 200,
      durationMinutes: 60,
    },
  },
  {
    id: 'spiky-nodejs',
    title: 'Spiky traffic on Node.js',
    description:
      'Each spike needs more environments than the quiet periods keep warm: cold starts cluster at spike starts.',
    inputs: { ...base, trafficPattern: 'spiky', requestsPerSecond: 10, averageHandlerMs: 300 },
  },
  {
    id: 'daily-curve-container',
    title: 'A container image over a day',
    description:
      'A 500 MB image over a compressed day: environments added at the peak start slowly and are recycled at night.',
    inputs: {
      ...base,
      runtime: 'custom-container',
      packageSizeMb: 500,
      trafficPattern: 'daily-curve',
      requestsPerSecond: 0.5,
      averageHandlerMs: 1500,
      durationMinutes: 1440,
    },
  },
  {
    id: 'large-python-package',
    title: 'A large Python package',
    description: 'A 200 MB package (pandas, numpy) adds load time to every cold start.',
    inputs: {
      ...base,
      runtime: 'python',
      packageSizeMb: 200,
      initWorkMs: 400,
      trafficPattern: 'spiky',
    },
  },
] as const satisfies readonly (LabPreset<ColdStartInputs> & { id: ColdStartPresetId })[];
