/**
 * Every rule of the reviewer: its severity, a title, and the content facts it rests on
 * (ids of the `checklist`, `event-source-mappings`, `concurrency`, `cold-starts`, `layers`,
 * `destinations` and `key-concepts` topics). Codes follow the shared SAM fixtures' README
 * where one exists.
 */
import type { RuleId, Severity } from './review-types';

export type RuleInfo = Readonly<{ severity: Severity; title: string; facts: readonly string[] }>;

export const REVIEW_RULES = {
  VIS_TIMEOUT_LT_TIMEOUT: {
    severity: 'critical',
    title: 'SQS visibility timeout below the function timeout',
    facts: ['checklist.sqs-visibility-below-timeout', 'esm.sqs-visibility-timeout'],
  },
  VIS_TIMEOUT_LT_6X: {
    severity: 'warning',
    title: 'SQS visibility timeout below 6 × the function timeout',
    facts: ['esm.sqs-visibility-timeout'],
  },
  NO_DLQ_SQS: {
    severity: 'warning',
    title: 'Queue read by a function has no dead-letter queue',
    facts: ['esm.sqs-on-failure'],
  },
  NO_PARTIAL_BATCH: {
    severity: 'warning',
    title: 'SQS trigger without ReportBatchItemFailures',
    facts: ['esm.report-batch-item-failures'],
  },
  SQS_BATCH_SETTINGS_INVALID: {
    severity: 'critical',
    title: 'SQS batch settings that Lambda rejects',
    facts: ['esm.sqs-batch-size', 'esm.sqs-batch-window'],
  },
  SQS_ONFAILURE_UNSUPPORTED: {
    severity: 'warning',
    title: 'On-failure destination on an SQS trigger',
    facts: ['esm.sqs-on-failure'],
  },
  NO_ONFAILURE_STREAM: {
    severity: 'warning',
    title: 'Stream trigger without an on-failure destination',
    facts: ['esm.stream-on-failure-destination'],
  },
  NO_BISECT: {
    severity: 'suggestion',
    title: 'Stream trigger without BisectBatchOnFunctionError',
    facts: ['esm.bisect-batch'],
  },
  NO_MAX_RETRY: {
    severity: 'warning',
    title: 'Stream trigger retries until records expire',
    facts: ['esm.stream-retry-limits', 'esm.stream-shard-invocation'],
  },
  NO_MAX_RECORD_AGE: {
    severity: 'warning',
    title: 'Stream trigger without a maximum record age',
    facts: ['esm.stream-retry-limits', 'esm.stream-shard-invocation'],
  },
  NO_DLQ_ASYNC: {
    severity: 'warning',
    title: 'Asynchronously invoked function without DLQ or on-failure destination',
    facts: ['checklist.async-no-dlq-or-destination', 'destinations.vs-dlq', 'destinations.targets'],
  },
  ASYNC_FAILURES_DROPPED: {
    severity: 'critical',
    title: 'Asynchronous failures are dropped silently',
    facts: ['checklist.async-no-error-handling', 'destinations.async-alternative'],
  },
  JAVA_NO_SNAPSTART: {
    severity: 'suggestion',
    title: 'Java function without SnapStart',
    facts: [
      'checklist.java-no-snapstart',
      'cold-starts.mitigation-snapstart',
      'cold-starts.runtime-jvm',
    ],
  },
  API_NO_PROVISIONED: {
    severity: 'warning',
    title: 'User-facing function without provisioned concurrency',
    facts: [
      'checklist.cold-starts-user-facing',
      'cold-starts.mitigation-provisioned-concurrency',
      'concurrency.provisioned',
    ],
  },
  SNAPSTART_WITH_PROVISIONED: {
    severity: 'critical',
    title: 'SnapStart combined with provisioned concurrency',
    facts: ['key-concepts.snapstart', 'cold-starts.mitigation-snapstart'],
  },
  FUNCTION_URL_FOR_SIMPLE_API: {
    severity: 'suggestion',
    title: 'A function URL may be enough for this API',
    facts: ['checklist.function-url-for-simple-api', 'key-concepts.function-url'],
  },
  RESERVED_ZERO: {
    severity: 'warning',
    title: 'Reserved concurrency 0 disables the function',
    facts: ['concurrency.reserved-zero', 'concurrency.reserved'],
  },
  RESERVED_STARVES_POOL: {
    severity: 'critical',
    title: 'Reservations leave the account pool starved',
    facts: [
      'checklist.function-takes-account-concurrency',
      'concurrency.account-limit',
      'concurrency.unreserved',
    ],
  },
  TOO_MANY_LAYERS: {
    severity: 'critical',
    title: 'More than 5 layers',
    facts: ['layers.max-count'],
  },
  TIMEOUT_OVER_MAX: {
    severity: 'critical',
    title: 'Timeout above 900 seconds',
    facts: ['key-concepts.max-timeout'],
  },
  SECRET_IN_ENVIRONMENT: {
    severity: 'warning',
    title: 'Secret in an environment variable',
    facts: ['layers.not-for-secrets'],
  },
} as const satisfies Record<RuleId, RuleInfo>;

export const RULE_IDS = Object.keys(REVIEW_RULES) as RuleId[];
