import { ESM_SOURCE_LABELS, ESM_SOURCES } from '../../../domain/labs/event-source-mapping-fields';
import type { EsmLabConfig } from '../../../domain/labs/event-source-mapping-types';
import { EsmErrorHandlingFields } from './esm-error-handling-fields';
import { renderNumberField, type EsmPatch } from './esm-field-render';
import { EsmIdListField } from './esm-id-list-field';

type Props = Readonly<{ config: EsmLabConfig; onChange: (patch: EsmPatch) => void }>;

function SourceChoice({ config, onChange }: Props) {
  return (
    <fieldset className="esm-fieldset esm-sources">
      <legend>Event source</legend>
      {ESM_SOURCES.map((source) => (
        <div key={source} className="esm-radio">
          <input
            id={`esm-source-${source}`}
            type="radio"
            name="esm-source"
            value={source}
            checked={config.source === source}
            onChange={() => onChange({ source })}
          />
          <label htmlFor={`esm-source-${source}`}>{ESM_SOURCE_LABELS[source]}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Every setting of the lab, grouped; settings the source does not use are left out. */
export function EsmSetupForm(props: Props) {
  const { config, onChange } = props;
  return (
    <form className="esm-form" aria-label="Lab setup" onSubmit={(event) => event.preventDefault()}>
      <SourceChoice {...props} />
      <fieldset className="esm-fieldset">
        <legend>Records and batches</legend>
        {renderNumberField(
          props,
          'recordCount',
          'Number of records',
          'All written at time 0, ids from 0.',
        )}
        {renderNumberField(
          props,
          'batchSize',
          'Batch size (records)',
          'BatchSize: records per invocation.',
        )}
        {renderNumberField(
          props,
          'batchWindowSeconds',
          'Batching window (s)',
          'MaximumBatchingWindowInSeconds: how long Lambda waits to fill a batch.',
        )}
        {renderNumberField(props, 'functionTimeoutSeconds', 'Function timeout (s)')}
        {renderNumberField(
          props,
          'processingSecondsPerRecord',
          'Handler time per record (s)',
          'How long the function spends on each record.',
        )}
      </fieldset>
      <fieldset className="esm-fieldset">
        <legend>Failing records</legend>
        <EsmIdListField
          id="esm-always-fail"
          label="Records that always fail"
          ids={config.alwaysFail}
          recordCount={config.recordCount}
          onCommit={(alwaysFail) => onChange({ alwaysFail })}
        />
        <EsmIdListField
          id="esm-fail-once"
          label="Records that fail once, then succeed"
          ids={config.failOnce}
          recordCount={config.recordCount}
          onCommit={(failOnce) => onChange({ failOnce })}
        />
      </fieldset>
      <EsmErrorHandlingFields {...props} />
    </form>
  );
}
