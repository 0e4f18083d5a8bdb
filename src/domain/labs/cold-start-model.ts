/**
 * Inputs of the cold-start simulation: bounds, defaults, SnapStart eligibility
 * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) and the request budget.
 */
import { formatNumber, validateNumberFields } from './lab-fields';
import type { FieldError, NumberFieldSpec } from './lab-types';
import type { TrafficPattern } from './cold-start-traffic';
import { getRuntimeProfile, type Runtime } from './cold-start-runtimes';

/** The simulation stops generating requests beyond this count. */
export const MAX_SIMULATED_REQUESTS = 50_000;

export type ColdStartInputs = Readonly<{
  runtime: Runtime;
  packageSizeMb: number;
  /** Work done outside the handler (imports, clients, config) on every cold start. */
  initWorkMs: number;
  provisionedConcurrency: number;
  snapStart: boolean;
  /** How long an on-demand environment stays warm without a request (model assumption). */
  idleMinutesBeforeRecycle: number;
  trafficPattern: TrafficPattern;
  /** Average arrival rate over the whole simulation. */
  requestsPerSecond: number;
  averageHandlerMs: number;
  durationMinutes: number;
  seed: number;
}>;

export type ColdStartNumberField = Exclude<
  keyof ColdStartInputs,
  'runtime' | 'snapStart' | 'trafficPattern'
>;
export type ColdStartField = ColdStartNumberField | 'snapStart';

export const COLD_START_FIELDS: Readonly<Record<ColdStartNumberField, NumberFieldSpec>> = {
  packageSizeMb: {
    label: 'Package size',
    unit: 'MB',
    min: 0,
    max: 10_240,
    step: 1,
    integer: false,
  },
  initWorkMs: { label: 'Init work', unit: 'ms', min: 0, max: 10_000, step: 10, integer: false },
  provisionedConcurrency: {
    label: 'Provisioned concurrency',
    unit: 'count',
    min: 0,
    max: 200,
    step: 1,
    integer: true,
  },
  idleMinutesBeforeRecycle: {
    label: 'Idle time before recycling',
    unit: 'min',
    min: 1,
    max: 120,
    step: 1,
    integer: false,
  },
  requestsPerSecond: {
    label: 'Average requests per second',
    unit: 'req/s',
    min: 0.01,
    max: 500,
    step: 0.1,
    integer: false,
  },
  averageHandlerMs: {
    label: 'Average handler time',
    unit: 'ms',
    min: 1,
    max: 60_000,
    step: 1,
    integer: false,
  },
  durationMinutes: {
    label: 'Simulated duration',
    unit: 'min',
    min: 1,
    max: 1440,
    step: 1,
    integer: false,
  },
  seed: { label: 'Seed', unit: 'count', min: 0, max: 4_294_967_295, step: 1, integer: true },
};

export const DEFAULT_COLD_START_INPUTS: ColdStartInputs = {
  runtime: 'nodejs',
  packageSizeMb: 5,
  initWorkMs: 100,
  provisionedConcurrency: 0,
  snapStart: false,
  idleMinutesBeforeRecycle: 10,
  trafficPattern: 'steady',
  requestsPerSecond: 5,
  averageHandlerMs: 100,
  durationMinutes: 30,
  seed: 1,
};

/**
 * Checks bounds, SnapStart eligibility and the request budget.
 * @returns one error per offending field (empty when the simulation can run)
 */
export function validateColdStartInputs(inputs: ColdStartInputs): FieldError<ColdStartField>[] {
  const errors: FieldError<ColdStartField>[] = validateNumberFields(COLD_START_FIELDS, inputs);
  const snap = getRuntimeProfile(inputs.runtime).snapStart;
  if (inputs.snapStart && snap.kind === 'unsupported') {
    errors.push({ field: 'snapStart', kind: 'conflict', message: snap.reason });
  } else if (inputs.snapStart && inputs.provisionedConcurrency > 0) {
    errors.push({
      field: 'snapStart',
      kind: 'conflict',
      message: "SnapStart can't be combined with provisioned concurrency: choose one.",
    });
  }
  const expected = inputs.requestsPerSecond * inputs.durationMinutes * 60;
  if (errors.length === 0 && expected > MAX_SIMULATED_REQUESTS) {
    errors.push({
      field: 'requestsPerSecond',
      kind: 'conflict',
      message: `This setup means about ${formatNumber(Math.round(expected))} requests; the lab simulates at most ${formatNumber(MAX_SIMULATED_REQUESTS)}. Lower the rate or the duration.`,
    });
  }
  return errors;
}
