/**
 * SQS trigger rules. Sources:
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html (visibility timeout at
 * least 6 × the function timeout; Lambda rejects a timeout above the visibility timeout),
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html (partial batch
 * responses; failed messages go to the queue's dead-letter queue),
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html (BatchSize, batching window).
 */
import { computeMinVisibilityTimeout } from '../formulas';
import {
  findFunction,
  functionTimeout,
  mappingSnippet,
  measure,
  noteCantTell,
  report,
  resourceSnippet,
  type Measure,
  type RuleContext,
} from './rule-context';
import type { MappingModel, QueueModel } from './template-model';
import { evaluate } from './resolve-value';
import { resolveFlag, resolvePresence, resolveText } from './template-values';

type Consumer = Readonly<{ mapping: MappingModel; timeout: Measure; window: Measure }>;

function batchWindow(rc: RuleContext, mapping: MappingModel): Measure | null {
  return measure(rc, mapping.props['MaximumBatchingWindowInSeconds'], {
    fallback: 0,
    unit: ' s',
    resource: mapping.id,
    subject: 'MaximumBatchingWindowInSeconds',
    path: mapping.path,
  });
}

function checkVisibility(rc: RuleContext, queue: QueueModel, consumers: readonly Consumer[]): void {
  const visibility = measure(rc, queue.props['VisibilityTimeout'], {
    fallback: 30,
    unit: ' s',
    resource: queue.id,
    subject: 'VisibilityTimeout',
    path: [...queue.path, 'Properties', 'VisibilityTimeout'],
  });
  if (visibility === null || consumers.length === 0) return;
  const byTimeout = [...consumers].sort((a, b) => b.timeout.value - a.timeout.value)[0] as Consumer;
  const required = (c: Consumer): number => computeMinVisibilityTimeout(c.timeout.value);
  const byRequirement = [...consumers].sort((a, b) => required(b) - required(a))[0] as Consumer;
  const path = [...queue.path, 'Properties', 'VisibilityTimeout'];
  const fix = resourceSnippet(queue.id, 'AWS::SQS::Queue', [
    `VisibilityTimeout: ${required(byRequirement)}`,
  ]);
  if (visibility.value < byTimeout.timeout.value) {
    report(
      rc,
      'VIS_TIMEOUT_LT_TIMEOUT',
      queue.id,
      path,
      `${queue.id} has VisibilityTimeout ${visibility.label}, below the Timeout of its consumer ${byTimeout.mapping.functionId} (${byTimeout.timeout.label}): a message becomes visible again while it is still being processed, so it is processed twice. Lambda also refuses to create such a mapping.`,
      fix,
    );
  } else if (visibility.value < required(byRequirement)) {
    report(
      rc,
      'VIS_TIMEOUT_LT_6X',
      queue.id,
      path,
      `${queue.id} has VisibilityTimeout ${visibility.label}, below 6 × the Timeout of its consumer ${byRequirement.mapping.functionId} (${byRequirement.timeout.label}) = ${required(byRequirement)} s, the minimum AWS recommends so that retries after throttling don't cause duplicates.`,
      fix,
    );
  }
}

function checkRedrive(rc: RuleContext, queue: QueueModel, mappings: readonly MappingModel[]): void {
  const path = [...queue.path, 'Properties', 'RedrivePolicy'];
  const presence = resolvePresence(queue.props['RedrivePolicy'], rc.model.ctx);
  if (!presence.known) return noteCantTell(rc, queue.id, 'RedrivePolicy', presence.reason, path);
  if (presence.value) return;
  const readers = [...new Set(mappings.map((m) => m.functionId))].join(', ');
  report(
    rc,
    'NO_DLQ_SQS',
    queue.id,
    queue.path,
    `${queue.id} is read by ${readers} but has no RedrivePolicy: a message that always fails comes back after every visibility timeout until the retention period deletes it, and keeps costing invocations.`,
    `${resourceSnippet(queue.id, 'AWS::SQS::Queue', ['RedrivePolicy:', `  deadLetterTargetArn: !GetAtt ${queue.id}DLQ.Arn`, '  maxReceiveCount: 5'])}\n${queue.id}DLQ:\n  Type: AWS::SQS::Queue`,
  );
}

function checkPartialBatch(rc: RuleContext, mapping: MappingModel, batchSize: Measure): void {
  const types = evaluate(mapping.props['FunctionResponseTypes'], rc.model.ctx);
  if (!types.known)
    return noteCantTell(rc, mapping.id, 'FunctionResponseTypes', types.reason, mapping.path);
  if (Array.isArray(types.value) && types.value.includes('ReportBatchItemFailures')) return;
  if (batchSize.value <= 1) return;
  report(
    rc,
    'NO_PARTIAL_BATCH',
    mapping.id,
    mapping.path,
    `${mapping.id} reads batches of up to ${batchSize.label} without FunctionResponseTypes: [ReportBatchItemFailures]: one failing message returns the whole batch, and the messages that succeeded are processed again.`,
    mappingSnippet(mapping, ['FunctionResponseTypes:', '  - ReportBatchItemFailures']),
  );
}

