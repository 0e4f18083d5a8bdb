/**
 * Where to run work that does not fit one Lambda invocation: Step Functions (Standard or
 * Express), containers on Fargate, EC2, or Lambda alone.
 */
import type { DecisionModel } from '../schema';
import { cite, stepFunctionsGuide } from '../topics/authoring';

const lambdaSingle = 'lambda-single';
const standard = 'sfn-standard';
const express = 'sfn-express';
const fargate = 'ecs-fargate';
const ec2 = 'ec2-cron';
const recursion = 'lambda-recursion';

export const longRunningWork = {
  id: 'long-running-work',
  topic: 'orchestration',
  title: 'Running work longer or larger than one Lambda invocation',
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-1', 'sap-2', 'sap-4'],
  settings: [
    '{company} is moving {job} from a cron server to AWS. The job is written in {language} and reads its input from Amazon S3.',
    'A developer at {company} is building {job} that runs every night. The code is written in {language} and the team wants to avoid managing servers where it can.',
    '{company} runs {job} whenever a new file arrives in Amazon S3. The code is written in {language}, and the operations team is small.',
  ],
  slots: {
    company: ['a logistics company', 'an insurance company', 'a media company', 'a retailer'],
    job: ['a data export', 'a report generation job', 'an image archive job', 'a billing run'],
    language: ['Python', 'Java', 'Node.js'],
    hours: ['two', 'three', 'four'],
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
      why: 'A Standard workflow can run for up to a year, retries each failed state on its own, keeps the history of every execution and can pause on a task token.',
      facts: ['orchestration.standard-duration', 'orchestration.retry-catch', 'orchestration.task-token'],
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
      why: 'A Fargate task has no Lambda time limit and needs no servers to manage, so a long job can run from start to end in one process.',
      facts: ['orchestration.ecs-fargate-task', 'key-concepts.long-tasks'],
    },
    {
      id: ec2,
      text: 'Launch an Amazon EC2 instance that starts the job on a timer, and patch and monitor the instance with the rest of the fleet.',
      why: 'An instance can run a job of any length, but the team then operates a server: patching, scaling and monitoring it.',
      facts: ['key-concepts.long-tasks'],
    },
    {
      id: recursion,
      text: 'Have the Lambda function invoke itself asynchronously with the remaining work shortly before its own timeout is reached.',
      why: 'Each invocation hands the rest of the job to the next one, so no single invocation runs longer than its timeout.',
      facts: ['orchestration.lambda-ceiling'],
    },
  ],
  requirements: [
    {
      id: 'hours-unbroken',
      label: 'hours of unbroken processing',
      text: 'The job runs for about {hours} hours in one piece and cannot be split into smaller steps.',
      meets: [fargate, ec2],
      breaks: {
        [lambdaSingle]: 'a Lambda invocation stops at its timeout, at most 15 minutes, long before the job ends.',
        [standard]: 'the workflow itself may run that long, but every Lambda step still stops after 15 minutes, and the job cannot be split.',
        [express]: 'an Express workflow stops after five minutes, and its Lambda steps after 15 minutes each.',
        [recursion]: 'handing the rest to a new invocation means splitting the job, which this job does not allow.',
      },
      takeaway: 'Work longer than 15 minutes that cannot be split goes to a container (ECS or Fargate), AWS Batch or EC2.',
      facts: ['key-concepts.max-timeout', 'key-concepts.long-tasks'],
    },
    {
      id: 'steps-retry',
      label: 'retry a failed step on its own',
      text: 'The job has {steps} steps of about {minutes} minutes each, and a step that fails must be retried without running the steps that already succeeded.',
      meets: [standard],
      breaks: {
        [lambdaSingle]: 'all the steps together take far longer than the 15-minute limit of one invocation.',
        [express]: 'an Express workflow stops after five minutes, shorter than even one of these steps.',
        [fargate]: 'a container task retries as a whole unless the team writes its own code to remember finished steps.',
        [ec2]: 'a cron job retries as a whole unless the team writes its own code to remember finished steps.',
        [recursion]: 'nothing records which steps succeeded, so a failure means writing custom state tracking and retries.',
      },
      takeaway: 'Steps that must be retried one by one point to Step Functions, whose Retry and Catch act per state.',
      facts: ['orchestration.retry-catch', 'orchestration.standard-duration'],
    },
    {
      id: 'wait-approval',
      label: 'wait days for an approval',
      text: 'Before its last step, the job must wait for a manager to approve the result, which can take up to {days} days.',
      meets: [standard, fargate, ec2],
      breaks: {
        [lambdaSingle]: 'an invocation cannot wait for days: it ends at its timeout of at most 15 minutes.',
        [express]: 'Express workflows support neither the task-token callback pattern nor a run longer than five minutes.',
        [recursion]: 'no invocation can hold the job while it waits for days, and the chain has no way to receive the approval.',
      },
      takeaway: 'A wait for a human points to a Standard workflow with a task token (.waitForTaskToken), which pauses at no compute cost.',
      facts: ['orchestration.task-token', 'orchestration.express-integrations'],
    },
    {
      id: 'audit-history',
      label: 'a step-by-step history of every run',
      text: 'Auditors must be able to see, for every run of the last {weeks} weeks, which steps ran and with what input and output, without any logging code in the job.',
      meets: [standard],
      breaks: {
        [lambdaSingle]: 'Lambda keeps no step history; the code would have to log every input and output itself.',
        [express]: 'Step Functions keeps no execution history for Express workflows; it would have to be sent to CloudWatch Logs.',
        [fargate]: 'a container task records only what its code writes to its logs, so the team would have to add that logging.',
        [ec2]: 'a cron job records only what its code writes to its logs, so the team would have to add that logging.',
        [recursion]: 'each invocation logs only what its code writes, so the team would have to add that logging.',
      },
      takeaway: 'A built-in, auditable history of each step points to a Standard workflow, which keeps execution history for 90 days.',
      facts: ['orchestration.choosing-type', 'orchestration.standard-duration'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: { [standard]: 1, [fargate]: 2, [ec2]: 3 },
      worse: {
        [fargate]: 'the team builds and maintains a container image and must wire the approval or retries into its own code.',
        [ec2]: 'the team must patch, secure and monitor an instance, and keep it running even while the job waits.',
      },
      takeaway: 'Between solutions that work, the exams prefer the managed one: a Step Functions workflow over containers, and containers over servers you patch.',
    },
  ],
  docs: cite(`${stepFunctionsGuide}choosing-workflow-type.html`),
} as const satisfies DecisionModel;
