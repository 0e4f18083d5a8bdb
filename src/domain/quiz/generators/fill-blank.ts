/** Fill-the-blank over exam tips: each `[[…]]` marker is one card. */
import type { ExamTip, Topic } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import {
  assembleQuestion,
  hasDistinct,
  pickDistinct,
  toCandidates,
  toDraftOptions,
} from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { explainFacts, joinSentences } from '../explain';
import { varyNumber } from '../figures';
import { extractNumbers, formatNumber, normalizeText } from '../text';
import { parseTipBlanks, readFigure, type FigureBlank } from './tip-blanks';

const id = 'fill-blank';

function formatFigure(figure: FigureBlank, n: number): string {
  return `${formatNumber(n)}${figure.unit === '' ? '' : `${figure.space}${figure.unit}`}`;
}

/** Numbers the tip or its facts' fact-checks mention: offering one could be right. */
function listBannedNumbers(tip: ExamTip, index: ContentIndex): Set<number> {
  const checks = tip.facts.flatMap((f) => index.factById.get(f)?.factCheck ?? []);
  const text = [
    parseTipBlanks(tip.text).plain,
    ...checks.map((c) => `${c.says} ${c.examNote ?? ''}`),
  ].join(' ');
  return new Set(extractNumbers(text));
}

/** Candidate wrong answers, closest kind first. */
function tierCandidates(tip: ExamTip, answer: string, index: ContentIndex): string[][] {
  const otherBlanks = index.tips
    .filter((t) => t.item.id !== tip.id)
    .flatMap((t) => parseTipBlanks(t.item.text).answers);
  const figure = readFigure(answer);
  if (figure !== undefined) {
    const banned = listBannedNumbers(tip, index);
    const sameUnit = otherBlanks.flatMap((b) => {
      const other = readFigure(b);
      return other !== undefined &&
        other.unit.toLowerCase() === figure.unit.toLowerCase() &&
        !banned.has(other.n)
        ? [formatFigure(figure, other.n)]
        : [];
    });
    return [
      sameUnit,
      varyNumber(figure.n)
        .filter((n) => !banned.has(n))
        .map((n) => formatFigure(figure, n)),
    ];
  }
  const words = otherBlanks.filter((b) => readFigure(b) === undefined);
  const terms = index.facts.flatMap((f) =>
    f.kind === 'definition' ? [f.term] : f.kind === 'member' ? [f.label] : [],
  );
  const names = index.tables.flatMap((t) => t.rows.map((r) => r.name));
  const [pool = []] = filterUnambiguous(
    [[...words, ...terms, ...names]],
    parseTipBlanks(tip.text).plain,
    answer,
  );
  return rankByShape(pool, answer);
}

/** How unlike the answer a word blank looks: capitalization and word count. */
function measureShapeDistance(a: string, b: string): number {
  const capital = (s: string) => /^[A-Z]/.test(s);
  const words = (s: string) => s.trim().split(/\s+/).length;
  return (capital(a) === capital(b) ? 0 : 2) + Math.abs(words(a) - words(b));
}

/** Candidates in tiers of shape distance, closest first: "idle" draws "secrets" before "Step Functions". */
function rankByShape(pool: readonly string[], answer: string): string[][] {
  const tiers: string[][] = [];
  for (const text of pool) {
    const d = Math.min(measureShapeDistance(answer, text), 3);
    (tiers[d] ??= []).push(text);
  }
  return tiers.filter((t) => t !== undefined);
}

/** Drops words the tip itself mentions or that contain the answer: they could read as true. */
function filterUnambiguous(
  tiers: readonly string[][],
  tipText: string,
  answer: string,
): string[][] {
  const text = normalizeText(tipText);
  const key = normalizeText(answer);
  return tiers.map((tier) =>
    tier.filter((c) => {
      const ck = normalizeText(c);
      return ck.length > 0 && !text.includes(ck) && !ck.includes(key) && !key.includes(ck);
    }),
  );
}

function planBlank(
  tip: ExamTip,
  topic: Topic,
  i: number,
  index: ContentIndex,
): CardPlan | undefined {
  const blanks = parseTipBlanks(tip.text);
  const answer = blanks.answers[i];
  if (answer === undefined) return undefined;
  const tiers = tierCandidates(tip, answer, index).map(toCandidates);
  const answerKey = normalizeText(answer);
  if (!hasDistinct(tiers, new Set([answerKey]), 2)) return undefined;
  const facts = tip.facts.flatMap((f) => index.factById.get(f) ?? []);
  const info = {
    cardId: toCardId(id, `${tip.id}#${i + 1}`),
    generatorId: id,
    kind: 'fill-blank',
    topic: topic.id,
    exams: tip.exams,
    domains: tip.domains,
    subjects: [{ kind: 'tip', id: tip.id }],
  } as const;
  const explanation = joinSentences([`Exam tip: ${blanks.plain}`, explainFacts(facts)]);
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem: `Fill in the blank: ${blanks.withGap(i)}`,
        options: toDraftOptions([answer], pickDistinct(rng, tiers, 3, [answerKey])),
        explanation,
        sources: [...info.subjects, ...facts.map((f) => ({ kind: 'fact', id: f.id }) as const)],
        difficulty: 1,
      },
      rng,
    );
  return { ...info, build };
}

export const fillBlankGenerator: Generator = {
  id,
  kind: 'fill-blank',
  planCards: (index) =>
    index.tips.flatMap(({ item, topic }) =>
      parseTipBlanks(item.text).answers.flatMap((_, i) => planBlank(item, topic, i, index) ?? []),
    ),
};
