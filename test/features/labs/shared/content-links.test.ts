import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateConcurrency } from '../../../../src/domain/labs/concurrency-calculator';
import { CONCURRENCY_PRESETS } from '../../../../src/domain/labs/concurrency-presets';
import { COLD_START_PRESETS } from '../../../../src/domain/labs/cold-start-presets';
import { simulateColdStarts } from '../../../../src/domain/labs/cold-start-simulation';
import { chooseEdgeCompute } from '../../../../src/domain/labs/edge-chooser';
import { EDGE_PRESETS } from '../../../../src/domain/labs/edge-presets';
import type { ConcurrencyResult } from '../../../../src/domain/labs/concurrency-calculator';
import type { EdgeRecommendation } from '../../../../src/domain/labs/edge-chooser';
import { topics } from '../../../../content/index';
import { loadTopic } from '../../../../content/topic-loaders';
import {
  citedTopicIds,
  describeDocsPage,
  linkContent as linkContentIn,
  linkContents as linkContentsIn,
  linkTableCell as linkTableCellIn,
} from '../../../../src/features/labs/shared/content-links';
import { arbitraryConcurrencyInputs } from '../../../domain/labs/concurrency-arbitraries';
import { arbitraryEdgeRequirements } from '../../../domain/labs/edge-arbitraries';

/** The topics a lab loads for these ids (`loadTopic` gives the registry's objects). */
const citedTopics = (ids: readonly string[]) => {
  const cited = citedTopicIds(ids);
  return topics.filter((topic) => cited.includes(topic.id));
};

/** As a lab resolves an id: among the topics its ids name, and no others. */
const linkContent = (id: string) => linkContentIn(citedTopics([id]), id);
const linkContents = (ids: readonly string[]) => linkContentsIn(citedTopics(ids), ids);
const linkTableCell = (table: string, row: string, column: string) =>
  linkTableCellIn(citedTopics([table]), table, row, column);

function citedByConcurrency(r: ConcurrencyResult): string[] {
  return [
    ...r.needed.facts,
    ...r.capacity.facts,
    ...r.throttling.working.facts,
    ...r.unreservedPool.working.facts,
    ...r.provisioned.facts,
    ...r.burst.facts,
    ...r.findings.flatMap((f) => f.facts),
  ];
}

function citedByEdge(r: EdgeRecommendation): { facts: string[]; cells: string[][] } {
  const sources = [...r.reasons, ...r.notes, ...r.verdicts.flatMap((v) => v.blockers)].flatMap(
    (reason) => reason.sources,
  );
  return {
    facts: [...r.facts, ...sources.flatMap((s) => (s.kind === 'fact' ? [s.id] : []))],
    cells: sources.flatMap((s) => (s.kind === 'table-cell' ? [[s.table, s.row, s.column]] : [])),
  };
}

describe('links from labs to the Learn pages', () => {
  it('links facts, checklist items and tables to their anchors on the topic page', () => {
    expect(linkContent('concurrency.formula')?.href).toBe(
      '/learn/concurrency#fact-concurrency.formula',
    );
    expect(linkContent('checklist.large-package')).toMatchObject({
      kind: 'checklist',
      href: '/learn/checklist#check-checklist.large-package',
    });
    expect(linkContent('edge.comparison')?.href).toBe('/learn/edge#table-edge.comparison');
    expect(linkContent('no.such-fact')).toBeUndefined();
  });

  it('loads just the topics that hold the ids, each once', async () => {
    const ids = ['concurrency.formula', 'checklist.large-package', 'esm.sqs-batch-size'];
    expect(citedTopicIds([...ids, 'concurrency.formula', 'no.such-fact'])).toEqual([
      'concurrency',
      'checklist',
      'event-source-mappings',
    ]);
    const loaded = await Promise.all(citedTopicIds(ids).map(loadTopic));
    expect(
      linkContentsIn(
        loaded.flatMap((topic) => topic ?? []),
        ids,
      ),
    ).toHaveLength(3);
    expect(
      linkContentIn(
        loaded.flatMap((topic) => topic ?? []),
        'layers.max-count',
      ),
    ).toBe(undefined);
  });

  it('finds the same links among every topic, as the progress page looks them up', () => {
    expect(linkContentIn(topics, 'concurrency.formula')).toEqual(
      linkContent('concurrency.formula'),
    );
    expect(linkContentIn(topics, 'esm.sqs-batch-size')?.href).toBe(
      '/learn/event-source-mappings#fact-esm.sqs-batch-size',
    );
  });

  it('tells apart members of different sets that share a label', () => {
    const mitigation = linkContent('cold-starts.mitigation-provisioned-concurrency')?.label;
    const definition = linkContent('concurrency.provisioned')?.label;
    expect(mitigation).toBeDefined();
    expect(mitigation).not.toBe(definition);
  });

  it('resolves every id the concurrency calculator cites, for any valid setup', () => {
    const check = (ids: readonly string[]) => {
      for (const id of ids) expect(linkContent(id), id).toBeDefined();
    };
    for (const preset of CONCURRENCY_PRESETS)
      check(citedByConcurrency(calculateConcurrency(preset.inputs)));
    fc.assert(
      fc.property(arbitraryConcurrencyInputs, (inputs) => {
        check(citedByConcurrency(calculateConcurrency(inputs)));
      }),
      { numRuns: 200 },
    );
  });

  it('resolves every id the cold-start presets cite', () => {
    for (const preset of COLD_START_PRESETS) {
      const run = simulateColdStarts(preset.inputs);
      const ids = [...run.figures.facts, ...run.findings.flatMap((f) => f.facts)];
      expect(linkContents(ids)).toHaveLength(new Set(ids).size);
    }
  });

  it('resolves every fact and table cell the edge chooser cites, for any requirements', () => {
    const check = (r: EdgeRecommendation) => {
      const cited = citedByEdge(r);
      for (const id of cited.facts) expect(linkContent(id), id).toBeDefined();
      for (const [table, row, column] of cited.cells) {
        expect(linkTableCell(table!, row!, column!), `${row}.${column}`).toBeDefined();
      }
    };
    for (const preset of EDGE_PRESETS) check(chooseEdgeCompute(preset.inputs));
    fc.assert(
      fc.property(arbitraryEdgeRequirements, (r) => check(chooseEdgeCompute(r))),
      { numRuns: 200 },
    );
  });

  it('gives a table cell its text and the older wording where the notes said otherwise', () => {
    const memory = linkTableCell('edge.comparison', 'lambda-at-edge', 'maxMemory');
    expect(memory?.href).toBe('/learn/edge#table-edge.comparison');
    expect(memory?.text).toMatch(/MB/);
    expect(memory?.notesSaid).toMatch(/128MB–10GB/);
    expect(linkTableCell('edge.comparison', 'lambda-at-edge', 'state')?.notesSaid).toBeUndefined();
    expect(linkTableCell('edge.comparison', 'nope', 'state')).toBeUndefined();
  });

  it('names AWS documentation pages by guide and page', () => {
    expect(
      describeDocsPage(
        'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-functions-choosing.html',
      ),
    ).toBe('CloudFront docs: edge-functions-choosing');
    expect(describeDocsPage('https://example.com/x')).toBe('https://example.com/x');
  });
});
