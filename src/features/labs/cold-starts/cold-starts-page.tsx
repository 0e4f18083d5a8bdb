import { useDeferredValue } from 'react';
import { PageHeading } from '../../../components/ui/page-heading';
import {
  DEFAULT_COLD_START_INPUTS,
  validateColdStartInputs,
  type ColdStartInputs,
} from '../../../domain/labs/cold-start-model';
import { COLD_START_PRESETS } from '../../../domain/labs/cold-start-presets';
import { decodeColdStartQuery, encodeColdStartQuery } from '../../../domain/labs/cold-start-query';
import { LiveHeadline, QueryProblems, StaleNotice } from '../shared/lab-notices';
import { findActivePreset, LabBreadcrumb } from '../shared/lab-page-parts';
import { PresetPicker } from '../shared/preset-picker';
import { useLabSetup, type LabSetupSpec } from '../shared/use-lab-setup';
import { ColdStartForm } from './cold-start-form';
import { ColdStartResults, describeColdStartHeadline } from './cold-start-results';
import { useColdStartSimulation } from './use-cold-start-simulation';
import '../labs.css';

const SETUP: LabSetupSpec<ColdStartInputs> = {
  decode: decodeColdStartQuery,
  encode: encodeColdStartQuery,
  validate: validateColdStartInputs,
  defaults: DEFAULT_COLD_START_INPUTS,
};

export function ColdStartsPage() {
  const setup = useLabSetup(SETUP);
  // Typing stays responsive: runs are simulated in a worker, and the results and timeline
  // render after the input has updated.
  const latest = useColdStartSimulation(setup.inputs);
  const run = useDeferredValue(latest.run);
  const busy = latest.pending || run !== latest.run;
  const activeId = findActivePreset(COLD_START_PRESETS, setup.inputs, encodeColdStartQuery);
  return (
    <article className="page lab">
      <LabBreadcrumb />
      <PageHeading title="Cold-start timeline">Cold-start timeline</PageHeading>
      <p className="lead">
        A seeded simulation of execution environments: each request is served warm or starts cold.
        Runtime figures are typical and approximate. The setup is kept in the address.
      </p>
      <QueryProblems problems={setup.problems} />
      <PresetPicker
        presets={COLD_START_PRESETS}
        activeId={activeId}
        onChoose={(preset) => setup.choose(preset.inputs)}
      />
      <ColdStartForm key={setup.formKey} initial={setup.formInputs} onChange={setup.update} />
      <section className="lab-results" aria-labelledby="results-heading" aria-busy={busy}>
        <h2 id="results-heading">Results</h2>
        <StaleNotice stale={setup.stale} />
        <LiveHeadline text={run === null ? '' : describeColdStartHeadline(run.simulation)} />
        {run === null ? (
          <p>Running the simulation…</p>
        ) : (
          <ColdStartResults simulation={run.simulation} inputs={run.inputs} />
        )}
      </section>
    </article>
  );
}
