import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, lambdaOperatorGuide } from './authoring';
import { mitigationFacts, mitigationSet } from './cold-start-mitigations';

const seed = '3. Cold Starts' as const;
const domains = ['dva-4', 'sap-3'] as const;

/** The operator guide's account of cold starts, environment reuse and keep-warm schemes. */
const executionEnvironments = cite(`${lambdaOperatorGuide}execution-environments.html`);

const causeSet = {
  id: 'cold-starts.causes',
  topic: 'cold-starts',
  title: 'When a cold start occurs',
  ask: 'A developer sees an Init Duration in some log lines and not in others. Which of these causes a cold start?',
  askMany:
    'A developer sees an Init Duration in some log lines and not in others. Which of these cause a cold start?',
  nonMembers: [
    {
      text: 'A request arrives while a warm environment of the function is idle',
      why: 'Lambda sends the request to the idle environment it already has, so the request is a warm start with no Init phase.',
    },
    {
      text: 'The function is invoked again a few seconds after its last invocation',
      why: 'Lambda keeps an environment for some time after an invocation, so a request a few seconds later normally reuses it.',
    },
    {
      text: 'Requests stay within the provisioned concurrency of the alias called',
      why: 'Provisioned environments are initialized before requests arrive, so requests within that amount never wait for an Init phase.',
    },
    {
      text: 'The previous invocation wrote a file to the /tmp directory',
      why: 'Files in /tmp stay with the environment for its later invocations; writing them never makes Lambda create a new environment.',
    },
  ],
  docs: executionEnvironments,
  seed,
} as const satisfies FactSet;

export const coldStartSets = [causeSet, mitigationSet] as const satisfies readonly FactSet[];

