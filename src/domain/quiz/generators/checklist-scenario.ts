/** Scenarios from the review checklist: given a finding, its severity, its fix or why it matters. */
import type { ChecklistItem, Severity, Topic } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import {
  assembleQuestion,
  hasDistinct,
  pickDistinct,
  toCandidates,
  toDraftOptions,
} from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import type { ContentIndex, Located } from '../content-index';
import { explainFacts, joinSentences } from '../explain';
import { normalizeText } from '../text';

export const severityLabels = {
  critical: 'Critical',
  warning: 'Warning',
  suggestion: 'Suggestion',
} as const satisfies Record<Severity, string>;

type Aspect = Readonly<{
  id: string;
  /** The field asked for; undefined asks for the severity. */
  field?: 'fix' | 'why';
  stem: (item: ChecklistItem) => string;
}>;

const finding = (item: ChecklistItem) =>
  `A review of a Lambda configuration finds: "${item.condition}".`;

const aspects = [
  {
    id: 'checklist-severity',
    stem: (i) => `${finding(i)} Which severity does the review checklist give it?`,
  },
  { id: 'checklist-fix', field: 'fix', stem: (i) => `${finding(i)} What is the recommended fix?` },
  { id: 'checklist-why', field: 'why', stem: (i) => `${finding(i)} Why is it flagged?` },
] as const satisfies readonly Aspect[];

function listWords(text: string): Set<string> {
  return new Set(
    normalizeText(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4),
  );
}

/** Items whose answer could also fit: same facts, or mostly the same words. */
function isRelated(a: ChecklistItem, b: ChecklistItem, field: 'fix' | 'why'): boolean {
  if (a.facts.some((f) => b.facts.includes(f))) return true;
  const wa = listWords(a[field]);
  const wb = listWords(b[field]);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.5;
}

function explainItem(item: ChecklistItem, index: ContentIndex): string {
  const facts = item.facts.flatMap((id) => index.factById.get(id) ?? []);
  return joinSentences([
    `${severityLabels[item.severity]}: ${item.condition} — ${item.why}`,
    `Fix: ${item.fix}`,
    explainFacts(facts),
  ]);
}

/** Wrong answers for an aspect: the other severities, or the field of unrelated items. */
function listWrongPool(aspect: Aspect, item: ChecklistItem, index: ContentIndex): string[] {
  const field = aspect.field;
  if (field === undefined) return Object.values(severityLabels);
  return index.checklist
    .filter((o) => o.item.id !== item.id && !isRelated(item, o.item, field))
    .map((o) => o.item[field]);
}

function describeItemCard(aspect: Aspect, item: ChecklistItem, topic: Topic) {
  return {
    cardId: toCardId(aspect.id, item.id),
    generatorId: aspect.id,
    kind: 'scenario',
    topic: topic.id,
    exams: item.exams,
    domains: item.domains,
    subjects: [{ kind: 'checklist', id: item.id }],
  } as const;
}

/** The item's facts that the content defines, as sources. */
function listFactRefs(item: ChecklistItem, index: ContentIndex) {
  return item.facts
    .filter((f) => index.factById.has(f))
    .map((f) => ({ kind: 'fact', id: f }) as const);
}

function planItem(
  aspect: Aspect,
  { item, topic }: Located<ChecklistItem>,
  index: ContentIndex,
): CardPlan | undefined {
  const field = aspect.field;
  const answer = field === undefined ? severityLabels[item.severity] : item[field];
  const pool = listWrongPool(aspect, item, index);
  const candidates = toCandidates(pool);
  const answerKey = normalizeText(answer);
  if (!hasDistinct([candidates], new Set([answerKey]), 2)) return undefined;
  const info = describeItemCard(aspect, item, topic);
  const explanation = explainItem(item, index);
  const stem = aspect.stem(item);
  const sources = [...info.subjects, ...listFactRefs(item, index)];
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem,
        // Severities keep their checklist order; free-text answers are shuffled.
        options:
          field === undefined
            ? pool.map((text) => ({ text, correct: text === answer }))
            : toDraftOptions([answer], pickDistinct(rng, [candidates], 3, [answerKey])),
        keepOrder: field === undefined,
        explanation,
        sources,
        difficulty: 2,
      },
      rng,
    );
  return { ...info, build };
}

function createGenerator(aspect: Aspect): Generator {
  return {
    id: aspect.id,
    kind: 'scenario',
    planCards: (index) =>
      index.checklist.flatMap((located) => planItem(aspect, located, index) ?? []),
  };
}

export const checklistSeverityGenerator = createGenerator(aspects[0]);
export const checklistFixGenerator = createGenerator(aspects[1]);
export const checklistWhyGenerator = createGenerator(aspects[2]);
