/**
 * Memory, CPU and performance: sizing memory from measurements, multi-core CPU, arm64, timeouts,
 * and the choice between provisioned concurrency and SnapStart for strict latency.
 * `section` names the part of the study document this topic extends.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { concurrencyLatency } from '../decisions/concurrency-latency';
import { memoryTuning } from '../decisions/memory-tuning';
import { bothExams, cite, docsBase, lambdaGuide } from './authoring';

const dva = ['DVA-C02'] as const;
const memoryPage = cite(`${lambdaGuide}configuration-memory.html`);
const troubleshootingConfig = cite(`${lambdaGuide}troubleshooting-configuration.html`);
const bestPractices = cite(`${lambdaGuide}best-practices.html`);
const architecturePage = cite(`${lambdaGuide}foundation-arch.html`);
const snapStartPage = cite(`${lambdaGuide}snapstart.html`);
const autoScalingPage = cite(
  `${docsBase}autoscaling/application/userguide/services-that-can-integrate-lambda.html`,
);

const timeoutCauseSet = {
  id: 'performance.timeout-causes',
  topic: 'performance',
  title: 'Why invocations time out',
  ask: 'A function that usually finishes well within its timeout sometimes times out on busy days. Which of these is a common cause?',
  askMany:
    'A function that usually finishes well within its timeout sometimes times out on busy days. Which of these are common causes?',
  nonMembers: [
    {
      text: 'The function has more layers than the other functions',
      why: 'Layers are extracted when an environment is created, before any invocation starts; they do not lengthen the time an invocation runs.',
    },
    {
      text: 'The function’s reserved concurrency was raised last week',
      why: 'Reserved concurrency decides how many invocations may run at once, not how long each of them takes.',
    },
    {
      text: 'The function is invoked asynchronously instead of directly',
      why: 'The same timeout applies whatever the invocation type; the way the event arrives does not make the code run longer.',
    },
    {
      text: 'Provisioned concurrency was configured on the function’s alias',
      why: 'Provisioned concurrency initializes environments in advance, which removes Init time; it never makes an invocation run longer.',
    },
  ],
  docs: troubleshootingConfig,
} as const satisfies FactSet;

export const performanceSets = [timeoutCauseSet] as const satisfies readonly FactSet[];

const memory = [
  {
    id: 'performance.memory-first-step',
    kind: 'rule',
    topic: 'performance',
    statement:
      'When a function runs much slower than expected, the first step AWS recommends is to raise its memory setting.',
    why: 'Memory is the principal lever for a function’s performance: more memory also brings proportionally more CPU, which can dramatically speed up code that is CPU, network or memory bound.',
    takeaway:
      'A slow function calls first for more memory, even when it does not use all of the memory it has.',
    ask: 'A function that imports several large libraries runs much slower in Lambda than on a developer’s laptop. What does AWS recommend as the first step?',
    docs: troubleshootingConfig,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'When a function runs much slower than expected, the first step AWS recommends is to raise its timeout setting.',
        why: 'A longer timeout only lets slow invocations run longer before Lambda stops them; it gives the code no more CPU and no more memory.',
      },
      {
        text: 'When a function runs much slower than expected, the first step AWS recommends is to raise its reserved concurrency.',
        why: 'Reserved concurrency sets aside and caps how many invocations run at once; each invocation still gets the same memory and CPU.',
      },
      {
        text: 'When a function runs much slower than expected, the first step AWS recommends is to configure provisioned concurrency.',
        why: 'Provisioned concurrency removes the Init phase from requests; a function that is slow while it runs stays just as slow.',
      },
    ],
  },
  {
    id: 'performance.report-max-memory',
    kind: 'rule',
    topic: 'performance',
    statement:
      'The REPORT line that Lambda logs for each invocation shows Memory Size and Max Memory Used, which tell whether the memory setting is too low or too high.',
    why: 'Memory use is measured per invocation and written to CloudWatch Logs at the end of it, so comparing Max Memory Used with Memory Size shows a function that runs out of memory or one that never uses most of it.',
    takeaway:
      'To size memory, read Max Memory Used against Memory Size in the REPORT lines, and alarm when it nears the setting.',
    ask: 'A developer wants to know whether a function’s memory setting is too low or too high for its real invocations. Where does Lambda record how much memory each invocation used?',
    docs: bestPractices,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'A MemoryUtilization metric in the AWS/Lambda CloudWatch namespace shows the share of its setting that each invocation used, which tells whether it is too low or too high.',
        why: 'Lambda’s standard metrics cover invocations, errors, throttles, duration and concurrency, not memory; the memory each invocation used is in its REPORT log line.',
      },
      {
        text: 'The Duration metric of the function rises as its memory fills up, so a rising Duration over a day of invocations tells whether the memory setting is too low or too high.',
        why: 'Duration measures time, which depends on CPU, network and code as well; only Max Memory Used reports memory.',
      },
      {
        text: 'The function’s configuration page shows memory use only after an invocation fails for lack of memory, and never for the invocations that succeed with the memory they have.',
        why: 'Lambda writes Max Memory Used for every invocation, successful or not, in the REPORT line of its log stream.',
      },
    ],
  },
  {
    id: 'performance.multi-core',
    kind: 'rule',
    topic: 'performance',
    statement:
      'Above about 1.8 GB of memory a function has access to more than one vCPU core, so the extra CPU helps only code that works in several threads or processes.',
    why: 'Lambda adds CPU in proportion to memory: around 1.8 GB it reaches a whole vCPU, and beyond that the extra power comes as more cores, which one thread cannot use at the same time.',
    takeaway:
      'Past about 1.8 GB, more memory speeds up CPU-bound code only if the code is parallel; single-threaded code stops gaining.',
    ask: 'A single-threaded, CPU-bound function already runs at 4,096 MB. Why may raising its memory further not make it faster?',
    docs: troubleshootingConfig,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'Above about 1.8 GB of memory a function moves to a faster processor model, so single-threaded code keeps getting faster with every extra megabyte it is given.',
        why: 'The memory setting changes how much CPU a function gets, not the processor model; beyond one vCPU the extra CPU comes as additional cores.',
      },
      {
        text: 'Above about 1.8 GB of memory a function gets no more CPU at all, so only memory-bound code can still benefit from a larger memory setting than that one.',
        why: 'CPU keeps growing with memory up to the maximum setting, which has 6 vCPUs; it arrives as more cores rather than a faster one.',
      },
      {
        text: 'Above about 1.8 GB of memory a function must also set a separate vCPU count, so its code gets more cores only after that count is raised as well.',
        why: 'Lambda has no vCPU setting; the memory setting alone decides how much CPU and how many cores a function gets.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const limits = [
  {
    id: 'performance.max-vcpus',
    kind: 'limit',
    topic: 'performance',
    subject: 'vCPUs available to a function configured with 10,240 MB of memory',
    value: { kind: 'exact', n: 6, unit: 'count' },
    statement: 'At 10,240 MB of memory, the highest setting, a function has 6 vCPUs available.',
    why: 'Lambda allocates CPU in proportion to memory, so the largest memory setting also brings the most CPU, spread over six vCPU cores.',
    takeaway:
      'The most CPU a Lambda function can get is 6 vCPUs, at 10,240 MB; heavily parallel work beyond that belongs elsewhere.',
    ask: 'A video team sets a multi-threaded function to the largest memory setting, 10,240 MB. How many vCPUs does the function have available?',
    docs: troubleshootingConfig,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'At 10,240 MB of memory, the highest setting, a function has 1 vCPU available.',
        why: 'One vCPU is reached at 1,769 MB; above that a function has several cores, and 6 at the maximum setting.',
        figure: { kind: 'exact', n: 1, unit: 'count' },
      },
      {
        text: 'At 10,240 MB of memory, the highest setting, a function has 2 vCPUs available.',
        why: 'CPU keeps growing with memory up to the maximum setting, where a function has 6 vCPUs, not 2.',
        figure: { kind: 'exact', n: 2, unit: 'count' },
      },
      {
        text: 'At 10,240 MB of memory, the highest setting, a function has 10 vCPUs available.',
        why: 'CPU does not come as one vCPU per gigabyte; the maximum setting gives 6 vCPUs.',
        figure: { kind: 'exact', n: 10, unit: 'count' },
      },
    ],
  },
] as const satisfies readonly Fact[];

const tuning = [
  {
    id: 'performance.power-tuning',
    kind: 'definition',
    topic: 'performance',
    term: 'AWS Lambda Power Tuning',
    definition:
      'An open-source tool that uses Step Functions to run a function at several memory settings and measure its performance at each one.',
    statement:
      'AWS Lambda Power Tuning is an open-source tool that uses Step Functions to run a function at several memory settings and measure each one.',
    why: 'The tool invokes copies of the function at the memory sizes you choose, in your own account and with its real HTTP calls and SDK requests, so the measurements reflect production; it can also run in a CI/CD pipeline.',
    takeaway:
      'To pick a memory setting from evidence rather than a guess, run AWS Lambda Power Tuning against the function.',
    ask: 'A team wants to choose a function’s memory setting from measurements instead of guesses. What is AWS Lambda Power Tuning?',
    docs: memoryPage,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'AWS Lambda Power Tuning is a function setting that changes the memory of a function by itself while it runs, following the load that the function receives.',
        why: 'Lambda never changes a function’s memory by itself; Power Tuning is a separate tool that measures settings so that you can choose one.',
      },
      {
        text: 'AWS Lambda Power Tuning is a CloudWatch feature that reads the REPORT lines of a function and then sets its memory to the Max Memory Used that it finds.',
        why: 'Power Tuning runs the function at several memory sizes and compares the results; it is not a CloudWatch feature and does not copy Max Memory Used.',
      },
      {
        text: 'AWS Lambda Power Tuning is a local tool that runs a function in a simulator on a developer’s own machine, without calling any real AWS service at all.',
        why: 'The function runs in your AWS account and makes its real HTTP calls and SDK requests, which is what makes the measurements useful.',
      },
    ],
  },
  {
    id: 'performance.arm64-price-performance',
    kind: 'rule',
    topic: 'performance',
    statement:
      'Functions on the arm64 architecture run on AWS Graviton processors and can get significantly better price and performance than on x86_64.',
    why: 'The instruction set architecture decides which processor runs the function; arm64 duration is billed at a lower price per GB-second than x86_64, and AWS suggests it for compute-heavy work. The saving needs no commitment, only code and dependencies built for Arm.',
    takeaway:
      'To cut the cost of a function whose code and dependencies run on Arm, switch its architecture to arm64.',
    ask: 'A team runs a compute-heavy Python function on x86_64 and wants to lower its cost without rewriting it. What does the arm64 architecture offer?',
    docs: architecturePage,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'Functions on the arm64 architecture run on AWS Graviton processors and receive twice the memory that the same setting gives on x86_64.',
        why: 'The memory a function has is exactly its memory setting on either architecture; arm64 changes the processor and the price.',
      },
      {
        text: 'Functions on the arm64 architecture run on AWS Graviton processors at the same price per GB-second, so only their speed can change at all.',
        why: 'Duration on arm64 is billed at a lower price per GB-second than on x86_64, which is part of its better price performance.',
      },
      {
        text: 'Functions on the arm64 architecture run on AWS Graviton processors but must be packaged as container images, never as .zip file archives.',
        why: 'Both .zip archives and container images can target arm64, as long as their contents are built for it.',
      },
    ],
  },
  {
    id: 'performance.arm64-compatibility',
    kind: 'rule',
    topic: 'performance',
    statement:
      'Moving a function to arm64 needs its code, layers and container image built for arm64, so native binaries compiled for x86_64 must be rebuilt.',
    why: 'The architecture decides which processor instructions the function can run: code typed in the console usually runs on either one, but compiled dependencies, each layer and any container image must match the new architecture.',
    takeaway:
      'Before switching to arm64, check every native dependency, layer and image; a library shipped only for x86_64 blocks the move.',
    ask: 'A team plans to move a Node.js function that uses a native image-processing library from x86_64 to arm64. What must it check?',
    docs: architecturePage,
    exams: dva,
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'Moving a function to arm64 needs nothing rebuilt, because Lambda translates x86_64 binaries at run time, so native libraries and layers work unchanged.',
        why: 'Lambda does not translate instructions between architectures; native code, layers and images must be built for arm64.',
      },
      {
        text: 'Moving a function to arm64 needs only the function code rebuilt, because layers and container images are shared by both architectures.',
        why: 'Each layer and each container image must also be compatible with arm64; the function code is only one part of it.',
      },
      {
        text: 'Moving a function to arm64 needs nothing checked for Node.js or Python, because interpreted runtimes never load any native code at all.',
        why: 'Interpreted code often depends on compiled native modules, which must be rebuilt for arm64 before the function can use them.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const timeouts = [
  {
    id: 'performance.timeout-safety-valve',
    kind: 'rule',
    topic: 'performance',
    statement:
      'The timeout is a safety valve: Lambda stops an invocation that reaches it, so a timeout set close to the average duration makes unexpected timeouts likely.',
    why: 'Durations vary with the amount of data, the work each input needs and the latency of the services the function calls, so some invocations run well above the average.',
    takeaway:
      'Set the timeout from the longest realistic duration, measured with data at the upper bound of the workload, not from the average.',
    ask: 'A team sets a function’s timeout just above its average duration to keep it tight. What does AWS warn about that setting?',
    docs: troubleshootingConfig,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'The timeout is a performance target: Lambda gives more CPU to an invocation that nears it, so a timeout close to the average makes invocations faster.',
        why: 'Lambda never adds CPU near the timeout; when an invocation reaches it, Lambda stops the invocation.',
      },
      {
        text: 'The timeout is only a warning level: Lambda logs the invocations that pass it but lets them finish, so a timeout close to the average duration is harmless.',
        why: 'Reaching the timeout ends the invocation with a timeout error; nothing runs past it.',
      },
      {
        text: 'The timeout is billed in full for every single invocation, so a timeout close to the average duration keeps the cost of each invocation as low as possible.',
        why: 'Lambda bills the time an invocation actually runs, not its timeout; a tight timeout saves nothing and fails the slow invocations.',
      },
    ],
  },
  {
    id: 'performance.timeout-test-upper-bound',
    kind: 'rule',
    topic: 'performance',
    statement:
      'Tests that set a timeout should use data sizes and parameter values at the upper bound of what the workload can reasonably expect.',
    why: 'An invocation’s duration grows with the size of its data and the complexity of its input, so only tests at the upper bound show the duration the timeout must allow; capping inputs, such as a maximum file size, makes that bound known.',
    takeaway:
      'Load-test with the largest realistic inputs, and put an upper limit on inputs where you can, before choosing a timeout.',
    ask: 'A team measures a function’s duration in tests before choosing its timeout. What data should those tests use?',
    docs: troubleshootingConfig,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'Tests that set a timeout should use data sizes and parameter values at the average of what the workload usually sends, which is what most invocations see.',
        why: 'A timeout sized from average inputs fails every invocation that gets a larger or harder input than usual.',
      },
      {
        text: 'Tests that set a timeout should use the smallest data sizes and simplest parameter values, so that the tests finish quickly and cost as little as possible.',
        why: 'Small inputs show the shortest durations, the opposite of what the timeout must allow for.',
      },
      {
        text: 'Tests that set a timeout need no realistic data at all, because the timeout should always be set to its maximum of 900 seconds in any case.',
        why: 'A maximum timeout lets a stuck invocation run and bill for 15 minutes; the timeout should follow the longest realistic duration.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const timeoutCauses = [
  {
    id: 'performance.timeout-cause-download',
    kind: 'member',
    set: 'performance.timeout-causes',
    label: 'A download from Amazon S3 is larger or slower than usual',
    topic: 'performance',
    statement:
      'A download from Amazon S3 or another data store that is larger or slower than usual is a common cause of timeouts.',
    why: 'The time spent downloading counts against the timeout, so a bigger object or a slower transfer can push an invocation past it.',
    takeaway:
      'Size the timeout for the largest objects the function can receive, not the typical ones.',
    docs: troubleshootingConfig,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'Downloads from Amazon S3 never count against a function’s timeout, because Lambda pauses the clock while the function waits on the network.',
        why: 'The timeout covers the whole invocation, waiting on the network included.',
      },
    ],
  },
  {
    id: 'performance.timeout-cause-slow-service',
    kind: 'member',
    set: 'performance.timeout-causes',
    label: 'A service the function calls takes longer to respond',
    topic: 'performance',
    statement:
      'A request to another service that takes longer than usual to respond is a common cause of timeouts.',
    why: 'The function waits for the reply inside the invocation, so a slow downstream service adds its delay to the function’s duration.',
    takeaway:
      'A function that times out while calling another service needs a timeout that covers that service’s slowest replies.',
    docs: troubleshootingConfig,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'A slow downstream service cannot make a function time out, because Lambda ends the request to that service before the function’s timeout.',
        why: 'Lambda does not manage the function’s outgoing requests; the time spent waiting for them counts toward the timeout.',
      },
    ],
  },
  {
    id: 'performance.timeout-cause-complex-input',
    kind: 'member',
    set: 'performance.timeout-causes',
    label: 'The input needs more computation than usual',
    topic: 'performance',
    statement:
      'Input parameters that need more computation than usual are a common cause of timeouts.',
    why: 'The same code runs longer for harder inputs, so an invocation with an unusually complex input can exceed a timeout that suits the average one.',
    takeaway:
      'Test with the most demanding inputs the function accepts, and cap the inputs where you can.',
    docs: troubleshootingConfig,
    exams: dva,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'The complexity of an input cannot affect timeouts, because Lambda scales the function’s CPU up for harder inputs automatically.',
        why: 'A function’s CPU is fixed by its memory setting; a harder input simply takes longer.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const coldStartChoices = [
  {
    id: 'performance.strict-latency-provisioned',
    kind: 'rule',
    topic: 'performance',
    statement:
      'For cold-start latency targets stricter than SnapStart can meet, AWS recommends provisioned concurrency, which keeps environments ready to respond in double-digit milliseconds.',
    why: 'SnapStart still restores a new environment when a request needs one, and AWS promises startup only as low as sub-second; provisioned environments are initialized before any request arrives.',
    takeaway:
      'SnapStart shortens cold starts without keeping environments running; a strict latency target for every request calls for provisioned concurrency.',
    ask: 'A Java API has a p99 latency target of 100 ms, cold starts included, and SnapStart restores still exceed it when the function scales out. What does AWS recommend?',
    docs: snapStartPage,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'For cold-start latency targets stricter than SnapStart can meet, AWS recommends the largest memory setting, which makes every SnapStart restore finish in double-digit milliseconds.',
        why: 'AWS gives no restore time for any memory setting; it recommends provisioned concurrency when SnapStart is not enough.',
      },
      {
        text: 'For cold-start latency targets stricter than SnapStart can meet, AWS recommends adding provisioned concurrency to the same published version, on top of its SnapStart snapshot.',
        why: 'SnapStart cannot be combined with provisioned concurrency on a function; the team chooses one of the two.',
      },
      {
        text: 'For cold-start latency targets stricter than SnapStart can meet, AWS recommends a schedule that invokes the function every minute, which keeps all of its environments warm.',
        why: 'Scheduled pings keep only the environments they use warm; scale-out still creates new environments with cold starts.',
      },
    ],
  },
  {
    id: 'performance.snapstart-at-scale',
    kind: 'rule',
    topic: 'performance',
    statement:
      'SnapStart works best for functions invoked at scale, and functions that are invoked infrequently might not see the same improvement.',
    why: 'SnapStart targets the latency of one-time initialization, such as loading frameworks, as invocations scale up; a function that runs only now and then gains less from resuming cached snapshots.',
    takeaway:
      'Expect the largest SnapStart gains on busy, latency-sensitive functions, not on ones that run a few times a day.',
    ask: 'A team turns on SnapStart for a Java function that runs a few times a day and sees little improvement. What does AWS say about this?',
    docs: snapStartPage,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'SnapStart works best for functions invoked rarely, because their snapshots stay cached longer, so a busy function might not see the same improvement.',
        why: 'AWS says the opposite: SnapStart works best at scale, and infrequently invoked functions might not see the same improvement.',
      },
      {
        text: 'SnapStart works equally well at any invocation rate, so a function that sees little improvement must have been published without SnapStart turned on.',
        why: 'How much SnapStart helps depends on how the function is used; AWS notes that infrequently invoked functions might gain less.',
      },
      {
        text: 'SnapStart works only together with provisioned concurrency, so a function that sees little improvement needs provisioned environments added to it.',
        why: 'SnapStart cannot be combined with provisioned concurrency at all; each of them is used on its own.',
      },
    ],
  },
  {
    id: 'performance.provisioned-auto-scaling',
    kind: 'rule',
    topic: 'performance',
    statement:
      'Application Auto Scaling can manage a function’s provisioned concurrency, either with scheduled scaling or with target tracking on its utilization.',
    why: 'The alias or version is registered as a scalable target; a scheduled action raises and lowers provisioned concurrency at set times, and a target tracking policy follows the provisioned concurrency utilization metric.',
    takeaway:
      'For a predictable daily peak, schedule provisioned concurrency with Application Auto Scaling so that it is not billed at peak size all day.',
    ask: 'Traffic to an API peaks every weekday morning and is light the rest of the time. How can the team make provisioned concurrency follow that pattern automatically?',
    docs: autoScalingPage,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'Lambda can manage a function’s provisioned concurrency by itself, raising it when spillover begins, with no scaling policy or schedule to configure.',
        why: 'Lambda keeps the provisioned amount you configure; changing it automatically takes Application Auto Scaling.',
      },
      {
        text: 'Amazon EC2 Auto Scaling can manage a function’s provisioned concurrency, through a launch template that names the alias it must keep initialized.',
        why: 'EC2 Auto Scaling manages instances; Lambda provisioned concurrency is a scalable target of Application Auto Scaling.',
      },
      {
        text: 'Nothing can change a function’s provisioned concurrency once it is set, so following a daily peak means publishing a new version every single time.',
        why: 'Provisioned concurrency can be changed at any time, and Application Auto Scaling can do it on a schedule or by utilization.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const performanceFacts = [
  ...memory,
  ...limits,
  ...tuning,
  ...timeouts,
  ...timeoutCauses,
  ...coldStartChoices,
] as const satisfies readonly Fact[];

export const performanceTopic = {
  id: 'performance',
  title: 'Memory and performance',
  summary:
    'Memory buys CPU: sizing memory from measurements, arm64, timeouts, and choosing between the cold-start controls.',
  section: '3. Cold Starts',
  intro: [
    'A Lambda function has one compute setting, its memory. Lambda gives it CPU in proportion: a whole vCPU at about 1.8 GB and six at the maximum of 10,240 MB, where the extra power comes as more cores that only parallel code can use. When a function is slow, more memory is the first thing to try, even if it never fills the memory it has.',
    'Size memory from evidence. Every invocation logs a REPORT line with Memory Size and Max Memory Used, and AWS Lambda Power Tuning runs the function at several memory settings to compare them. Switching to the arm64 architecture, on AWS Graviton processors, lowers the price of every GB-second, provided that native libraries, layers and images are built for Arm.',
    'The timeout is a safety valve, not a target: Lambda stops an invocation that reaches it. Set it from the longest realistic duration, because large downloads, slow downstream services and hard inputs all stretch an invocation well beyond its average.',
    'Cold starts and capacity have their own controls. Provisioned concurrency keeps environments initialized for an alias, at a cost while configured, and Application Auto Scaling can follow a daily peak. SnapStart cuts long initialization without keeping environments running, but it still restores them on demand. Reserved concurrency guarantees capacity and caps it, which also protects a database. Code outside the handler runs once per environment, so clients created there are reused.',
  ],
  tables: [],
  facts: performanceFacts,
  sets: performanceSets,
  checklist: [],
  tips: [],
  decisions: [concurrencyLatency, memoryTuning],
  beyondSeed: true,
} as const satisfies Topic;
