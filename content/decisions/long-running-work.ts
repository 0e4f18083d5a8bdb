/**
 * Where to run work that does not fit one Lambda invocation: Step Functions (Standard or
 * Express, with Lambda steps or an ECS task), containers on Fargate, EC2, or Lambda alone.
 */
import type { DecisionModel } from '../schema';
import { cite, stepFunctionsGuide } from '../topics/authoring';

const lambdaSingle = 'lambda-single';
const standard = 'sfn-standard';
const express = 'sfn-express';
const fargate = 'ecs-fargate';
const ec2 = 'ec2-cron';
const recursion = 'lambda-recursion';
const standardEcs = 'sfn-standard-ecs';

export const longRunningWork = {
  id: 'long-running-work',
  topic: 'orchestration',
  title: 'Running work longer or larger than one Lambda invocation',
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-1', 'sap-2', 'sap-4'],
  settings: [
    '{company} is moving {job} from a cron server to AWS. The job is written in {language} and reads its input from Amazon S3.',
    'A developer at {company} is building {job} that runs every night. The code is written in {language} and the team wants to avoid managing servers where it can.',
    '{company} runs {job} every night over the files that arrived in Amazon S3 during the day. The code is written in {language}, and the operations team is small.',
  ],
  slots: {
    company: ['a logistics company', 'an insurance company', 'a media company', 'a retailer'],
    job: ['a data export', 'a report generation job', 'an image archive job', 'a billing run'],
    language: ['Python', 'Java', 'Node.js'],
    hours: ['two', 'three', 'four'],
    memory: ['12', '16', '24'],
    steps: ['four', 'five', 'six'],
    minutes: ['seven', 'eight', 'ten'],
    days: ['two', 'three', 'five'],
    weeks: ['two', 'four', 'six'],
  },
  options: [
    {
      id: lambdaSingle,
      text: 'Run the whole job in a single Lambda function, and raise the timeout of that function to its maximum of 15 minutes.',
      why: 'One invocation keeps the design simple as long as all of the work finishes within the 15-minute limit of a Lambda function.',
      facts: ['key-concepts.max-timeout', 'orchestration.lambda-ceiling'],
    },
    {
      id: standard,
      text: 'Split the job into steps and run them from a Step Functions Standard workflow that invokes a Lambda function per step.',
      why: 'A Standard workflow can run for up to a year, retries each failed state on its own, keeps the history of every execution for 90 days, and can pause on a task token until a person sends it back.',
      facts: [
        'orchestration.standard-duration',
        'orchestration.retry-catch',
        'orchestration.task-token',
      ],
    },
    {
      id: express,
      text: 'Split the job into steps and run them from a Step Functions Express workflow that invokes a Lambda function per step.',
      why: 'An Express workflow suits short, high-volume work: it runs for at most five minutes and is billed by requests and duration.',
      facts: ['orchestration.express-duration', 'orchestration.choosing-type'],
    },
    {
      id: fargate,
      text: 'Package the job as a container and run it as an Amazon ECS task on AWS Fargate, started by an EventBridge Scheduler schedule.',
      why: 'A Fargate task has no Lambda time limit, can have far more memory than a function, and needs no servers to manage, so a long job runs from start to end in one process.',
      facts: ['key-concepts.long-tasks', 'orchestration.fargate-max-memory'],
    },
    {
      id: ec2,
      text: 'Launch an Amazon EC2 instance that starts the job on a timer, and patch and monitor the instance with the rest of the fleet.',
      why: 'An instance can run a job of any length and size, but the team then operates a server: patching, scaling and monitoring it.',
      facts: ['key-concepts.long-tasks'],
    },
    {
      id: recursion,
      text: 'Have a Lambda function invoke itself asynchronously with the remaining work shortly before its own timeout is reached.',
      why: 'Each invocation hands the rest of the job to the next one, so no single invocation runs longer than its timeout.',
      facts: ['orchestration.lambda-ceiling'],
    },
    {
      id: standardEcs,
      text: 'Run the job as one Fargate task from a Step Functions Standard workflow with ecs:runTask.sync, then pause on a task token.',
      why: 'With .sync the workflow starts the ECS task and waits, for hours if need be, until it stops. The next state then passes a task token and pauses, billing nothing, until SendTaskSuccess returns it.',
      facts: [
        'orchestration.ecs-fargate-task',
        'orchestration.run-a-job',
        'orchestration.task-token',
        'orchestration.fargate-max-memory',
      ],
    },
  ],
  requirements: [
    {
      id: 'hours-unbroken',
      label: 'hours of unbroken processing',
      text: 'One step of the job is a single computation of about {hours} hours that keeps its state in memory and cannot be checkpointed.',
      meets: [fargate, ec2, standardEcs],
      breaks: {
        [lambdaSingle]:
          'a Lambda invocation stops at its timeout, at most 15 minutes, long before the computation ends.',
        [standard]:
          'the workflow may run that long, but the Lambda function that runs this step stops after at most 15 minutes.',
        [express]:
          'an Express workflow stops after five minutes, and each of its Lambda steps after at most 15 minutes.',
        [recursion]:
          'each new invocation starts with empty memory, so a computation that cannot be checkpointed cannot carry on in it.',
      },
      takeaway:
        'Work longer than 15 minutes that cannot be split goes to a container (ECS on Fargate, started on its own or by a Standard workflow with .sync), AWS Batch or EC2.',
      facts: [
        'key-concepts.max-timeout',
        'key-concepts.long-tasks',
        'orchestration.ecs-fargate-task',
      ],
    },
    {
      id: 'large-memory',
      label: 'a step that needs more memory than Lambda offers',
      text: 'In one of its steps, the job loads a reference data set of about {memory} GB into memory at once.',
      meets: [fargate, ec2, standardEcs],
      breaks: {
        [lambdaSingle]:
          'a Lambda function can have at most 10,240 MB of memory, less than this step needs.',
        [standard]:
          'the Lambda function that runs this step can have at most 10,240 MB of memory, less than it needs.',
        [express]:
          'the Lambda function that runs this step can have at most 10,240 MB of memory, less than the step needs.',
        [recursion]:
          'every invocation of the function can have at most 10,240 MB of memory, less than this step needs.',
      },
      takeaway:
        'A step that needs more than 10,240 MB of memory does not fit in Lambda: run it as an ECS task on Fargate, which offers up to 120 GB.',
      facts: ['limits.memory-range', 'orchestration.fargate-max-memory'],
    },
    {
      id: 'steps-retry',
      label: 'retrying a failed step on its own',
      text: 'The job has {steps} steps that each take {minutes} minutes or more. A failed step must be retried on its own, with no custom code to track which steps succeeded.',
      meets: [standard],
      breaks: {
        [lambdaSingle]:
          'the steps together take longer than the 15-minute maximum of one invocation.',
        [express]:
          'an Express workflow stops after five minutes, before even one of these steps can finish.',
        [fargate]:
          'a failed container task is run again as a whole, unless the team writes code to record which steps finished.',
        [ec2]:
          'a failed cron job is run again as a whole, unless the team writes code to record which steps finished.',
        [recursion]:
          'an asynchronous retry repeats the whole failed invocation, with any steps it had finished, and nothing else tracks the steps.',
        [standardEcs]:
          'the whole job is one ECS task, so a retry of that state runs every step again, including those that succeeded.',
      },
      takeaway:
        'Steps that must be retried one by one point to Step Functions, whose Retry and Catch act per state.',
      facts: ['orchestration.retry-catch', 'orchestration.standard-duration'],
    },
    {
      id: 'wait-approval',
      label: 'a wait of days for an approval',
      text: 'After the job produces its result, a manager must approve it before it is published, which can take up to {days} days, and no compute may be billed during that wait.',
      meets: [standard, standardEcs],
      breaks: {
        [lambdaSingle]:
          'an invocation ends at its timeout, at most 15 minutes, so it cannot wait days for the approval.',
        [express]:
          'an Express workflow stops after five minutes and does not support the task-token callback pattern.',
        [fargate]:
          'nothing in this design receives the approval, and a task kept running for days to wait for it is billed all along.',
        [ec2]:
          'nothing in this design receives the approval, and the instance is billed for every hour it runs while the job waits.',
        [recursion]:
          'no invocation can wait for days, and a chain of invocations kept alive to poll for the approval bills compute all along.',
      },
      takeaway:
        'A wait for a human points to a Standard workflow with a task token (.waitForTaskToken), which pauses at no compute cost until SendTaskSuccess returns the token.',
      facts: ['orchestration.task-token', 'orchestration.express-integrations'],
    },
    {
      id: 'audit-history',
      label: 'a step-by-step history of every run',
      text: 'Auditors must be able to look up, for every run of the last {weeks} weeks, which steps ran and with what input and output, without the team writing or configuring any logging.',
      meets: [standard],
      breaks: {
        [lambdaSingle]:
          'Lambda keeps no history of steps: only what the code writes to its logs is recorded, so the team would write that logging.',
        [express]:
          'Step Functions keeps no execution history for Express workflows, unlike the 90 days it keeps for Standard ones: logging to CloudWatch Logs must be configured.',
        [fargate]:
          'a container task records only what its code writes to its logs, so the team would have to write that logging.',
        [ec2]:
          'a cron job records only what its code writes to its logs, so the team would have to write that logging.',
        [recursion]:
          'each invocation records only what its code writes to its logs, so the team would have to write that logging.',
        [standardEcs]:
          'the 90-day execution history shows the whole job as one ECS task: the steps inside it, with their input and output, are only in its own logs.',
      },
      takeaway:
        'A built-in, auditable history of each step points to a Standard workflow whose states are the steps: Step Functions keeps that history for 90 days after a run ends.',
      facts: ['orchestration.choosing-type', 'orchestration.standard-duration'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: { [standard]: 1, [fargate]: 2, [standardEcs]: 3, [ec2]: 4 },
      worse: {
        [fargate]:
          'the team builds and maintains a container image and an ECS task definition, where Lambda steps need only their code.',
        [standardEcs]:
          'the team maintains a container image, an ECS task definition and a state machine, more parts than the work needs.',
        [ec2]:
          'the team must patch, secure and monitor an instance, and keep it running between runs.',
      },
      takeaway:
        'Between solutions that work, the exams prefer the one with fewest parts to run: Lambda steps over containers, a scheduled task over a workflow it does not need, and anything over servers you patch.',
    },
  ],
  docs: cite(`${stepFunctionsGuide}choosing-workflow-type.html`),
} as const satisfies DecisionModel;
