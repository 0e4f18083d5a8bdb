import type { Fact, Topic } from '../schema';
import { bothExams, cite, lambdaGuide, stepFunctionsGuide } from './authoring';

const seed = 'Key Concepts' as const;
const fromTips = 'Exam Tips' as const;

const runtimeEnvironment = cite(`${lambdaGuide}lambda-runtime-environment.html`);
const snapStartPage = cite(`${lambdaGuide}snapstart.html`);
const ephemeralStorage = cite(`${lambdaGuide}configuration-ephemeral-storage.html`);

const runtimeConcepts = [
  {
    id: 'key-concepts.execution-environment',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Execution environment',
    definition:
      'The isolated, secure sandbox in which Lambda runs one function’s code, runtime, layers and extensions, reused for later invocations while it stays warm.',
    statement:
      'An execution environment is the isolated environment in which Lambda runs one function’s code, runtime, layers and extensions, reused for later invocations while warm.',
    why: 'Lambda creates an environment on a cold start and runs the initialization code once, then freezes it between invocations and reuses it; environments are never shared between functions.',
    takeaway:
      'Create SDK clients and caches outside the handler: a warm environment keeps them for the next invocation.',
    ask: 'A developer wonders why code outside the handler runs only once for many invocations. What is a Lambda execution environment?',
    docs: runtimeEnvironment,
    seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'An execution environment is the isolated environment that Lambda creates for a single invocation of one function’s code, and discards as soon as the handler returns.',
        why: 'Lambda keeps the environment warm and reuses it for later invocations; that reuse is why code outside the handler runs only once.',
      },
      {
        text: 'An execution environment is a pool of servers shared by all the functions in an account and Region, where Lambda runs any function’s code on whichever of its servers is free.',
        why: 'Each environment belongs to one function version; Lambda never shares an execution environment between functions.',
      },
      {
        text: 'An execution environment is a permanent server that Lambda keeps for one function’s code, runtime and layers, and that runs all of its invocations in parallel.',
        why: 'Lambda can shut an idle environment down at any time, and an environment handles one invocation at a time; concurrency comes from more environments.',
      },
    ],
  },
  {
    id: 'key-concepts.handler',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Handler',
    definition:
      'The method in the function code that Lambda calls to process each event, named by file and function for Node.js and Python, such as index.handler.',
    statement:
      'The handler is the method in the function code that Lambda runs to process each event, named by file and function, such as index.handler or lambda_function.lambda_handler.',
    why: 'The runtime loads the file named before the dot and calls the function named after it, passing the event and a context object; code outside that function runs once per environment.',
    takeaway:
      'When Lambda reports that it cannot find the handler, the handler setting’s file or function name does not match the code.',
    ask: 'A Python function’s configuration has the handler setting lambda_function.lambda_handler. What does this setting name?',
    docs: cite(`${lambdaGuide}python-handler.html`),
    seed,
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'The handler is the deployment package that holds the function code, named by folder and archive, such as lambda_function.lambda_handler for a file named lambda_function.zip.',
        why: 'The handler names code inside the package: the file before the dot and the method after it, not an archive.',
      },
      {
        text: 'The handler is the runtime that runs the function code, named by language and version in the function configuration, such as python3.13 or nodejs22.x.',
        why: 'The runtime is a separate setting; the handler names the method that the runtime calls for each event.',
      },
      {
        text: 'The handler is the method in the function code that Lambda runs only once when an execution environment starts, before any event arrives, such as an init method.',
        why: 'Code outside the handler runs once at initialization; the handler itself runs for every event.',
      },
    ],
  },
  {
    id: 'key-concepts.extensions',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Lambda extensions',
    definition:
      'Tools that run inside the function’s execution environment alongside its code, such as observability agents and secret caches.',
    statement:
      'Lambda extensions are tools that run inside the function’s execution environment alongside its code, such as observability agents and secret caches.',
    why: 'An external extension is a separate process that starts before the function is invoked, shares its environment and permissions, and can keep running after the invocation, so it can collect telemetry or cache secrets without changes to the handler.',
    takeaway:
      'To add monitoring or secret caching without changing code, add an extension, usually as a layer.',
    ask: 'A team wants to collect telemetry from its functions without changing the handler code. What are Lambda extensions?',
    docs: cite(`${lambdaGuide}lambda-extensions.html`),
    seed,
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'Lambda extensions are separate Lambda functions that the handler invokes over HTTP, such as logging functions and secret lookup functions.',
        why: 'Extensions run inside the same execution environment; they are not other functions and are not invoked through the Lambda API.',
      },
      {
        text: 'Lambda extensions are optional runtime versions that add language features to the function code, such as a newer Python or Node.js release.',
        why: 'The runtime is the language environment; extensions are add-on tools that run next to it.',
      },
      {
        text: 'Lambda extensions are managed services outside the function’s execution environment, such as CloudWatch and Secrets Manager, that Lambda connects for you.',
        why: 'Extensions run inside the execution environment and must be added to the function, usually as layers; they are not separate managed services.',
      },
    ],
  },
  {
    id: 'key-concepts.snapstart',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'SnapStart',
    definition:
      'A Lambda feature that snapshots the initialized execution environment when a version is published and resumes new environments from that snapshot.',
    statement:
      'SnapStart snapshots a function’s initialized execution environment when a version is published, and resumes new environments from that snapshot.',
    why: 'Initialization, which loads the code, starts the runtime and runs the init code, is the largest part of a cold start; resuming a cached snapshot skips it, for startup as low as sub-second.',
    takeaway:
      'SnapStart cuts cold starts of published versions without provisioning anything, and it is not only for Java.',
    ask: 'What does Lambda SnapStart do to reduce cold starts?',
    notesSaid:
      'SnapStart — Java 11+ feature: snapshot initialized state of execution environment for sub-100ms cold starts',
    examNote: 'Older questions treat SnapStart as a Java-only feature.',
    docs: snapStartPage,
    seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'SnapStart keeps a chosen number of execution environments of a version initialized at all times, and bills for them even while the function is idle.',
        why: 'That is provisioned concurrency; SnapStart resumes environments from a snapshot on demand and cannot be combined with provisioned concurrency.',
      },
      {
        text: 'SnapStart copies the contents of /tmp to Amazon S3 when a version is published, and restores those files into each new environment after a cold start.',
        why: 'SnapStart snapshots the memory and disk state of the whole initialized environment, and Lambda caches it itself; it is not a /tmp backup in S3.',
      },
      {
        text: 'SnapStart sends scheduled warm-up invocations to each published version of the function, so that Lambda never recycles the environments that serve it.',
        why: 'That is the keep-warm pattern, which AWS does not recommend; SnapStart resumes new environments from a snapshot instead.',
      },
    ],
  },
  {
    id: 'key-concepts.snapstart-min-java',
    kind: 'rule',
    topic: 'key-concepts',
    statement:
      'SnapStart supports recent Java, Python and .NET managed runtimes, but not Node.js, Ruby, OS-only runtimes or container images.',
    why: 'Lambda offers snapshots for Java 11 and later, Python 3.12 and later and .NET 8 and later; other managed runtimes, OS-only runtimes and container images have no snapshot support.',
    takeaway:
      'SnapStart is not Java-only: Python and .NET functions can use it too, but Node.js functions cannot.',
    ask: 'A company has slow cold starts in its Java, Python, .NET and Node.js functions. Which of these runtimes support SnapStart?',
    notesSaid: 'SnapStart — Java 11+ feature',
    examNote: 'Older questions treat SnapStart as a feature of Java 11 and later only.',
    docs: snapStartPage,
    seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'SnapStart supports only Java managed runtimes, so the Python, .NET and Node.js functions need provisioned concurrency instead.',
        why: 'SnapStart was Java-only at launch, but Python and .NET managed runtimes now support it too.',
      },
      {
        text: 'SnapStart supports every managed runtime and container images, so all four kinds of functions can turn it on.',
        why: 'Node.js, Ruby, OS-only runtimes and container images do not support SnapStart.',
      },
      {
        text: 'SnapStart supports recent Java and Node.js managed runtimes, but not Python, .NET, OS-only runtimes or container images.',
        why: 'It is the other way round for Node.js and Python: Python and .NET runtimes are supported, Node.js is not.',
      },
    ],
  },
  {
    id: 'key-concepts.tmp-storage',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Ephemeral storage',
    definition:
      'Writable scratch space in /tmp that belongs to one execution environment and keeps its files across the warm invocations it serves.',
    statement:
      'Ephemeral storage in /tmp belongs to one execution environment: its files persist across the warm invocations it serves, but other environments never see them.',
    why: 'Lambda freezes an environment between invocations without clearing /tmp, so files survive until the environment is shut down; each concurrent environment has its own /tmp.',
    takeaway:
      'Use /tmp as a cache for one environment, never as shared or durable storage: that is what Amazon S3 and Amazon EFS are for.',
    ask: 'A function writes a file to /tmp during an invocation. Which later invocations can read that file?',
    notesSaid:
      'Ephemeral storage /tmp — 512MB to 10GB per execution environment; NOT shared between invocations',
    examNote:
      'Older questions may say that /tmp is not shared between invocations; they mean that it is not shared between concurrent environments and that nothing in it is guaranteed to survive.',
    docs: ephemeralStorage,
    seed,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'Ephemeral storage in /tmp is emptied after every invocation: its files never persist, not even for the next invocation served by the same warm environment.',
        why: 'Lambda keeps /tmp when it freezes the environment, so later invocations in that warm environment see the files; AWS even recommends caching there.',
      },
      {
        text: 'Ephemeral storage in /tmp is shared by all environments of the function: its files persist across invocations in every concurrent environment of that function.',
        why: 'Each execution environment has its own /tmp; sharing files across environments needs Amazon EFS or Amazon S3.',
      },
      {
        text: 'Ephemeral storage in /tmp is durable across deployments: its files persist after the function code is updated and after new execution environments have started.',
        why: '/tmp disappears with its environment; every new environment, including those for a new version, starts with an empty /tmp.',
      },
    ],
  },
  {
    id: 'key-concepts.tmp-size',
    kind: 'limit',
    topic: 'key-concepts',
    subject: 'size of /tmp ephemeral storage per execution environment',
    value: { kind: 'range', min: 512, max: 10240, unit: 'MB' },
    statement:
      'Ephemeral storage in /tmp can be set from 512 MB, the default, to 10,240 MB for a function.',
    why: 'The ephemeral storage setting accepts any whole number of megabytes from 512 to 10,240, and each execution environment gets that much /tmp space.',
    takeaway: '/tmp is 512 MB by default and can be raised to 10,240 MB, in 1 MB steps.',
    ask: 'A function must unpack a 3 GB archive into /tmp. Which sizes can its ephemeral storage be set to?',
    docs: ephemeralStorage,
    seed,
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'Ephemeral storage in /tmp can be set from 128 MB to 10,240 MB for a function, the same range as its memory.',
        why: 'The memory setting starts at 128 MB; ephemeral storage starts at its 512 MB default.',
        figure: { kind: 'range', min: 128, max: 10240, unit: 'MB' },
      },
      {
        text: 'Ephemeral storage in /tmp can be set from 512 MB, the default, to 3,008 MB for a function.',
        why: '3,008 MB was an old memory maximum; ephemeral storage goes up to 10,240 MB.',
        figure: { kind: 'range', min: 512, max: 3008, unit: 'MB' },
      },
      {
        text: 'Ephemeral storage in /tmp can be set from 50 MB to 250 MB for a function, the same as its package sizes.',
        why: '50 MB zipped and 250 MB unzipped are deployment package quotas; they do not size /tmp.',
        figure: { kind: 'range', min: 50, max: 250, unit: 'MB' },
      },
    ],
  },
] as const satisfies readonly Fact[];

