import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { PageHeading } from '../../../components/ui/page-heading';
import { simulateEventSourceMapping } from '../../../domain/labs/event-source-mapping';
import { ESM_PRESETS } from '../../../domain/labs/event-source-mapping-presets';
import { decodeEsmQuery, encodeEsmQuery } from '../../../domain/labs/event-source-mapping-query';
import type { EsmLabConfig } from '../../../domain/labs/event-source-mapping-types';
import { describeSetup } from './esm-format';
import { EsmPresets } from './esm-presets';
import { EsmRun } from './esm-run';
import { EsmSetupForm } from './esm-setup-form';
import './esm-lab.css';

function SetupNotices({
  notes,
  ignored,
}: Readonly<{ notes: readonly string[]; ignored: readonly string[] }>) {
  if (notes.length === 0 && ignored.length === 0) return null;
  return (
    <div className="notice esm-notices">
      {ignored.length > 0 ? <p>Some values in the link were ignored:</p> : null}
      <ul>
        {[...ignored, ...notes].map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}

/** The event source mapping lab: setup (kept in the URL), presets, and a step-through of the run. */
export function EsmLabPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const decoded = useMemo(() => decodeEsmQuery(searchParams.toString()), [searchParams]);
  const config = decoded.inputs;
  // The canonical form of the setup: it keys the run, so any change starts it again at step 1.
  const query = encodeEsmQuery(config);
  const result = useMemo(() => simulateEventSourceMapping(config), [config]);
  const [announcement, setAnnouncement] = useState('');
  // A preset remounts the form, so no half-typed or invalid draft survives it.
  const [formKey, setFormKey] = useState(0);
  const update = (patch: Partial<EsmLabConfig>) => {
    setSearchParams(encodeEsmQuery({ ...config, ...patch }), { replace: true });
  };
  return (
    <article className="page esm-lab">
      <p className="breadcrumb">
        <Link to={paths.labs}>Labs</Link> <span aria-hidden="true">›</span>
      </p>
      <PageHeading title="Event source mapping lab">Event source mapping lab</PageHeading>
      <p className="lead">
        Feed a batch with failing records to an SQS queue, a Kinesis stream or a DynamoDB stream,
        then step through what Lambda retries, duplicates, blocks or sends to a dead-letter queue or
        destination.
      </p>
      <EsmPresets
        loadedId={ESM_PRESETS.find((p) => encodeEsmQuery(p.inputs) === query)?.id}
        onApply={(preset) => {
          setSearchParams(encodeEsmQuery(preset.inputs));
          setFormKey((k) => k + 1);
          setAnnouncement(
            `Loaded the preset “${preset.title}”. The run below starts again at step 1.`,
          );
        }}
      />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <details className="esm-setup">
        <summary>
          <span className="esm-setup-title">Change the setup</span>
          <span className="esm-setup-now">{describeSetup(result.config)}</span>
        </summary>
        <p className="esm-help">
          Every change updates the link, so a setup can be bookmarked or shared. The run below
          starts again.
        </p>
        <EsmSetupForm key={formKey} config={config} onChange={update} />
      </details>
      <SetupNotices notes={result.notes} ignored={decoded.errors.map((e) => e.message)} />
      <EsmRun key={query} result={result} />
    </article>
  );
}
