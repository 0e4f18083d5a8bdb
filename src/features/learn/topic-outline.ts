/**
 * The sections of a topic's Learn page and the ids they are rendered with: one source for the
 * page and its "On this page" contents, so that every contents link has its target.
 */
import type { Fact, Topic } from '../../../content/schema';

/** A section of the page: its anchor (an element id) and its name in the contents. */
export type OutlineEntry = Readonly<{
  id: string;
  label: string;
  children?: readonly OutlineEntry[];
}>;

/** Facts listed under one subheading of "Key facts"; `part` is absent for facts without one. */
export type FactGroup = Readonly<{
  part?: Readonly<{ id: string; label: string }>;
  facts: readonly Fact[];
}>;

export type TopicOutline = Readonly<{
  /** The page's sections in page order, "Key facts" with its parts as children. */
  entries: readonly OutlineEntry[];
  /** The plain facts (not set members), grouped by part in the order parts first appear. */
  factGroups: readonly FactGroup[];
  /** Whether the page shows its contents: it has parts, or this many sections at least. */
  showContents: boolean;
}>;

/** Pages with this many sections list them at the top even without parts. */
export const CONTENTS_MIN_SECTIONS = 5;

/** Element ids of the page's fixed sections. */
export const sectionIds = {
  facts: 'facts-heading',
  checklist: 'checklist-heading',
  tips: 'tips-heading',
  misconceptions: 'misconceptions',
} as const;

/** "Retries and failures" → "part-retries-and-failures". */
function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'part'
  );
}

/**
 * Groups facts by `part`, parts in the order they first appear and facts in their order.
 * Facts without a part come first, without a subheading.
 */
export function groupFactsByPart(facts: readonly Fact[]): readonly FactGroup[] {
  const loose: Fact[] = [];
  const byPart = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.part === undefined) {
      loose.push(fact);
      continue;
    }
    const group = byPart.get(fact.part);
    if (group) group.push(fact);
    else byPart.set(fact.part, [fact]);
  }
  const used = new Set<string>();
  const parts = [...byPart].map(([label, members]) => {
    const base = `part-${slugify(label)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { part: { id, label }, facts: members };
  });
  return loose.length > 0 ? [{ facts: loose }, ...parts] : parts;
}

/** Whether the topic lists any misconception (its facts' or its sets' non-members). */
export function hasMisconceptions(topic: Topic): boolean {
  return (
    topic.facts.some((f) => f.misconceptions.length > 0) ||
    topic.sets.some((s) => s.nonMembers.length > 0)
  );
}

/** The sections of a topic's page, in the order the page shows them. */
export function outlineTopic(topic: Topic): TopicOutline {
  const factGroups = groupFactsByPart(topic.facts.filter((f) => f.kind !== 'member'));
  const parts = factGroups.flatMap((g) => (g.part ? [g.part] : []));
  const entries: OutlineEntry[] = [
    ...topic.tables.map((table) => ({ id: `table-${table.id}`, label: table.title })),
    ...(factGroups.length > 0
      ? [
          {
            id: sectionIds.facts,
            label: 'Key facts',
            ...(parts.length > 0 ? { children: parts } : {}),
          },
        ]
      : []),
    ...topic.sets.map((set) => ({ id: `set-${set.id}`, label: set.title })),
    ...(topic.checklist.length > 0
      ? [{ id: sectionIds.checklist, label: 'Review checklist' }]
      : []),
    ...(topic.tips.length > 0 ? [{ id: sectionIds.tips, label: 'Exam tips' }] : []),
    ...(hasMisconceptions(topic)
      ? [{ id: sectionIds.misconceptions, label: 'Common misconceptions' }]
      : []),
  ];
  return {
    entries,
    factGroups,
    showContents: parts.length > 0 || entries.length >= CONTENTS_MIN_SECTIONS,
  };
}
