import { describe, expect, it } from 'vitest';
import {
  allChecklist,
  allFacts,
  allSets,
  allTables,
  allTips,
  examProfiles,
  findFact,
  topics,
  type DomainId,
  type ExamCode,
} from '../../content/index';
import { collectContentIds, listClaimIds, listNotes } from './content-ids';
import { fixedIds } from './fixed-ids';

const domainPrefix: Record<ExamCode, string> = { 'DVA-C02': 'dva-', 'SAP-C02': 'sap-' };
const idPrefix = (topic: string) => (topic === 'event-source-mappings' ? 'esm' : topic);
const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function expectExamsMatchDomains(
  owner: string,
  exams: readonly ExamCode[],
  domains: readonly DomainId[],
) {
  for (const exam of exams) {
    expect(
      domains.some((d) => d.startsWith(domainPrefix[exam])),
      `${owner}: ${exam} has no domain`,
    ).toBe(true);
  }
  for (const domain of domains) {
    expect(
      exams.some((exam) => domain.startsWith(domainPrefix[exam])),
      `${owner}: ${domain} has no exam`,
    ).toBe(true);
  }
}

describe('content ids', () => {
  it('registers the document’s topics in its order, before every topic beyond it', () => {
    const firstBeyond = topics.findIndex((t) => t.beyondSeed === true);
    expect(firstBeyond).toBeGreaterThan(0);
    expect(topics.slice(firstBeyond).every((t) => t.beyondSeed === true)).toBe(true);
    expect(topics.slice(0, firstBeyond).map((t) => t.id)).toEqual([
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
    ]);
  });

  it('never uses the same id twice across topics, facts, tables, rows, cells, sets, checklist items and tips', () => {
    const ids = [...topics.map((t) => t.id), ...listClaimIds()];
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('defines every fixed id that other parts of the app link to', () => {
    const ids = collectContentIds();
    expect(fixedIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('files every fact, set, table, checklist item and tip under the topic that lists it, with its prefix', () => {
    for (const topic of topics) {
      const owned = [...topic.facts, ...topic.sets, ...topic.tables];
      for (const item of owned) {
        expect(item.topic, item.id).toBe(topic.id);
        expect(item.id.startsWith(`${idPrefix(topic.id)}.`), item.id).toBe(true);
      }
      for (const item of [...topic.checklist, ...topic.tips]) {
        expect(item.id.startsWith(`${idPrefix(topic.id)}.`), item.id).toBe(true);
      }
    }
  });

  it('points checklist items and tips only at facts that exist', () => {
    const refs = [...allChecklist, ...allTips].flatMap((item) =>
      item.facts.map((id) => ({ from: item.id, id })),
    );
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => findFact(ref.id) === undefined)).toEqual([]);
  });
});

describe('facts', () => {
  it('gives every fact at least one misconception, none of them equal to the statement or to each other', () => {
    for (const fact of allFacts) {
      expect(fact.misconceptions.length, fact.id).toBeGreaterThanOrEqual(1);
      const wrong = fact.misconceptions.map(normalize);
      expect(wrong, fact.id).not.toContain(normalize(fact.statement));
      expect(new Set(wrong).size, fact.id).toBe(wrong.length);
    }
  });

  it('keeps limit ranges ordered and numbers finite and non-negative', () => {
    for (const fact of allFacts) {
      if (fact.kind !== 'limit') continue;
      const numbers =
        fact.value.kind === 'range' ? [fact.value.min, fact.value.max] : [fact.value.n];
      expect(
        numbers.every((n) => Number.isFinite(n) && n >= 0),
        fact.id,
      ).toBe(true);
      if (fact.value.kind === 'range')
        expect(fact.value.min, fact.id).toBeLessThanOrEqual(fact.value.max);
    }
  });

  it('tags every exam with one of its domains, and every domain with its exam', () => {
    for (const item of [...allFacts, ...allTables, ...allChecklist, ...allTips]) {
      expect(item.exams.length, item.id).toBeGreaterThan(0);
      expectExamsMatchDomains(item.id, item.exams, item.domains);
    }
  });
});

describe('sets', () => {
  it('puts every member fact in an existing set of its own topic, and gives every set two or more members', () => {
    for (const fact of allFacts) {
      if (fact.kind !== 'member') continue;
      const set = allSets.find((s) => s.id === fact.set);
      expect(set?.topic, fact.id).toBe(fact.topic);
    }
    for (const set of allSets) {
      const members = allFacts.filter((f) => f.kind === 'member' && f.set === set.id);
      expect(members.length, set.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('offers non-members that differ from every member label', () => {
    for (const set of allSets) {
      const labels = allFacts.flatMap((f) =>
        f.kind === 'member' && f.set === set.id ? [normalize(f.label)] : [],
      );
      expect(set.nonMembers.length, set.id).toBeGreaterThanOrEqual(2);
      expect(
        set.nonMembers.filter((label) => labels.includes(normalize(label))),
        set.id,
      ).toEqual([]);
    }
  });
});

describe('tables', () => {
  it('gives every row exactly one cell per column, with at least one meaning, and notes only on columns', () => {
    for (const table of allTables) {
      const keys = table.columns.map((c) => c.key);
      expect(new Set(keys).size, table.id).toBe(keys.length);
      for (const row of table.rows) {
        expect(Object.keys(row.cells).sort(), `${table.id}#${row.id}`).toEqual([...keys].sort());
        expect(Object.values(row.cells).every((cell) => cell.means.length > 0)).toBe(true);
        expect(Object.keys(row.notes ?? {}).filter((k) => !keys.includes(k))).toEqual([]);
      }
    }
  });

  it('asks "which" only on columns whose values differ between rows', () => {
    for (const table of allTables) {
      for (const column of table.columns) {
        const values = new Set(
          table.rows.map((row) => [...(row.cells[column.key]?.means ?? [])].sort().join('|')),
        );
        expect(column.which !== undefined, `${table.id}.${column.key}`).toBe(values.size > 1);
      }
    }
  });

  it('treats both edge options as equal on location and state', () => {
    const table = allTables.find((t) => t.id === 'edge.comparison');
    const [edge, functions] = table?.rows ?? [];
    expect(edge?.cells['location']?.means).toEqual(functions?.cells['location']?.means);
    expect(edge?.cells['state']?.means).toEqual(functions?.cells['state']?.means);
    expect(table?.columns.map((c) => c.key)).toEqual([
      'runtime',
      'maxExecution',
      'maxMemory',
      'location',
      'triggerPoints',
      'cost',
      'state',
      'deploymentRegion',
    ]);
  });
});

describe('fact-check notes', () => {
  it('cites an https://docs.aws.amazon.com page checked in 2026-11 on every note', () => {
    const notes = listNotes();
    // The fact-check table has 19 rows; some rows are attached in more than one place.
    expect(notes.length).toBeGreaterThanOrEqual(19);
    for (const { at, note } of notes) {
      expect(note.source.url.startsWith('https://docs.aws.amazon.com/'), at).toBe(true);
      expect(note.source.checked, at).toBe('2026-11');
      expect(note.says.length, at).toBeGreaterThan(20);
    }
  });
});

describe('checklist and tips', () => {
  it('has three critical, three warning and three suggestion items', () => {
    const count = (severity: string) => allChecklist.filter((i) => i.severity === severity).length;
    expect([count('critical'), count('warning'), count('suggestion')]).toEqual([3, 3, 3]);
    expect(
      allChecklist.every((i) => i.facts.length > 0 && i.fix.length > 0 && i.why.length > 0),
    ).toBe(true);
  });

  it('hides one or two non-empty blanks in every tip', () => {
    expect(allTips).toHaveLength(8);
    for (const tip of allTips) {
      const blanks = [...tip.text.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1]?.trim() ?? '');
      expect(blanks.length, tip.id).toBeGreaterThanOrEqual(1);
      expect(blanks.length, tip.id).toBeLessThanOrEqual(2);
      expect(
        blanks.every((b) => b.length > 0),
        tip.id,
      ).toBe(true);
      expect(tip.text.replace(/\[\[[^\]]+\]\]/g, ''), tip.id).not.toMatch(/\[\[|\]\]/);
    }
  });
});

describe('exam profiles', () => {
  it('weights each exam’s domains to 100 percent, with domain ids of that exam', () => {
    for (const profile of examProfiles) {
      expect(
        profile.domains.reduce((sum, d) => sum + d.weight, 0),
        profile.code,
      ).toBe(100);
      expect(profile.domains.every((d) => d.id.startsWith(domainPrefix[profile.code]))).toBe(true);
    }
  });
});
