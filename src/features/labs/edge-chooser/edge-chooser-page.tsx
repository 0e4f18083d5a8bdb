import { useMemo } from 'react';
import { PageHeading } from '../../../components/ui/page-heading';
import { chooseEdgeCompute } from '../../../domain/labs/edge-chooser';
import { EDGE_PRESETS } from '../../../domain/labs/edge-presets';
import { decodeEdgeQuery, encodeEdgeQuery } from '../../../domain/labs/edge-query';
import {
  DEFAULT_EDGE_REQUIREMENTS,
  validateEdgeRequirements,
  type EdgeRequirements,
} from '../../../domain/labs/edge-requirements';
import { LiveHeadline, QueryProblems, StaleNotice } from '../shared/lab-notices';
import { findActivePreset, LabBreadcrumb } from '../shared/lab-page-parts';
import { PresetPicker } from '../shared/preset-picker';
import { SourceLinks } from '../shared/source-links';
import { useLabSetup, type LabSetupSpec } from '../shared/use-lab-setup';
import { EdgeForm } from './edge-form';
import { describeEdgeHeadline, EdgeRecommendationView } from './edge-recommendation';
import '../labs.css';

const SETUP: LabSetupSpec<EdgeRequirements> = {
  decode: decodeEdgeQuery,
  encode: encodeEdgeQuery,
  validate: validateEdgeRequirements,
  defaults: DEFAULT_EDGE_REQUIREMENTS,
};

export function EdgeChooserPage() {
  const setup = useLabSetup(SETUP);
  const recommendation = useMemo(() => chooseEdgeCompute(setup.inputs), [setup.inputs]);
  const activeId = findActivePreset(EDGE_PRESETS, setup.inputs, encodeEdgeQuery);
  return (
    <article className="page lab">
      <LabBreadcrumb />
      <PageHeading title="Lambda@Edge or CloudFront Functions">
        Lambda@Edge or CloudFront Functions
      </PageHeading>
      <p className="lead">
        Describe what the code must do. The cheapest option that meets every requirement wins, and
        each reason points to the comparison table row or AWS page it comes from.
      </p>
      <SourceLinks ids={['edge.comparison']} label="Compare" />
      <QueryProblems problems={setup.problems} />
      <PresetPicker
        presets={EDGE_PRESETS}
        activeId={activeId}
        onChoose={(preset) => setup.choose(preset.inputs)}
      />
      <EdgeForm key={setup.formKey} initial={setup.formInputs} onChange={setup.update} />
      <section className="lab-results" aria-labelledby="results-heading">
        <h2 id="results-heading">Recommendation</h2>
        <StaleNotice stale={setup.stale} />
        <LiveHeadline text={describeEdgeHeadline(recommendation)} />
        <EdgeRecommendationView recommendation={recommendation} />
      </section>
    </article>
  );
}
