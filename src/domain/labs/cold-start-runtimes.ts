/**
 * Runtime figures for the cold-start simulation, in one table. The ranges are the study
 * document's (§3, "approximate"); no AWS page gives per-runtime ranges, so views must
 * label them "typical, approximate". SnapStart support per
 * https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html: Java 11+, Python 3.12+ and
 * .NET 8+ managed runtimes; not OS-only runtimes, not container images, not together with
 * provisioned concurrency.
 */
import type { Fact } from '../../../content/schema';
import { coldStartFacts } from '../../../content/topics/cold-starts';
import type { ColdStartInputs } from './cold-start-model';

export const RUNTIMES = [
  'java',
  'dotnet',
  'kotlin',
  'python',
  'nodejs',
  'go',
  'ruby',
  'custom-container',
] as const;
export type Runtime = (typeof RUNTIMES)[number];

export type Range = Readonly<{ min: number; max: number }>;

export type SnapStartSupport =
  | Readonly<{ kind: 'supported'; versions: string }>
  | Readonly<{ kind: 'unsupported'; reason: string }>;

export type RuntimeProfile = Readonly<{
  runtime: Runtime;
  label: string;
  /** Cold-start duration before package size and init code are added (ms). */
  coldStartMs: Range;
  /** `document`: the study document's range; `assumed`: the document only says "varies". */
  figure: 'document' | 'assumed';
  snapStart: SnapStartSupport;
  facts: readonly string[];
}>;

export const COLD_START_FIGURES_LABEL = 'typical, approximate';

const jvm = ['cold-starts.runtime-jvm'] as const;
const light = ['cold-starts.runtime-light'] as const;

/** The range a content fact gives for a cold start, so the lab never disagrees with Learn. */
function rangeFromContent(id: string): Range {
  const fact = (coldStartFacts as readonly Fact[]).find((f): boolean => f.id === id);
  if (fact?.kind !== 'estimate' || fact.value.kind !== 'range' || fact.value.unit !== 'ms')
    throw new Error(`Content fact ${id} must estimate a cold-start range in ms`);
  return { min: fact.value.min, max: fact.value.max };
}

const JVM_MS = rangeFromContent(jvm[0]);
const LIGHT_MS = rangeFromContent(light[0]);
const noSnapStart = (runtime: string): SnapStartSupport => ({
  kind: 'unsupported',
  reason: `SnapStart isn't available for ${runtime}: AWS supports it on the Java 11+, Python 3.12+ and .NET 8+ managed runtimes only.`,
});

/** One row per runtime; the only place the simulation takes runtime figures from. */
export const RUNTIME_PROFILES = [
  {
    runtime: 'java',
    label: 'Java',
    coldStartMs: JVM_MS,
    figure: 'document',
    snapStart: { kind: 'supported', versions: 'Java 11 and later' },
    facts: jvm,
  },
  {
    runtime: 'dotnet',
    label: '.NET',
    coldStartMs: JVM_MS,
    figure: 'document',
    snapStart: { kind: 'supported', versions: '.NET 8 and later' },
    facts: jvm,
  },
  {
    runtime: 'kotlin',
    label: 'Kotlin (on the Java runtime)',
    coldStartMs: JVM_MS,
    figure: 'document',
    snapStart: { kind: 'supported', versions: 'Java 11 and later managed runtimes' },
    facts: jvm,
  },
  {
    runtime: 'python',
    label: 'Python',
    coldStartMs: LIGHT_MS,
    figure: 'document',
    snapStart: { kind: 'supported', versions: 'Python 3.12 and later' },
    facts: light,
  },
  {
    runtime: 'nodejs',
    label: 'Node.js',
    coldStartMs: LIGHT_MS,
    figure: 'document',
    snapStart: noSnapStart('Node.js'),
    facts: light,
  },
  {
    runtime: 'go',
    label: 'Go (OS-only runtime)',
    coldStartMs: LIGHT_MS,
    figure: 'document',
    snapStart: noSnapStart('OS-only runtimes such as Go'),
    facts: light,
  },
  {
    runtime: 'ruby',
    label: 'Ruby',
    coldStartMs: LIGHT_MS,
    figure: 'document',
    snapStart: noSnapStart('Ruby'),
    facts: light,
  },
  {
    runtime: 'custom-container',
    label: 'Custom container image',
    coldStartMs: { min: 300, max: 3000 },
    figure: 'assumed',
    snapStart: noSnapStart('container images'),
    facts: ['cold-starts.runtime-container'],
  },
] as const satisfies readonly RuntimeProfile[];

/** A SnapStart restore replaces init; the document says sub-100 ms (AWS: "as low as sub-second"). */
export const SNAPSTART_RESTORE_MS: Range = { min: 50, max: 100 };
/** Model assumption, not an AWS figure: each MB of package adds this much to init. */
export const PACKAGE_MS_PER_MB = 1;

/**
 * Looks up a runtime's figures.
 * @param runtime one of `RUNTIMES`
 */
export function getRuntimeProfile(runtime: Runtime): RuntimeProfile {
  return RUNTIME_PROFILES.find((p) => p.runtime === runtime) ?? RUNTIME_PROFILES[0];
}

export type StartupFigures = Readonly<{
  label: typeof COLD_START_FIGURES_LABEL;
  runtime: RuntimeProfile;
  startup: 'init' | 'restore';
  /** Range of a cold start in this setup, package size and init work included (ms). */
  startupMs: Range;
  facts: readonly string[];
}>;
/**
 * Describes what a cold start costs in this setup.
 * @param inputs the simulation setup
 */
export function describeStartup(inputs: ColdStartInputs): StartupFigures {
  const runtime = getRuntimeProfile(inputs.runtime);
  if (inputs.snapStart) {
    return {
      label: COLD_START_FIGURES_LABEL,
      runtime,
      startup: 'restore',
      startupMs: SNAPSTART_RESTORE_MS,
      facts: ['cold-starts.mitigation-snapstart', 'key-concepts.snapstart', ...runtime.facts],
    };
  }
  const extra = inputs.packageSizeMb * PACKAGE_MS_PER_MB + inputs.initWorkMs;
  const facts = [...runtime.facts];
  if (inputs.packageSizeMb > 0) facts.push('cold-starts.mitigation-smaller-package');
  if (inputs.initWorkMs > 0) facts.push('cold-starts.mitigation-minimize-init');
  return {
    label: COLD_START_FIGURES_LABEL,
    runtime,
    startup: 'init',
    startupMs: { min: runtime.coldStartMs.min + extra, max: runtime.coldStartMs.max + extra },
    facts,
  };
}
