/** Findings of a cold-start run, each tied to the checklist item or facts it rests on. */
import type { ColdStartInputs } from './cold-start-model';
import type { ColdStartSummary } from './cold-start-summary';
import { formatNumber } from './lab-fields';
import { sortFindings } from './lab-findings';
import type { Finding } from './lab-types';

/** Beyond this package size (MB) the lab raises the large-package warning; a lab threshold, not an AWS limit. */
export const LARGE_PACKAGE_MB = 50;
/** Init work (ms) from which the lab suggests trimming it. */
const HEAVY_INIT_MS = 1000;

type Check = (inputs: ColdStartInputs, summary: ColdStartSummary) => Finding | undefined;

/** "1 cold start", "6 cold starts". */
const count = (n: number, one: string, many: string): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

const snapStartNotEnabled: Check = (inputs, summary) => {
  const jvm = inputs.runtime === 'java' || inputs.runtime === 'kotlin';
  const capable = jvm || inputs.runtime === 'python' || inputs.runtime === 'dotnet';
  if (!capable || inputs.snapStart || inputs.provisionedConcurrency > 0 || summary.coldStarts === 0)
    return undefined;
  return {
    id: 'snapstart-not-enabled',
    severity: 'suggestion',
    title: 'SnapStart could replace these inits with restores',
    detail:
      'This runtime supports SnapStart: the initialized environment is snapshotted when a version is published and restored on a cold start.',
    facts: [
      ...(jvm ? ['checklist.java-no-snapstart'] : []),
      'cold-starts.mitigation-snapstart',
      'key-concepts.snapstart',
    ],
  };
};

const largePackage: Check = (inputs) =>
  inputs.snapStart || inputs.packageSizeMb <= LARGE_PACKAGE_MB
    ? undefined
    : {
        id: 'large-package',
        severity: 'warning',
        title: `A ${formatNumber(inputs.packageSizeMb)} MB package slows every cold start`,
        detail:
          'Less code to load means a faster init: trim dependencies or move shared ones out of the hot path.',
        facts: ['checklist.large-package', 'cold-starts.mitigation-smaller-package'],
      };

const heavyInit: Check = (inputs, summary) =>
  inputs.snapStart || inputs.initWorkMs < HEAVY_INIT_MS || summary.coldStarts === 0
    ? undefined
    : {
        id: 'heavy-init',
        severity: 'suggestion',
        title: `${formatNumber(inputs.initWorkMs)} ms of init work on every cold start`,
        detail: 'Keep module-level work to what every invocation reuses; load the rest lazily.',
        facts: ['cold-starts.mitigation-minimize-init'],
      };

const coldStartsReachUsers: Check = (inputs, summary) => {
  if (summary.coldStarts === 0) return undefined;
  return inputs.provisionedConcurrency === 0
    ? {
        id: 'cold-starts-reach-users',
        severity: 'warning',
        title: `${count(summary.coldStarts, 'cold start', 'cold starts')}: users feel them if this is a user-facing API`,
        detail:
          'Provisioned concurrency keeps environments initialized so requests do not wait for an init.',
        facts: [
          'checklist.cold-starts-user-facing',
          'cold-starts.mitigation-provisioned-concurrency',
        ],
      }
    : {
        id: 'provisioned-spill',
        severity: 'suggestion',
        title: `Every provisioned environment was busy ${count(summary.coldStarts, 'time', 'times')}`,
        detail: 'Those requests went to new on-demand environments and started cold.',
        facts: ['concurrency.provisioned', 'cold-starts.cause-burst'],
      };
};

const idleRecycled: Check = (_inputs, summary) => {
  const recycled = summary.coldStartsByCause['idle-recycled'];
  if (recycled === 0) return undefined;
  return {
    id: 'idle-recycled',
    severity: 'suggestion',
    title: `${count(recycled, 'cold start', 'cold starts')} after idle environments were recycled`,
    detail:
      'Scheduled "keep warm" pings are not recommended (unreliable and wasteful); provisioned concurrency is the dependable fix.',
    facts: [
      'cold-starts.cause-idle-recycled',
      'cold-starts.mitigation-keep-warm',
      'cold-starts.mitigation-provisioned-concurrency',
    ],
  };
};

const provisionedIdle: Check = (_inputs, summary) => {
  if (summary.provisionedEnvironments === 0 || summary.provisionedUtilization >= 0.2)
    return undefined;
  const idlePercent = formatNumber(Math.round((1 - summary.provisionedUtilization) * 100));
  return {
    id: 'provisioned-idle',
    severity: 'suggestion',
    title: `Provisioned environments idle ${idlePercent}% of the time`,
    detail: `${formatNumber(Math.round(summary.idleProvisionedEnvironmentHours * 100) / 100)} idle environment-hours, billed all the same.`,
    facts: ['concurrency.provisioned'],
  };
};

const CHECKS: readonly Check[] = [
  snapStartNotEnabled,
  largePackage,
  heavyInit,
  coldStartsReachUsers,
  idleRecycled,
  provisionedIdle,
];

/**
 * Findings for a run.
 * @returns findings sorted critical → warning → suggestion
 */
export function findColdStartIssues(inputs: ColdStartInputs, summary: ColdStartSummary): Finding[] {
  return sortFindings(CHECKS.flatMap((check) => check(inputs, summary) ?? []));
}
