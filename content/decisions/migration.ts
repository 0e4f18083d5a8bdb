/**
 * Moving a job off a cron server: EventBridge Scheduler or a scheduled rule, Lambda or Fargate,
 * a Step Functions Distributed Map for work that splits into items, or a rehosted instance,
 * from the job's schedule, length, memory, failure handling and idle cost.
 */
import type { DecisionModel } from '../schema';
import { cite, docsBase } from '../topics/authoring';

const schedulerLambda = 'scheduler-lambda';
const ruleLambda = 'rule-lambda';
const schedulerFargate = 'scheduler-fargate';
const distributedMap = 'distributed-map';
const rehostEc2 = 'rehost-ec2';
const pollingLambda = 'polling-lambda';

export const migration = {
  id: 'migration',
  topic: 'architecture',
  title: 'Moving scheduled jobs off a cron server',
  exams: ['SAP-C02'],
  domains: ['sap-4', 'sap-3'],
  settings: [
    '{company} is closing a data center. One of its cron servers runs {job} every night for about ten minutes, and the job must keep running on AWS.',
    'As part of a migration to AWS, {company} must retire an old cron server, which runs {job}, a program that takes about ten minutes, once a night.',
  ],
  slots: {
    company: [
      'a utility company',
      'an insurance company',
      'a logistics company',
      'a hospital group',
    ],
    job: ['a billing job', 'a settlement job', 'a report export', 'a ledger reconciliation job'],
    hours: ['two', 'three', 'four'],
    items: ['20,000', '80,000', '150,000'],
    gigabytes: ['16', '24', '32'],
  },
  options: [
    {
      id: schedulerLambda,
      text: 'Run the job in a Lambda function, started by an EventBridge Scheduler cron schedule that is evaluated in the local time zone.',
      why: 'Scheduler evaluates the cron expression in the chosen time zone, follows daylight saving time and starts the function, which runs only when due.',
      facts: ['architecture.scheduler-time-zones'],
    },
    {
      id: ruleLambda,
      text: 'Run the job in a Lambda function, started by an EventBridge scheduled rule with a cron expression that is always evaluated in UTC.',
      why: 'The rule starts the function at a fixed UTC time, which suits jobs that need no local time.',
      facts: ['architecture.scheduler-time-zones'],
    },
    {
      id: schedulerFargate,
      text: 'Package the job as a container, and run it as an ECS task on Fargate, started by a Scheduler cron schedule in local time.',
      why: 'A Fargate task has no Lambda time or memory limit and no server to manage, and it is billed only while it runs.',
      facts: [
        'orchestration.ecs-fargate-task',
        'key-concepts.long-tasks',
        'architecture.scheduler-time-zones',
      ],
    },
    {
      id: distributedMap,
      text: 'Run a Step Functions workflow from a Scheduler schedule in local time, whose Distributed Map state invokes a function per item.',
      why: 'Each item runs as its own child workflow execution, in parallel, with its own retries, history and failure threshold.',
      facts: ['architecture.distributed-map', 'orchestration.retry-catch'],
    },
    {
      id: rehostEc2,
      text: 'Rehost the job and its schedule on an Amazon EC2 instance, and patch and monitor that instance along with the rest of the fleet.',
      why: 'The job runs unchanged on a server, which the team keeps patching and paying for all day.',
      facts: ['key-concepts.long-tasks'],
    },
    {
      id: pollingLambda,
      text: 'Invoke a Lambda function every minute from a scheduled rule, and have its code start the job once the local time is due.',
      why: 'The function runs 1,440 times a day, and its own code decides in local time whether the job is due.',
      facts: ['architecture.scheduler-time-zones'],
    },
  ],
  requirements: [
    {
      id: 'local-time',
      label: 'a start at local time all year',
      text: 'The job must start at 01:30 Berlin time all year, including right after each change to or from daylight saving time.',
      meets: [schedulerLambda, schedulerFargate, distributedMap, rehostEc2, pollingLambda],
      breaks: {
        [ruleLambda]:
          'scheduled rules evaluate cron expressions in UTC, so a fixed UTC time drifts an hour from Berlin time with daylight saving time.',
      },
      takeaway:
        'A schedule that must keep local time through daylight saving time is an EventBridge Scheduler schedule with a time zone.',
      facts: ['architecture.scheduler-time-zones'],
    },
    {
      id: 'long-single-pass',
      label: 'hours of work in one pass',
      text: 'Data volumes are growing: within a year, the job’s single pass over one large file will take about {hours} hours, and it cannot be split.',
      meets: [schedulerFargate, rehostEc2],
      breaks: {
        [schedulerLambda]:
          'the function stops after at most 15 minutes, long before the pass ends.',
        [ruleLambda]:
          'the function started by the rule stops after at most 15 minutes, hours before the pass ends.',
        [pollingLambda]:
          'the function that starts the job is still a Lambda invocation, which stops after at most 15 minutes.',
        [distributedMap]:
          'the job cannot be split into items, and each item’s function would still stop after 15 minutes.',
      },
      takeaway:
        'A single pass of hours cannot run in Lambda, which stops after 15 minutes: run it as a container task, which Fargate runs with no server to patch.',
      facts: ['key-concepts.max-timeout', 'key-concepts.long-tasks'],
    },
    {
      id: 'per-item',
      label: 'each record handled on its own',
      text: 'The {items} records of each night arrive in one CSV file in Amazon S3, and each must be handled by its own invocation, so that a bad record fails and is retried alone.',
      meets: [distributedMap],
      breaks: {
        [schedulerLambda]:
          'one function processes every record of the night, so a bad record fails or retries the whole run.',
        [ruleLambda]:
          'a single invocation started by the rule handles all the records, so one bad record fails the whole night.',
        [schedulerFargate]:
          'one task processes every record of the night, so a bad record fails or retries the whole run.',
        [rehostEc2]:
          'one script processes every record of the night, so a bad record fails or retries the whole run.',
        [pollingLambda]:
          'the job still runs as one piece of code over every record, so a bad record fails the whole run.',
      },
      takeaway:
        'Independent items that must fail and retry one by one point to a Distributed Map with a child execution per item.',
      facts: ['architecture.distributed-map', 'orchestration.retry-catch'],
    },
    {
      id: 'no-servers',
      label: 'no operating system to patch',
      text: 'After the move, nobody may patch or maintain an operating system for this job.',
      meets: [schedulerLambda, ruleLambda, schedulerFargate, distributedMap, pollingLambda],
      breaks: {
        [rehostEc2]: 'the team must patch and maintain the instance’s operating system.',
      },
      takeaway:
        'Rehosting on EC2 keeps the patching; Lambda, Fargate and Step Functions leave the operating system to AWS.',
      facts: ['key-concepts.long-tasks'],
    },
    {
      id: 'no-idle-cost',
      label: 'no compute cost between runs',
      text: 'Between the nightly runs, the job must incur no compute charges at all.',
      meets: [schedulerLambda, ruleLambda, schedulerFargate, distributedMap],
      breaks: {
        [rehostEc2]: 'the instance runs, and is billed, all day to start a job once a night.',
        [pollingLambda]:
          'the function is invoked every minute, and each of those 1,440 daily invocations is billed.',
      },
      takeaway:
        'No compute charge between runs means that nothing may run while the job waits: a schedule starts the work when it is due, and only the run itself is billed.',
      facts: ['architecture.scheduler-time-zones'],
    },
    {
      id: 'big-memory',
      label: 'more memory than Lambda offers',
      text: 'One step of the job loads a {gigabytes} GB reference file into memory at once.',
      meets: [schedulerFargate, rehostEc2],
      breaks: {
        [schedulerLambda]:
          'a Lambda function has at most 10,240 MB of memory, less than the file needs.',
        [ruleLambda]:
          'the function started by the rule is limited to 10,240 MB of memory like any other.',
        [pollingLambda]:
          'the job runs inside a Lambda function, which cannot have more than 10,240 MB of memory.',
        [distributedMap]:
          'each item runs in a Lambda function, which has at most 10,240 MB of memory.',
      },
      takeaway: 'Beyond 10,240 MB of memory, a job needs a container or an instance.',
      facts: ['limits.memory-range'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [schedulerLambda]: 1,
        [ruleLambda]: 1,
        [distributedMap]: 2,
        [schedulerFargate]: 2,
        [pollingLambda]: 2,
        [rehostEc2]: 3,
      },
      worse: {
        [distributedMap]:
          'a workflow with a Distributed Map adds a state machine to build and operate beside the function.',
        [schedulerFargate]:
          'the team builds and maintains a container image and a task definition instead of one function.',
        [pollingLambda]:
          'the team writes and maintains its own scheduling code inside the function.',
        [rehostEc2]: 'the team must patch, secure and monitor a server that runs all day.',
      },
      takeaway:
        'Of the solutions that work, the exams prefer the one with the fewest parts to operate: a scheduled function before a workflow, a container or a server.',
    },
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Which solution meets these requirements MOST cost-effectively?',
      rank: { [schedulerLambda]: 1, [ruleLambda]: 1, [pollingLambda]: 2, [rehostEc2]: 2 },
      worse: {
        [pollingLambda]:
          'the function is also billed for the 1,440 invocations a day that only check the clock.',
        [rehostEc2]: 'the instance is billed all day for a job that runs once a night.',
      },
      takeaway:
        'A job that runs once a night should cost nothing in between: no polling, no idle server.',
    },
  ],
  docs: cite(`${docsBase}scheduler/latest/UserGuide/schedule-types.html`),
} as const satisfies DecisionModel;