const accessConcepts = [
  {
    id: 'key-concepts.execution-role',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Execution role',
    definition:
      'The IAM identity that Lambda assumes to run the function, whose permission policies decide which AWS services and resources the function can access.',
    statement:
      'The execution role is the IAM role that Lambda assumes to run the function, and its policies decide which AWS services and resources the function can access.',
    why: 'Lambda gets temporary credentials for the role and hands them to the function code and the SDK; event source mappings also use the role to read from their sources.',
    takeaway:
      'AccessDenied when the function calls another service means the execution role lacks that permission.',
    ask: 'A function’s code gets AccessDenied when it writes to a DynamoDB table. Which IAM construct decides what the function can access?',
    docs: cite(`${lambdaGuide}lambda-intro-execution-role.html`),
    seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      {
        text: 'The execution role is the IAM role that callers assume to invoke the function, and its policies decide which accounts and AWS services can invoke the function.',
        why: 'Who can invoke is decided by the function’s resource-based policy and the caller’s own permissions; the execution role covers the function’s outbound calls.',
      },
      {
        text: 'The resource-based policy is the policy that Lambda checks when the function runs, and its statements decide which AWS services the function can access.',
        why: 'The resource-based policy controls who can invoke or manage the function; the services the code calls must be allowed by the execution role.',
      },
      {
        text: 'The execution role is the IAM role of the developer who deployed the function, and its policies decide which AWS services and resources the function can access.',
        why: 'The function never uses the deployer’s permissions; it runs with temporary credentials of its own execution role.',
      },
    ],
  },
  {
    id: 'key-concepts.resource-policy',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Resource-based policy',
    definition:
      'A permissions document attached to the function itself that grants other accounts, organizations and AWS services permission to invoke or manage it.',
    statement:
      'A function’s resource-based policy is attached to the function itself and grants other accounts, organizations and AWS services permission to invoke it.',
    why: 'A service that invokes as a service principal, such as Amazon S3 or Amazon SNS, has no identity policy of its own, so the function’s resource-based policy must allow lambda:InvokeFunction for it. API Gateway can instead invoke with an IAM role set as the integration’s credentials.',
    takeaway:
      'Amazon S3, Amazon SNS or another account cannot invoke a function until its resource-based policy allows them.',
    ask: 'An S3 bucket’s event notification must invoke a function. Which policy must grant Amazon S3 permission to invoke the function?',
    docs: cite(`${lambdaGuide}access-control-resource-based.html`),
    seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      {
        text: 'A function’s execution role is attached to the function itself and grants other accounts, organizations and AWS services permission to invoke the function.',
        why: 'Lambda assumes the execution role for the function’s own calls; the role does not decide who may invoke the function.',
      },
      {
        text: 'A function’s resource-based policy is attached to the function itself and lists the AWS services and resources that the function code is allowed to call.',
        why: 'Outbound permissions live in the execution role; the resource-based policy controls who can invoke or manage the function.',
      },
      {
        text: 'A bucket’s policy is attached to the S3 bucket itself and grants the function permission to be invoked by the event notifications of that bucket.',
        why: 'A bucket policy controls access to the bucket; permission to invoke the function belongs in the function’s own resource-based policy.',
      },
    ],
  },
  {
    id: 'key-concepts.function-url',
    kind: 'definition',
    topic: 'key-concepts',
    term: 'Lambda function URL',
    definition:
      'A dedicated HTTPS endpoint, generated automatically with no API Gateway in front, whose auth type is AWS_IAM or NONE.',
    statement:
      'A function URL is a dedicated HTTPS endpoint for one function, with no API Gateway in front, and its auth type is either AWS_IAM or NONE.',
    why: 'Lambda generates the URL and invokes the function for each request; AWS_IAM requires signed requests, while NONE skips authentication but still needs a resource-based policy that allows public access.',
    takeaway:
      'For one simple HTTPS endpoint, a function URL has the least overhead; for authorizers, throttling, usage plans or custom domains, use API Gateway.',
    ask: 'A team needs one HTTPS endpoint for a webhook handled by a single function. What is a Lambda function URL?',
    docs: cite(`${lambdaGuide}urls-configuration.html`),
    seed,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'A function URL is a shared HTTPS endpoint for many functions, created as a stage of an API Gateway API, and its auth type is a Cognito authorizer.',
        why: 'A function URL belongs to one function and involves no API Gateway; Cognito authorizers are an API Gateway feature.',
      },
      {
        text: 'A function URL is a dedicated HTTPS endpoint for one function, with no API Gateway in front, and its auth type is an API key or a Lambda authorizer.',
        why: 'Function URLs support only AWS_IAM or NONE; API keys and Lambda authorizers belong to API Gateway.',
      },
      {
        text: 'A function URL is a private endpoint for one function inside a VPC, reached through an interface endpoint, and its auth type is a security group.',
        why: 'Function URLs are public HTTPS endpoints under lambda-url.<region>.on.aws, controlled by AWS_IAM or NONE, not VPC endpoints.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const timeouts = [
  {
    id: 'key-concepts.max-timeout',
    kind: 'limit',
    topic: 'key-concepts',
    subject: 'maximum execution timeout of a Lambda function',
    value: { kind: 'exact', n: 15, unit: 'min' },
    statement: 'A standard Lambda function can run for at most 15 minutes per invocation.',
    why: 'The timeout setting accepts up to 900 seconds; when it is reached, Lambda stops the invocation and reports a timeout error.',
    takeaway:
      'Anything that can take longer than 15 minutes must be split into steps or moved to containers.',
    ask: 'A nightly job in a Lambda function sometimes needs 40 minutes. What is the longest a single invocation can run?',
    examNote:
      'Exam questions expect 15 minutes. Newer Lambda features, such as durable functions and Lambda Managed Instances, can run longer but are outside the exams’ scope.',
    docs: cite(`${lambdaGuide}gettingstarted-limits.html`),
    seed: fromTips,
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A standard Lambda function can run for up to 60 minutes per invocation once its timeout is raised.',
        why: 'The maximum timeout is 15 minutes; an hour-long job needs Step Functions or containers.',
        figure: { kind: 'exact', n: 60, unit: 'min' },
      },
      {
        text: 'A standard Lambda function can run for at most 5 minutes per invocation.',
        why: '5 minutes was the maximum before 2018; it is now 15 minutes.',
        figure: { kind: 'exact', n: 5, unit: 'min' },
      },
      {
        text: 'A standard Lambda function can run for up to 30 minutes per invocation once its timeout is raised.',
        why: 'No Lambda timeout is 30 minutes: standard functions stop at 15 minutes.',
        figure: { kind: 'exact', n: 30, unit: 'min' },
      },
    ],
  },
  {
    id: 'key-concepts.long-tasks',
    kind: 'rule',
    topic: 'key-concepts',
    statement:
      'Work that can outlast the Lambda maximum timeout should be split into steps that Step Functions orchestrates, or run as an Amazon ECS task on Fargate.',
    why: 'A Step Functions workflow can run far longer than one invocation and can wait for an ECS or Fargate task to finish with the .sync pattern, so no single Lambda invocation has to run past its limit.',
    takeaway:
      'Past 15 minutes, the answer is Step Functions with Fargate or ECS, never a bigger Lambda timeout.',
    ask: 'A data export takes about two hours and keeps timing out in Lambda. What should the team do with work like this?',
    docs: cite(`${stepFunctionsGuide}connect-ecs.html`),
    seed: fromTips,
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
    misconceptions: [
      {
        text: 'Work that can outlast the Lambda maximum timeout should get a higher timeout for the function through a Service Quotas increase request to AWS Support.',
        why: 'The 15-minute maximum is a fixed limit that Service Quotas cannot raise.',
      },
      {
        text: 'Work that can outlast the Lambda maximum timeout should use provisioned concurrency, so that the execution environment stays alive until the work ends.',
        why: 'Provisioned concurrency removes cold starts; it does not extend the timeout of an invocation.',
      },
      {
        text: 'Work that can outlast the Lambda maximum timeout should be invoked asynchronously, because asynchronous invocations are not subject to the timeout.',
        why: 'Asynchronous invocations obey the same timeout; only the caller stops waiting for the result.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const keyConceptFacts = [
  ...runtimeConcepts,
  ...accessConcepts,
  ...timeouts,
] as const satisfies readonly Fact[];

export const keyConceptsTopic = {
  id: 'key-concepts',
  title: 'Key concepts',
  summary:
    'Execution environment, handler, execution role vs resource policy, function URLs, extensions, SnapStart and /tmp.',
  section: seed,
  intro: [
    'Execution environments, handlers, roles and policies, function URLs, extensions, SnapStart and /tmp come up in almost every Lambda question. The most tested pair is the execution role, which decides what the function can call, and the resource-based policy, which decides who can invoke the function.',
    'An execution environment is reused while it stays warm, and so is its /tmp directory: a file written there can be read by later invocations in the same environment, but never by other environments.',
  ],
  tables: [],
  facts: keyConceptFacts,
  sets: [],
  checklist: [],
  tips: [],
} as const satisfies Topic;
