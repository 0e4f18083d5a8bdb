/**
 * Every claim cites the AWS documentation page it was checked against, in the current review
 * month, and the topics beyond the study document are marked as such.
 */
import { describe, expect, it } from 'vitest';
import {
  allChecklist,
  allFacts,
  allSets,
  allTables,
  topics,
  type DocRef,
} from '../../content/index';
import { checkedOn } from '../../content/topics/authoring';

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

/** An English docs.aws.amazon.com page (no locale in the path), checked this review month. */
function isCurrentAwsDocs(docs: DocRef): boolean {
  return (
    /^https:\/\/docs\.aws\.amazon\.com\/(?![a-z]{2}_[a-z]{2}\/)\S+$/.test(docs.url) &&
    docs.checked === checkedOn
  );
}

const decisions = topics.flatMap((t) => t.decisions ?? []);

describe('sources', () => {
  it('reviews every page in the current month', () => {
    expect(checkedOn).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
  });

  it('cites a current English AWS documentation page for every fact, table, cell, set, checklist item and decision model', () => {
    const cited = [
      ...allFacts.map((f) => ({ id: f.id, docs: f.docs })),
      ...allTables.map((t) => ({ id: t.id, docs: t.docs })),
      ...allTables.flatMap((t) =>
        t.rows.flatMap((r) =>
          Object.entries(r.cells).flatMap(([column, c]) =>
            c.docs === undefined ? [] : [{ id: `${t.id}#${r.id}.${column}`, docs: c.docs }],
          ),
        ),
      ),
      ...allSets.map((s) => ({ id: s.id, docs: s.docs })),
      ...allChecklist.map((c) => ({ id: c.id, docs: c.docs })),
      ...decisions.map((m) => ({ id: m.id, docs: m.docs })),
    ];
    expect(cited.length).toBeGreaterThan(250);
    expect(
      cited.filter((c) => !isCurrentAwsDocs(c.docs)).map((c) => `${c.id}: ${c.docs.url}`),
    ).toEqual([]);
  });

  it('marks every topic the document does not have as beyond it, and none of its own', () => {
    const beyond = topics.filter((t) => !documentTopicIds.includes(t.id));
    expect(beyond.length).toBeGreaterThanOrEqual(15);
    expect(beyond.filter((t) => t.beyondSeed !== true).map((t) => t.id)).toEqual([]);
    expect(topics.filter((t) => documentTopicIds.includes(t.id) && t.beyondSeed === true)).toEqual(
      [],
    );
  });
});