function isFifo(rc: RuleContext, mapping: MappingModel): boolean {
  const queue = mapping.sourceId === null ? undefined : rc.model.queues.get(mapping.sourceId);
  if (queue !== undefined) {
    const flag = resolveFlag(queue.props['FifoQueue'], rc.model.ctx);
    return flag.known && flag.value === true;
  }
  const arn = resolveText(mapping.props['EventSourceArn'] ?? mapping.props['Queue'], rc.model.ctx);
  return arn.known && arn.value !== undefined && arn.value.endsWith('.fifo');
}

function checkBatchSettings(
  rc: RuleContext,
  mapping: MappingModel,
  batchSize: Measure,
  window: Measure,
): void {
  const fifo = isFifo(rc, mapping);
  const problems: string[] = [];
  if (fifo && batchSize.value > 10)
    problems.push(`BatchSize is ${batchSize.label} but a FIFO queue allows at most 10`);
  if (fifo && window.value > 0) problems.push('FIFO queues do not support a batching window');
  if (!fifo && batchSize.value > 10_000)
    problems.push(`BatchSize is ${batchSize.label} but the maximum is 10,000`);
  if (!fifo && batchSize.value > 10 && window.value < 1)
    problems.push(
      `BatchSize ${batchSize.label} needs MaximumBatchingWindowInSeconds of at least 1 s (it is ${window.label})`,
    );
  if (problems.length === 0) return;
  const fixLines = fifo
    ? ['BatchSize: 10']
    : [`BatchSize: ${Math.min(batchSize.value, 10_000)}`, 'MaximumBatchingWindowInSeconds: 1'];
  report(
    rc,
    'SQS_BATCH_SETTINGS_INVALID',
    mapping.id,
    mapping.path,
    `${mapping.id}: ${problems.join('; ')}. Lambda rejects the mapping.`,
    mappingSnippet(mapping, fixLines),
  );
}

function checkMapping(rc: RuleContext, mapping: MappingModel): Consumer | null {
  const batchSize = measure(rc, mapping.props['BatchSize'], {
    fallback: 10,
    unit: ' messages',
    resource: mapping.id,
    subject: 'BatchSize',
    path: mapping.path,
  });
  const window = batchWindow(rc, mapping);
  if (batchSize !== null) checkPartialBatch(rc, mapping, batchSize);
  if (batchSize !== null && window !== null) checkBatchSettings(rc, mapping, batchSize, window);
  if (mapping.props['DestinationConfig'] !== undefined) {
    report(
      rc,
      'SQS_ONFAILURE_UNSUPPORTED',
      mapping.id,
      mapping.path,
      `${mapping.id} sets DestinationConfig, but failed SQS messages are not sent to an on-failure destination: they go to the queue's own dead-letter queue (RedrivePolicy).`,
      resourceSnippet('YourQueue', 'AWS::SQS::Queue', [
        'RedrivePolicy:',
        '  deadLetterTargetArn: !GetAtt YourQueueDLQ.Arn',
        '  maxReceiveCount: 5',
      ]),
    );
  }
  const fn = findFunction(rc, mapping.functionId);
  const timeout = fn === undefined ? null : functionTimeout(rc, fn);
  return timeout === null || window === null ? null : { mapping, timeout, window };
}

/** Visibility timeout, redrive policy, partial batch responses and batch settings of every SQS trigger. */
export function checkSqsRules(rc: RuleContext): void {
  const byQueue = new Map<string, { mappings: MappingModel[]; consumers: Consumer[] }>();
  for (const mapping of rc.model.mappings.filter((m) => m.kind === 'sqs')) {
    const consumer = checkMapping(rc, mapping);
    const queue = mapping.sourceId === null ? undefined : rc.model.queues.get(mapping.sourceId);
    if (queue === undefined) {
      noteCantTell(
        rc,
        mapping.id,
        'VisibilityTimeout and RedrivePolicy',
        'the queue is not defined in this template',
        mapping.path,
      );
      continue;
    }
    const entry = byQueue.get(queue.id) ?? { mappings: [], consumers: [] };
    entry.mappings.push(mapping);
    if (consumer !== null) entry.consumers.push(consumer);
    byQueue.set(queue.id, entry);
  }
  for (const [id, entry] of byQueue) {
    const queue = rc.model.queues.get(id) as QueueModel;
    checkVisibility(rc, queue, entry.consumers);
    checkRedrive(rc, queue, entry.mappings);
  }
}
