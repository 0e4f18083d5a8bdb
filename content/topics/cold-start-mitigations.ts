/** Cold-start mitigations, SnapStart, and the costs that come with them. */
import type { Fact, FactSet } from '../schema';
import { bothExams, cite, lambdaGuide, lambdaOperatorGuide } from './authoring';

const seed = '3. Cold Starts' as const;
const domains = ['dva-4', 'sap-3'] as const;

const snapStartPage = cite(`${lambdaGuide}snapstart.html`);
const provisionedPage = cite(`${lambdaGuide}provisioned-concurrency.html`);
const bestPractices = cite(`${lambdaGuide}best-practices.html`);
const executionEnvironments = cite(`${lambdaOperatorGuide}execution-environments.html`);

export const mitigationSet = {
  id: 'cold-starts.mitigations',
  topic: 'cold-starts',
  title: 'Cold-start mitigations',
  ask: 'A team wants to shorten or avoid the cold starts of a latency-sensitive function. Which of these changes reduces cold-start latency?',
  askMany:
    'A team wants to shorten or avoid the cold starts of a latency-sensitive function. Which of these changes reduce cold-start latency?',
  nonMembers: [
    {
      text: 'Raising the function’s timeout',
      why: 'The timeout only limits how long an invocation may run; it does not shorten the creation or initialization of a new environment.',
    },
    {
      text: 'Creating SDK clients inside the handler',
      why: 'Work inside the handler runs on every invocation, so warm requests get slower too; clients belong outside the handler, where warm invocations reuse them.',
    },
    {
      text: 'Adding a dead-letter queue to the function',
      why: 'A dead-letter queue keeps asynchronous events that failed every retry; it has no effect on how environments start.',
    },
    {
      text: 'Setting reserved concurrency on the function',
      why: 'Reserved concurrency guarantees and caps capacity, but its environments are still created on demand, with cold starts.',
    },
    {
      text: 'Adding more layers to the function',
      why: 'Layers add files that Lambda must extract into /opt; they never make initialization faster.',
    },
  ],
  docs: executionEnvironments,
  seed,
} as const satisfies FactSet;

