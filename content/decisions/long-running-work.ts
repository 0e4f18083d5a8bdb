/**
 * Where to run work that does not fit one Lambda invocation: Step Functions (Standard or
 * Express, with Lambda steps or a Fargate task per step), one container on Fargate, EC2, or
 * Lambda alone.
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
    '{company} is moving {job} from a cron server to AWS. A manager approves each result before it is published.',
    '{company} is moving {job} off the on-premises server that runs it every night. A manager approves each result before it is published.',
    '{company} runs {job} every night over the files that reached Amazon S3 that day. A manager approves each result before it is published.',
  ],
  slots: {
    company: ['a logistics company', 'an insurance company', 'a media company', 'a retailer'],
    job: ['a data export', 'a report generation job', 'a photo archive job', 'a billing run'],
    hours: ['two', 'three', 'four'],
    memory: ['12', '16', '24'],
    days: ['two', 'three', 'five'],
    weeks: ['two', 'four', 'six'],
  },
  options: [
    {
      id: lambdaSingle,
      text: 'Run the whole job in one Lambda function with its timeout raised to the 15-minute maximum, and start it on a nightly EventBridge Scheduler schedule.',
      why: 'One invocation keeps the design simple as long as all of the work finishes within the 15-minute limit of a Lambda function.',
      facts: ['key-concepts.max-timeout', 'orchestration.lambda-ceiling', 'integration.scheduler'],
    },
    {
      id: standard,
      text: 'Split the work into Lambda steps of under 15 minutes, each with a Retry, in a Step Functions Standard workflow that waits on a task token for approval.',
      why: 'Each step fits in one invocation and its Retry repeats only that step. A Standard workflow can run for up to a year, keeps the history of each execution for 90 days, and pauses on the task token, at no compute cost, until SendTaskSuccess returns it.',
      facts: [
        'orchestration.standard-duration',
        'orchestration.retry-catch',
        'orchestration.task-token',
      ],
    },
    {
      id: express,
      text: 'Split the work into Lambda steps of under 15 minutes, each with a Retry, in a Step Functions Express workflow that waits on a task token for approval.',
      why: 'An Express workflow suits short, high-volume work: it runs for at most five minutes, supports only the Request Response pattern, and is billed by requests and duration.',
      facts: [
        'orchestration.express-duration',
        'orchestration.express-integrations',
        'orchestration.choosing-type',
      ],
    },
    {
      id: fargate,
      text: 'Package the whole job as a container image, and run it as one Amazon ECS task on AWS Fargate, started on a nightly EventBridge Scheduler schedule.',
      why: 'A Fargate task has no Lambda time limit, can have up to 120 GB of memory, and runs on capacity that AWS manages, so the job runs from start to end in one process with no server to patch.',
      facts: [
        'key-concepts.long-tasks',
        'orchestration.fargate-max-memory',
        'integration.scheduler',
      ],
    },
    {
      id: ec2,
      text: 'Run the whole job on a timer on one Amazon EC2 instance sized for the work, and patch and monitor that instance along with the rest of the fleet.',
      why: 'An instance can run a job of any length and size, but the team then operates a server: patching, securing and monitoring it.',
      facts: ['key-concepts.long-tasks'],
    },
    {
      id: recursion,
      text: 'Have one Lambda function work through the job and, shortly before its timeout is reached, invoke itself asynchronously with the work that remains.',
      why: 'Each invocation hands the rest of the job to the next one, so no single invocation runs longer than its timeout.',
      facts: ['orchestration.lambda-ceiling'],
    },
    {
      id: standardEcs,
      text: 'Run each step as a Fargate task, with a Retry, from a Step Functions Standard workflow using ecs:runTask.sync, and wait on a task token for approval.',
      why: 'Each step runs in its own Fargate task, with no 15-minute limit and up to 120 GB of memory. With .sync the workflow waits for each task to stop, a Retry reruns only the failed step, and the workflow pauses on the task token, at no compute cost, until SendTaskSuccess returns it.',
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
      text: 'One step is a {hours}-hour computation that holds its state in memory and cannot be checkpointed.',
      meets: [fargate, ec2, standardEcs],
      breaks: {
        [lambdaSingle]:
          'the single invocation stops at its timeout, at most 15 minutes, hours before this computation ends.',
        [standard]:
          'a computation that cannot be checkpointed cannot be cut into Lambda steps of under 15 minutes.',
        [express]:
          'this computation cannot be cut into Lambda steps of under 15 minutes, and an Express workflow itself stops after five minutes.',
        [recursion]:
          'each new invocation starts with empty memory, so a computation that cannot be checkpointed cannot carry on in it.',
      },
      takeaway:
        'Work longer than 15 minutes that cannot be split leaves Lambda: run it as an ECS task on Fargate, started on its own or by a Standard workflow with .sync.',
      facts: [
        'key-concepts.max-timeout',
        'key-concepts.long-tasks',
        'orchestration.ecs-fargate-task',
      ],
    },
    {
      id: 'large-memory',
      label: 'a step that needs more memory than Lambda offers',
      text: 'One step must hold a {memory} GB data set in memory at once.',
      meets: [fargate, ec2, standardEcs],
      breaks: {
        [lambdaSingle]:
          'a Lambda function can have at most 10,240 MB of memory, less than this step needs.',
        [standard]:
          'the Lambda function that runs this step can have at most 10,240 MB of memory, less than the data set needs.',
        [express]:
          'its Lambda steps can have at most 10,240 MB of memory each, whichever workflow type runs them.',
        [recursion]:
          'each invocation can have at most 10,240 MB of memory, and the data set must be in memory all at once.',
      },
      takeaway:
        'A step that needs more than 10,240 MB of memory does not fit in Lambda: run it as an ECS task on Fargate, which offers up to 120 GB.',
      facts: ['limits.memory-range', 'orchestration.fargate-max-memory'],
    },
    {
      id: 'steps-retry',
      label: 'a run of over 30 minutes whose failed steps are retried on their own',
      text: 'A run takes over 30 minutes, and a failed step must be retried on its own, without custom progress tracking.',
      meets: [standard, standardEcs],
      breaks: {
        [lambdaSingle]:
          'a run of over 30 minutes does not fit in one invocation of at most 15 minutes, and a failed invocation is retried as a whole.',
        [express]:
          'an Express workflow runs for at most five minutes, so a run of over 30 minutes stops before its later steps, whatever each step’s Retry does.',
        [fargate]:
          'the whole job is one container process, so a failed step means running the task again from the start, unless the team writes code to skip finished steps.',
        [ec2]:
          'the whole job is one process on the instance, so a failed step means rerunning the job, unless the team writes code to skip finished steps.',
        [recursion]:
          'an asynchronous retry repeats the whole failed invocation, with any steps it had finished, and nothing tracks which steps succeeded.',
      },
      takeaway:
        'Steps that must be retried one by one point to Step Functions, whose Retry acts on each state on its own.',
      facts: ['orchestration.retry-catch', 'orchestration.standard-duration'],
    },
    {
      id: 'wait-approval',
      label: 'a wait of days for an approval',
      text: 'The approval can take {days} days, and publishing must then start automatically, with no compute billed meanwhile.',
      meets: [standard, standardEcs],
      breaks: {
        [lambdaSingle]:
          'an invocation ends at its timeout, at most 15 minutes, so it cannot wait days for the approval.',
        [express]:
          'an Express workflow stops after five minutes and does not support the task-token callback pattern at all.',
        [fargate]:
          'the task ends with the job, so nothing publishes the result when the approval comes, and a task kept running to wait for it is billed for days.',
        [ec2]:
          'nothing receives the approval, and the instance that would have to wait for it is billed for every hour it runs.',
        [recursion]:
          'no invocation can wait for days, and a chain of invocations kept alive to poll for the approval bills compute all along.',
      },
      takeaway:
        'A wait for a person points to a Standard workflow with a task token (.waitForTaskToken), which pauses at no compute cost until SendTaskSuccess returns the token.',
      facts: ['orchestration.task-token', 'orchestration.express-integrations'],
    },
    {
      id: 'audit-history',
      label: 'a step-by-step history of every run',
      text: 'Auditors must see each step’s input and output for runs of the last {weeks} weeks, with no logging set up by the team.',
      meets: [standard, standardEcs],
      breaks: {
        [lambdaSingle]:
          'a single invocation keeps no record of its steps, and Lambda logs only what the code writes, so the team would build that history itself.',
        [express]:
          'Step Functions keeps no execution history for Express workflows, which are recorded only if the team sets up logging.',
        [fargate]:
          'a container task records only what its code writes to its logs, so the team would have to write that logging.',
        [ec2]:
          'a job on an instance records only what its code writes to its logs, so the team would have to write that logging.',
        [recursion]:
          'each invocation records only what its code writes to its logs, so the team would have to write that logging.',
      },
      takeaway:
        'A built-in, auditable history of each step points to a Standard workflow whose states are the steps: Step Functions keeps that history for 90 days after a run ends.',
      facts: ['orchestration.choosing-type', 'orchestration.standard-duration'],
    },
    {
      id: 'no-servers',
      label: 'no servers to patch',
      text: 'The job must not run on any server or instance that the team has to patch.',
      meets: [lambdaSingle, standard, express, fargate, recursion, standardEcs],
      breaks: {
        [ec2]: 'the team would patch, secure and monitor the EC2 instance itself.',
      },
      takeaway:
        'When no one may patch servers, run the work on Lambda, Step Functions or Fargate, whose hosts AWS manages.',
      facts: ['key-concepts.long-tasks'],
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
          'the team maintains a container image and task definition for each step as well as a state machine, more parts than the work needs.',
        [ec2]:
          'the team must patch, secure and monitor an instance, and keep it running between runs.',
      },
      takeaway:
        'Least overhead goes to Lambda steps, which need only code. A Fargate task adds an image and a task definition, a workflow of Fargate tasks adds a state machine as well, and an instance adds patching.',
    },
  ],
  docs: cite(`${stepFunctionsGuide}choosing-workflow-type.html`),
} as const satisfies DecisionModel;
