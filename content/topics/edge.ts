import type { Fact, Topic } from '../schema';
import { bothExams } from './authoring';
import {
  cloudFrontFunctionRestrictions,
  cloudFrontQuotas,
  edgeChoosing,
  edgeTable,
  lambdaAtEdgeOverview,
  lambdaAtEdgeRestrictions,
} from './edge-comparison';

const seed = '6. Lambda@Edge and CloudFront Functions' as const;
const domains = ['dva-3', 'sap-2'] as const;
/** Quota lookups are developer knowledge: DVA-C02 only. */
const limitExams = ['DVA-C02'] as const;
const limitDomains = ['dva-3'] as const;

const choosing = [
  {
    id: 'edge.use-cloudfront-functions',
    kind: 'rule',
    topic: 'edge',
    statement:
      'CloudFront Functions suit lightweight, high-volume changes to requests and responses, such as URL rewrites, redirects, header changes and cache key normalization.',
    why: 'They run in a JavaScript runtime built into CloudFront, with submillisecond startup and no network access, so they are fast and cheap for logic that needs only the request or response in hand.',
    takeaway:
      'If the change needs nothing but the request or response itself, such as a redirect or a header, choose CloudFront Functions.',
    ask: 'A company wants to change requests and responses at the edge. What kind of work are CloudFront Functions designed for?',
    docs: edgeChoosing,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'CloudFront Functions suit changes to requests that must first call a database or an external identity service to decide whether each viewer is allowed in.',
        why: 'CloudFront Functions have no network access; authorization that must call another service needs Lambda@Edge.',
      },
      {
        text: 'CloudFront Functions suit heavy, high-volume changes to responses, such as resizing large images, converting their formats or rendering whole pages from origin data.',
        why: 'They get 2 MB of memory, 10 KB of code and a submillisecond compute budget; image processing belongs in Lambda@Edge on an origin trigger.',
      },
      {
        text: 'CloudFront Functions suit changes to requests and responses that read and rewrite the body of each upload or download before it reaches its destination.',
        why: 'CloudFront Functions cannot access the request body; Lambda@Edge request triggers can, with the include-body option.',
      },
    ],
  },
  {
    id: 'edge.use-lambda-at-edge',
    kind: 'rule',
    topic: 'edge',
    statement:
      'Lambda@Edge suits heavier logic that needs network calls, the request body, libraries, or more time and memory, such as checking tokens with an external service.',
    why: 'It runs a full Node.js or Python Lambda function with network and file system access, more memory and longer time limits, and it can also run on the origin request and origin response events.',
    takeaway:
      'Choose Lambda@Edge only when the logic needs what CloudFront Functions lack: the network, the body, libraries, or more time and memory.',
    ask: 'A team is choosing between CloudFront Functions and Lambda@Edge for new edge logic. Which logic is Lambda@Edge designed for?',
    docs: edgeChoosing,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Lambda@Edge suits only simple header rewrites and redirects, while any logic that needs network calls, libraries or more memory must run back at the origin servers.',
        why: 'Lambda@Edge functions can make network calls and use up to 10,240 MB on origin triggers; simple rewrites are cheaper in CloudFront Functions.',
      },
      {
        text: 'Lambda@Edge suits logic that must run on every viewer request within a submillisecond budget, at the lowest possible cost per request and with no duration charge.',
        why: 'That describes CloudFront Functions; Lambda@Edge costs more per request, also bills duration, and takes longer to start.',
      },
      {
        text: 'Lambda@Edge suits logic that needs a VPC connection to private databases in the origin’s Region and reads its settings from Lambda environment variables.',
        why: 'Lambda@Edge supports neither VPC access nor environment variables; it reaches services over public endpoints and keeps its settings in code.',
      },
    ],
  },
  {
    id: 'edge.lambda-at-edge-us-east-1',
    kind: 'rule',
    topic: 'edge',
    statement:
      'A Lambda@Edge function is created in US East (N. Virginia), and Lambda@Edge replicates it to AWS locations around the world that are close to viewers.',
    why: 'You publish the function to a single Region; when a version is associated with a distribution, Lambda@Edge copies it globally, so viewers everywhere are served nearby.',
    takeaway:
      'Create Lambda@Edge functions in us-east-1, even when every viewer and every origin is in another part of the world.',
    ask: 'A team in Frankfurt builds a Lambda@Edge function for a distribution whose viewers are all in Europe. Where must the function be created, and where does it run?',
    docs: lambdaAtEdgeRestrictions,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A Lambda@Edge function is created in the Region closest to the viewers, here Europe (Frankfurt), and Lambda@Edge replicates it to AWS locations from there.',
        why: 'Lambda@Edge functions must be created in US East (N. Virginia), wherever the viewers are.',
      },
      {
        text: 'A Lambda@Edge function is created in every Region where viewers are located, and CloudFront routes each viewer to the nearest of those copies.',
        why: 'One function in us-east-1 is enough; Lambda@Edge replicates it automatically.',
      },
      {
        text: 'A Lambda@Edge function is created in US East (N. Virginia), and every viewer request travels to that Region so that the function can run there.',
        why: 'The function is only authored in us-east-1; its replicas run in AWS locations close to the viewers.',
      },
    ],
  },
  {
    id: 'edge.cloudfront-functions-cheaper',
    kind: 'rule',
    topic: 'edge',
    statement:
      'CloudFront Functions are billed per invocation only, while Lambda@Edge is billed per request and for duration, so CloudFront Functions cost less for simple changes.',
    why: 'A CloudFront function is held to a tiny fixed compute budget, so CloudFront charges only for invocations; Lambda@Edge runs a full Lambda function and adds a duration charge.',
    takeaway:
      'For the same simple change on every request, CloudFront Functions are the lower-cost choice.',
    ask: 'A company rewrites a header on every request at the edge and wants the lowest cost. How are CloudFront Functions and Lambda@Edge billed?',
    docs: edgeChoosing,
    seed: 'Exam Tips',
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'CloudFront Functions are billed per invocation and for duration, while Lambda@Edge is billed per request only, so Lambda@Edge costs less for these simple changes.',
        why: 'It is the other way round: Lambda@Edge charges for requests and duration, CloudFront Functions only for invocations.',
      },
      {
        text: 'CloudFront Functions and Lambda@Edge are both billed per request and for duration at the same rates, so they cost the same for the same simple changes.',
        why: 'CloudFront Functions have no duration charge, and their per-invocation charge is lower.',
      },
      {
        text: 'CloudFront Functions are billed per hour for each edge location that runs them, while Lambda@Edge is billed per request and for duration, so Lambda@Edge costs less.',
        why: 'There is no hourly or per-location charge: CloudFront Functions are charged per invocation.',
      },
    ],
  },
  {
    id: 'edge.cloudfront-functions-no-network',
    kind: 'rule',
    topic: 'edge',
    statement:
      'CloudFront Functions cannot make network calls, use a file system or read the request body.',
    why: 'They run in an isolated runtime that sees only the request or response metadata, such as the URL, headers, cookies and query string, which keeps them fast enough to run on every request.',
    takeaway:
      'Any edge logic that must call a service or inspect the body rules out CloudFront Functions and points to Lambda@Edge.',
    ask: 'A developer plans new edge logic in a CloudFront function. Which restriction applies to CloudFront Functions?',
    docs: edgeChoosing,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'CloudFront Functions cannot read or change the request headers, cookies or query strings.',
        why: 'Headers, cookies, query strings and the URL are exactly what CloudFront Functions read and change.',
      },
      {
        text: 'CloudFront Functions cannot return a redirect or generate a response without contacting the origin.',
        why: 'A viewer request function can return its own response, such as a redirect, without the request ever reaching the origin.',
      },
      {
        text: 'CloudFront Functions cannot run before CloudFront checks its cache for a viewer request.',
        why: 'The viewer request event runs before the cache is checked, on every request, cache hits included.',
      },
    ],
  },
  {
    id: 'edge.edge-location-count',
    kind: 'rule',
    topic: 'edge',
    statement:
      'CloudFront Functions run natively in CloudFront at its edge locations, while Lambda@Edge runs replicas of a function from US East (N. Virginia) in AWS locations near viewers.',
    why: 'CloudFront Functions are a feature of CloudFront itself, so each edge location can run them; Lambda@Edge copies a function version from US East (N. Virginia) to AWS locations near viewers when it is associated with a distribution.',
    takeaway:
      'Both options run close to viewers and neither runs only in us-east-1; AWS documents no count of locations to memorize.',
    ask: 'A solutions architect explains where CloudFront Functions and Lambda@Edge run their code. What is accurate?',
    notesSaid: 'Location: 400+ edge locations',
    docs: lambdaAtEdgeOverview,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'CloudFront Functions run natively in CloudFront at its edge locations, while Lambda@Edge runs only in US East (N. Virginia), the single AWS Region where the function is created.',
        why: 'Only the Lambda@Edge source lives in us-east-1; Lambda@Edge replicates it so that it runs close to viewers.',
      },
      {
        text: 'CloudFront Functions and Lambda@Edge both run only in the Region of the distribution’s origin, and CloudFront then caches the output of each function at its edge locations.',
        why: 'Both run near the viewer, before the request reaches the origin; the origin’s Region does not decide where they run.',
      },
      {
        text: 'CloudFront Functions and Lambda@Edge both run in each Region where the team deploys its own copy, and CloudFront sends every viewer to the nearest of those copies.',
        why: 'No copies are deployed by hand: CloudFront Functions are global, and Lambda@Edge replicates one us-east-1 function.',
      },
    ],
  },
  {
    id: 'edge.cloudfront-functions-max-execution',
    kind: 'rule',
    topic: 'edge',
    statement:
      'A CloudFront function must finish within a submillisecond compute budget, which CloudFront enforces as a compute-utilization limit instead of a timeout setting.',
    why: 'CloudFront reports each run’s compute utilization as a percentage of the maximum allowed time and can throttle functions that use too much of it, so there is no timeout to raise.',
    takeaway:
      'CloudFront Functions have no timeout setting: keep them to short, simple logic that finishes well within a millisecond.',
    ask: 'A developer’s CloudFront function loops over a long list of rules for every request and is being throttled. How does CloudFront limit how long the function may run?',
    notesSaid: 'Max execution time: 1ms',
    examNote:
      'Exam questions describe CloudFront Functions as sub-millisecond, or as running in less than 1 ms.',
    docs: cloudFrontFunctionRestrictions,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A CloudFront function must finish within a timeout limit that the developer sets, which CloudFront allows up to five seconds, as it does for Lambda@Edge viewer triggers.',
        why: 'CloudFront Functions have no configurable timeout; their limit is a fixed compute budget far below a second.',
      },
      {
        text: 'A CloudFront function must finish within a compute budget that CloudFront raises automatically as the memory setting of the function grows, up to the Lambda limit.',
        why: 'Every CloudFront function has the same fixed 2 MB of memory and the same compute budget; nothing scales up.',
      },
      {
        text: 'A CloudFront function must finish before the origin response timeout, a limit that CloudFront enforces for each request to the origin instead of for each function.',
        why: 'The origin response timeout governs how long CloudFront waits for the origin; functions have their own compute-utilization limit.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const numbers = [
  {
    id: 'edge.lambda-at-edge-viewer-timeout',
    kind: 'limit',
    topic: 'edge',
    subject: 'maximum execution time of Lambda@Edge on a viewer trigger',
    value: { kind: 'exact', n: 5, unit: 's' },
    statement:
      'A Lambda@Edge function on a viewer request or viewer response trigger can run for at most 5 seconds.',
    why: 'Viewer triggers run on every request, cache hits included, so CloudFront keeps their quota short; the longer quota is reserved for origin triggers, which run only on cache misses.',
    takeaway:
      'Lambda@Edge gets 5 seconds on viewer triggers and 30 seconds on origin triggers, while CloudFront Functions finish well within a millisecond.',
    ask: 'A Lambda@Edge function runs on the viewer request event. What is the longest it can run?',
    docs: cloudFrontQuotas,
    seed,
    exams: limitExams,
    domains: limitDomains,
    misconceptions: [
      {
        text: 'A Lambda@Edge function on a viewer request trigger can run for at most 30 seconds.',
        why: '30 seconds is the quota for origin triggers; viewer triggers get 5 seconds.',
        figure: { kind: 'exact', n: 30, unit: 's' },
      },
      {
        text: 'A Lambda@Edge function on a viewer request trigger can run for up to 900 seconds, like any Lambda function.',
        why: 'The 15-minute Lambda maximum does not apply at the edge; viewer triggers are capped at 5 seconds.',
        figure: { kind: 'exact', n: 900, unit: 's' },
      },
      {
        text: 'A Lambda@Edge function on a viewer request trigger can run for at most 1 second.',
        why: 'The viewer-trigger quota is 5 seconds; only CloudFront Functions are held to a much shorter budget.',
        figure: { kind: 'exact', n: 1, unit: 's' },
      },
    ],
  },
  {
    id: 'edge.lambda-at-edge-origin-timeout',
    kind: 'limit',
    topic: 'edge',
    subject: 'maximum execution time of Lambda@Edge on an origin trigger',
    value: { kind: 'exact', n: 30, unit: 's' },
    statement:
      'A Lambda@Edge function on an origin request or origin response trigger can run for at most 30 seconds.',
    why: 'Origin triggers run only when CloudFront goes to the origin, on cache misses, so CloudFront allows them more time than viewer triggers.',
    takeaway:
      'Slow edge work, such as calling an external service, belongs on an origin trigger, where Lambda@Edge gets 30 seconds.',
    ask: 'A Lambda@Edge function runs on the origin request event and calls a slow external service. What is the longest it can run?',
    docs: cloudFrontQuotas,
    seed,
    exams: limitExams,
    domains: limitDomains,
    misconceptions: [
      {
        text: 'A Lambda@Edge function on an origin request trigger can run for at most 5 seconds, as on viewer triggers.',
        why: '5 seconds is the viewer-trigger quota; origin triggers get 30 seconds.',
        figure: { kind: 'exact', n: 5, unit: 's' },
      },
      {
        text: 'A Lambda@Edge function on an origin request trigger can run for up to 900 seconds, like any Lambda function.',
        why: 'The 15-minute Lambda maximum does not apply at the edge; origin triggers are capped at 30 seconds.',
        figure: { kind: 'exact', n: 900, unit: 's' },
      },
      {
        text: 'A Lambda@Edge function on an origin request trigger can run for at most 60 seconds.',
        why: 'The origin-trigger quota is 30 seconds, not a minute.',
        figure: { kind: 'exact', n: 60, unit: 's' },
      },
    ],
  },
  {
    id: 'edge.lambda-at-edge-memory',
    kind: 'limit',
    topic: 'edge',
    subject: 'memory of a Lambda@Edge function on a viewer trigger',
    value: { kind: 'exact', n: 128, unit: 'MB' },
    statement:
      'A Lambda@Edge function on a viewer request or viewer response trigger gets 128 MB of memory.',
    why: 'CloudFront’s quota fixes viewer-trigger functions at 128 MB because they run on every request; origin triggers follow the normal Lambda memory range.',
    takeaway:
      'Viewer triggers get 128 MB; memory-hungry edge work such as image resizing belongs on an origin trigger.',
    ask: 'A developer attaches a Lambda@Edge function to the viewer request event. How much memory can it have?',
    notesSaid: 'Max memory: 128MB–10GB',
    examNote:
      'Older material quotes 128 MB for every Lambda@Edge function, or 3,008 MB as the origin-trigger maximum.',
    docs: cloudFrontQuotas,
    seed,
    exams: limitExams,
    domains: limitDomains,
    misconceptions: [
      {
        text: 'A Lambda@Edge function on a viewer request or viewer response trigger can have up to 10,240 MB of memory.',
        why: '10,240 MB is the maximum for origin triggers; viewer-trigger functions are fixed at 128 MB.',
        figure: { kind: 'exact', n: 10240, unit: 'MB' },
      },
      {
        text: 'A Lambda@Edge function on a viewer request or viewer response trigger gets 2 MB of memory, like a CloudFront function.',
        why: '2 MB is the memory of a CloudFront function, not of a Lambda@Edge function.',
        figure: { kind: 'exact', n: 2, unit: 'MB' },
      },
      {
        text: 'A Lambda@Edge function on a viewer request or viewer response trigger can have up to 3,008 MB of memory.',
        why: '3,008 MB was an old Lambda maximum; viewer-trigger functions are fixed at 128 MB.',
        figure: { kind: 'exact', n: 3008, unit: 'MB' },
      },
    ],
  },
  {
    id: 'edge.lambda-at-edge-origin-memory',
    kind: 'limit',
    topic: 'edge',
    subject: 'memory range of a Lambda@Edge function on an origin trigger',
    value: { kind: 'range', min: 128, max: 10240, unit: 'MB' },
    statement:
      'A Lambda@Edge function on an origin request or origin response trigger can have 128 MB to 10,240 MB of memory.',
    why: 'Origin-trigger functions follow the same memory range as other Lambda functions, 128 MB to 10,240 MB, because they run only on cache misses.',
    takeaway:
      'Heavy edge work such as image resizing belongs on an origin trigger, where Lambda@Edge can have up to 10,240 MB.',
    ask: 'A Lambda@Edge function resizes images on the origin response event. What memory can it be given?',
    notesSaid: 'Max memory: 128MB–10GB',
    docs: cloudFrontQuotas,
    seed,
    exams: limitExams,
    domains: limitDomains,
    misconceptions: [
      {
        text: 'A Lambda@Edge function on an origin request or origin response trigger can have 2 MB to 128 MB of memory.',
        why: '2 MB is the memory of a CloudFront function and 128 MB the fixed memory of viewer triggers; origin triggers can go up to 10,240 MB.',
        figure: { kind: 'range', min: 2, max: 128, unit: 'MB' },
      },
      {
        text: 'A Lambda@Edge function on an origin request or origin response trigger can have 128 MB to 3,008 MB of memory.',
        why: '3,008 MB was an old Lambda maximum; origin triggers now follow the current range, up to 10,240 MB.',
        figure: { kind: 'range', min: 128, max: 3008, unit: 'MB' },
      },
      {
        text: 'A Lambda@Edge function on an origin request or origin response trigger can have 512 MB to 10,240 MB of memory.',
        why: '512 MB is the smallest size of /tmp storage, not of memory; function memory starts at 128 MB.',
        figure: { kind: 'range', min: 512, max: 10240, unit: 'MB' },
      },
    ],
  },
  {
    id: 'edge.cloudfront-functions-memory',
    kind: 'limit',
    topic: 'edge',
    subject: 'memory available to a CloudFront function',
    value: { kind: 'exact', n: 2, unit: 'MB' },
    statement: 'A CloudFront function has 2 MB of memory.',
    why: 'Every CloudFront function gets the same fixed memory, enough to work on one request or response; there is no memory setting to change.',
    takeaway: 'CloudFront Functions get 2 MB and 10 KB of code; anything bigger needs Lambda@Edge.',
    ask: 'A developer wants a CloudFront function to hold a large lookup table in memory. How much memory does a CloudFront function have?',
    docs: cloudFrontQuotas,
    seed,
    exams: limitExams,
    domains: limitDomains,
    misconceptions: [
      {
        text: 'A CloudFront function has 128 MB of memory, like a Lambda@Edge viewer trigger.',
        why: '128 MB is the memory of a Lambda@Edge viewer-trigger function; a CloudFront function has 2 MB.',
        figure: { kind: 'exact', n: 128, unit: 'MB' },
      },
      {
        text: 'A CloudFront function can be given up to 10,240 MB of memory.',
        why: '10,240 MB is the Lambda and Lambda@Edge origin-trigger maximum; CloudFront Functions have a fixed 2 MB.',
        figure: { kind: 'exact', n: 10240, unit: 'MB' },
      },
      {
        text: 'A CloudFront function has 1 MB of memory.',
        why: '1 MB is the package size limit of a Lambda@Edge viewer-trigger function; a CloudFront function has 2 MB of memory.',
        figure: { kind: 'exact', n: 1, unit: 'MB' },
      },
    ],
  },
  {
    id: 'edge.cloudfront-functions-code-size',
    kind: 'limit',
    topic: 'edge',
    subject: 'maximum size of a CloudFront function',
    value: { kind: 'exact', n: 10, unit: 'KB' },
    statement: 'A CloudFront function, code and all, can be at most 10 KB.',
    why: 'CloudFront Functions hold a few lines of request or response logic, with no third-party libraries, so CloudFront caps their size very low.',
    takeaway:
      'A CloudFront function fits in 10 KB; if it needs libraries, it is a Lambda@Edge job.',
    ask: 'A developer wants to bundle a JSON parsing library into a CloudFront function. How large can a CloudFront function be?',
    docs: cloudFrontQuotas,
    exams: limitExams,
    domains: limitDomains,
    misconceptions: [
      {
        text: 'A CloudFront function, code and all, can be at most 40 KB.',
        why: '40 KB is the largest response a Lambda@Edge viewer-trigger function can generate; a CloudFront function must fit in 10 KB.',
        figure: { kind: 'exact', n: 40, unit: 'KB' },
      },
      {
        text: 'A CloudFront function, code and all, can be at most 256 KB.',
        why: '256 KB was the old payload limit for asynchronous Lambda invocations; a CloudFront function must fit in 10 KB.',
        figure: { kind: 'exact', n: 256, unit: 'KB' },
      },
      {
        text: 'A CloudFront function, code and all, can be at most 4 KB.',
        why: '4 KB is the total size of a Lambda function’s environment variables; a CloudFront function may be 10 KB.',
        figure: { kind: 'exact', n: 4, unit: 'KB' },
      },
    ],
  },
] as const satisfies readonly Fact[];

export const edgeFacts = [...choosing, ...numbers] as const satisfies readonly Fact[];

export const edgeTopic = {
  id: 'edge',
  title: 'Lambda@Edge and CloudFront Functions',
  summary: 'Two ways to run code close to CloudFront viewers, and how to choose between them.',
  section: seed,
  intro: [
    'CloudFront offers two kinds of edge computing, and both run your code close to viewers, as part of a CloudFront distribution. CloudFront Functions are tiny JavaScript functions that run natively in CloudFront, finish within a submillisecond budget and suit simple request and response changes. Lambda@Edge is a full Lambda function, created in US East (N. Virginia) and replicated near viewers, with more time, memory, network access and the origin events.',
    'Choose the lighter tool unless the requirement needs something only Lambda@Edge offers: network calls, the request body, libraries, more than a few milliseconds, or the origin request and origin response events.',
  ],
  tables: [edgeTable],
  facts: edgeFacts,
  sets: [],
  checklist: [],
  tips: [],
} as const satisfies Topic;
