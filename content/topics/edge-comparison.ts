/**
 * The Lambda@Edge vs CloudFront Functions table, turned around: its feature rows are the columns
 * here and the two products are the rows. With only two rows, every askable column carries
 * `distractors` so that a card can offer four options. The pages cited here are shared with
 * `edge.ts`.
 */
import type { AttributeTable } from '../schema';
import { bothExams, cite, cloudFrontGuide } from './authoring';

const seed = '6. Lambda@Edge and CloudFront Functions' as const;

/** The side-by-side comparison of the two edge options. */
export const edgeChoosing = cite(`${cloudFrontGuide}edge-functions-choosing.html`);
/** Region, version and role rules that apply only to Lambda@Edge. */
export const lambdaAtEdgeRestrictions = cite(
  `${cloudFrontGuide}lambda-at-edge-function-restrictions.html`,
);
/** Request body, runtime and compute-utilization rules for CloudFront Functions. */
export const cloudFrontFunctionRestrictions = cite(
  `${cloudFrontGuide}cloudfront-function-restrictions.html`,
);
/** CloudFront quotas, including the per-event quotas of Lambda@Edge and CloudFront Functions. */
export const cloudFrontQuotas = cite(`${cloudFrontGuide}cloudfront-limits.html`);
/** What Lambda@Edge is and where its replicas run. */
export const lambdaAtEdgeOverview = cite(`${cloudFrontGuide}lambda-at-the-edge.html`);
/** What CloudFront Functions are and the events they run on. */
export const cloudFrontFunctionsOverview = cite(`${cloudFrontGuide}cloudfront-functions.html`);
const runtimeFeatures = cite(`${cloudFrontGuide}functions-javascript-runtime-features.html`);
const triggerEvents = cite(`${cloudFrontGuide}lambda-cloudfront-trigger-events.html`);

