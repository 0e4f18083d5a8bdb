/**
 * Work that outgrows one Lambda invocation: Step Functions workflows (Standard vs Express),
 * their integration patterns and error handling, and ECS or Fargate tasks.
 */
import type { AttributeTable, Fact, Topic } from '../schema';
import { lambdaGuide, noteFactCheck } from './authoring';
import { beyond, citeAwsDocs, docsBase, stepFunctionsGuide } from './beyond-sources';

const integrationPatterns = citeAwsDocs(`${stepFunctionsGuide}connect-to-resource.html`);
const domains = ['dva-1', 'sap-4'] as const;

const longerLambdaNote = noteFactCheck(
  'Newer Lambda options run longer than a standard function: Durable Functions can run for up to one year, and Lambda Managed Instances follow a lifecycle of their own. A standard function keeps its 15-minute maximum.',
  `${lambdaGuide}lambda-runtime-environment.html`,
  'DVA-C02 and SAP-C02 questions assume the 15-minute limit of a standard function.',
);

export const workflowTypesTable = {
  id: 'orchestration.workflow-types',
  topic: 'orchestration',
  title: 'Step Functions Standard vs Express workflows',
  source: citeAwsDocs(`${stepFunctionsGuide}express-at-least-once-execution.html`),
  exams: beyond.exams,
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
    },
    {
      key: 'history',
      label: 'Execution history',
      ask: 'Where is the execution history of {row} workflows kept?',
      which: 'For which workflow type is execution history handled like this: {value}?',
    },
    {
      key: 'sameName',
      label: 'Starting an execution with a running execution’s name',
      ask: 'With {row} workflows, what happens when you start an execution with the name of a running one?',
      which: 'For which workflow type does this happen on a repeated execution name: {value}?',
    },
  ],
  rows: [
    {
      id: 'standard',
      name: 'Standard',
      cells: {
        execution: { text: 'Exactly once', means: ['exactly-once'] },
        history: { text: 'Kept by Step Functions, removed after 90 days', means: ['kept'] },
        sameName: { text: 'Returns an idempotent response', means: ['idempotent'] },
      },
    },
    {
      id: 'express',
      name: 'Express',
      cells: {
        execution: {
          text: 'At least once (asynchronous) or at most once (synchronous)',
          means: ['at-least-once', 'at-most-once'],
        },
        history: { text: 'Not captured; enable CloudWatch Logs', means: ['logs'] },
        sameName: { text: 'Starts another, concurrent execution', means: ['concurrent'] },
      },
    },
  ],
} as const satisfies AttributeTable;

export const orchestrationFacts = [
  {
    ...beyond,
    id: 'orchestration.lambda-ceiling',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'A standard Lambda invocation ends at its timeout, at most 900 seconds, however much work is left.',
    source: citeAwsDocs(`${lambdaGuide}configuration-timeout.html`),
    domains: ['dva-1', 'sap-4'],
    misconceptions: [
      'A Lambda invocation can be extended past its timeout by calling the function again from itself.',
      'A standard Lambda function can run for hours once its timeout quota is raised.',
    ],
    factCheck: longerLambdaNote,
  },
  {
    ...beyond,
    id: 'orchestration.standard-duration',
    kind: 'rule',
    topic: 'orchestration',
    statement: 'A Standard workflow execution can run for up to one year.',
    source: citeAwsDocs(`${stepFunctionsGuide}tutorial-continue-new.html`),
    domains,
    misconceptions: [
      'A Standard workflow execution stops after 15 minutes, like a Lambda function.',
      'A Standard workflow execution can run forever without any duration limit.',
    ],
  },
  {
    ...beyond,
    id: 'orchestration.express-duration',
    kind: 'limit',
    topic: 'orchestration',
    subject: 'maximum duration of an Express workflow execution',
    value: { kind: 'exact', n: 5, unit: 'min' },
    statement: 'An Express workflow execution can run for at most 5 minutes.',
    source: citeAwsDocs(`${stepFunctionsGuide}concepts-express-synchronous.html`),
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'An Express workflow can run for up to one year, like a Standard workflow.',
      'An Express workflow has no duration limit as long as it keeps receiving events.',
    ],
  },
  {
    ...beyond,
    id: 'orchestration.choosing-type',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'Express workflows suit high-volume event processing; Standard workflows suit long-running, durable and auditable work.',
    source: citeAwsDocs(
      `${docsBase}cdk/api/v2/docs/aws-cdk-lib.aws_stepfunctions.StateMachineType.html`,
    ),
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'Standard workflows are the better fit for very high-volume, short event processing.',
      'Express workflows are meant for long-running, auditable business processes.',
    ],
  },
  {
    ...beyond,
    id: 'orchestration.run-a-job',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'With the Run a Job (.sync) pattern, Step Functions calls a service and waits for the job to complete before moving on.',
    source: integrationPatterns,
    domains,
    misconceptions: [
      'With .sync, Step Functions moves to the next state as soon as the API call returns.',
      'The .sync pattern makes Step Functions poll an SQS queue for the job’s result.',
    ],
  },
  {
    ...beyond,
    id: 'orchestration.task-token',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'With the Wait for Callback (.waitForTaskToken) pattern, Step Functions passes a task token and pauses until the token is returned with a payload.',
    source: integrationPatterns,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'A task-token wait can last no longer than the 15-minute Lambda timeout.',
      'With .waitForTaskToken, Step Functions keeps calling the service until it answers.',
    ],
  },
  {
    ...beyond,
    id: 'orchestration.express-integrations',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'Express workflows support only the Request Response integration pattern, not .sync or .waitForTaskToken.',
    source: integrationPatterns,
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'Express workflows support all three integration patterns, only for a shorter time.',
      'Express workflows support .sync but not Request Response.',
    ],
  },
  {
    ...beyond,
    id: 'orchestration.ecs-fargate-task',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'Step Functions can start an Amazon ECS or Fargate task with ecs:runTask.sync and wait until the task completes.',
    source: citeAwsDocs(`${stepFunctionsGuide}connect-ecs.html`),
    domains,
    misconceptions: [
      'Step Functions can start ECS tasks but can never wait for them to finish.',
      'Step Functions can run container work only by wrapping it in a Lambda function.',
    ],
  },
  {
    ...beyond,
    id: 'orchestration.retry-catch',
    kind: 'rule',
    topic: 'orchestration',
    statement:
      'Retry and Catch on Task, Parallel and Map states let a workflow retry a failed state or move to a fallback state; without them an error fails the whole execution.',
    source: citeAwsDocs(`${stepFunctionsGuide}concepts-error-handling.html`),
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'Without Retry or Catch, a failed state is skipped and the workflow carries on.',
      'Retry and Catch can be set only on the workflow as a whole, not on individual states.',
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
    'One Lambda invocation is short. Longer processes are broken into steps that a Step Functions workflow coordinates, retrying and catching errors between them, or handed to a container task on ECS or Fargate that Step Functions can start and wait for.',
    'Standard workflows are durable and run exactly once; Express workflows suit high-volume events but are short-lived, and at-least-once when started asynchronously.',
  ],
  tables: [workflowTypesTable],
  facts: orchestrationFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
