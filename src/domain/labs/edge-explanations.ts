/**
 * Why the chosen option fits, and what to know when deploying it: the positive half of
 * the edge chooser's explanation (the blockers live in `edge-chooser.ts`).
 */
import { assertNever } from '../lib/assert-never';
import { formatNumber } from './lab-fields';
import {
  cell,
  docs,
  EDGE_DOCS,
  isViewerTrigger,
  LAMBDA_AT_EDGE_LIMITS,
  type EdgeChoice,
  type EdgeReason,
} from './edge-limits';
import type { EdgeRequirements } from './edge-requirements';

const reason = (
  option: EdgeChoice,
  effect: EdgeReason['effect'],
  requirement: EdgeReason['requirement'],
  message: string,
  sources: EdgeReason['sources'],
): EdgeReason => ({ option, effect, requirement, message, sources });

const regionalQuotas = docs(
  EDGE_DOCS.lambdaQuotas,
  'Timeout up to 900 seconds (15 minutes); memory 128–10,240 MB.',
);

function explainCloudFrontFunctions(r: EdgeRequirements): EdgeReason[] {
  const out = [
    reason(
      'cloudfront-functions',
      'fits',
      null,
      'A lightweight transformation at the viewer: what CloudFront Functions are for.',
      [{ kind: 'fact', id: 'edge.use-cloudfront-functions' }],
    ),
    reason(
      'cloudfront-functions',
      'favours',
      'costSensitive',
      'Cheaper than Lambda@Edge: billed per request, with no duration charge.',
      [cell('cloudfront-functions', 'cost')],
    ),
  ];
  if (r.requestVolume === 'high') {
    out.push(
      reason(
        'cloudfront-functions',
        'favours',
        'requestVolume',
        'Built for high volume: sub-millisecond startup, scaling to millions of requests per second.',
        [
          docs(
            EDGE_DOCS.edgeFunctions,
            'Submillisecond startup times; scales immediately to millions of requests per second.',
          ),
        ],
      ),
    );
  }
  return out;
}

function explainLambdaAtEdge(r: EdgeRequirements): EdgeReason[] {
  const viewer = isViewerTrigger(r.triggerPoint);
  const limits = viewer ? LAMBDA_AT_EDGE_LIMITS.viewer : LAMBDA_AT_EDGE_LIMITS.origin;
  const out = [
    reason(
      'lambda-at-edge',
      'fits',
      'executionTimeMs',
      `${formatNumber(r.executionTimeMs)} ms and ${formatNumber(r.memoryMb)} MB fit Lambda@Edge on ${viewer ? 'viewer' : 'origin'} triggers (up to ${formatNumber(limits.maxExecutionMs)} ms and ${formatNumber(limits.maxMemoryMb)} MB).`,
      [cell('lambda-at-edge', 'maxExecution'), cell('lambda-at-edge', 'maxMemory')],
    ),
    reason(
      'lambda-at-edge',
      'fits',
      'triggerPoint',
      `Lambda@Edge runs on all four triggers, ${r.triggerPoint} included.`,
      [cell('lambda-at-edge', 'triggerPoints')],
    ),
    reason(
      'lambda-at-edge',
      'favours',
      null,
      'Richer logic (auth, A/B testing, geo-routing, dynamic origin selection) is what Lambda@Edge is for.',
      [{ kind: 'fact', id: 'edge.use-lambda-at-edge' }],
    ),
  ];
  if (r.needsNetworkCalls) {
    out.push(
      reason(
        'lambda-at-edge',
        'fits',
        'needsNetworkCalls',
        'Lambda@Edge can call other services over the network.',
        [docs(EDGE_DOCS.choosing, 'Lambda@Edge functions can access the network.')],
      ),
    );
  }
  return out;
}

/**
 * Reasons the chosen option fits the requirements.
 * @param choice the recommended option
 */
export function explainEdgeFit(choice: EdgeChoice, r: EdgeRequirements): EdgeReason[] {
  switch (choice) {
    case 'cloudfront-functions':
      return explainCloudFrontFunctions(r);
    case 'lambda-at-edge':
      return explainLambdaAtEdge(r);
    case 'regional':
      return [
        reason(
          'regional',
          'fits',
          null,
          'A regional function takes any Lambda runtime or a container image, up to 15 minutes and 10,240 MB.',
          [{ kind: 'fact', id: 'key-concepts.max-timeout' }, regionalQuotas],
        ),
      ];
    default:
      return assertNever(choice);
  }
}

function noteLambdaAtEdge(r: EdgeRequirements): EdgeReason[] {
  const out = [
    reason(
      'lambda-at-edge',
      'note',
      null,
      'Create it in us-east-1 and associate a numbered version (not $LATEST or an alias); CloudFront replicates it to the edge.',
      [
        cell('lambda-at-edge', 'deploymentRegion'),
        docs(
          EDGE_DOCS.edgeRestrictions,
          'Lambda@Edge functions are created in US East (N. Virginia) and referenced by a numbered version.',
        ),
      ],
    ),
    reason('lambda-at-edge', 'note', 'costSensitive', 'Billed per request and for duration.', [
      cell('lambda-at-edge', 'cost'),
    ]),
  ];
  if (isViewerTrigger(r.triggerPoint) && (r.costSensitive || r.requestVolume === 'high')) {
    out.push(
      reason(
        'lambda-at-edge',
        'note',
        'triggerPoint',
        'A viewer trigger runs on every request; origin triggers run only when CloudFront goes to the origin (cache misses). Move work there if its result can be cached.',
        [
          docs(
            EDGE_DOCS.triggerEvents,
            'Origin request runs only when CloudFront forwards a request to the origin; not when the object is in the cache.',
          ),
        ],
      ),
    );
  }
  return out;
}

/**
 * Deployment and cost remarks for the chosen option.
 * @param choice the recommended option
 */
export function noteEdgeChoice(choice: EdgeChoice, r: EdgeRequirements): EdgeReason[] {
  switch (choice) {
    case 'cloudfront-functions':
      return [
        reason(
          'cloudfront-functions',
          'note',
          null,
          'Built, tested and deployed inside CloudFront; no Region to pick.',
          [cell('cloudfront-functions', 'deploymentRegion')],
        ),
      ];
    case 'lambda-at-edge':
      return noteLambdaAtEdge(r);
    case 'regional':
      return [
        reason(
          'regional',
          'note',
          null,
          'Keep CloudFront in front (for example with API Gateway as the origin) and let it cache what it can.',
          [regionalQuotas],
        ),
      ];
    default:
      return assertNever(choice);
  }
}
