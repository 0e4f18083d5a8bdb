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
import { collectContentIds, listClaimIds } from './content-ids';
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

const words = (text: string) => text.trim().split(/\s+/).length;

describe('facts', () => {
  it('gives every fact a mechanism and a takeaway, and misconceptions that differ from the statement and from each other', () => {
    for (const fact of allFacts) {
      expect(words(fact.why), fact.id).toBeGreaterThanOrEqual(6);
      expect(words(fact.takeaway), fact.id).toBeGreaterThanOrEqual(4);
      expect(fact.misconceptions.length, fact.id).toBeGreaterThanOrEqual(1);
      const wrong = fact.misconceptions.map((m) => normalize(m.text));
      expect(wrong, fact.id).not.toContain(normalize(fact.statement));
      expect(new Set(wrong).size, fact.id).toBe(wrong.length);
      for (const m of fact.misconceptions)
        expect(words(m.why), `${fact.id}: ${m.text}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('asks a question with three misconceptions at least, wherever a fact has a question', () => {
    for (const fact of allFacts) {
      if (fact.ask === undefined) continue;
      expect(fact.ask.trim().endsWith('?'), fact.id).toBe(true);
      expect(fact.misconceptions.length, fact.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every limit a question and wrong figures of its own dimension and shape', () => {
    const dimension = (unit: string) =>
      ['KB', 'MB', 'GB'].includes(unit)
        ? 'size'
        : ['ms', 's', 'min', 'h'].includes(unit)
          ? 'time'
          : unit;
    for (const fact of allFacts) {
      if (fact.kind !== 'limit') continue;
      const figures = fact.misconceptions.flatMap((m) =>
        m.figure === undefined ? [] : [m.figure],
      );
      expect(figures.length, fact.id).toBeGreaterThanOrEqual(1);
      for (const f of figures) {
        expect(dimension(f.unit), fact.id).toBe(dimension(fact.value.unit));
        expect(f.kind, fact.id).toBe(fact.value.kind);
      }
    }
  });

  it('keeps limit ranges ordered and numbers finite and non-negative', () => {
    for (const fact of allFacts) {
      if (fact.kind !== 'limit' && fact.kind !== 'estimate') continue;
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

  it('offers three explained non-members at least, none of them a member', () => {
    for (const set of allSets) {
      const labels = allFacts.flatMap((f) =>
        f.kind === 'member' && f.set === set.id ? [normalize(f.label)] : [],
      );
      expect(set.nonMembers.length, set.id).toBeGreaterThanOrEqual(3);
      expect(
        set.nonMembers.filter((m) => labels.includes(normalize(m.text)) || words(m.why) < 5),
        set.id,
      ).toEqual([]);
    }
  });
});

describe('tables', () => {
  it('gives every cell a column of its table, a meaning and a reason', () => {
    for (const table of allTables) {
      const keys = table.columns.map((c) => c.key);
      expect(new Set(keys).size, table.id).toBe(keys.length);
      for (const row of table.rows) {
        expect(
          Object.keys(row.cells).filter((k) => !keys.includes(k)),
          `${table.id}#${row.id}`,
        ).toEqual([]);
        for (const [key, cell] of Object.entries(row.cells)) {
          const at = `${table.id}#${row.id}.${key}`;
          expect(cell.means.length, at).toBeGreaterThan(0);
          expect(words(cell.why), at).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });

  it('asks "which" only on columns whose values differ between rows', () => {
    for (const table of allTables) {
      for (const column of table.columns) {
        const values = new Set(
          table.rows.map((row) => [...(row.cells[column.key]?.means ?? [])].sort().join('|')),
        );
        if (column.which !== undefined)
          expect(values.size, `${table.id}.${column.key}`).toBeGreaterThan(1);
      }
    }
  });

  it('treats both edge options as equal on state, and keeps the comparison’s columns', () => {
    const table = allTables.find((t) => t.id === 'edge.comparison');
    const [edge, functions] = table?.rows ?? [];
    expect(edge?.cells['state']?.means).toEqual(functions?.cells['state']?.means);
    expect(table?.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining([
        'runtime',
        'maxExecution',
        'maxMemory',
        'triggerPoints',
        'cost',
        'deploymentRegion',
      ]),
    );
  });
});

describe('checklist and tips', () => {
  it('has three critical, three warning and three suggestion items, each a situation with its wrong impacts and fixes', () => {
    const count = (severity: string) => allChecklist.filter((i) => i.severity === severity).length;
    expect([count('critical'), count('warning'), count('suggestion')]).toEqual([3, 3, 3]);
    for (const item of allChecklist) {
      expect(item.facts.length, item.id).toBeGreaterThan(0);
      expect(words(item.situation), item.id).toBeGreaterThanOrEqual(12);
      expect(item.wrongImpacts.length, item.id).toBeGreaterThanOrEqual(3);
      expect(item.wrongFixes.length, item.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes every tip as plain sentences, without blanks or shorthand', () => {
    expect(allTips).toHaveLength(8);
    for (const tip of allTips) {
      expect(tip.text, tip.id).not.toMatch(/\[\[|\]\]| = |;| \+ /);
      expect(tip.text.trim().endsWith('.'), tip.id).toBe(true);
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
