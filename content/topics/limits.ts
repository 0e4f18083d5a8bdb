/**
 * Lambda quotas the study document leaves out: memory and CPU, timeout, payloads, environment
 * variables, deployment package and container image sizes, storage.
 * `section` names the part of the document this topic extends.
 */
import type { Fact, Topic } from '../schema';
import { lambdaGuide, noteFactCheck } from './authoring';
import { beyond, citeAwsDocs, lambdaApi } from './beyond-sources';

const memoryPage = citeAwsDocs(`${lambdaGuide}configuration-memory.html`);
const quotasPage = citeAwsDocs(`${lambdaGuide}gettingstarted-limits.html`);
const invokeApi = citeAwsDocs(`${lambdaApi}API_Invoke.html`);
const domains = ['dva-4', 'sap-2'] as const;

const asyncPayloadNote = noteFactCheck(
  'The deprecated InvokeAsync API still states a 256 KB payload limit and points to Invoke for payloads up to 1 MB; the Invoke reference gives 1 MB for asynchronous invocation.',
  `${lambdaApi}API_InvokeAsync.html`,
  'Questions written before the limit was raised expect 256 KB for asynchronous invocation.',
);

export const limitFacts = [
  {
    ...beyond,
    id: 'limits.memory-range',
    kind: 'limit',
    topic: 'limits',
    subject: 'memory you can configure for a Lambda function',
    value: { kind: 'range', min: 128, max: 10240, unit: 'MB' },
    statement: 'You can configure a function’s memory from 128 MB to 10,240 MB, in 1-MB steps.',
    source: memoryPage,
    domains,
    misconceptions: [
      'Function memory can be set only in 64-MB steps, up to 3,008 MB.',
      'Function memory is fixed by Lambda; only the timeout can be configured.',
    ],
  },
  {
    ...beyond,
    id: 'limits.memory-default',
    kind: 'limit',
    topic: 'limits',
    subject: 'default memory of a new function',
    value: { kind: 'exact', n: 128, unit: 'MB' },
    statement: 'A new function gets 128 MB of memory by default, which is also the lowest setting.',
    source: memoryPage,
    domains,
    misconceptions: [
      'A new function gets 1,024 MB of memory by default.',
      'A new function starts with the highest memory setting, to avoid out-of-memory errors.',
    ],
  },
  {
    ...beyond,
    id: 'limits.cpu-follows-memory',
    kind: 'rule',
    topic: 'limits',
    statement:
      'Lambda allocates CPU power in proportion to the memory setting, so raising memory also raises CPU.',
    source: memoryPage,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'CPU is configured separately from memory, as a number of vCPUs.',
      'Every function gets the same CPU power, whatever its memory setting.',
    ],
  },
  {
    ...beyond,
    id: 'limits.one-vcpu',
    kind: 'limit',
    topic: 'limits',
    subject: 'memory setting at which a function gets the equivalent of one vCPU',
    value: { kind: 'exact', n: 1769, unit: 'MB' },
    statement: 'At 1,769 MB of memory a function has the equivalent of one vCPU.',
    source: memoryPage,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'A function reaches the equivalent of one vCPU only at the maximum memory setting.',
      'A function has the equivalent of one vCPU at every memory setting.',
    ],
  },
  {
    ...beyond,
    id: 'limits.timeout-default',
    kind: 'limit',
    topic: 'limits',
    subject: 'default timeout of a new function',
    value: { kind: 'exact', n: 3, unit: 's' },
    statement: 'A new function times out after 3 seconds unless you configure a longer timeout.',
    source: citeAwsDocs(`${lambdaGuide}configuration-timeout.html`),
    domains,
    misconceptions: [
      'A new function’s timeout defaults to the maximum, so it never stops early.',
      'A new function has no timeout until you set one.',
    ],
  },
  {
    ...beyond,
    id: 'limits.sync-payload',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum payload of a synchronous invocation, in each direction',
    value: { kind: 'exact', n: 6, unit: 'MB' },
    statement:
      'A synchronous invocation carries up to 6 MB of request payload and 6 MB of response.',
    source: invokeApi,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'A synchronous invocation carries up to 64 KB of request payload.',
      'A synchronous invocation has no payload limit as long as the function has enough memory.',
    ],
  },
  {
    ...beyond,
    id: 'limits.async-payload',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum payload of an asynchronous invocation',
    value: { kind: 'exact', n: 1, unit: 'MB' },
    statement: 'An asynchronous invocation accepts up to 1 MB of payload.',
    source: invokeApi,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'An asynchronous invocation accepts the same payload size as a synchronous one.',
      'An asynchronous invocation accepts up to 32 KB of payload.',
    ],
    factCheck: asyncPayloadNote,
  },
  {
    ...beyond,
    id: 'limits.tmp-default',
    kind: 'limit',
    topic: 'limits',
    subject: 'default size of the /tmp directory',
    value: { kind: 'exact', n: 512, unit: 'MB' },
    statement: 'The /tmp directory is 512 MB by default, the smallest size you can configure.',
    source: citeAwsDocs(`${lambdaGuide}API_EphemeralStorage.html`),
    domains,
    misconceptions: [
      'The /tmp directory gets the largest configurable size by default.',
      'The /tmp directory is absent until you configure a size for it.',
    ],
  },
  {
    ...beyond,
    id: 'limits.env-vars-size',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum total size of all environment variables of a function',
    value: { kind: 'exact', n: 4, unit: 'KB' },
    statement: 'All of a function’s environment variables together can be at most 4 KB.',
    source: quotasPage,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'The 4 KB limit applies to each environment variable separately, so more variables allow more data in total.',
      'A function’s environment variables can take up to 64 KB in total.',
      'Environment variables have no size limit, so large configuration files can be kept in them.',
    ],
  },
  {
    ...beyond,
    id: 'limits.zip-direct-upload',
    kind: 'limit',
    topic: 'limits',
    subject: 'maximum size of a .zip deployment package uploaded directly to Lambda, zipped',
    value: { kind: 'exact', n: 50, unit: 'MB' },
    statement:
      'A .zip deployment package can be at most 50 MB zipped when uploaded directly to Lambda through the console, API or SDKs.',
    source: quotasPage,
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      'A .zip deployment package uploaded directly to Lambda can be at most 25 MB zipped.',
      'The 50 MB direct-upload limit applies to the unzipped contents, not to the .zip file.',
      'Uploading a .zip through the Lambda console allows larger packages than uploading it through the API.',
    ],
  },
  {
    ...beyond,
    id: 'limits.large-zip-from-s3',
    kind: 'rule',
    topic: 'limits',
    statement:
      'A .zip deployment package larger than 50 MB zipped must be uploaded from Amazon S3 instead of directly.',
    source: quotasPage,
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      'A .zip package too large for direct upload must be split across several functions.',
      'Lambda accepts .zip packages of any size when they are uploaded directly.',
    ],
  },
  {
    ...beyond,
    id: 'limits.container-image-size',
    kind: 'limit',
    topic: 'limits',
    subject:
      'maximum uncompressed size of a function’s container image, including all image layers',
    value: { kind: 'exact', n: 10, unit: 'GB' },
    statement:
      'A function’s container image can be at most 10 GB uncompressed, including all image layers.',
    source: quotasPage,
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      'A function’s container image can be at most 1 GB uncompressed.',
      'Each layer of a container image can be up to 10 GB, so a whole image can be larger than 10 GB.',
      'Container images have no size limit, because Amazon ECR stores them.',
    ],
  },
  {
    ...beyond,
    id: 'limits.code-storage',
    kind: 'limit',
    topic: 'limits',
    subject: 'default storage per Region for .zip packages and layers',
    value: { kind: 'exact', n: 75, unit: 'GB' },
    statement:
      'Uploaded .zip packages and layers share a default code storage quota of 75 GB per Region, which can be raised.',
    source: quotasPage,
    domains: ['dva-3', 'sap-1'],
    misconceptions: [
      'Code storage is unlimited, so old function versions never need cleaning up.',
      'Every function version gets its own separate code storage quota.',
    ],
  },
  {
    ...beyond,
    id: 'limits.new-account-quotas',
    kind: 'rule',
    topic: 'limits',
    statement:
      'New AWS accounts start with reduced concurrency and memory quotas, which AWS raises automatically with usage.',
    source: quotasPage,
    domains: ['dva-4', 'sap-1'],
    misconceptions: [
      'New AWS accounts start with higher Lambda quotas that AWS lowers after the first month.',
      'Lambda quotas are the same for every account and can never change.',
    ],
  },
] as const satisfies readonly Fact[];

export const limitsTopic = {
  id: 'limits',
  title: 'Limits and quotas',
  summary:
    'Memory and CPU, timeout, payloads, package sizes and storage: the numbers behind a function.',
  section: 'Key Concepts',
  intro: [
    'Many exam questions hinge on a quota: a payload that is too large for an asynchronous call, a function that times out at its default setting, or a memory setting that also decides CPU power.',
    'Concurrency and code storage quotas apply per Region and can be raised on request; payload, package and image sizes cannot.',
  ],
  tables: [],
  facts: limitFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
