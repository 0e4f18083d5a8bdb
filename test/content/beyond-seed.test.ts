/**
 * Content beyond the study document: every topic the document does not have is marked
 * `beyondSeed`, every claim there cites a docs.aws.amazon.com page, and no number enters the
 * content without the document or an AWS documentation source behind it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topics, type Fact, type Source, type Topic } from '../../content/index';

const documentText = readFileSync(
  new URL('../../content/source/study-document.txt', import.meta.url),
  'utf8',
);

/** The topics of the study document, one per part of it (see coverage.test.ts). */
const documentTopicIds: readonly string[] = [
  'triggers',
  'concurrency',
  'cold-starts',
  'event-source-mappings',
  'layers',
  'edge',
  'destinations',
  'key-concepts',
  'checklist',
  'exam-tips',
];

const beyondTopics = topics.filter((topic) => !documentTopicIds.includes(topic.id));

/** An English docs.aws.amazon.com page, checked in the current review month. */
function isAwsDocs(source: Source): boolean {
  return (
    source.kind === 'aws-docs' &&
    /^https:\/\/docs\.aws\.amazon\.com\/(?![a-z]{2}_[a-z]{2}\/)\S+$/.test(source.url) &&
    source.checked === '2026-11'
  );
}

/**
 * Quantities written in a text: "10,240" and "0.2" count, digits inside names ("S3",
 * "us-east-1", "AWS::Serverless-2016-10-31") do not.
 */
function extractFigures(text: string): number[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}.,-])\d[\d,]*(?:\.\d+)?/gu)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );
}

/** The document's figures, also in the units the content converts them to (GB→MB, s→ms, min→s). */
const documentFigures = new Set(
  extractFigures(documentText).flatMap((n) => [n, n * 1024, n * 1000, n * 60]),
);

type Claim = Readonly<{ at: string; texts: readonly string[]; sourced: boolean; notes: string }>;

function describeFact(fact: Fact): Claim {
  const texts = [fact.statement];
  if (fact.kind === 'definition') texts.push(fact.term, fact.definition);
  if (fact.kind === 'member') texts.push(fact.label);
  if (fact.kind === 'limit') {
    const v = fact.value;
    texts.push(fact.subject, v.kind === 'exact' ? `${v.n}` : `${v.min} ${v.max}`);
  }
  const check = fact.factCheck;
  return {
    at: fact.id,
    texts,
    sourced: fact.beyondSeed === true && isAwsDocs(fact.source),
    notes: check === undefined ? '' : `${check.says} ${check.examNote ?? ''}`,
  };
}

/** Every piece of a topic's text that states something true, misconceptions left out. */
function describeClaims(topic: Topic): Claim[] {
  const tables = topic.tables.map((table) => ({
    at: table.id,
    texts: [
      table.title,
      ...table.rows.flatMap((row) => Object.values(row.cells).map((c) => c.text)),
    ],
    sourced: isAwsDocs(table.source),
    notes: table.rows
      .flatMap((row) => Object.values(row.notes ?? {}).map((n) => `${n.says} ${n.examNote ?? ''}`))
      .join(' '),
  }));
  const sets = topic.sets.map((set) => ({
    at: set.id,
    texts: [set.title, set.ask],
    sourced: isAwsDocs(set.source),
    notes: '',
  }));
  const others = [...topic.checklist, ...topic.tips].map((item) => ({
    at: item.id,
    texts: 'text' in item ? [item.text] : [item.condition, item.why, item.fix],
    sourced: isAwsDocs(item.source),
    notes: '',
  }));
  return [...topic.facts.map(describeFact), ...tables, ...sets, ...others];
}

/** Figures that no source backs, as `id: figure`. */
function findUnsourcedFigures(topic: Topic): string[] {
  const claims = describeClaims(topic);
  const topicBacked = new Set(
    claims.flatMap((c) => extractFigures(`${c.sourced ? c.texts.join(' ') : ''} ${c.notes}`)),
  );
  const unsourced = claims
    .filter((c) => !c.sourced)
    .flatMap((c) => {
      const backed = new Set(extractFigures(c.notes));
      return extractFigures(c.texts.join(' '))
        .filter((n) => !documentFigures.has(n) && !backed.has(n))
        .map((n) => `${c.at}: ${n}`);
    });
  const topicTexts = [topic.title, topic.summary, ...topic.intro].join(' ');
  const loose = extractFigures(topicTexts)
    .filter((n) => !documentFigures.has(n) && !topicBacked.has(n))
    .map((n) => `${topic.id} (title, summary or intro): ${n}`);
  return [...unsourced, ...loose];
}

describe('content beyond the study document', () => {
  it('marks every topic the document does not have as beyondSeed, and none of its own', () => {
    expect(beyondTopics.length).toBeGreaterThanOrEqual(10);
    expect(beyondTopics.filter((t) => t.beyondSeed !== true).map((t) => t.id)).toEqual([]);
    expect(topics.filter((t) => documentTopicIds.includes(t.id) && t.beyondSeed === true)).toEqual(
      [],
    );
  });

  it('marks every fact of those topics beyondSeed and cites a docs.aws.amazon.com page for it', () => {
    const facts = beyondTopics.flatMap((t) => t.facts);
    expect(facts.length).toBeGreaterThanOrEqual(80);
    expect(
      facts.filter((f) => f.beyondSeed !== true || !isAwsDocs(f.source)).map((f) => f.id),
    ).toEqual([]);
  });

  it('cites a docs.aws.amazon.com page for every table and set of those topics', () => {
    const items = beyondTopics.flatMap((t) => [...t.tables, ...t.sets]);
    expect(items.filter((item) => !isAwsDocs(item.source)).map((item) => item.id)).toEqual([]);
  });

  it('marks a fact beyondSeed exactly when it cites AWS documentation instead of the document', () => {
    const mismatched = topics
      .flatMap((t) => t.facts)
      .filter((f) => (f.beyondSeed === true) !== (f.source.kind === 'aws-docs'));
    expect(mismatched.map((f) => f.id)).toEqual([]);
  });

  it('lets no number into the content without the document or an AWS docs source behind it', () => {
    expect(topics.flatMap(findUnsourcedFigures)).toEqual([]);
  });
});

describe('the figure check', () => {
  it('reads quantities and ignores digits inside names', () => {
    expect(
      extractFigures('512 MB to 10,240 MB in S3 (us-east-1), 0.2 s, AWS::Serverless-2016-10-31'),
    ).toEqual([512, 10240, 0.2]);
  });

  it('flags a figure that neither the document nor a source states', () => {
    const topic = beyondTopics[0];
    expect(topic).toBeDefined();
    if (topic === undefined) return;
    const unsourced = { ...topic, summary: `${topic.summary} About 7,777 of them.` };
    expect(findUnsourcedFigures(unsourced)).toContain(
      `${topic.id} (title, summary or intro): 7777`,
    );
  });
});