const mitigations = [
  {
    id: 'cold-starts.mitigation-provisioned-concurrency',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Configuring provisioned concurrency',
    topic: 'cold-starts',
    statement:
      'Provisioned concurrency initializes environments before requests arrive, so requests within it have no cold start, and it is billed even while idle.',
    why: 'Lambda runs the Init phase for the provisioned environments when the configuration is applied and keeps them ready; requests beyond the provisioned amount use on-demand environments that can still cold-start.',
    takeaway:
      'Provisioned concurrency is the one mitigation that removes cold starts for the traffic it covers, at a continuous cost.',
    docs: provisionedPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Provisioned concurrency removes cold starts for free, because it only changes how the function scales.',
        why: 'Provisioned environments are billed for as long as they are configured, whether or not requests use them.',
      },
      {
        text: 'Provisioned concurrency shortens the Init phase of each new environment but still runs it when a request arrives.',
        why: 'Provisioned environments are initialized before any request arrives, so requests they serve skip the Init phase entirely.',
      },
    ],
  },
  {
    id: 'cold-starts.mitigation-smaller-package',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Shrinking the deployment package',
    topic: 'cold-starts',
    statement:
      'A smaller deployment package shortens cold starts, because Lambda has less code to download and unpack before the runtime starts.',
    why: 'AWS recommends keeping the package to what the runtime needs, since a new environment must download and unpack it before initialization can begin.',
    takeaway:
      'Drop unused dependencies and development files from the package; large packages mean slower cold starts.',
    docs: bestPractices,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Package size has no effect on cold starts, because Lambda keeps every function’s code unpacked in memory.',
        why: 'A new execution environment has to download and unpack the package, so a larger package takes longer to start.',
      },
    ],
  },
  {
    id: 'cold-starts.mitigation-minimize-init',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Trimming imports and initialization code',
    topic: 'cold-starts',
    statement:
      'Keeping imports and initialization code lean shortens the Init phase, and work done once outside the handler is reused by later invocations in that environment.',
    why: 'Code outside the handler runs during the Init phase of every new environment, so heavy imports lengthen each cold start; what it creates, such as SDK clients, is then reused by every warm invocation.',
    takeaway:
      'Import only what the function uses, and create clients and connections once outside the handler so warm invocations reuse them.',
    docs: bestPractices,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Initialization work belongs inside the handler, so that it runs again on every invocation and shortens the cold start.',
        why: 'Work inside the handler is repeated on every invocation, making warm requests slower without removing the cost of the first one.',
      },
    ],
  },
  {
    id: 'cold-starts.mitigation-snapstart',
    kind: 'member',
    set: 'cold-starts.mitigations',
    label: 'Turning on SnapStart',
    topic: 'cold-starts',
    statement:
      'SnapStart shortens cold starts of a published version, because new environments resume from a cached snapshot instead of running the Init phase again.',
    why: 'With SnapStart, the Init phase runs when a version is published; Lambda caches an encrypted snapshot of the memory and disk state and restores it instead of initializing each new environment from scratch.',
    takeaway:
      'SnapStart cuts long initialization, typically with no code changes, on Java, Python and .NET managed runtimes.',
    notesSaid:
      'SnapStart (Java) — snapshot initialized environment; restore on cold start (sub-100ms for Java)',
    examNote:
      'Older exam questions treat SnapStart as a Java-only feature; it now also supports the Python and .NET managed runtimes.',
    docs: snapStartPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'SnapStart keeps a pool of environments running all the time, billed like provisioned concurrency.',
        why: 'SnapStart keeps a cached snapshot, not running environments; it cannot even be combined with provisioned concurrency.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const snapStart = [
  {
    id: 'cold-starts.snapstart-restore',
    kind: 'rule',
    topic: 'cold-starts',
    statement:
      'SnapStart can deliver startup as low as sub-second, typically with no changes to the function code.',
    why: 'The largest part of a cold start is initialization; SnapStart resumes environments from a snapshot of already initialized code, so only the restore remains, and how long that takes depends on the function.',
    takeaway:
      'AWS promises startup as low as sub-second with SnapStart, not a fixed restore time; for strict latency targets use provisioned concurrency.',
    ask: 'A team turns on SnapStart for a Java function whose initialization takes several seconds. What startup performance does AWS say SnapStart can provide?',
    notesSaid: 'restore on cold start (sub-100ms for Java)',
    docs: snapStartPage,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'SnapStart guarantees startup under 100 ms for every function, whatever the size of its snapshot and code.',
        why: 'AWS gives no fixed restore time: it says SnapStart can provide startup as low as sub-second, and restore time varies with the function.',
      },
      {
        text: 'SnapStart removes startup latency entirely, because each restored environment stays running between requests.',
        why: 'Restoring a snapshot still takes time when a new environment is needed; environments that are already running before requests arrive are provisioned concurrency.',
      },
      {
        text: 'SnapStart makes startup equal to a warm invocation, because Lambda restores the snapshot before any request arrives.',
        why: 'Lambda restores a snapshot when a new environment is needed for a request, so the restore is part of that request’s latency.',
      },
    ],
  },
  {
    id: 'cold-starts.snapstart-published-versions',
    kind: 'rule',
    topic: 'cold-starts',
    statement:
      'SnapStart applies only to published versions and the aliases that point to them, never to the unpublished $LATEST version.',
    why: 'The snapshot is taken when a version is published, and $LATEST is never published, so invocations of $LATEST always run the full Init phase.',
    takeaway:
      'With SnapStart, publish a version and invoke it through an alias; calls to $LATEST never benefit.',
    ask: 'A developer turns on SnapStart for a function, but invocations of $LATEST still run the full initialization. Why?',
    docs: snapStartPage,
    seed,
    exams: ['DVA-C02'],
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'SnapStart applies to $LATEST only after its first snapshot has been taken, some hours after the feature is turned on for the function.',
        why: 'No snapshot is ever taken of $LATEST; snapshots are created when a version is published.',
      },
      {
        text: 'SnapStart applies to $LATEST only when provisioned concurrency is also configured on that same unpublished version.',
        why: 'SnapStart cannot be combined with provisioned concurrency, and neither feature can be used on $LATEST.',
      },
      {
        text: 'SnapStart applies to $LATEST only for functions that are packaged as container images rather than as .zip archives.',
        why: 'Container images cannot use SnapStart at all, and no function can use it on $LATEST.',
      },
    ],
  },
  {
    id: 'cold-starts.snapstart-incompatible',
    kind: 'rule',
    topic: 'cold-starts',
    statement:
      'SnapStart cannot be combined with provisioned concurrency, Amazon EFS or ephemeral storage above the default size.',
    why: 'A snapshot captures one initialized environment for many restores; AWS lists provisioned concurrency, EFS file systems and ephemeral storage above the default 512 MB as unsupported with SnapStart.',
    takeaway:
      'Choose either SnapStart or provisioned concurrency for a function, and keep EFS and extra /tmp storage off SnapStart functions.',
    ask: 'A team plans to turn on SnapStart for several Java functions. Which settings rule out SnapStart on a function?',
    docs: snapStartPage,
    seed,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'SnapStart cannot be combined with reserved concurrency, Lambda layers or a connection to subnets in a VPC.',
        why: 'Reserved concurrency, layers and VPC access do not block SnapStart: a function that uses them can still turn it on.',
      },
      {
        text: 'SnapStart cannot be combined with aliases, published versions or a memory setting larger than the default size.',
        why: 'SnapStart works only on published versions and their aliases, and memory size does not rule it out.',
      },
      {
        text: 'SnapStart cannot be combined with the arm64 architecture, Amazon S3 triggers or any kind of asynchronous invocation.',
        why: 'SnapStart now supports arm64, and the way a function is triggered or invoked does not affect it.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const costsAndMyths = [
  {
    id: 'cold-starts.provisioned-cost',
    kind: 'rule',
    topic: 'cold-starts',
    statement:
      'Provisioned concurrency is billed for the whole time it is configured, even when no request uses it.',
    why: 'Provisioned environments are kept initialized whether or not traffic arrives, so Lambda bills the configured amount for the time it is configured, on top of requests and duration.',
    takeaway:
      'Provisioned concurrency costs money while idle; schedule it with Application Auto Scaling to follow predictable traffic.',
    ask: 'A team configures provisioned concurrency on a function that receives no traffic at night. How is that provisioned concurrency billed at night?',
    docs: provisionedPage,
    seed,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'Provisioned concurrency is billed only for the requests it serves, so a configured function without traffic costs nothing.',
        why: 'Provisioned concurrency has its own charge for the amount configured and the time it is configured, even with no requests.',
      },
      {
        text: 'Provisioned concurrency is released by Lambda when no request has arrived for a while, so idle hours cost nothing at all.',
        why: 'Lambda keeps the provisioned environments until the configuration changes; scaling it down at night takes a schedule, for example with Application Auto Scaling.',
      },
      {
        text: 'Provisioned concurrency is free while idle, like reserved concurrency, and is billed only for the duration of invocations.',
        why: 'Reserved concurrency is free, but provisioned concurrency has its own charge for as long as it is configured, used or not.',
      },
    ],
  },
  {
    id: 'cold-starts.mitigation-keep-warm',
    kind: 'rule',
    topic: 'cold-starts',
    statement:
      'Scheduled pings keep only the environments they use warm, so bursts and recycled environments still cause cold starts.',
    why: 'A ping occupies one environment for its duration, Lambda recycles environments after a non-deterministic time, and any request beyond the warmed environments still needs a new one.',
    takeaway:
      'Keep-warm pings are unreliable and wasteful; for predictable start times use provisioned concurrency or SnapStart.',
    ask: 'A developer adds an EventBridge schedule that invokes a function every few minutes to keep it warm. What is wrong with this approach?',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Scheduled pings keep every environment of the function warm, so no request ever has a cold start and nothing is wrong with them.',
        why: 'A scheduled ping warms at most the environments it uses; concurrent requests beyond them, and environments Lambda recycles, still start cold.',
      },
      {
        text: 'Scheduled pings keep the function warm, but each ping is billed at the provisioned concurrency rate, which costs more.',
        why: 'Pings are ordinary invocations billed per request and duration; the problem is that they do not reliably prevent cold starts.',
      },
      {
        text: 'Scheduled pings keep the function warm only when they call it through API Gateway instead of invoking it directly with the Lambda API.',
        why: 'How the ping reaches the function makes no difference; an environment stays warm only while Lambda keeps it, whatever the caller.',
      },
    ],
  },
  {
    id: 'cold-starts.keep-warm-interval',
    kind: 'estimate',
    topic: 'cold-starts',
    subject: 'interval between scheduled keep-warm pings',
    value: { kind: 'exact', n: 5, unit: 'min' },
    statement:
      'Keep-warm schemes often ping a function about every 5 minutes, a community habit rather than an AWS figure, since AWS does not say how long an idle environment is kept.',
    why: 'Lambda keeps an execution environment for a non-deterministic time after an invocation, so any keep-warm interval is a guess that Lambda does not honour.',
    takeaway:
      'No documented idle time exists to aim at; that is one reason keep-warm pings are not a reliable mitigation.',
    ask: 'A team schedules a ping every 5 minutes to keep its function warm. What does AWS document about how long an idle execution environment is kept?',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'AWS documents how long an idle execution environment stays warm, so a keep-warm interval can be set to match it exactly.',
        why: 'AWS says only that environments are kept for a non-deterministic period; it publishes no idle time to match.',
      },
      {
        text: 'AWS documents that an idle execution environment is kept for exactly 5 minutes, which is why keep-warm schemes ping at that interval.',
        why: 'No such figure is documented: the 5-minute habit comes from the community, and Lambda may reclaim an environment sooner or later.',
      },
      {
        text: 'AWS documents that a function pinged on a schedule keeps all its execution environments warm, however much traffic it receives later.',
        why: 'A ping keeps at most the environment it reaches busy; a burst still needs new environments, each with its own cold start.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const mitigationFacts = [
  ...mitigations,
  ...snapStart,
  ...costsAndMyths,
] as const satisfies readonly Fact[];
