/**
 * Fixing a slow, failing or costly function: memory, sizing from Max Memory Used (capped at the
 * current size), AWS Lambda Power Tuning (over sizes up to the
 * current one, applying the cheapest), arm64, the timeout, initialization code outside the
 * handler, provisioned concurrency or ephemeral storage. Only a larger memory setting adds memory
 * and CPU, so no question pairs two ways of doing the same thing.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const memory = 'raise-memory';
const powerTuning = 'power-tuning';
const arm64 = 'arm64';
const timeout = 'raise-timeout';
const initCode = 'init-outside-handler';
const provisioned = 'provisioned';
const storage = 'ephemeral-storage';
const maxUsed = 'max-memory-used';

export const memoryTuning = {
  id: 'memory-tuning',
  topic: 'performance',
  title: 'Tuning memory, architecture, timeout and initialization of a function',
  exams: ['DVA-C02'],
  domains: ['dva-4'],
  settings: [
    '{company} runs a Lambda function written in {language} that {task}. The function has {size} MB of memory, and everything else is configured with the defaults.',
    'A developer at {company} maintains a {language} Lambda function that {task}. It is configured with {size} MB of memory and otherwise uses the defaults.',
  ],
  slots: {
    company: ['a logistics company', 'an insurance company', 'a publisher', 'a retailer'],
    language: ['Python', 'Node.js', 'Java'],
    task: [
      'resizes images uploaded to Amazon S3',
      'extracts text from scanned documents',
      'converts uploaded spreadsheets into reports',
    ],
    size: ['1,024'],
    wait: ['five', 'eight', 'ten'],
    n: ['20', '40'],
    init: ['three', 'five'],
  },
  options: [
    {
      id: memory,
      text: 'Raise the function’s memory setting from 1,024 MB to 2,048 MB, and keep its handler code, architecture and timeout as they are.',
      why: 'Lambda allocates CPU in proportion to memory, so 2,048 MB gives the function both more memory and more CPU for every invocation.',
      facts: [
        'limits.cpu-follows-memory',
        'performance.memory-first-step',
        'performance.report-max-memory',
      ],
    },
    {
      id: powerTuning,
      text: 'Run AWS Lambda Power Tuning with a sample event at memory settings from 128 MB to 1,024 MB, and apply the cheapest setting.',
      why: 'Power Tuning uses Step Functions to invoke the function in your account at each memory size you list, measures the duration and cost of each one, and can apply the cheapest.',
      facts: ['performance.power-tuning', 'limits.cpu-follows-memory'],
    },
    {
      id: arm64,
      text: 'Switch the function’s architecture from x86_64 to arm64, keep its memory setting, and rebuild its native dependencies for Arm.',
      why: 'On arm64 the function runs on AWS Graviton processors, whose duration costs less per GB-second, once its native dependencies are built for Arm.',
      facts: ['performance.arm64-price-performance', 'performance.arm64-compatibility'],
    },
    {
      id: timeout,
      text: 'Raise the Lambda timeout of the function to one minute, and leave its memory, architecture and handler code as they are today.',
      why: 'Lambda stops an invocation when it reaches the timeout, so a timeout well above the slowest realistic duration lets slow invocations finish.',
      facts: ['limits.timeout-default', 'performance.timeout-safety-valve'],
    },
    {
      id: initCode,
      text: 'Move the creation of the AWS SDK clients from the handler function into the initialization code that runs outside it.',
      why: 'Code outside the handler runs once per execution environment, so every warm invocation reuses the clients it created instead of building them again.',
      facts: ['lifecycle.reuse-clients', 'cold-starts.mitigation-minimize-init'],
    },
    {
      id: provisioned,
      text: 'Publish a version, point the trigger at an alias for it, and keep Lambda provisioned concurrency on that alias at the usual concurrency.',
      why: 'Lambda runs the initialization of provisioned environments before requests arrive, so requests within the provisioned amount never wait for it.',
      facts: ['concurrency.provisioned', 'concurrency.provisioned-version-alias'],
    },
    {
      id: maxUsed,
      text: 'Apply a memory setting of the highest Max Memory Used in a week of Lambda REPORT lines plus 20 percent, capped at 1,024 MB.',
      why: 'The REPORT line of each invocation shows the memory it used, so the setting follows the largest use seen, with a margin, at the current size or below.',
      facts: ['performance.report-max-memory', 'limits.cpu-follows-memory'],
    },
    {
      id: storage,
      text: 'Raise the Lambda ephemeral storage of the function in /tmp from 512 MB to 2,048 MB, and keep its memory, architecture, timeout and code.',
      why: 'Ephemeral storage is the disk space of /tmp in each execution environment, separate from the memory setting, for files the function writes while it runs.',
      facts: ['key-concepts.tmp-size', 'key-concepts.tmp-storage', 'limits.tmp-default'],
    },
  ],
  requirements: [
    {
      id: 'slow-partner-api',
      label: 'a partner API slower than 3 seconds',
      text: 'The function calls a partner API that takes about {wait} seconds to answer, Lambda stops every invocation after exactly 3 seconds, and the calls must complete.',
      meets: [timeout],
      breaks: {
        [maxUsed]:
          'a memory size read from REPORT lines cannot make the partner answer sooner, so invocations still stop at 3 seconds.',
        [memory]:
          'more CPU cannot make the partner answer sooner, so invocations still stop at 3 seconds.',
        [powerTuning]:
          'no memory setting makes the partner answer sooner, so every measured run still stops at 3 seconds.',
        [arm64]:
          'a different processor does not shorten the wait for the partner, so invocations still stop at 3 seconds.',
        [initCode]:
          'creating the clients once does not shorten the partner’s reply, so invocations still stop at 3 seconds.',
        [provisioned]:
          'pre-initialized environments still wait for the partner inside the handler, and Lambda still stops them at 3 seconds.',
        [storage]:
          'more space in /tmp does not make the partner answer sooner, so invocations still stop at 3 seconds.',
      },
      takeaway:
        'An invocation stopped after exactly 3 seconds has hit the default timeout: raise the timeout above the slowest realistic reply.',
      facts: ['limits.timeout-default', 'performance.timeout-cause-slow-service'],
    },
    {
      id: 'setup-every-request',
      label: 'setup done once per environment',
      text: 'Each invocation builds its AWS SDK objects from scratch, and warm invocations must stop repeating that setup.',
      meets: [initCode],
      breaks: {
        [maxUsed]:
          'resizing memory from REPORT lines leaves the client creation inside the handler, repeated on every request.',
        [memory]:
          'the clients are still created inside the handler on every request, only with more CPU.',
        [powerTuning]:
          'a better memory setting still leaves the client creation inside the handler, repeated on every request.',
        [arm64]:
          'the clients are still created inside the handler on every request, whatever the processor.',
        [timeout]:
          'a longer timeout lets the repeated setup run longer, and it still runs on every request.',
        [provisioned]:
          'provisioned concurrency runs initialization code in advance, but clients created in the handler are still created on every request.',
        [storage]:
          'a larger /tmp leaves the client creation inside the handler, repeated on every request.',
      },
      takeaway:
        'Clients and connections belong outside the handler, where they are created once per environment and reused by warm invocations.',
      facts: ['lifecycle.reuse-clients', 'cold-starts.mitigation-minimize-init'],
    },
    {
      id: 'out-of-memory',
      label: 'enough memory for the largest files',
      text: 'Invocations on the largest files fail with a Max Memory Used equal to the {size} MB Memory Size in their REPORT lines, and they must succeed, which takes about 1,500 MB.',
      meets: [memory],
      breaks: {
        [maxUsed]:
          'the failing invocations report a Max Memory Used capped at 1,024 MB, and the setting never goes above that size, so the largest files still run out.',
        [powerTuning]:
          'none of the sizes it tests is above the current 1,024 MB, so the setting it applies leaves the largest files short of memory.',
        [arm64]:
          'the architecture does not change how much memory the function has, so the largest files still exhaust it.',
        [timeout]:
          'the invocations run out of memory, not time, and a longer timeout leaves the memory exactly as it was.',
        [initCode]:
          'creating the clients once does not lower the memory that the largest files need.',
        [provisioned]:
          'each provisioned environment has the same memory setting, so the largest files still exhaust it.',
        [storage]:
          'ephemeral storage is disk space in /tmp, separate from the memory setting, so the largest files still exhaust the memory.',
      },
      takeaway:
        'Max Memory Used equal to Memory Size in the REPORT line means the function needs a larger memory setting, not more /tmp space.',
      facts: ['performance.report-max-memory', 'limits.memory-range'],
    },
    {
      id: 'measured-choice',
      label: 'a memory setting chosen from measurements',
      text: 'The team must pick the function’s memory from measured results at several sizes, not from a single guess.',
      meets: [powerTuning],
      breaks: {
        [maxUsed]:
          'Max Memory Used is measured at the current size only, and it says nothing about the duration and cost of the function at other sizes.',
        [memory]:
          'setting 2,048 MB is a single guess, and nothing measures the function at other sizes.',
        [arm64]:
          'changing the architecture measures nothing and leaves the memory setting as it is.',
        [timeout]: 'the timeout measures nothing and leaves the memory setting as it is.',
        [initCode]: 'moving setup code measures nothing and leaves the memory setting untouched.',
        [provisioned]:
          'provisioned concurrency compares no memory sizes and keeps the current setting.',
        [storage]: 'resizing /tmp measures nothing, and the memory setting stays where it was.',
      },
      takeaway:
        'To choose memory from evidence, run AWS Lambda Power Tuning, which measures the function at each memory size.',
      facts: ['performance.power-tuning'],
    },
    {
      id: 'x86-only-library',
      label: 'an x86-only native library',
      text: 'The function loads a native library that its vendor ships only for x86_64 processors, and it must keep using that library.',
      meets: [maxUsed, memory, powerTuning, timeout, initCode, provisioned, storage],
      breaks: {
        [arm64]:
          'the vendor’s library cannot run on arm64, because every native binary must be built for the function’s architecture.',
      },
      takeaway: 'A native dependency available only for x86_64 rules out the move to arm64.',
      facts: ['performance.arm64-compatibility'],
    },
    {
      id: 'memory-fixed',
      label: 'an unchanged memory setting',
      text: 'Memory must stay at {size} MB, because the team’s capacity plan is built on that size.',
      meets: [arm64, timeout, initCode, provisioned, storage],
      breaks: {
        [maxUsed]:
          'it can lower the memory below the planned 1,024 MB whenever the week’s use is small.',
        [memory]: 'it changes the memory setting to 2,048 MB, and the memory must stay as it is.',
        [powerTuning]:
          'it hands the memory setting to whichever size measures cheapest, while the memory must stay at its planned size.',
      },
      takeaway:
        'A memory setting that must stay rules out raising it and applying a tuned size alike, since both change it.',
      facts: ['limits.cpu-follows-memory'],
    },
    {
      id: 'lower-price',
      label: 'a lower price per GB-second with no new charge',
      text: 'The code and the memory setting must stay as they are, and the price of each GB-second must drop without any new kind of charge.',
      meets: [arm64],
      breaks: {
        [maxUsed]:
          'it may change the memory setting, which must stay, and no memory size lowers the price of a GB-second.',
        [memory]:
          'it changes the memory setting, which must stay, and memory does not change the price of a GB-second.',
        [powerTuning]:
          'it may apply another memory setting, which must stay, and no memory size lowers the price of a GB-second.',
        [timeout]: 'the timeout has no effect on the price of a GB-second of duration.',
        [initCode]:
          'moving the client creation out of the handler changes the code, which must stay as it is.',
        [provisioned]:
          'provisioned concurrency adds a charge of its own for every hour it is configured.',
        [storage]:
          'ephemeral storage above 512 MB is billed on its own, and it does not lower the price of a GB-second.',
      },
      takeaway:
        'The one setting that lowers the price of each GB-second is the architecture: arm64 costs less than x86_64.',
      facts: ['performance.arm64-price-performance'],
    },
    {
      id: 'tmp-space',
      label: 'room for a 1.5 GB file in /tmp',
      text: 'Each invocation must write a 1.5 GB intermediate file to /tmp, and today that write fails for lack of space.',
      meets: [storage],
      breaks: {
        [maxUsed]:
          'the memory setting does not size /tmp, which keeps its default 512 MB whatever the REPORT lines show.',
        [memory]:
          'the memory setting does not size /tmp, which keeps its default 512 MB of ephemeral storage.',
        [powerTuning]:
          'every memory size it tests leaves /tmp at its 512 MB default, so the file still does not fit.',
        [arm64]: 'the architecture leaves /tmp at its 512 MB default, too small for the file.',
        [timeout]: 'more time makes no room in /tmp, which stays at 512 MB.',
        [initCode]: 'moving the client creation leaves /tmp at 512 MB, so the write still fails.',
        [provisioned]:
          'provisioned environments get the same 512 MB of /tmp as any other environment.',
      },
      takeaway:
        'A file larger than the 512 MB default of /tmp needs more ephemeral storage, which is set apart from memory, up to 10,240 MB.',
      facts: ['limits.tmp-default', 'key-concepts.tmp-size'],
    },
    {
      id: 'no-wait-for-init',
      label: 'no request waiting for initialization',
      text: 'Traffic is steady at about {n} concurrent requests all day, and requests must never wait for the {init}-second initialization that loads the function’s libraries.',
      meets: [provisioned],
      breaks: {
        [maxUsed]:
          'a memory size taken from REPORT lines still leaves each new environment initializing while a request waits.',
        [memory]:
          'more CPU can shorten the initialization, but each new environment still runs it while a request waits.',
        [powerTuning]:
          'a better memory setting still leaves each new environment initializing while a request waits.',
        [arm64]: 'on arm64 each new environment still initializes while a request waits.',
        [timeout]:
          'a longer timeout changes nothing about the initialization that requests wait for.',
        [initCode]:
          'moving more work into initialization code lengthens the wait for the first request of each new environment.',
        [storage]:
          'more /tmp space initializes nothing in advance, so each new environment still makes a request wait.',
      },
      takeaway:
        'Steady traffic that must never wait for initialization is what provisioned concurrency is for.',
      facts: ['concurrency.provisioned', 'cold-starts.mitigation-provisioned-concurrency'],
    },
    {
      id: 'cpu-bound',
      label: 'more CPU for CPU-bound work',
      text: 'Most of each invocation is CPU-bound processing, and the function must get more CPU so that it finishes sooner.',
      meets: [memory],
      breaks: {
        [maxUsed]:
          'the setting never goes above today’s 1,024 MB, and CPU follows memory, so the function gets no more CPU than it has.',
        [powerTuning]:
          'it tests no size above the current 1,024 MB and applies the cheapest, so the function gets no more CPU than it has today.',
        [arm64]:
          'the architecture does not raise the share of CPU, which Lambda allocates in proportion to the memory setting.',
        [timeout]: 'a longer timeout lets the work run longer without adding any CPU.',
        [initCode]: 'the processing stays inside the handler with exactly the same CPU.',
        [provisioned]: 'provisioned environments get the same CPU for the same memory setting.',
        [storage]:
          'CPU follows the memory setting alone, so a larger /tmp adds no CPU to the processing.',
      },
      takeaway:
        'Lambda has no CPU setting: a CPU-bound function gets more CPU only from a larger memory setting.',
      facts: ['limits.cpu-follows-memory', 'performance.multi-core'],
    },
  ],
  qualifiers: [],
  docs: cite(`${lambdaGuide}configuration-memory.html`),
} as const satisfies DecisionModel;
