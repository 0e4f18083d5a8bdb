/**
 * Controlling cold starts and capacity for a latency-sensitive function: provisioned concurrency
 * (scheduled or fixed), SnapStart, reserved concurrency, memory, keep-warm pings or RDS Proxy.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const scheduled = 'provisioned-scheduled';
const fixed = 'provisioned-fixed';
const snapStart = 'snapstart';
const reserved = 'reserved';
const memory = 'more-memory';
const keepWarm = 'keep-warm';
const proxy = 'rds-proxy';

export const concurrencyLatency = {
  id: 'concurrency-latency',
  topic: 'performance',
  title: 'Cold starts, capacity and downstream limits of a latency-sensitive function',
  exams: ['DVA-C02'],
  domains: ['dva-4'],
  settings: [
    '{company} runs {api} on Amazon API Gateway, which invokes the live alias of a Lambda function in {language} that queries an Amazon RDS for PostgreSQL database. Each cold start spends about {init} seconds loading the function’s framework.',
    '{company} serves {api} through Amazon API Gateway from the live alias of a Lambda function in {language}, backed by an Amazon RDS for PostgreSQL database. A new execution environment takes about {init} seconds to load its framework.',
  ],
  slots: {
    company: ['a retailer', 'an insurance company', 'a ticketing company', 'a media company'],
    api: ['its product catalog API', 'a quote API', 'its booking API', 'a customer profile API'],
    language: ['Java 21', 'Java 17', 'Python 3.13', '.NET 8'],
    init: ['four', 'six', 'eight'],
    peak: ['300', '500', '800'],
    ms: ['100', '150', '200'],
    conn: ['100', '150', '200'],
    n: ['50', '60', '75'],
  },
  options: [
    {
      id: scheduled,
      text: 'Put provisioned concurrency on the live alias, and let scheduled Application Auto Scaling actions raise it for busy hours only.',
      why: 'Provisioned environments are initialized before requests arrive, and scheduled actions raise their number ahead of the weekday peak and lower it afterwards, so the charge follows the traffic.',
      facts: [
        'concurrency.provisioned',
        'concurrency.provisioned-version-alias',
        'performance.provisioned-auto-scaling',
        'cold-starts.provisioned-cost',
      ],
    },
    {
      id: fixed,
      text: 'Put a fixed amount of provisioned concurrency on the live alias, sized for the busiest hour of the week, with no scaling schedule.',
      why: 'Provisioned environments are initialized before requests arrive, so requests within them never wait for initialization, but the configured amount is billed every hour it exists.',
      facts: [
        'concurrency.provisioned',
        'concurrency.provisioned-version-alias',
        'cold-starts.provisioned-cost',
      ],
    },
    {
      id: snapStart,
      text: 'Turn on SnapStart for the function, publish a new version, and point the live alias at that newly published version.',
      why: 'Lambda initializes the version once when it is published and resumes every new environment from the cached snapshot, so no environment runs the full initialization on demand.',
      facts: ['cold-starts.mitigation-snapstart', 'cold-starts.snapstart-published-versions'],
    },
    {
      id: reserved,
      text: 'Set the reserved concurrency of the function to 80 in its configuration, and leave its memory, package and code as they are.',
      why: 'Reserved concurrency is both a guarantee and a ceiling: no other function can use those 80 executions, the function cannot scale beyond them, and the setting costs nothing extra.',
      facts: ['concurrency.reserved', 'concurrency.unreserved-minimum'],
    },
    {
      id: memory,
      text: 'Raise the function’s memory setting to 4,096 MB, publish a new version, and point the live alias at that new version.',
      why: 'CPU follows the memory setting, so more memory can make CPU-bound code faster, but it neither removes initialization nor limits how many environments run.',
      facts: ['limits.cpu-follows-memory', 'performance.memory-first-step'],
    },
    {
      id: keepWarm,
      text: 'Create an EventBridge Scheduler schedule that invokes the live alias with a test event every five minutes, day and night.',
      why: 'Each ping occupies one environment for a moment, so only the environments the pings use stay warm, and Lambda still recycles environments when it chooses.',
      facts: ['cold-starts.mitigation-keep-warm', 'cold-starts.cause-burst'],
    },
    {
      id: proxy,
      text: 'Place an Amazon RDS Proxy with a MaxConnectionsPercent of 90 in front of the DB instance, and point the function at the proxy endpoint.',
      why: 'The proxy pools and reuses database connections and opens no more of them than its pool maximum allows, so any number of execution environments share a bounded set of connections.',
      facts: [
        'networking.rds-proxy-pooling',
        'networking.rds-proxy-auth',
        'networking.rds-proxy-in-vpc',
      ],
    },
  ],
  requirements: [
    {
      id: 'peak-p99',
      label: 'a p99 latency target during the weekday peak',
      text: 'Every weekday at 9 AM, traffic climbs to about {peak} concurrent requests, and p99 latency in that peak must stay below {ms} milliseconds, cold starts included.',
      meets: [scheduled, fixed],
      breaks: {
        [snapStart]:
          'each environment added for the peak still restores its snapshot while a request waits, and AWS promises startup only as low as sub-second, so for stricter targets it recommends provisioned concurrency.',
        [reserved]:
          'reserved concurrency initializes nothing in advance, so every environment added for the peak runs the full initialization while a request waits.',
        [memory]:
          'every environment added for the peak still initializes while a request waits, and more CPU only shortens that wait.',
        [keepWarm]:
          'a ping keeps warm only the environment it lands on, so most of the hundreds of environments the peak needs still start cold.',
        [proxy]:
          'a database proxy does nothing for startup, so every environment added for the peak still initializes while a request waits.',
      },
      takeaway:
        'When a latency target includes cold starts, only provisioned concurrency takes initialization out of the request path: SnapStart and keep-warm pings shorten or reduce it.',
      facts: [
        'performance.strict-latency-provisioned',
        'concurrency.provisioned',
        'cold-starts.cause-burst',
      ],
    },
    {
      id: 'no-idle-peak-capacity',
      label: 'no peak-sized capacity paid for off-peak',
      text: 'Outside a one-hour weekday peak the function is nearly idle, and the company must not pay for peak-sized pre-initialized capacity in those idle hours.',
      meets: [scheduled, snapStart, reserved, memory, keepWarm, proxy],
      breaks: {
        [fixed]:
          'provisioned concurrency is billed for as long as it is configured, so keeping the busiest-hour level around the clock pays for idle environments every night and weekend.',
      },
      takeaway:
        'Provisioned concurrency is billed while it is configured, even when idle, so a predictable peak calls for scheduled scaling with Application Auto Scaling.',
      facts: ['cold-starts.provisioned-cost', 'performance.provisioned-auto-scaling'],
    },
    {
      id: 'unpredictable-bursts',
      label: 'no full initialization in unpredictable bursts',
      text: 'Requests arrive in sudden bursts of unpredictable size at any hour, and new execution environments must not run the full {init}-second initialization.',
      meets: [snapStart],
      breaks: {
        [scheduled]:
          'a schedule cannot anticipate bursts of unpredictable size, and requests beyond the provisioned environments spill over to on-demand ones that run the full initialization.',
        [fixed]:
          'bursts larger than the provisioned amount spill over to on-demand environments, and each of those runs the full initialization.',
        [reserved]:
          'environments under reserved concurrency are created on demand, and each one runs the full initialization.',
        [memory]:
          'more CPU can shorten the initialization, but every new environment still runs all of it.',
        [keepWarm]:
          'pings warm only the environments they use, and the other environments a burst needs run the full initialization.',
        [proxy]:
          'pooling database connections leaves the initialization of each new environment exactly as it was.',
      },
      takeaway:
        'For bursts that no schedule can predict, SnapStart resumes every new environment from a snapshot instead of initializing it.',
      facts: [
        'cold-starts.mitigation-snapstart',
        'observability.metric-provisioned-spillover',
        'performance.snapstart-at-scale',
      ],
    },
    {
      id: 'database-connection-limit',
      label: 'the database connection limit',
      text: 'Each execution environment opens its own connection to the database, which accepts at most {conn} connections, and that limit must never be exceeded.',
      meets: [reserved, proxy],
      breaks: {
        [scheduled]:
          'provisioned concurrency is a floor, not a ceiling: beyond it Lambda adds on-demand environments, each opening another connection, until the limit is passed.',
        [fixed]:
          'provisioned concurrency caps nothing, so on-demand environments added beyond it keep opening connections past the limit.',
        [snapStart]:
          'SnapStart caps nothing, so a busy function keeps adding environments, and connections, past the database limit.',
        [memory]:
          'the memory setting does not limit how many environments run, so connections still grow with the traffic.',
        [keepWarm]:
          'pings add invocations of their own and cap nothing, so connections still grow with the traffic.',
      },
      takeaway:
        'To protect a database with a connection limit, cap the function with reserved concurrency or pool its connections with RDS Proxy.',
      facts: ['concurrency.reserved', 'networking.rds-proxy-pooling'],
    },
    {
      id: 'guaranteed-capacity',
      label: 'guaranteed capacity at no extra charge',
      text: 'The function never needs more than 80 requests at once, but it must always be able to run at least {n}, even when other functions in the account are busy, at no extra charge.',
      meets: [reserved],
      breaks: {
        [scheduled]:
          'provisioned concurrency is billed for as long as it is configured, an extra charge the company will not pay.',
        [fixed]:
          'provisioned concurrency kept around the clock is billed for every hour, which is exactly the extra charge ruled out.',
        [snapStart]:
          'SnapStart sets no capacity aside, so other functions can still take the whole shared pool.',
        [memory]:
          'a larger memory setting sets no capacity aside, and the function still competes for the shared pool.',
        [keepWarm]:
          'a schedule of pings reserves nothing, so busy neighbours can still leave the function throttled.',
        [proxy]: 'a database proxy reserves no Lambda capacity and is billed on its own.',
      },
      takeaway:
        'Capacity that other functions cannot take, at no extra charge, is reserved concurrency, which also caps the function at that amount.',
      facts: ['concurrency.reserved', 'concurrency.unreserved'],
    },
    {
      id: 'container-image',
      label: 'container image packaging',
      text: 'The function is packaged as a container image in Amazon ECR, and it must stay that way.',
      meets: [scheduled, fixed, reserved, memory, keepWarm, proxy],
      breaks: {
        [snapStart]:
          'SnapStart does not support container images, only .zip functions on supported managed runtimes.',
      },
      takeaway:
        'SnapStart works only for .zip functions on supported managed runtimes, so a function packaged as a container image cannot use it.',
      facts: ['key-concepts.snapstart-min-java', 'cold-starts.runtime-container'],
    },
    {
      id: 'efs-mount',
      label: 'a mounted Amazon EFS file system',
      text: 'The function must keep reading shared reference files from an Amazon EFS file system that it mounts.',
      meets: [scheduled, fixed, reserved, memory, keepWarm, proxy],
      breaks: {
        [snapStart]:
          'SnapStart cannot be turned on for a function that uses an Amazon EFS file system.',
      },
      takeaway:
        'SnapStart cannot be turned on for a function that mounts an Amazon EFS file system.',
      facts: ['cold-starts.snapstart-incompatible'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Which solution meets these requirements MOST cost-effectively?',
      rank: { [reserved]: 1, [proxy]: 2, [scheduled]: 3, [fixed]: 4 },
      worse: {
        [proxy]:
          'RDS Proxy is billed for every hour it runs, while reserved concurrency is a setting that costs nothing extra.',
        [scheduled]:
          'provisioned concurrency is billed while configured, even in scheduled hours with little traffic, while reserved concurrency costs nothing.',
        [fixed]:
          'provisioned concurrency kept at the busiest-hour level is billed around the clock, while a schedule releases it outside the peak.',
      },
      takeaway:
        'Capacity billed by the hour costs least when configured for the fewest hours: provisioned concurrency on a schedule costs less than a level kept around the clock, and a setting with no charge costs less than either.',
    },
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: { [reserved]: 1, [proxy]: 2 },
      worse: {
        [proxy]:
          'the team must create and run a proxy in the database’s VPC, give it the database credentials through Secrets Manager or IAM authentication, and change the function’s connection settings.',
      },
      takeaway:
        'When capping the function is acceptable, one reserved concurrency setting protects a database with less work than a proxy.',
    },
  ],
  docs: cite(`${lambdaGuide}provisioned-concurrency.html`),
} as const satisfies DecisionModel;