export const edgeTable = {
  id: 'edge.comparison',
  topic: 'edge',
  title: 'Lambda@Edge vs CloudFront Functions',
  docs: edgeChoosing,
  seed,
  exams: bothExams,
  domains: ['dva-3', 'sap-2'],
  subject: { one: 'edge compute option', many: 'edge compute options' },
  nameLabel: 'Option',
  display: { kind: 'transposed', label: 'Feature' },
  columns: [
    {
      key: 'runtime',
      label: 'Runtime',
      ask: 'Which runtime does {row} support?',
      which: 'Which edge option runs on this runtime: {value}?',
      distractors: [
        {
          text: 'Java, .NET or any other Lambda runtime, compiled for the edge',
          why: 'Lambda@Edge supports only the Node.js and Python runtimes, and CloudFront Functions only their own JavaScript runtime, so Java and .NET code cannot run at the edge.',
        },
        {
          text: 'Any language, packaged as a container image of up to 10 GB',
          why: 'Lambda@Edge does not accept functions packaged as container images, and CloudFront Functions take only JavaScript source code.',
        },
        {
          text: 'Python only, in a restricted interpreter built into CloudFront',
          why: 'Python is available only to Lambda@Edge, which also supports Node.js; CloudFront Functions run JavaScript and nothing else.',
        },
      ],
    },
    {
      key: 'maxExecution',
      label: 'Max execution time',
      ask: 'How long can {row} run for each request?',
      which: 'Which edge option can run for this long: {value}?',
      distractors: [
        {
          text: 'Up to 15 minutes on every trigger, like any other Lambda function',
          why: 'The 15-minute Lambda maximum does not apply at the edge: Lambda@Edge is capped at 5 seconds on viewer triggers and 30 seconds on origin triggers.',
        },
        {
          text: '30 seconds on viewer triggers and 5 seconds on origin triggers',
          why: 'The Lambda@Edge quotas are the other way round: viewer triggers, which run on every request, get 5 seconds, and origin triggers get 30 seconds.',
        },
        {
          text: '5 seconds on every trigger, viewer and origin alike',
          why: 'Lambda@Edge caps viewer triggers at 5 seconds, but its origin triggers, which run only on cache misses, may run for 30 seconds.',
        },
      ],
    },
    {
      key: 'maxMemory',
      label: 'Max memory',
      ask: 'How much memory can {row} use?',
      which: 'Which edge option has this memory: {value}?',
      distractors: [
        {
          text: '128 MB on every trigger, viewer and origin alike, with no setting to change',
          why: 'Lambda@Edge fixes 128 MB for viewer triggers only; its origin triggers follow the normal Lambda range up to 10,240 MB.',
        },
        {
          text: 'Up to 10,240 MB on viewer triggers and 128 MB on origin triggers',
          why: 'Lambda@Edge memory is the other way round: viewer-trigger functions are fixed at 128 MB, and origin triggers can use up to 10,240 MB.',
        },
        {
          text: '128 MB on viewer triggers and up to 3,008 MB on the origin triggers',
          why: '3,008 MB was an old Lambda maximum; Lambda@Edge origin triggers now follow the current Lambda range, up to 10,240 MB.',
        },
      ],
    },
    {
      key: 'maxCodeSize',
      label: 'Max code size',
      ask: 'How large can the code of {row} be?',
      which: 'Which edge option has this code size limit: {value}?',
      distractors: [
        {
          text: '250 MB unzipped on every trigger, like other Lambda functions',
          why: 'The 250 MB unzipped quota is for regular Lambda functions; Lambda@Edge is limited to 1 MB compressed on viewer triggers and 50 MB on origin triggers.',
        },
        {
          text: '50 MB on viewer triggers and 1 MB on origin triggers',
          why: 'The Lambda@Edge code limits are the other way round: viewer-trigger functions must fit in 1 MB compressed, and origin triggers allow 50 MB.',
        },
        {
          text: '10 KB on viewer triggers and 1 MB on origin triggers',
          why: '10 KB is the size limit of a CloudFront function; Lambda@Edge allows 1 MB compressed on viewer triggers and 50 MB on origin triggers.',
        },
      ],
    },
    {
      key: 'access',
      label: 'Network and body access',
      ask: 'Can {row} call other services or read the request body?',
      which: 'Which edge option has this access: {value}?',
      distractors: [
        {
          text: 'Network calls, but no access to request headers',
          why: 'Request headers are the main input of edge functions: Lambda@Edge and CloudFront Functions both read and change them, so headers are never what is restricted.',
        },
        {
          text: 'Network calls only to services in US East (N. Virginia)',
          why: 'Lambda@Edge can call any reachable endpoint from where its replica runs; creating it in us-east-1 does not restrict its calls.',
        },
        {
          text: 'The request body, but no network calls',
          why: 'An edge function that can read the request body can also make network calls: Lambda@Edge does both, and CloudFront Functions do neither.',
        },
      ],
    },
    {
      key: 'location',
      label: 'Location',
      ask: 'Where does {row} run?',
      which: 'Which edge option runs this way: {value}?',
      distractors: [
        {
          text: 'Only in US East (N. Virginia), the Region where the function is created',
          why: 'Only the Lambda@Edge source lives in us-east-1: its replicas, like CloudFront Functions, run close to viewers.',
        },
        {
          text: 'In the Region that hosts the origin, where cache misses are forwarded',
          why: 'Edge functions run near the viewer, before the request reaches the origin; the origin’s Region does not decide where they run.',
        },
        {
          text: 'In each Region where the team deploys its own copy of the function code',
          why: 'Nobody deploys copies by hand: Lambda@Edge replicates one function automatically, and CloudFront Functions are global.',
        },
      ],
    },
    {
      key: 'triggerPoints',
      label: 'Trigger points',
      ask: 'On which CloudFront events can {row} run?',
      which: 'Which edge option can run on these events: {value}?',
      distractors: [
        {
          text: 'Viewer request only, before CloudFront checks its cache for the object',
          why: 'Viewer request is never the only event an edge function can use: CloudFront Functions also run on viewer response, and Lambda@Edge on viewer response and both origin events.',
        },
        {
          text: 'Origin request and origin response only, when CloudFront goes to the origin',
          why: 'Origin events are available only to Lambda@Edge, which can also run on both viewer events.',
        },
        {
          text: 'Viewer response and origin response, but none of the request events at all',
          why: 'Request events are where most edge functions run: CloudFront Functions and Lambda@Edge both handle viewer request, and Lambda@Edge handles origin request as well.',
        },
      ],
    },
    {
      key: 'cost',
      label: 'Cost',
      ask: 'How is {row} billed?',
      which: 'Which edge option is billed this way: {value}?',
      distractors: [
        {
          text: 'Per GB-second of duration, with no request charge',
          why: 'Edge functions always carry a charge for each request: CloudFront Functions charge for invocations only, and Lambda@Edge adds a charge for duration.',
        },
        {
          text: 'Per hour for each edge location it is deployed to',
          why: 'CloudFront bills edge functions for use, never per hour or per edge location: CloudFront Functions per invocation, and Lambda@Edge per request and for duration.',
        },
        {
          text: 'A fixed monthly fee per distribution',
          why: 'Edge functions are billed for each invocation, with a duration charge on top for Lambda@Edge; there is no flat fee per distribution.',
        },
      ],
    },
    {
      key: 'state',
      label: 'State',
      ask: 'Does {row} keep state between requests?',
      distractors: [
        {
          text: 'Keeps session state for each viewer between requests',
          why: 'Edge functions keep no state for a viewer: requests from one viewer can run in different locations and instances, so session state belongs in cookies or a data store.',
        },
        {
          text: 'Shares writable state across all edge locations',
          why: 'Each edge location runs its own function instances with nothing shared between them, so sharing state takes a global data store.',
        },
        {
          text: 'Writes state to a KeyValueStore on each request',
          why: 'Edge function code can only read a CloudFront KeyValueStore; its data is updated through the API, not by requests.',
        },
      ],
    },
    {
      key: 'deploymentRegion',
      label: 'Deployment region',
      ask: 'Where is {row} created and deployed?',
      which: 'Which edge option has this deployment rule: {value}?',
      distractors: [
        {
          text: 'Created separately in each Region where CloudFront serves viewers',
          why: 'One copy is enough: Lambda@Edge replicates a us-east-1 function, and CloudFront Functions are a global CloudFront resource.',
        },
        {
          text: 'Created in the Region of the origin',
          why: 'The origin’s Region plays no part: Lambda@Edge must be created in US East (N. Virginia), and CloudFront Functions have no Region.',
        },
        {
          text: 'Created in any Region and referenced by its $LATEST version',
          why: 'Lambda@Edge must be created in us-east-1 and referenced by a numbered version; $LATEST and aliases are rejected.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'lambda-at-edge',
      name: 'Lambda@Edge',
      cells: {
        runtime: {
          text: 'Node.js or Python',
          means: ['nodejs', 'python'],
          why: 'A Lambda@Edge function is a regular Lambda function, and CloudFront supports only its Node.js and Python runtimes.',
          docs: lambdaAtEdgeRestrictions,
        },
        maxExecution: {
          text: '5 seconds on viewer triggers and 30 seconds on origin triggers',
          means: ['5s-viewer', '30s-origin'],
          why: 'Lambda@Edge viewer triggers run on every request, cache hits included, so CloudFront keeps them to 5 seconds; origin triggers run only on cache misses and may take 30 seconds.',
          docs: cloudFrontQuotas,
        },
        maxMemory: {
          text: '128 MB on viewer triggers and up to 10,240 MB on origin triggers',
          means: ['128mb-viewer', '10240mb-origin'],
          why: 'CloudFront fixes Lambda@Edge functions on viewer triggers at 128 MB, while those on origin triggers can use the full Lambda memory range.',
          notesSaid: '128MB–10GB',
          docs: cloudFrontQuotas,
        },
        maxCodeSize: {
          text: '1 MB on viewer triggers and 50 MB on origin triggers',
          means: ['1mb-viewer', '50mb-origin'],
          why: 'CloudFront limits a compressed Lambda@Edge function and its libraries to 1 MB for viewer triggers, which must start fast on every request, and to 50 MB for origin triggers.',
          docs: cloudFrontQuotas,
        },
        access: {
          text: 'Network calls, file system and the request body',
          means: ['network', 'file-system', 'request-body'],
          why: 'A Lambda@Edge function is a full Lambda function: it can call other services and use /tmp, and on request triggers it can read the body when the include-body option is set.',
        },
        location: {
          text: 'Replicas of a us-east-1 function, run in AWS locations near viewers',
          means: ['replicas-near-viewers'],
          why: 'A Lambda@Edge function is published in US East (N. Virginia); once it is associated with a distribution, Lambda@Edge replicates it to AWS locations closer to viewers.',
          notesSaid: '400+ edge locations',
          docs: lambdaAtEdgeOverview,
        },
        triggerPoints: {
          text: 'Viewer request, viewer response, origin request and origin response',
          means: ['viewer-request', 'viewer-response', 'origin-request', 'origin-response'],
          why: 'Lambda@Edge can be attached to all four CloudFront events of a cache behavior, including the origin events that run only on cache misses.',
          docs: triggerEvents,
        },
        cost: {
          text: 'Per request and for duration',
          means: ['per-request', 'per-duration'],
          why: 'Like other Lambda functions, Lambda@Edge charges for each request and for the time each function runs.',
        },
        state: {
          text: 'Stateless',
          means: ['stateless'],
          why: 'Lambda@Edge requests can land on any replica in any location, so data kept in a warm instance can never be relied on for the next request.',
        },
        deploymentRegion: {
          text: 'Created in us-east-1 and associated as a numbered version',
          means: ['us-east-1', 'numbered-version'],
          why: 'CloudFront accepts Lambda@Edge functions only from US East (N. Virginia), and only the ARN of a numbered version, never $LATEST or an alias.',
          docs: lambdaAtEdgeRestrictions,
        },
      },
    },
    {
      id: 'cloudfront-functions',
      name: 'CloudFront Functions',
      cells: {
        runtime: {
          text: 'JavaScript, ECMAScript 5.1 with selected newer features',
          means: ['javascript-es5.1'],
          why: 'CloudFront Functions run in CloudFront’s own lightweight JavaScript runtime, compliant with ES 5.1 plus some ES 6 to 12 features; runtime 2.0 is recommended.',
          notesSaid: 'JavaScript (ES5)',
          docs: runtimeFeatures,
        },
        maxExecution: {
          text: 'Under 1 ms, enforced as compute utilization, not a timeout',
          means: ['submillisecond'],
          why: 'A CloudFront function has no timeout setting: CloudFront scores each run’s compute utilization against a small fixed budget and can throttle functions that use too much of it.',
          notesSaid: '1ms',
          docs: cloudFrontFunctionRestrictions,
        },
        maxMemory: {
          text: '2 MB',
          means: ['2mb'],
          why: 'Every CloudFront function gets the same fixed 2 MB, enough for working on one request or response.',
        },
        maxCodeSize: {
          text: '10 KB',
          means: ['10kb'],
          why: 'CloudFront Functions hold a few lines of logic, so the whole function must fit in 10 KB, with no room for third-party libraries.',
          docs: cloudFrontQuotas,
        },
        access: {
          text: 'No network, file system or request body access',
          means: ['no-network', 'no-file-system', 'no-request-body'],
          why: 'CloudFront Functions see only the request or response metadata, such as the URL, headers, cookies and query string, and cannot call anything outside CloudFront.',
        },
        location: {
          text: 'Natively at the edge locations, with no Lambda function behind it',
          means: ['cloudfront-edge-locations'],
          why: 'CloudFront Functions are a feature of CloudFront itself: CloudFront passes requests and responses to the function at the edge location serving the viewer.',
          notesSaid: '400+ edge locations',
          docs: cloudFrontFunctionsOverview,
        },
        triggerPoints: {
          text: 'Viewer request and viewer response',
          means: ['viewer-request', 'viewer-response'],
          why: 'For HTTP requests, CloudFront Functions run only on the viewer side, before the cache is checked and before the response goes out; they cannot run on origin events. A separate connection request event serves mutual TLS during the TLS handshake.',
          notesSaid: 'Viewer request/response only',
          docs: cloudFrontFunctionsOverview,
        },
        cost: {
          text: 'Per invocation only, with no duration charge',
          means: ['per-request', 'cheaper'],
          why: 'Each run of a CloudFront function is held to a tiny compute budget, so CloudFront charges only for the number of invocations and nothing for duration.',
        },
        state: {
          text: 'Stateless',
          means: ['stateless'],
          why: 'Each CloudFront function invocation starts with nothing from earlier requests; the only outside data the function can use is read-only, from a CloudFront KeyValueStore.',
        },
        deploymentRegion: {
          text: 'Published once as a global resource, with no Region to pick',
          means: ['cloudfront-global'],
          why: 'A CloudFront function is a CloudFront resource, not a Lambda function, so there is no Region to pick; publishing it makes it available to every edge location.',
          docs: cloudFrontFunctionsOverview,
        },
      },
    },
  ],
} as const satisfies AttributeTable;
