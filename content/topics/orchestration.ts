/**
 * Work that outgrows one Lambda invocation: Step Functions workflows (Standard vs Express),
 * their integration patterns and error handling, and ECS or Fargate tasks.
 */
import type { AttributeTable, Fact, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaGuide, stepFunctionsGuide } from './authoring';
import { longRunningWork } from '../decisions/long-running-work';

const integrationPatterns = cite(`${stepFunctionsGuide}connect-to-resource.html`);
const choosingType = cite(`${stepFunctionsGuide}choosing-workflow-type.html`);
const startExecution = cite(
  `${docsBase}step-functions/latest/apireference/API_StartExecution.html`,
);
const seed = 'Exam Tips' as const;
const domains = ['dva-1', 'sap-4'] as const;

export const workflowTypesTable = {
  id: 'orchestration.workflow-types',
  topic: 'orchestration',
  title: 'Step Functions Standard vs Express workflows',
  docs: cite(`${stepFunctionsGuide}express-at-least-once-execution.html`),
  exams: bothExams,
  domains: ['dva-1', 'sap-2'],
  subject: { one: 'workflow type', many: 'workflow types' },
  nameLabel: 'Workflow type',
  display: { kind: 'transposed', label: 'Attribute' },
  columns: [
    {
      key: 'execution',
      label: 'Execution guarantee',
      ask: 'What execution guarantee do {row} workflows give?',
      which: 'Which workflow type gives this execution guarantee: {value}?',
      distractors: [
        {
          text: 'At most once when started asynchronously, at least once when started synchronously',
          why: 'At most once asynchronously and at least once synchronously reverses the Express guarantees: an asynchronous Express execution may run more than once, and a synchronous one is never restarted. Standard executions run exactly once.',
        },
        {
          text: 'At least once, whether the execution is started synchronously or asynchronously',
          why: 'No workflow type is at least once in both modes: Standard executions run exactly once, and a synchronous Express execution is at most once.',
        },
      ],
    },
    {
      key: 'history',
      label: 'Execution history',
      ask: 'Where is the execution history of {row} workflows kept?',
      which: 'For which workflow type is the execution history kept like this: {value}?',
      distractors: [
        {
          text: 'In an Amazon S3 bucket that Step Functions creates for each execution',
          why: 'Step Functions never writes execution history to S3 on its own. Standard history stays in the service, and Express history exists only in CloudWatch Logs.',
        },
        {
          text: 'In Step Functions, for as long as the state machine exists',
          why: 'Standard execution history is removed 90 days after the execution closes, and Step Functions does not keep Express history at all.',
        },
      ],
    },
    {
      key: 'sameName',
      label: 'StartExecution with the name of a running execution',
      ask: 'With {row} workflows, what happens when StartExecution is called with the name of an execution that is still running?',
      which:
        'For which workflow type does StartExecution with a running execution’s name do this: {value}?',
      distractors: [
        {
          text: 'It fails with ExecutionAlreadyExists whatever the input of the call, because an execution name must stay unique',
          why: 'StartExecution does not fail this way while the named execution runs: a Standard workflow accepts a call with identical input, and an Express workflow starts another execution. ExecutionAlreadyExists needs a different input or a closed Standard execution.',
        },
        {
          text: 'It stops the running execution and starts a new execution in its place, with the new input of the call',
          why: 'StartExecution never stops an execution. Stopping one is a separate call, StopExecution.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'standard',
      name: 'Standard',
      cells: {
        execution: {
          text: 'Exactly once',
          means: ['exactly-once'],
          why: 'Standard workflows persist their state after every transition, so an execution runs its steps exactly once unless the workflow’s own Retry rules repeat them.',
        },
        history: {
          text: 'In Step Functions, for 90 days after the execution closes',
          means: ['kept-90-days'],
          why: 'Step Functions records every transition of a Standard execution, and the history can be read with the API or the console until it is removed 90 days after the execution closes.',
        },
        sameName: {
          text: 'It succeeds without starting anything if the input is identical, and fails with ExecutionAlreadyExists if not',
          means: ['idempotent-same-input'],
          why: 'StartExecution is idempotent for Standard workflows: the same name and input return the original response, while a different input, or a closed execution, returns ExecutionAlreadyExists.',
          docs: startExecution,
        },
      },
    },
    {
      id: 'express',
      name: 'Express',
      cells: {
        execution: {
          text: 'At least once when started asynchronously, at most once when started synchronously',
          means: ['at-least-once', 'at-most-once'],
          why: 'Express workflows do not persist state between transitions. An asynchronous execution may be run again, and a synchronous one is never restarted after an exception.',
        },
        history: {
          text: 'Only in CloudWatch Logs, when logging is enabled on the state machine',
          means: ['logs'],
          why: 'Step Functions does not capture the history of Express executions. Logging to CloudWatch Logs must be enabled to see what an execution did.',
        },
        sameName: {
          text: 'It starts another execution, which runs alongside the first one',
          means: ['concurrent'],
          why: 'StartExecution is not idempotent for Express workflows: each call starts a new execution, so the workflow’s logic has to be idempotent itself.',
          docs: startExecution,
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const orchestrationFacts = [
  {
    id: 'orchestration.lambda-ceiling',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'A Lambda invocation is stopped when it reaches the function timeout, which cannot be raised beyond the Lambda maximum by any setting.',
    why: 'The timeout is a hard limit of a standard function: Lambda ends the invocation at that moment, whatever work is left. Longer processes go to Step Functions, which coordinates shorter steps, or to ECS or Fargate tasks.',
    takeaway:
      'Work longer than 15 minutes does not fit one Lambda invocation: use Step Functions with Fargate or ECS tasks.',
    ask: 'A nightly job that takes about 40 minutes is moved into a single Lambda function. What happens when it runs?',
    examNote:
      'Exam questions assume the 15-minute maximum of a standard function. Lambda durable functions, which can run for up to a year, are newer than both exams.',
    docs: cite(`${lambdaGuide}configuration-timeout.html`),
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A Lambda invocation keeps running past the function timeout while its code is still busy, because Lambda extends the timeout for work in progress.',
        why: 'Lambda never extends a timeout. The invocation ends when the timeout is reached, busy or not.',
      },
      {
        text: 'A Lambda invocation can run for hours once the team raises the maximum timeout for the account with a Service Quotas request.',
        why: 'The maximum timeout of a function is fixed at 900 seconds and cannot be raised by a quota request.',
      },
      {
        text: 'A Lambda invocation can continue its work past the timeout by invoking its own function again, because the new invocation resumes the same run.',
        why: 'A new invocation starts from scratch, with nothing of the old one’s progress unless the code saved it. Chaining invocations by hand is what Step Functions replaces.',
      },
    ],
  },
  {
    id: 'orchestration.standard-duration',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'A Standard workflow execution can run for up to one year, which covers waits of several weeks.',
    why: 'Standard workflows persist their state after every transition, so an execution can wait for a long time without running anything, and Step Functions resumes it when the wait ends.',
    takeaway:
      'Long waits, such as human approvals, belong in a Standard workflow, which can run for up to a year.',
    ask: 'An order process waits up to two weeks for a manager to approve each order. How long can a single Standard workflow execution run?',
    docs: choosingType,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A Standard workflow execution can run for up to 15 minutes, the same as the longest timeout that a Lambda function can have.',
        why: 'Fifteen minutes limits one Lambda invocation. A Standard workflow can run for up to a year.',
      },
      {
        text: 'A Standard workflow execution can run for up to 5 minutes, like an Express workflow execution.',
        why: 'Five minutes is the limit of Express workflows. Standard workflows exist precisely for longer processes.',
      },
      {
        text: 'A Standard workflow execution can run for up to 90 days, the time Step Functions keeps its history, which covers waits of several weeks.',
        why: 'Ninety days is how long the history is kept after an execution closes. The execution itself can run for up to a year.',
      },
    ],
  },
  {
    id: 'orchestration.express-duration',
    kind: 'limit',
    topic: 'orchestration',
    subject: 'maximum duration of an Express workflow execution',
    value: { kind: 'exact', n: 5, unit: 'min' },
    statement: 'An Express workflow execution can run for at most 5 minutes.',
    why: 'Express workflows are built for short, high-volume work and do not persist state between transitions, so Step Functions bounds their duration. Longer processes need a Standard workflow.',
    takeaway: 'Express workflows stop at 5 minutes. Anything longer needs a Standard workflow.',
    ask: 'What is the longest that a single Express workflow execution can run?',
    docs: cite(`${stepFunctionsGuide}concepts-express-synchronous.html`),
    exams: ['DVA-C02'],
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'An Express workflow execution can run for at most 15 minutes, the same as a Lambda function.',
        why: 'Fifteen minutes is the Lambda maximum timeout. Express workflows are limited to 5 minutes.',
        figure: { kind: 'exact', n: 15, unit: 'min' },
      },
      {
        text: 'An Express workflow execution can run for at most 1 minute when it is started synchronously.',
        why: 'A synchronous call from the console gives up after 60 seconds, but with the SDK or the CLI a synchronous Express execution can run for the full 5 minutes.',
        figure: { kind: 'exact', n: 1, unit: 'min' },
      },
      {
        text: 'An Express workflow execution can run for at most 60 minutes.',
        why: 'No Step Functions limit is an hour. Express executions stop at 5 minutes, and longer work needs a Standard workflow.',
        figure: { kind: 'exact', n: 60, unit: 'min' },
      },
    ],
  },
  {
    id: 'orchestration.choosing-type',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'Express workflows fit high-volume, short event processing, and Standard workflows fit long-running processes that wait for a callback.',
    why: 'Express workflows are built for high event rates and short executions and are billed by duration. Standard workflows are durable, auditable, can run for up to a year and support waiting for a task token.',
    takeaway:
      'High volume and short: Express. Long, durable, auditable or waiting for a callback: Standard.',
    ask: 'A company processes IoT events at a very high rate, each in a few seconds, and also runs a payment process that waits days for a bank’s callback. Which workflow types fit?',
    docs: choosingType,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'Standard workflows fit high-volume, short event processing, and Express workflows fit long-running processes that wait for a callback.',
        why: 'That is the wrong way round. Express executions stop after 5 minutes and cannot wait for a task token.',
      },
      {
        text: 'Express workflows fit both high-volume event processing and long-running processes, because they cost less and can wait days for a callback with a task token.',
        why: 'Express workflows do not support .waitForTaskToken and stop after 5 minutes, so they cannot wait days for a callback.',
      },
      {
        text: 'Standard workflows fit both high-volume event processing and long-running processes, because only Standard workflows can be started at a very high event rate.',
        why: 'Express workflows are the type built for high event rates. Standard workflows cost more at that volume because they are billed per state transition.',
      },
    ],
  },
  {
    id: 'orchestration.run-a-job',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'A Task state that must wait for a job uses the Run a Job pattern, with .sync appended to the resource, so Step Functions waits for the job to complete.',
    why: 'With .sync, Step Functions submits the job and then follows it until it completes, for the services that support this pattern. Without a suffix, it moves on as soon as the API call returns.',
    takeaway: 'To wait for an AWS job to finish, append .sync to the Task state’s resource.',
    ask: 'A workflow starts an AWS Batch job and must not move on until the job has finished. Which integration pattern does its Task state use?',
    docs: integrationPatterns,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A Task state that must wait for a job uses the Request Response pattern, with no suffix on the resource, so Step Functions waits for the job to complete.',
        why: 'Request Response moves on as soon as the service answers the API call, which for a job means once it has been submitted.',
      },
      {
        text: 'A Task state that must wait for a job uses the Wait for Callback pattern, with .waitForTaskToken appended, so Step Functions polls the job until it completes.',
        why: 'Wait for Callback does not poll: it waits for the task token to be sent back, and AWS Batch does not support that pattern. Waiting for a job is what .sync does.',
      },
      {
        text: 'A Task state that must wait for a job uses the Run a Job pattern inside an Express workflow, so Step Functions waits for the job to complete at a lower cost.',
        why: 'Express workflows support only Request Response. Run a Job needs a Standard workflow.',
      },
    ],
  },
  {
    id: 'orchestration.task-token',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'To wait for an outside system, a task uses the Wait for Callback pattern: it passes a task token, and the workflow pauses until the token is returned.',
    why: 'With .waitForTaskToken, Step Functions hands a token to the task and waits without running anything. The external system, or a function acting for it, returns the token with a result, and a Standard workflow can wait up to a year.',
    takeaway:
      'Waiting for a person or an outside system: .waitForTaskToken, then SendTaskSuccess or SendTaskFailure with the token.',
    ask: 'A workflow sends an order to a partner’s fulfilment system and must pause until that system reports back, which can take days. Which integration pattern fits?',
    docs: integrationPatterns,
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'To wait for an outside system, a task uses the Run a Job pattern: it appends .sync, and Step Functions polls the system until it reports that the work is complete.',
        why: '.sync works only for AWS services that support it, and it cannot follow an external system. External systems report back with a task token.',
      },
      {
        text: 'To wait for an outside system, a task uses the Request Response pattern: it calls a Lambda function that waits for the reply and returns it as the task’s result.',
        why: 'A Lambda invocation ends after at most 15 minutes, so it cannot wait days for a reply.',
      },
      {
        text: 'To wait for an outside system, a task in an Express workflow uses the Wait for Callback pattern: it passes a task token, and the workflow pauses until it comes back.',
        why: 'Express workflows do not support .waitForTaskToken, and they stop after 5 minutes anyway.',
      },
    ],
  },
  {
    id: 'orchestration.express-integrations',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'Express workflows support only the Request Response pattern, so a Task state that uses .sync must be redesigned or stay in a Standard workflow.',
    why: 'Express workflows do not persist state between transitions, so they cannot wait for a job or a callback. Both integration types use the same services, but only Standard workflows use .sync and .waitForTaskToken.',
    takeaway:
      'Express workflows: Request Response only. .sync and .waitForTaskToken need Standard.',
    ask: 'A team plans to move a workflow that calls ecs:runTask.sync from Standard to Express to cut costs. Which integration patterns can an Express workflow use?',
    docs: cite(`${stepFunctionsGuide}integrate-optimized.html`),
    exams: bothExams,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      {
        text: 'Express workflows support all three patterns, including .sync and .waitForTaskToken, as long as each execution ends sooner than a Standard workflow would.',
        why: 'Express workflows support Request Response only. The duration is not what rules the other patterns out.',
      },
      {
        text: 'Express workflows support Request Response and Run a Job with .sync, but not Wait for Callback with a task token.',
        why: 'Run a Job is not supported in Express workflows either, so the .sync task cannot move as it is.',
      },
      {
        text: 'Express workflows support Request Response and Wait for Callback with a task token, but not Run a Job with .sync.',
        why: 'Wait for Callback is not supported in Express workflows either. Only Request Response is.',
      },
    ],
  },
  {
    id: 'orchestration.ecs-fargate-task',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'A Task state that calls ecs:runTask.sync starts a task on Amazon ECS or Fargate, and the workflow waits until that task stops.',
    why: 'The optimized ECS integration supports the Run a Job pattern: Step Functions starts the task and waits for it to complete, with no time limit of its own beyond the workflow’s.',
    takeaway:
      'Long container work: a Standard workflow runs it with ecs:runTask.sync on ECS or Fargate.',
    ask: 'A video transcoding step takes about an hour and runs in a container. How can a Step Functions workflow run it and wait for it to finish?',
    docs: cite(`${stepFunctionsGuide}connect-ecs.html`),
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A Task state that calls ecs:runTask starts a task on Amazon ECS or Fargate, and the workflow waits until that task stops.',
        why: 'Without .sync, the Request Response pattern moves on as soon as RunTask returns, while the task is still starting.',
      },
      {
        text: 'A Task state that calls a Lambda function starts a task on Amazon ECS or Fargate, and the workflow waits until the function sees that task stop.',
        why: 'The function would time out after at most 15 minutes, long before an hour-long task stops.',
      },
      {
        text: 'A Task state in an Express workflow that calls ecs:runTask.sync starts a task on Amazon ECS or Fargate, and the workflow waits until that task stops.',
        why: 'Express workflows do not support .sync and stop after 5 minutes. The step needs a Standard workflow.',
      },
    ],
  },
  {
    id: 'orchestration.fargate-max-memory',
    kind: 'limit',
    topic: 'orchestration',
    subject: 'maximum memory of one Amazon ECS task on Fargate',
    value: { kind: 'exact', n: 120, unit: 'GB' },
    statement: 'An Amazon ECS task on Fargate can have up to 120 GB of memory, with 16 vCPUs.',
    why: 'Fargate sizes a task from fixed combinations of CPU and memory, and the largest, 16 vCPUs on Linux, takes from 32 GB to 120 GB. A Lambda function stops at 10,240 MB, so work that must hold more in memory moves to a Fargate task.',
    takeaway:
      'A step that needs more than the 10,240 MB of a Lambda function fits in a Fargate task, which can have up to 120 GB.',
    ask: 'A nightly job must hold a 40 GB data set in memory, more than any Lambda function can have. What is the most memory that one Amazon ECS task on Fargate can have?',
    docs: cite(`${docsBase}AmazonECS/latest/developerguide/task-cpu-memory-error.html`),
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
    misconceptions: [
      {
        text: 'An Amazon ECS task on Fargate can have up to 10,240 MB of memory, the same as a Lambda function.',
        why: '10,240 MB is the Lambda maximum; the largest Fargate task size, 16 vCPUs, goes up to 120 GB.',
        figure: { kind: 'exact', n: 10240, unit: 'MB' },
      },
      {
        text: 'An Amazon ECS task on Fargate can have up to 30 GB of memory, with 4 vCPUs.',
        why: '30 GB is the most for a task of 4 vCPUs; tasks of 8 and 16 vCPUs go up to 60 GB and 120 GB.',
        figure: { kind: 'exact', n: 30, unit: 'GB' },
      },
      {
        text: 'An Amazon ECS task on Fargate can have up to 60 GB of memory, with 8 vCPUs.',
        why: '60 GB is the most for a task of 8 vCPUs; a task of 16 vCPUs can have up to 120 GB.',
        figure: { kind: 'exact', n: 60, unit: 'GB' },
      },
    ],
  },
  {
    id: 'orchestration.retry-catch',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'A Step Functions execution fails as a whole, at the first error, when a state reports an error that no Retry or Catch on that state handles.',
    why: 'Error handling is opt-in. Retry, on Task, Parallel and Map states, repeats the state with backoff, and Catch moves to a fallback state. Without them, the first error ends the execution.',
    takeaway:
      'Add Retry with backoff for transient errors, and Catch to a fallback state, on every Task that calls something that can fail.',
    ask: 'A Task state that calls a payment API sometimes fails with a transient error, and the state has no Retry or Catch. What happens when the error occurs?',
    docs: cite(`${stepFunctionsGuide}concepts-error-handling.html`),
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'A Step Functions execution skips the failed state and moves on when a state reports an error that no Retry or Catch on that state handles.',
        why: 'Step Functions never skips a failed state. An unhandled error fails the execution.',
      },
      {
        text: 'A Step Functions execution retries the failed state three times by default when a state reports an error that no Retry or Catch on that state handles.',
        why: 'There is no default Retry. Default values such as three attempts apply only inside a Retry rule that the workflow defines.',
      },
      {
        text: 'A Step Functions execution pauses, rather than fails, until an operator resumes it when a state reports an error that no Retry or Catch on that state handles.',
        why: 'The execution fails rather than pausing. A failed Standard execution can be redriven afterwards, but that is a new action on a failed execution.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const orchestrationTopic = {
  id: 'orchestration',
  title: 'Orchestration beyond 15 minutes',
  summary:
    'Step Functions Standard vs Express, integration patterns, error handling, ECS and Fargate.',
  section: 'Key Concepts',
  intro: [
    'One Lambda invocation is short. Longer processes are broken into steps that a Step Functions workflow coordinates, retrying and catching errors between them, or handed to a container task on ECS or Fargate, with no Lambda time limit and up to 120 GB of memory, that Step Functions can start and wait for.',
    'Standard workflows are durable, run exactly once and can last up to a year. Express workflows suit high-volume events but stop after 5 minutes, support only Request Response integrations, and run at least once when started asynchronously.',
  ],
  tables: [workflowTypesTable],
  facts: orchestrationFacts,
  sets: [],
  checklist: [],
  tips: [],
  decisions: [longRunningWork],
  beyondSeed: true,
} as const satisfies Topic;
