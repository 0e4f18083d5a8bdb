/**
 * The Lambda@Edge vs CloudFront Functions chooser. The cheapest option that meets every
 * requirement wins, in the order CloudFront Functions → Lambda@Edge → a regional function
 * behind the origin, and every reason names the table cell or AWS page it rests on.
 */
import { formatNumber } from './lab-fields';
import {
  cell,
  CLOUDFRONT_FUNCTIONS_LIMITS as CFF,
  docs,
  EDGE_DOCS,
  isRequestTrigger,
  isViewerTrigger,
  LAMBDA_AT_EDGE_LIMITS,
  REGIONAL_LIMITS,
  type EdgeChoice,
  type EdgeReason,
  type ReasonSource,
} from './edge-limits';
import { explainEdgeFit, noteEdgeChoice } from './edge-explanations';
import type { EdgeRequirements } from './edge-requirements';

export type OptionVerdict = Readonly<{
  option: EdgeChoice;
  fits: boolean;
  blockers: readonly EdgeReason[];
}>;

export type EdgeRecommendation = Readonly<{
  choice: EdgeChoice;
  headline: string;
  /** Why each cheaper option was ruled out, then why the choice fits. */
  reasons: readonly EdgeReason[];
  /** Every option with what rules it out. */
  verdicts: readonly OptionVerdict[];
  /** Deployment and cost remarks about the choice. */
  notes: readonly EdgeReason[];
  facts: readonly string[];
}>;

/** In order of cost: the first that fits wins. */
export const EDGE_CHOICES: readonly EdgeChoice[] = [
  'cloudfront-functions',
  'lambda-at-edge',
  'regional',
];

const HEADLINES: Readonly<Record<EdgeChoice, string>> = {
  'cloudfront-functions': 'CloudFront Functions',
  'lambda-at-edge': 'Lambda@Edge',
  regional: 'Neither: a regional Lambda function behind the origin',
};

const ms = (n: number): string => `${formatNumber(n)} ms`;
const mb = (n: number): string => `${formatNumber(n)} MB`;
const noNetworkNoBody = docs(
  EDGE_DOCS.choosing,
  'No network access, no file system, no request body.',
);

/** One way an option can be ruled out: when `applies`, the option cannot meet the requirement. */
type Rule = Readonly<{
  requirement: keyof EdgeRequirements;
  applies: (r: EdgeRequirements) => boolean;
  message: (r: EdgeRequirements) => string;
  sources: readonly ReasonSource[];
}>;

const edgeLimits = (r: EdgeRequirements) =>
  isViewerTrigger(r.triggerPoint)
    ? { side: 'viewer', ...LAMBDA_AT_EDGE_LIMITS.viewer }
    : { side: 'origin', ...LAMBDA_AT_EDGE_LIMITS.origin };

const CLOUDFRONT_FUNCTIONS_RULES: readonly Rule[] = [
  {
    requirement: 'language',
    applies: (r) => r.language !== 'javascript',
    message: () => 'CloudFront Functions run JavaScript only.',
    sources: [
      cell('cloudfront-functions', 'runtime'),
      docs(
        EDGE_DOCS.cfRuntime,
        'ECMAScript 5.1 plus selected ES6–12 features; runtime 2.0 is recommended.',
      ),
    ],
  },
  {
    requirement: 'needsNetworkCalls',
    applies: (r) => r.needsNetworkCalls,
    message: () => 'CloudFront Functions cannot make network calls.',
    sources: [noNetworkNoBody],
  },
  {
    requirement: 'needsRequestBody',
    applies: (r) => r.needsRequestBody,
    message: () => 'CloudFront Functions cannot read the request body.',
    sources: [noNetworkNoBody],
  },
  {
    requirement: 'executionTimeMs',
    applies: (r) => r.executionTimeMs > CFF.maxExecutionMs,
    message: (r) =>
      `${ms(r.executionTimeMs)} is beyond CloudFront Functions' ${ms(CFF.maxExecutionMs)}.`,
    sources: [
      cell('cloudfront-functions', 'maxExecution'),
      docs(
        EDGE_DOCS.cfRestrictions,
        'Sub-millisecond, enforced as a compute-utilization score (0–100).',
      ),
    ],
  },
  {
    requirement: 'memoryMb',
    applies: (r) => r.memoryMb > CFF.maxMemoryMb,
    message: (r) => `${mb(r.memoryMb)} is beyond CloudFront Functions' ${mb(CFF.maxMemoryMb)}.`,
    sources: [cell('cloudfront-functions', 'maxMemory')],
  },
  {
    requirement: 'triggerPoint',
    applies: (r) => !isViewerTrigger(r.triggerPoint),
    message: (r) =>
      `CloudFront Functions run on viewer request and viewer response only, not ${r.triggerPoint}.`,
    sources: [cell('cloudfront-functions', 'triggerPoints')],
  },
];