const causes = [
  {
    id: 'cold-starts.cause-no-warm-environment',
    kind: 'member',
    set: 'cold-starts.causes',
    label: 'No warm environment of the function is free when a request arrives',
    topic: 'cold-starts',
    statement:
      'A cold start occurs when a request arrives and no warm execution environment of the function is free to take it.',
    why: 'Each execution environment serves one request at a time, so when every existing one is busy, or none exists, Lambda must create and initialize a new one first.',
    takeaway:
      'A cold start is the Init phase of a new environment, paid by the request that needed it.',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A cold start occurs only the first time a function is invoked after it is deployed.',
        why: 'Every new execution environment has a cold start, including those Lambda adds later for concurrent requests or after recycling old ones.',
      },
    ],
  },
  {
    id: 'cold-starts.cause-idle-recycled',
    kind: 'member',
    set: 'cold-starts.causes',
    label: 'The function sat idle long enough for its environment to be shut down',
    topic: 'cold-starts',
    statement:
      'A cold start occurs when the function has been idle long enough for Lambda to shut down its execution environments.',
    why: 'Lambda keeps an environment after an invocation for a non-deterministic time and then reclaims it, so the next request after a quiet period needs a new one.',
    takeaway:
      'Rarely called functions cold-start often, and AWS publishes no idle time after which this happens.',
    notesSaid: 'Function not invoked for several minutes (environment recycled)',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Lambda keeps an idle function’s execution environments forever, so idle time never causes a cold start.',
        why: 'Lambda retains an environment only for a non-deterministic period and recycles environments over time, so idle functions do cold-start.',
      },
    ],
  },
  {
    id: 'cold-starts.cause-burst',
    kind: 'member',
    set: 'cold-starts.causes',
    label: 'A traffic burst needs more environments than are already warm',
    topic: 'cold-starts',
    statement:
      'A cold start occurs when a burst of traffic needs more concurrent environments than are already warm.',
    why: 'Lambda scales out by creating a new execution environment for each request that finds no free one, and each new environment goes through the Init phase.',
    takeaway:
      'Bursts cause a wave of cold starts; provisioned concurrency sized for the peak absorbs them.',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'During a burst, extra requests wait in a queue for a warm environment to become free instead of starting new ones.',
        why: 'Lambda does not queue synchronous requests for a busy environment; it creates new environments up to the available concurrency and throttles beyond it.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const runtimes = [
  {
    id: 'cold-starts.runtime-jvm',
    kind: 'estimate',
    topic: 'cold-starts',
    subject: 'approximate cold start for Java, .NET and Kotlin',
    value: { kind: 'range', min: 500, max: 2000, unit: 'ms' },
    statement:
      'As a rough, typical figure that AWS does not publish, Java, Kotlin and .NET functions often take about 500 ms to 2 s to cold-start.',
    why: 'Java and Kotlin run on the JVM, and .NET on its own runtime, the CLR; both load many classes or assemblies and compile code just in time while the environment initializes, and frameworks add more. Actual times depend on the package, the memory and the initialization code.',
    takeaway:
      'Expect the longest cold starts from Java, Kotlin and .NET, and look at SnapStart or provisioned concurrency there first.',
    notesSaid: 'Java, .NET, Kotlin: 500ms–2s (JVM initialization)',
    ask: 'A team compares the cold starts of its functions across runtimes before choosing which ones need SnapStart. Which statement about Java, Kotlin and .NET cold starts is accurate?',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Java, Kotlin and .NET functions usually cold-start faster than Python or Node.js functions, because their code is compiled ahead of time.',
        why: 'Their runtimes load and just-in-time compile much of the code while the environment initializes, which usually makes their cold starts the longest.',
      },
      {
        text: 'A .NET function spends its cold start launching a Java virtual machine, like a Java or Kotlin function.',
        why: '.NET functions run on the .NET runtime (the CLR), not on the JVM; only Java and Kotlin start a JVM.',
      },
      {
        text: 'AWS guarantees that Java, Kotlin and .NET functions cold-start within 2 seconds, as part of the Lambda service level agreement.',
        why: 'AWS publishes no cold-start figures per runtime and guarantees none; the times depend on the package, the memory and the initialization code.',
      },
    ],
  },
  {
    id: 'cold-starts.runtime-light',
    kind: 'estimate',
    topic: 'cold-starts',
    subject: 'approximate cold start for Python, Node.js, Go and Ruby',
    value: { kind: 'range', min: 50, max: 200, unit: 'ms' },
    statement:
      'As a rough, typical figure that AWS does not publish, Python, Node.js, Go and Ruby functions often cold-start in about 50 to 200 ms.',
    why: 'Interpreted runtimes and compiled Go binaries start quickly and load little before the handler can run; heavy imports or large packages can still stretch their cold starts well beyond this.',
    takeaway:
      'Lighter runtimes usually cold-start fast, but what the code imports and initializes matters more than the language.',
    notesSaid: 'Python, Node.js, Go, Ruby: 50–200ms (lighter runtimes)',
    ask: 'A developer expects the cold starts of a Python function to be short. Which statement about Python, Node.js, Go and Ruby cold starts is accurate?',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Python, Node.js, Go and Ruby functions have no cold starts, because their code needs no initialization.',
        why: 'Every new execution environment runs an Init phase, whatever the runtime; lighter runtimes only make it shorter.',
      },
      {
        text: 'Python and Node.js cold starts depend only on the runtime, so heavy imports at module level cost nothing.',
        why: 'Module-level imports run during the Init phase, so large libraries lengthen the cold start of any runtime.',
      },
      {
        text: 'AWS guarantees that Python, Node.js, Go and Ruby functions cold-start within 200 ms, whatever their package size or imports.',
        why: 'AWS publishes no cold-start figures per runtime and guarantees none; imports and package size can stretch any cold start.',
      },
    ],
  },
  {
    id: 'cold-starts.runtime-container',
    kind: 'rule',
    topic: 'cold-starts',
    statement:
      'A container image function still cold-starts when Lambda creates a new environment, for a time set by the image and its initialization.',
    why: 'For a container image function, Lambda prepares a new execution environment from the image stored in Amazon ECR and then runs its initialization code, so image size and startup work both add to the cold start.',
    takeaway:
      'Packaging as a container image does not remove cold starts; keep images lean and initialization light.',
    ask: 'A team moves a function from a .zip archive to a large container image. What happens to its cold starts?',
    docs: executionEnvironments,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A container image function has no cold starts, because the image is already fully initialized when it is built and pushed to Amazon ECR.',
        why: 'Building an image only packages the code; the runtime and the initialization code still run in every new environment.',
      },
      {
        text: 'A container image function has no cold starts, because Lambda keeps one container of the image running at all times, between all requests.',
        why: 'Lambda manages execution environments for image functions the same way as for .zip functions; none is kept running unless provisioned concurrency is configured.',
      },
      {
        text: 'A container image function cold-starts on every single request, because Lambda pulls the whole image from Amazon ECR for each invocation.',
        why: 'The image is used when an environment is created, not on each invocation; warm environments serve later requests without fetching it again.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const coldStartFacts = [
  ...causes,
  ...runtimes,
  ...mitigationFacts,
] as const satisfies readonly Fact[];

export const coldStartsTopic = {
  id: 'cold-starts',
  title: 'Cold starts',
  summary: 'What causes a cold start, roughly how long it takes per runtime, and how to reduce it.',
  section: seed,
  intro: [
    'A cold start is the extra time Lambda needs to create and initialize a new execution environment before the handler can run. Warm invocations reuse an existing environment and skip it.',
    'Typical cold-start durations per runtime are rough figures that AWS does not publish. The levers AWS documents are provisioned concurrency, SnapStart, a smaller package and lighter initialization code; scheduled keep-warm pings are not a reliable substitute.',
  ],
  tables: [],
  facts: coldStartFacts,
  sets: coldStartSets,
  checklist: [],
  tips: [],
} as const satisfies Topic;
