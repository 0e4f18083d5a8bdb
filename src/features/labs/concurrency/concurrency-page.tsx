import { useMemo } from 'react';
import { PageHeading } from '../../../components/ui/page-heading';
import { calculateConcurrency } from '../../../domain/labs/concurrency-calculator';
import {
  DEFAULT_CONCURRENCY_INPUTS,
  validateConcurrencyInputs,
  type ConcurrencyInputs,
} from '../../../domain/labs/concurrency-inputs';
import { CONCURRENCY_PRESETS } from '../../../domain/labs/concurrency-presets';
import {
  decodeConcurrencyQuery,
  encodeConcurrencyQuery,
} from '../../../domain/labs/concurrency-query';
import { LiveHeadline, QueryProblems, StaleNotice } from '../shared/lab-notices';
import { findActivePreset, LabBreadcrumb } from '../shared/lab-page-parts';
import { PresetPicker } from '../shared/preset-picker';
import { useLabSetup, type LabSetupSpec } from '../shared/use-lab-setup';
import { ConcurrencyForm } from './concurrency-form';
import { ConcurrencyResults, describeConcurrencyHeadline } from './concurrency-results';
import '../labs.css';

const SETUP: LabSetupSpec<ConcurrencyInputs> = {
  decode: decodeConcurrencyQuery,
  encode: encodeConcurrencyQuery,
  validate: validateConcurrencyInputs,
  defaults: DEFAULT_CONCURRENCY_INPUTS,
};

export function ConcurrencyPage() {
  const setup = useLabSetup(SETUP);
  const result = useMemo(() => calculateConcurrency(setup.inputs), [setup.inputs]);
  const activeId = findActivePreset(CONCURRENCY_PRESETS, setup.inputs, encodeConcurrencyQuery);
  return (
    <article className="page lab">
      <LabBreadcrumb />
      <PageHeading title="Concurrency calculator">Concurrency calculator</PageHeading>
      <p className="lead">
        Turn requests per second and duration into concurrency, then see throttling, the unreserved
        pool, provisioned coverage and burst scaling. The setup is kept in the address, so you can
        bookmark or share it.
      </p>
      <QueryProblems problems={setup.problems} />
      <PresetPicker
        presets={CONCURRENCY_PRESETS}
        activeId={activeId}
        onChoose={(preset) => setup.choose(preset.inputs)}
      />
      <ConcurrencyForm key={setup.formKey} initial={setup.formInputs} onChange={setup.update} />
      <section className="lab-results" aria-labelledby="results-heading">
        <h2 id="results-heading">Results</h2>
        <StaleNotice stale={setup.stale} />
        <LiveHeadline text={describeConcurrencyHeadline(result)} />
        <ConcurrencyResults result={result} />
      </section>
    </article>
  );
}