const LAMBDA_AT_EDGE_RULES: readonly Rule[] = [
  {
    requirement: 'language',
    applies: (r) => r.language === 'other',
    message: () => 'Lambda@Edge runs Node.js or Python only.',
    sources: [cell('lambda-at-edge', 'runtime')],
  },
  {
    requirement: 'executionTimeMs',
    applies: (r) => r.executionTimeMs > edgeLimits(r).maxExecutionMs,
    message: (r) =>
      `${ms(r.executionTimeMs)} is beyond Lambda@Edge's ${ms(edgeLimits(r).maxExecutionMs)} on ${edgeLimits(r).side} triggers.`,
    sources: [cell('lambda-at-edge', 'maxExecution')],
  },
  {
    requirement: 'memoryMb',
    applies: (r) => r.memoryMb > edgeLimits(r).maxMemoryMb,
    message: (r) =>
      `${mb(r.memoryMb)} is beyond Lambda@Edge's ${mb(edgeLimits(r).maxMemoryMb)} on ${edgeLimits(r).side} triggers.`,
    sources: [
      cell('lambda-at-edge', 'maxMemory'),
      docs(EDGE_DOCS.choosing, 'Viewer triggers: 128 MB; origin triggers: up to 10,240 MB.'),
    ],
  },
  {
    requirement: 'needsRequestBody',
    applies: (r) => r.needsRequestBody && !isRequestTrigger(r.triggerPoint),
    message: () =>
      'Lambda@Edge sees the request body only on viewer-request and origin-request triggers.',
    sources: [
      docs(
        EDGE_DOCS.includeBody,
        'The "include body" option applies to viewer request and origin request events.',
      ),
    ],
  },
];

const regionalQuotas = docs(
  EDGE_DOCS.lambdaQuotas,
  'Timeout up to 900 seconds (15 minutes); memory 128–10,240 MB.',
);

const REGIONAL_RULES: readonly Rule[] = [
  {
    requirement: 'executionTimeMs',
    applies: (r) => r.executionTimeMs > REGIONAL_LIMITS.maxExecutionMs,
    message: () => 'Beyond 15 minutes: use Step Functions with Fargate or ECS tasks.',
    sources: [{ kind: 'fact', id: 'key-concepts.max-timeout' }, regionalQuotas],
  },
  {
    requirement: 'memoryMb',
    applies: (r) => r.memoryMb > REGIONAL_LIMITS.maxMemoryMb,
    message: () => 'Beyond 10,240 MB, the Lambda maximum.',
    sources: [regionalQuotas],
  },
];

const RULES: Readonly<Record<EdgeChoice, readonly Rule[]>> = {
  'cloudfront-functions': CLOUDFRONT_FUNCTIONS_RULES,
  'lambda-at-edge': LAMBDA_AT_EDGE_RULES,
  regional: REGIONAL_RULES,
};

function judgeOption(option: EdgeChoice, r: EdgeRequirements): OptionVerdict {
  const blockers = RULES[option]
    .filter((rule) => rule.applies(r))
    .map((rule): EdgeReason => ({
      option,
      effect: 'rules-out',
      requirement: rule.requirement,
      message: rule.message(r),
      sources: rule.sources,
    }));
  return { option, fits: blockers.length === 0, blockers };
}

/**
 * Lists what rules each option out.
 * @param requirements the form's answers (times in ms, memory in MB)
 */
export function judgeEdgeOptions(requirements: EdgeRequirements): OptionVerdict[] {
  return EDGE_CHOICES.map((option) => judgeOption(option, requirements));
}

/**
 * Recommends CloudFront Functions, Lambda@Edge or a regional function.
 * @param requirements the form's answers (times in ms, memory in MB)
 * @returns the choice with deciding reasons, per-option verdicts and notes, each tied to its source
 */
export function chooseEdgeCompute(requirements: EdgeRequirements): EdgeRecommendation {
  const verdicts = judgeEdgeOptions(requirements);
  // Nothing fits only for inputs beyond the form's bounds: fall back to regional and show every blocker.
  const fitIndex = verdicts.findIndex((v) => v.fits);
  const choice = fitIndex === -1 ? 'regional' : (verdicts[fitIndex]?.option ?? 'regional');
  const ruledOut = verdicts
    .slice(0, fitIndex === -1 ? verdicts.length : fitIndex)
    .flatMap((v) => v.blockers);
  const reasons = [...ruledOut, ...explainEdgeFit(choice, requirements)];
  const notes = noteEdgeChoice(choice, requirements);
  const factIds = [...reasons, ...notes]
    .flatMap((r) => r.sources)
    .flatMap((s) => (s.kind === 'fact' ? [s.id] : []));
  return {
    choice,
    headline: HEADLINES[choice],
    reasons,
    verdicts,
    notes,
    facts: [...new Set(['edge.comparison', ...factIds])],
  };
}
