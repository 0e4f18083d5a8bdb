/**
 * The limits the edge chooser decides on, each with where it comes from: a cell of the
 * document's comparison table (`edge.comparison`) or an AWS documentation page where the
 * fact-check refines it.
 */
import type { EdgeRequirements, TriggerPoint } from './edge-requirements';

export type EdgeOption = 'cloudfront-functions' | 'lambda-at-edge';
export type EdgeChoice = EdgeOption | 'regional';
export type EdgeColumn =
  | 'runtime'
  | 'maxExecution'
  | 'maxMemory'
  | 'location'
  | 'triggerPoints'
  | 'cost'
  | 'state'
  | 'deploymentRegion';

export type ReasonSource =
  | Readonly<{ kind: 'table-cell'; table: 'edge.comparison'; row: EdgeOption; column: EdgeColumn }>
  | Readonly<{ kind: 'fact'; id: string }>
  | Readonly<{ kind: 'aws-docs'; url: string; says: string }>;

export type EdgeReason = Readonly<{
  option: EdgeChoice;
  effect: 'rules-out' | 'fits' | 'favours' | 'note';
  /** The requirement the reason is about; null for general notes. */
  requirement: keyof EdgeRequirements | null;
  message: string;
  sources: readonly ReasonSource[];
}>;

const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/';
export const EDGE_DOCS = {
  choosing: `${CF}edge-functions-choosing.html`,
  edgeFunctions: `${CF}edge-functions.html`,
  cfRestrictions: `${CF}cloudfront-function-restrictions.html`,
  cfRuntime: `${CF}functions-javascript-runtime-features.html`,
  edgeRestrictions: `${CF}lambda-at-edge-function-restrictions.html`,
  includeBody: `${CF}lambda-include-body-access.html`,
  triggerEvents: `${CF}lambda-cloudfront-trigger-events.html`,
  lambdaQuotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
} as const;

export const cell = (row: EdgeOption, column: EdgeColumn): ReasonSource => ({
  kind: 'table-cell',
  table: 'edge.comparison',
  row,
  column,
});
export const docs = (url: string, says: string): ReasonSource => ({ kind: 'aws-docs', url, says });

export const isViewerTrigger = (trigger: TriggerPoint): boolean =>
  trigger === 'viewer-request' || trigger === 'viewer-response';
export const isRequestTrigger = (trigger: TriggerPoint): boolean =>
  trigger === 'viewer-request' || trigger === 'origin-request';

/** CloudFront Functions: document figures, refined by the fact-check. */
export const CLOUDFRONT_FUNCTIONS_LIMITS = {
  /** Document: 1 ms; AWS: "sub-millisecond", enforced as a compute-utilization score. */
  maxExecutionMs: 1,
  maxMemoryMb: 2,
  triggers: ['viewer-request', 'viewer-response'],
} as const;

/** Lambda@Edge: 5 s / 128 MB on viewer triggers, 30 s / 10,240 MB on origin triggers. */
export const LAMBDA_AT_EDGE_LIMITS = {
  viewer: { maxExecutionMs: 5_000, maxMemoryMb: 128 },
  origin: { maxExecutionMs: 30_000, maxMemoryMb: 10_240 },
} as const;

/** A regional function: 15-minute timeout, 10,240 MB memory. */
export const REGIONAL_LIMITS = { maxExecutionMs: 900_000, maxMemoryMb: 10_240 } as const;
