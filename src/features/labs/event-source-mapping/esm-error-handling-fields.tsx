import {
  checkMaximumRecordAge,
  ESM_SOURCE_LABELS,
  isEsmToggleApplicable,
  listInapplicableSettings,
  type EsmToggle as EsmToggleName,
} from '../../../domain/labs/event-source-mapping-fields';
import type { EsmLabConfig } from '../../../domain/labs/event-source-mapping-types';
import { EsmFactLink } from './esm-fact-link';
import { renderNumberField, type EsmPatch } from './esm-field-render';
import { EsmToggle } from './esm-toggle';

type Props = Readonly<{ config: EsmLabConfig; onChange: (patch: EsmPatch) => void }>;

const TOGGLES: Readonly<Record<EsmToggleName, readonly [label: string, help: string]>> = {
  reportBatchItemFailures: [
    'ReportBatchItemFailures',
    'FunctionResponseTypes: the handler returns the ids of the failed records instead of throwing.',
  ],
  dlq: [
    'Dead-letter queue (redrive policy)',
    'The queue moves a message to its DLQ after maxReceiveCount receives.',
  ],
  bisectBatchOnFunctionError: [
    'BisectBatchOnFunctionError',
    'On a function error, split the batch in two and retry each half.',
  ],
  onFailureDestination: [
    'On-failure destination',
    'DestinationConfig.OnFailure: when retries stop, send the batch’s details (not the records) to SQS, SNS or S3.',
  ],
};

function renderToggle({ config, onChange }: Props, toggle: EsmToggleName) {
  if (!isEsmToggleApplicable(toggle, config.source)) return null;
  const [label, help] = TOGGLES[toggle];
  return (
    <EsmToggle
      key={toggle}
      id={`esm-${toggle}`}
      label={label}
      help={help}
      checked={config[toggle]}
      onChange={(checked) => onChange({ [toggle]: checked })}
    />
  );
}

function NotApplicable({ config }: Pick<Props, 'config'>) {
  return (
    <section className="esm-not-applicable" aria-labelledby="esm-not-applicable-heading">
      <h3 id="esm-not-applicable-heading">
        Not used with{' '}
        {config.source === 'sqs-standard' || config.source === 'sqs-fifo' ? 'an' : 'a'}{' '}
        {ESM_SOURCE_LABELS[config.source]}
      </h3>
      <ul>
        {listInapplicableSettings(config.source).map((group) => (
          <li key={group.settings.join()}>
            <strong>{group.settings.join(', ')}.</strong> {group.reason}{' '}
            <EsmFactLink factId={group.factId} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Retry, dead-letter and parallelism settings for the chosen source. */
export function EsmErrorHandlingFields(props: Props) {
  const { config } = props;
  return (
    <fieldset className="esm-fieldset">
      <legend>Error handling</legend>
      {renderToggle(props, 'reportBatchItemFailures')}
      {renderNumberField(
        props,
        'visibilityTimeoutSeconds',
        'Visibility timeout (s)',
        'How long a received message stays hidden from other consumers.',
      )}
      {renderNumberField(
        props,
        'retentionSeconds',
        'Retention period (s)',
        config.source === 'kinesis'
          ? 'How long the stream keeps records.'
          : 'MessageRetentionPeriod: how long the queue keeps a message.',
      )}
      {renderToggle(props, 'dlq')}
      {config.dlq
        ? renderNumberField(
            props,
            'maxReceiveCount',
            'maxReceiveCount (receives)',
            'Receives before SQS moves a message to the DLQ.',
          )
        : null}
      {renderNumberField(
        props,
        'messageGroupCount',
        'Message groups',
        'Record i belongs to group i mod this number.',
      )}
      {renderToggle(props, 'bisectBatchOnFunctionError')}
      {renderNumberField(
        props,
        'maximumRetryAttempts',
        'MaximumRetryAttempts (retries)',
        '-1 retries until the record expires.',
      )}
      {renderNumberField(
        props,
        'maximumRecordAgeSeconds',
        'MaximumRecordAgeInSeconds (s)',
        '-1 keeps trying until the record expires; otherwise at least 60 s.',
        checkMaximumRecordAge,
      )}
      {renderToggle(props, 'onFailureDestination')}
      {renderNumberField(
        props,
        'parallelizationFactor',
        'ParallelizationFactor (batches per shard)',
        'Concurrent batches per shard; one partition key stays in one batch at a time.',
      )}
      {renderNumberField(props, 'shardCount', 'Shards')}
      {renderNumberField(
        props,
        'partitionKeyCount',
        'Partition keys',
        'Record i has key i mod this number; a key always maps to the same shard.',
      )}
      <NotApplicable config={config} />
    </fieldset>
  );
}
