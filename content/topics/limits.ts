/**
 * Lambda quotas the study document leaves out: memory and CPU, timeout, payloads, environment
 * variables, deployment package and container image sizes, storage.
 * `section` names the part of the document this topic extends.
 */
import type { Fact, Topic } from '../schema';
import { bothExams, cite, lambdaApi, lambdaGuide } from './authoring';

const dva = ['DVA-C02'] as const;
const memoryPage = cite(`${lambdaGuide}configuration-memory.html`);
const quotasPage = cite(`${lambdaGuide}gettingstarted-limits.html`);
const timeoutPage = cite(`${lambdaGuide}configuration-timeout.html`);
const ephemeralPage = cite(`${lambdaGuide}configuration-ephemeral-storage.html`);
const invokeApi = cite(`${lambdaApi}API_Invoke.html`);

const computeLimits = [
  {
    id: 'limits.memory-range',
    kind: 'limit',
    topic: 'limits',
    subject: 'memory you can configure for a Lambda function',
    value: { kind: 'range', min: 128, max: 10240, unit: 'MB' },
    statement: 'You can set a function’s memory anywhere from 128 MB to 10,240 MB, in 1 MB steps.',
    why: 'Memory is the one compute setting of a function: Lambda accepts any whole number of megabytes in that range and sizes the execution environment, and its share of CPU, to match.',
    takeaway:
      'Memory runs from 128 MB to 10,240 MB in 1 MB steps. A job that needs more memory than that does not fit in Lambda.',
    ask: 'A data team’s function runs out of memory at 3,008 MB and the team wants to raise it. Which memory settings can a Lambda function use?',
    docs: memoryPage,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'You can set a function’s memory anywhere from 128 MB to 3,008 MB, in 64 MB steps.',
        why: 'A 3,008 MB ceiling with 64 MB steps is the old limit. Lambda now accepts up to 10,240 MB in steps of 1 MB.',
        figure: { kind: 'range', min: 128, max: 3008, unit: 'MB' },
      },
      {
        text: 'You can set a function’s memory anywhere from 512 MB to 10,240 MB, in 1 MB steps.',
        why: '512 MB is the smallest size of /tmp, which is a separate setting. Memory can go as low as 128 MB.',
        figure: { kind: 'range', min: 512, max: 10240, unit: 'MB' },
      },
      {
        text: 'You can set a function’s memory anywhere from 64 MB to 10,240 MB, in 64 MB steps.',
        why: '64 MB was the old step size, never the minimum. The lowest setting is 128 MB and any 1 MB step is allowed.',
        figure: { kind: 'range', min: 64, max: 10240, unit: 'MB' },
      },
    ],
  },
  {
    id: 'limits.memory-default',
    kind: 'limit',
    topic: 'limits',
    subject: 'default memory of a new function',
    value: { kind: 'exact', n: 128, unit: 'MB' },
    statement:
      'A new function gets 128 MB of memory unless you set another value, which is also the lowest setting.',
    why: 'Lambda starts every function at the lowest setting and leaves sizing to you: 128 MB suits small functions that transform and route events, and heavier code needs more.',
    takeaway:
      'A function created without a memory setting has 128 MB, the minimum, and usually the least CPU.',
    ask: 'A developer creates a function without setting its memory. How much memory does the function get?',
    docs: memoryPage,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'A new function gets 1,769 MB of memory unless you set another value, so it starts with one full vCPU.',
        why: '1,769 MB is the setting at which a function has the equivalent of one vCPU. New functions start at 128 MB.',
        figure: { kind: 'exact', n: 1769, unit: 'MB' },
      },
      {
        text: 'A new function gets 512 MB of memory unless you set another value, the same size as its /tmp storage.',
        why: '512 MB is the default size of /tmp, which is configured apart from memory. Memory defaults to 128 MB.',
        figure: { kind: 'exact', n: 512, unit: 'MB' },
      },
      {
        text: 'A new function gets 1,024 MB of memory unless you set another value, a middle setting that suits most code.',
        why: '1,024 MB is a common tuned size, but Lambda does not pick a middle size for you. The default is the lowest setting, 128 MB.',
        figure: { kind: 'exact', n: 1024, unit: 'MB' },
      },
    ],
  },
  {
    id: 'limits.cpu-follows-memory',
    kind: 'rule',
    topic: 'limits',
    statement:
      'Raising the memory setting also raises CPU power, because Lambda allocates CPU in proportion to the memory configured.',
    why: 'Lambda has no separate CPU setting. The memory setting decides both the memory and the share of CPU a function gets, so it is the lever for CPU-bound code too.',
    takeaway:
      'To speed up CPU-bound code, raise the memory setting, even when the function does not need the memory.',
    ask: 'A CPU-bound function runs slowly at 512 MB although it uses only 200 MB of memory. What does raising its memory setting do?',
    docs: memoryPage,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'Raising the memory setting gives the function more memory only, because CPU power is configured separately as a number of vCPUs.',
        why: 'Lambda has no CPU setting. The memory setting is the only lever, and CPU is allocated in proportion to it.',
      },
      {
        text: 'Raising the memory setting changes nothing for a CPU-bound function, because every function gets the same CPU power.',
        why: 'CPU power grows with the memory setting, so a CPU-bound function can run faster even if it never uses the extra memory.',
      },
      {
        text: 'Raising the memory setting adds CPU power only once the function actually uses more memory than before.',
        why: 'The CPU share follows the configured memory setting, not the memory the code happens to use.',
      },
    ],
  },
  {
    id: 'limits.one-vcpu',
    kind: 'limit',
    topic: 'limits',
    subject: 'memory setting at which a function gets the equivalent of one vCPU',
    value: { kind: 'exact', n: 1769, unit: 'MB' },
    statement: 'At 1,769 MB of memory a function has the equivalent of one full vCPU.',
    why: 'CPU is allocated in proportion to memory, and 1,769 MB is the point where the share reaches one vCPU-second of credit per second. Below it a function gets a fraction of a vCPU.',
    takeaway:
      'Below 1,769 MB a function gets less than one vCPU, so CPU-bound code speeds up as memory rises toward it.',
    ask: 'A single-threaded function is CPU-bound. At what memory setting does it get the equivalent of one full vCPU?',
    docs: memoryPage,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'At 1,024 MB of memory a function has the equivalent of one full vCPU.',
        why: 'One vCPU’s worth of CPU is reached at 1,769 MB, not at 1 GB. At 1,024 MB a function still has only part of a vCPU.',
        figure: { kind: 'exact', n: 1024, unit: 'MB' },
      },
      {
        text: 'At 3,008 MB of memory a function has the equivalent of one full vCPU.',
        why: '3,008 MB was the old memory ceiling. The equivalent of one vCPU arrives earlier, at 1,769 MB.',
        figure: { kind: 'exact', n: 3008, unit: 'MB' },
      },
      {
        text: 'At 10,240 MB of memory a function has the equivalent of one full vCPU.',
        why: 'CPU keeps growing with memory, so the maximum setting gives well over one vCPU. One vCPU is reached at 1,769 MB.',
        figure: { kind: 'exact', n: 10240, unit: 'MB' },
      },
    ],
  },
  {
    id: 'limits.timeout-default',
    kind: 'limit',
    topic: 'limits',
    subject: 'default timeout of a new function',
    value: { kind: 'exact', n: 3, unit: 's' },
    statement: 'A new function times out after 3 seconds unless you set a longer timeout.',
    why: 'Lambda stops an invocation when it reaches the function’s timeout. The setting starts at 3 seconds and can be raised in 1 second steps up to 900 seconds.',
    takeaway:
      'A function that fails after exactly 3 seconds is usually running with the default timeout.',
    ask: 'A developer deploys a new function without setting a timeout, and its calls to a slow API fail. After how long does Lambda stop each invocation?',
    docs: timeoutPage,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'A new function times out after 900 seconds unless you set a shorter timeout.',
        why: '900 seconds, 15 minutes, is the highest timeout you can set, not the default, which is 3 seconds.',
        figure: { kind: 'exact', n: 900, unit: 's' },
      },
      {
        text: 'A new function times out after 29 seconds unless you set a longer timeout.',
        why: '29 seconds is the default integration timeout of an API Gateway REST API. A Lambda function defaults to 3 seconds.',
        figure: { kind: 'exact', n: 29, unit: 's' },
      },
      {
        text: 'A new function times out after 5 seconds unless you set a longer timeout, like an edge function.',
        why: 'Five seconds is the limit of a Lambda@Edge viewer trigger. A standard function defaults to 3 seconds.',
        figure: { kind: 'exact', n: 5, unit: 's' },
      },
    ],
  },
] as const satisfies readonly Fact[];

