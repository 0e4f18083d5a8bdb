/**
 * Kinesis and DynamoDB Streams trigger rules. MaximumRetryAttempts and
 * MaximumRecordAgeInSeconds default to -1: a failing batch is retried until its records
 * expire, and the shard waits meanwhile
 * (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html).
 */
import { mappingSnippet, measure, noteCantTell, report, type RuleContext } from './rule-context';
import type { MappingModel } from './template-model';
import { isObject } from './resolve-value';
import { resolveFlag, resolvePresence } from './template-values';

const retention = (mapping: MappingModel): string =>
  mapping.kind === 'dynamodb'
    ? 'DynamoDB Streams keep records 24 hours'
    : 'Kinesis keeps records 24 hours by default, up to a year';

function checkDestination(rc: RuleContext, mapping: MappingModel): void {
  const config = mapping.props['DestinationConfig'];
  const onFailure = isObject(config) ? config['OnFailure'] : undefined;
  const presence = resolvePresence(
    isObject(onFailure) ? onFailure['Destination'] : undefined,
    rc.model.ctx,
  );
  if (!presence.known)
    return noteCantTell(
      rc,
      mapping.id,
      'DestinationConfig.OnFailure',
      presence.reason,
      mapping.path,
    );
  if (presence.value) return;
  const lines = [
    'DestinationConfig:',
    '  OnFailure:',
    ...(mapping.sam ? ['    Type: SQS'] : []),
    '    Destination: !GetAtt FailedRecordsQueue.Arn',
  ];
  report(
    rc,
    'NO_ONFAILURE_STREAM',
    mapping.id,
    mapping.path,
    `${mapping.id} has no DestinationConfig.OnFailure: when the retry limits give up on a batch, its records are skipped with no trace of which ones.`,
    mappingSnippet(mapping, lines),
  );
}

function checkBisect(rc: RuleContext, mapping: MappingModel): void {
  const bisect = resolveFlag(mapping.props['BisectBatchOnFunctionError'], rc.model.ctx);
  if (!bisect.known)
    return noteCantTell(rc, mapping.id, 'BisectBatchOnFunctionError', bisect.reason, mapping.path);
  if (bisect.value === true) return;
  report(
    rc,
    'NO_BISECT',
    mapping.id,
    mapping.path,
    `${mapping.id} does not set BisectBatchOnFunctionError: one bad record fails its whole batch on every retry instead of being isolated by splitting the batch in halves.`,
    mappingSnippet(mapping, ['BisectBatchOnFunctionError: true']),
  );
}

function checkLimit(
  rc: RuleContext,
  mapping: MappingModel,
  property: 'MaximumRetryAttempts' | 'MaximumRecordAgeInSeconds',
): void {
  const unit = property === 'MaximumRetryAttempts' ? '' : ' s';
  const value = measure(rc, mapping.props[property], {
    fallback: -1,
    unit,
    resource: mapping.id,
    subject: property,
    path: mapping.path,
  });
  if (value === null || value.value !== -1) return;
  const rule = property === 'MaximumRetryAttempts' ? 'NO_MAX_RETRY' : 'NO_MAX_RECORD_AGE';
  const fix =
    property === 'MaximumRetryAttempts'
      ? 'MaximumRetryAttempts: 3'
      : 'MaximumRecordAgeInSeconds: 3600';
  const setting = value.isDefault
    ? `does not set ${property} (default -1)`
    : `has ${property} ${value.label}`;
  report(
    rc,
    rule,
    mapping.id,
    mapping.path,
    `${mapping.id} ${setting}: a failing batch is retried until its records expire (${retention(mapping)}), and the shard processes nothing else meanwhile.`,
    mappingSnippet(mapping, [fix]),
  );
}

/** On-failure destination, bisecting and retry limits of every stream trigger. */
export function checkStreamRules(rc: RuleContext): void {
  for (const mapping of rc.model.mappings.filter((m) => m.kind !== 'sqs')) {
    checkDestination(rc, mapping);
    checkBisect(rc, mapping);
    checkLimit(rc, mapping, 'MaximumRetryAttempts');
    checkLimit(rc, mapping, 'MaximumRecordAgeInSeconds');
  }
}