const payloadLimits = [
  {
    id: 'limits.sync-payload',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum payload of a synchronous invocation, in each direction',
    value: { kind: 'exact', n: 6, unit: 'MB' },
    statement:
      'A synchronous invocation accepts a request payload of up to 6 MB and returns a response of up to 6 MB.',
    why: 'The Invoke API caps a synchronous request and its buffered response at 6 MB each. Larger data is passed by reference, for example as an S3 object key, and only response streaming lets a response grow past it, to 200 MB.',
    takeaway:
      'Six MB each way for a synchronous call. For larger data, put it in S3 and pass the key.',
    ask: 'An API client invokes a function synchronously, without response streaming, and sends an 8 MB JSON document that fails. What is the largest payload such a call can carry in each direction?',
    docs: invokeApi,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'A synchronous invocation accepts a request payload of up to 1 MB and returns a response of up to 1 MB.',
        why: '1 MB is the limit of an asynchronous event. A synchronous call carries up to 6 MB in each direction.',
        figure: { kind: 'exact', n: 1, unit: 'MB' },
      },
      {
        text: 'A synchronous invocation accepts a request payload of up to 50 MB and returns a response of up to 50 MB.',
        why: '50 MB is the zipped size of a deployment package uploaded directly, not an invocation payload limit.',
        figure: { kind: 'exact', n: 50, unit: 'MB' },
      },
      {
        text: 'A synchronous invocation accepts a request payload of up to 200 MB and returns a response of up to 200 MB.',
        why: '200 MB is the cap of a streamed response only. A buffered synchronous call carries at most 6 MB each way.',
        figure: { kind: 'exact', n: 200, unit: 'MB' },
      },
    ],
  },
  {
    id: 'limits.async-payload',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum payload of an asynchronous invocation',
    value: { kind: 'exact', n: 1, unit: 'MB' },
    statement: 'An asynchronous invocation accepts an event payload of up to 1 MB.',
    why: 'Lambda places an asynchronous event in its internal queue before the function runs, and a queued event may be at most 1 MB. AWS raised this limit from 256 KB, which the deprecated InvokeAsync API still states.',
    takeaway:
      'One MB for an asynchronous event, six MB for a synchronous call. Older material says 256 KB for asynchronous events.',
    ask: 'A developer sends events to a function with InvocationType set to Event. What is the largest payload each asynchronous invocation accepts?',
    examNote:
      'Older exam questions, written before AWS raised the limit to 1 MB, expect 256 KB as the maximum asynchronous payload.',
    docs: invokeApi,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An asynchronous invocation accepts an event payload of up to 256 KB.',
        why: '256 KB was the limit before AWS raised it, and the deprecated InvokeAsync API still caps events at 256 KB. The Invoke API with InvocationType Event accepts up to 1 MB.',
        figure: { kind: 'exact', n: 256, unit: 'KB' },
      },
      {
        text: 'An asynchronous invocation accepts an event payload of up to 6 MB, the same as a synchronous one.',
        why: '6 MB is the synchronous limit. An asynchronous event must fit in 1 MB.',
        figure: { kind: 'exact', n: 6, unit: 'MB' },
      },
      {
        text: 'An asynchronous invocation accepts an event payload of up to 200 MB, like a streamed response.',
        why: '200 MB is the cap of a streamed response from a function URL. An asynchronous event is at most 1 MB.',
        figure: { kind: 'exact', n: 200, unit: 'MB' },
      },
    ],
  },
  {
    id: 'limits.env-vars-size',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum total size of all environment variables of a function',
    value: { kind: 'exact', n: 4, unit: 'KB' },
    statement: 'All of a function’s environment variables together can take up at most 4 KB.',
    why: 'The quota applies to the whole set of variables in aggregate, so splitting a value across several variables gains no room. Larger configuration belongs in Parameter Store, AppConfig or S3.',
    takeaway:
      'Four KB for all environment variables together. Anything bigger, or secret, goes to a configuration or secrets service.',
    ask: 'A developer wants to put a 20 KB JSON configuration into a function’s environment variables. How much room do all the variables have together?',
    docs: quotasPage,
    exams: dva,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'All of a function’s environment variables together can take up at most 20 KB.',
        why: '20 KB is the size limit of a function’s resource-based policy. Environment variables share 4 KB.',
        figure: { kind: 'exact', n: 20, unit: 'KB' },
      },
      {
        text: 'All of a function’s environment variables together can take up at most 256 KB, like an event.',
        why: '256 KB was the old asynchronous payload limit, not a configuration limit. Environment variables get 4 KB in total.',
        figure: { kind: 'exact', n: 256, unit: 'KB' },
      },
      {
        text: 'All of a function’s environment variables together can take up at most 64 KB.',
        why: 'The aggregate limit is 4 KB, so a configuration of tens of kilobytes belongs in Parameter Store or AppConfig.',
        figure: { kind: 'exact', n: 64, unit: 'KB' },
      },
    ],
  },
  {
    id: 'limits.tmp-default',
    kind: 'limit',
    topic: 'limits',
    subject: 'default size of the /tmp directory',
    value: { kind: 'exact', n: 512, unit: 'MB' },
    statement:
      'The /tmp directory of a function is 512 MB unless you configure more, and 512 MB is also the smallest size.',
    why: 'Ephemeral storage is its own setting, apart from memory. It starts at 512 MB and can be raised in 1 MB steps up to 10,240 MB.',
    takeaway:
      'A function that writes large temporary files needs its ephemeral storage raised above the 512 MB default.',
    ask: 'A function writes a 700 MB file to /tmp and fails because the disk is full. How large is /tmp when no size was configured?',
    docs: ephemeralPage,
    seed: 'Key Concepts',
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'The /tmp directory of a function is 10,240 MB unless you configure less, and 10,240 MB is also the largest size.',
        why: '10,240 MB is the largest /tmp you can configure, not the default, which is 512 MB.',
        figure: { kind: 'exact', n: 10240, unit: 'MB' },
      },
      {
        text: 'The /tmp directory of a function is 250 MB unless you configure more, the same as the unzipped package limit.',
        why: '250 MB is the unzipped size limit of a function and its layers, not the size of /tmp.',
        figure: { kind: 'exact', n: 250, unit: 'MB' },
      },
      {
        text: 'The /tmp directory of a function is 128 MB unless you configure more, the same as the default memory.',
        why: 'Memory and /tmp are separate settings. Memory defaults to 128 MB and /tmp to 512 MB.',
        figure: { kind: 'exact', n: 128, unit: 'MB' },
      },
    ],
  },
] as const satisfies readonly Fact[];

const packageLimits = [
  {
    id: 'limits.zip-direct-upload',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum size of a .zip deployment package uploaded directly to Lambda, zipped',
    value: { kind: 'exact', n: 50, unit: 'MB' },
    statement: 'A .zip deployment package uploaded directly to Lambda can be at most 50 MB zipped.',
    why: 'A direct upload sends the archive inside the API request, which Lambda caps at 50 MB. A larger archive is staged in S3, and then only the 250 MB unzipped limit applies.',
    takeaway: 'Above 50 MB zipped, upload the .zip to S3 and point Lambda at the object.',
    ask: 'A build produces a 70 MB .zip deployment package that the pipeline uploads directly with UpdateFunctionCode, and the call fails. What is the largest zipped file a direct upload accepts?',
    docs: quotasPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'A .zip deployment package uploaded directly to Lambda can be at most 250 MB zipped.',
        why: '250 MB is the unzipped limit for the function and its layers together, not the zipped size of a direct upload.',
        figure: { kind: 'exact', n: 250, unit: 'MB' },
      },
      {
        text: 'A .zip deployment package uploaded directly to Lambda can be at most 3 MB zipped, or the console rejects it.',
        why: '3 MB is the largest package the console code editor can display, not the upload limit, which is 50 MB.',
        figure: { kind: 'exact', n: 3, unit: 'MB' },
      },
      {
        text: 'A .zip deployment package uploaded directly to Lambda can be at most 6 MB zipped, like any API payload.',
        why: '6 MB is the synchronous invocation payload limit. A directly uploaded .zip can be up to 50 MB.',
        figure: { kind: 'exact', n: 6, unit: 'MB' },
      },
    ],
  },
  {
    id: 'limits.large-zip-from-s3',
    kind: 'rule',
    topic: 'limits',
    statement:
      'A .zip deployment package too large for direct upload is put in Amazon S3 first, and Lambda reads it from there.',
    why: 'The direct-upload limit applies only to an archive sent in the API request. A package in S3 is passed by bucket and key, and only the unzipped size limit still applies.',
    takeaway:
      'A .zip that is too large to upload directly but small enough unzipped is deployed from S3, with no repackaging.',
    ask: 'A team’s .zip deployment package is too large to upload directly to Lambda but is within the unzipped size limit. How can the team deploy it?',
    docs: quotasPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'A .zip deployment package too large for direct upload must be split across several functions that call one another.',
        why: 'Splitting is unnecessary: staging the package in S3 removes the direct-upload limit.',
      },
      {
        text: 'A .zip deployment package too large for direct upload is accepted by Lambda after a quota increase in Service Quotas.',
        why: 'The deployment package size limits are fixed and cannot be raised. Staging the package in S3 is the supported path.',
      },
      {
        text: 'A .zip deployment package too large for direct upload must be rebuilt as a container image stored in Amazon ECR.',
        why: 'A container image works but is not required: a .zip within the unzipped limit deploys from S3 as it is.',
      },
    ],
  },
  {
    id: 'limits.container-image-size',
    kind: 'limit',
    topic: 'limits',
    subject:
      'maximum uncompressed size of a function’s container image, including all image layers',
    value: { kind: 'exact', n: 10, unit: 'GB' },
    statement:
      'A function’s container image can be at most 10 GB uncompressed, including all of its layers.',
    why: 'A container image is the package type for large dependencies: Lambda accepts an image of up to 10 GB uncompressed, far above the 250 MB unzipped limit of a .zip package.',
    takeaway:
      'When code and dependencies outgrow 250 MB unzipped, package the function as a container image of up to 10 GB.',
    ask: 'A team moves a machine learning function with a 3 GB model from a .zip package to a container image. What is the largest uncompressed image Lambda accepts?',
    docs: quotasPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'A function’s container image can be at most 250 MB uncompressed, including all of its layers.',
        why: '250 MB unzipped is the quota of a .zip package together with its Lambda layers. A container image is the package type that lifts it, up to 10 GB uncompressed.',
        figure: { kind: 'exact', n: 250, unit: 'MB' },
      },
      {
        text: 'A function’s container image can be at most 75 GB uncompressed, including all of its layers.',
        why: '75 GB is the default Regional code storage for .zip packages and layers. A single image is limited to 10 GB.',
        figure: { kind: 'exact', n: 75, unit: 'GB' },
      },
      {
        text: 'A function’s container image can be at most 50 MB uncompressed, including all of its layers.',
        why: '50 MB is the largest zipped .zip package that can be uploaded directly to Lambda. A container image is pushed to Amazon ECR and can be up to 10 GB uncompressed.',
        figure: { kind: 'exact', n: 50, unit: 'MB' },
      },
    ],
  },
  {
    id: 'limits.code-storage',
    kind: 'limit',
    topic: 'limits',
    subject: 'default storage per Region for .zip packages and layers',
    value: { kind: 'exact', n: 75, unit: 'GB' },
    statement:
      'Uploaded .zip packages and layers share a code storage quota of 75 GB per Region by default, which can be raised.',
    why: 'Every published function version and layer version keeps its own copy of the package, so storage grows with each publish until old versions are deleted. Container images are stored in Amazon ECR instead.',
    takeaway:
      'Publishing on every commit fills the 75 GB code storage quota. Delete unused versions or request an increase.',
    ask: 'A team publishes new versions of dozens of functions on every commit and gets a CodeStorageExceededException. What is the default code storage quota for .zip packages and layers in a Region?',
    docs: quotasPage,
    exams: dva,
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'Uploaded .zip packages and layers share a code storage quota of 10 GB per Region by default, which can be raised.',
        why: '10 GB is the size limit of one container image. The Regional code storage quota starts at 75 GB.',
        figure: { kind: 'exact', n: 10, unit: 'GB' },
      },
      {
        text: 'Uploaded .zip packages and layers share a code storage quota of 250 GB per Region by default, which can be raised.',
        why: '250 MB, not GB, is the unzipped limit of one function with its layers. The Regional storage quota is 75 GB.',
        figure: { kind: 'exact', n: 250, unit: 'GB' },
      },
      {
        text: 'Uploaded .zip packages and layers share a code storage quota of 1,000 GB per Region by default, which can be raised.',
        why: 'Storage can be raised to terabytes on request, but the default quota is 75 GB.',
        figure: { kind: 'exact', n: 1000, unit: 'GB' },
      },
    ],
  },
  {
    id: 'limits.new-account-quotas',
    kind: 'rule',
    topic: 'limits',
    statement:
      'A new AWS account starts with reduced Lambda concurrency and memory quotas, which AWS raises automatically as the account is used.',
    why: 'New accounts get a quota profile meant for exploration. AWS raises the concurrency and memory quotas based on usage, and the Service Quotas console shows what applies now.',
    takeaway:
      'Before a launch in a new account, check its Lambda quotas in Service Quotas: they can be far below the usual defaults.',
    ask: 'A company creates a new AWS account for a product launch, and its load test is throttled far below the usual concurrency quota. What explains this?',
    docs: quotasPage,
    exams: bothExams,
    domains: ['dva-4', 'sap-1'],
    misconceptions: [
      {
        text: 'A new AWS account starts with higher Lambda quotas during a free trial, which AWS lowers automatically after the first month.',
        why: 'It works the other way round: new accounts start lower and AWS raises their quotas with usage.',
      },
      {
        text: 'A new AWS account shares its Lambda concurrency quota with the other accounts of its organization until AWS separates them.',
        why: 'Concurrency quotas apply per account and per Region. Accounts in an organization never share one pool.',
      },
      {
        text: 'A new AWS account gets the same Lambda quotas as every other account, so throttling in a new account always comes from reserved concurrency on some function.',
        why: 'New accounts get a reduced quota profile, so the account itself can be the cause even when no function reserves concurrency.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const limitFacts = [
  ...computeLimits,
  ...payloadLimits,
  ...packageLimits,
] as const satisfies readonly Fact[];

export const limitsTopic = {
  id: 'limits',
  title: 'Limits and quotas',
  summary:
    'Memory and CPU, timeout, payloads, package sizes and storage: the numbers behind a function.',
  section: 'Key Concepts',
  intro: [
    'Many exam questions hinge on a quota: a payload that is too large for an asynchronous call, a function that times out at its default setting, or a memory setting that also decides CPU power.',
    'Concurrency and code storage quotas apply per Region and can be raised on request. Payload, package and image sizes are fixed, so designs work around them, for example by passing an S3 object key instead of the data.',
  ],
  tables: [],
  facts: limitFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
