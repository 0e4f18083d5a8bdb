/**
 * Invariants every generated question must satisfy, checked against the content it came from.
 * Written independently of the generators: the content is read directly, not through the
 * engine's index. Checks collect problems instead of throwing, so that thousands of questions
 * can be checked quickly and a failure lists every broken rule at once.
 */
import type { Cell, Fact, Quantity, Topic } from '../../../content/schema';
import type { Question } from '../../../src/domain/quiz/question';
import { buildModel, norm, type Model } from './content-model';
import { formatFigure, recomputeNumeric } from './recompute-numeric';

type Content = Readonly<{ topics: readonly Topic[] }>;
type Report = (ok: boolean, message: string) => void;

const overlap = (a: Cell, b: Cell) =>
  norm(a.text) === norm(b.text) || a.means.some((m) => b.means.includes(m));

function splitOptions(q: Question) {
  const right = q.options.filter((o) => q.correct.includes(o.id)).map((o) => o.text);
  const wrong = q.options.filter((o) => !q.correct.includes(o.id)).map((o) => o.text);
  return { right, wrong };
}

/** "5", "250 MB", "128–10,240 MB", as the engine shows figures. */
function figure(q: Quantity): string {
  const unit = q.unit === 'count' ? '' : q.unit === 'percent' ? '%' : ` ${q.unit}`;
  const n = (x: number) => x.toLocaleString('en-US');
  return q.kind === 'exact' ? `${n(q.n)}${unit}` : `${n(q.min)}–${n(q.max)}${unit}`;
}

/** Structure shared by every kind: ids, uniqueness, pick count, reasons. */
function checkShape(q: Question, report: Report): void {
  report(
    q.options.map((o) => o.id).join('') === 'abcdefghij'.slice(0, q.options.length),
    'option ids run a, b, c… in order',
  );
  report(new Set(q.options.map((o) => norm(o.text))).size === q.options.length, 'unique options');
  report(
    new Set(q.correct).size === q.correct.length &&
      q.correct.every((id) => q.options.some((o) => o.id === id)),
    'correct ids are distinct option ids',
  );
  report(q.pick === q.correct.length, 'pick equals the number of correct options');
  report(q.stem.trim() !== '' && q.takeaway.trim() !== '', 'stem and takeaway are not empty');
  report(
    q.options.every((o) => o.why.trim() !== ''),
    'every option has its own reason',
  );
  report(q.docs.length > 0, 'at least one documentation page');
  report(q.exams.length > 0 && /^[a-z-]+:.+/.test(q.cardId), 'card id and exam tags are set');
  if (q.kind === 'multiple-response') {
    report(
      (q.pick === 2 || q.pick === 3) && q.options.length === q.pick + 3,
      'two correct of five, or three of six',
    );
    report(q.stem.endsWith(q.pick === 2 ? '(Choose two.)' : '(Choose three.)'), 'says how many');
  } else if (q.kind === 'true-false') {
    report(q.options.map((o) => o.text).join('/') === 'True/False', 'offers True, False');
  } else {
    report(q.pick === 1 && q.options.length === 4, 'one correct of 4 options');
  }
}

function checkTable(q: Question, m: Model, generator: string, subject: string, report: Report) {
  const found = m.cells.get(subject);
  const cell = found?.row.cells[found.column.key];
  if (found === undefined || cell === undefined) return report(false, `no cell ${subject}`);
  const { right, wrong } = splitOptions(q);
  const others = found.rows.filter((r) => r !== found.row);
  if (generator === 'table-ask') {
    report(right[0] === cell.text, 'answer is the cell');
    const extras = (found.column.distractors ?? []).map((d) => d.text);
    for (const text of wrong) {
      const owners = others.filter((r) => r.cells[found.column.key]?.text === text);
      report(
        extras.includes(text) ||
          (owners.length > 0 &&
            owners.every((r) => !overlap(r.cells[found.column.key] as Cell, cell))),
        `"${text}" is another row's value that does not overlap, or a column distractor`,
      );
    }
    return;
  }
  report(found.column.which !== undefined && right[0] === found.row.name, 'answer is the row');
  for (const name of wrong) {
    const other = others.find((r) => r.name === name)?.cells[found.column.key];
    report(other !== undefined && !overlap(other, cell), `row ${name} shares no value`);
  }
}

function checkLimit(q: Question, m: Model, fact: Fact, report: Report): void {
  if (fact.kind !== 'limit') return report(false, 'limit card of a fact that is no limit');
  const { right, wrong } = splitOptions(q);
  report(right[0] === figure(fact.value), `answer shows ${figure(fact.value)}`);
  const own = fact.misconceptions.flatMap((x) =>
    x.figure === undefined ? [] : [figure(x.figure)],
  );
  const others = [...m.facts.values()].flatMap((f) =>
    f.kind === 'limit' ? [figure(f.value)] : [],
  );
  for (const w of wrong)
    report(
      own.includes(w) || others.includes(w),
      `"${w}" is a misconception's or a limit's figure`,
    );
}

function checkFact(q: Question, m: Model, generator: string, fact: Fact, report: Report): void {
  const { right, wrong } = splitOptions(q);
  const answer = right[0];
  const claims = fact.misconceptions.map((x) => x.text);
  switch (generator) {
    case 'fact-choice':
      report(
        answer === fact.statement && q.stem === fact.ask,
        'statement answers its own question',
      );
      report(
        wrong.every((w) => claims.includes(w)),
        'wrong options are the fact’s misconceptions',
      );
      return;
    case 'true-false': {
      const claim = q.stem.replace(/^True or false\? /, '');
      const isTrue = claim === fact.statement;
      report(
        answer === (isTrue ? 'True' : 'False') && (isTrue || claims.includes(claim)),
        'claim is the statement or one of its misconceptions',
      );
      return;
    }
    case 'definition-term': {
      const terms = [...m.facts.values()].flatMap((f) =>
        f.kind === 'definition' && f.topic === fact.topic && f.id !== fact.id ? [f.term] : [],
      );
      report(fact.kind === 'definition' && answer === fact.term, 'answer is the term');
      report(
        wrong.every((w) => terms.includes(w)),
        'wrong terms come from the same topic',
      );
      return;
    }
    case 'set-choice': {
      const set = fact.kind === 'member' ? m.sets.get(fact.set) : undefined;
      const nonMembers = set?.nonMembers.map((x) => x.text) ?? [];
      report(fact.kind === 'member' && answer === fact.label, 'answer is the member');
      report(
        wrong.every((w) => nonMembers.includes(w)),
        'wrong options are non-members',
      );
      return;
    }
    case 'limit-value':
      return checkLimit(q, m, fact, report);
    default:
      report(false, `no check for ${generator}`);
  }
}

function checkSetMulti(q: Question, m: Model, subject: string, report: Report): void {
  const { right, wrong } = splitOptions(q);
  const labels = [...m.facts.values()].flatMap((f) =>
    f.kind === 'member' && f.set === subject ? [norm(f.label)] : [],
  );
  const nonMembers = m.sets.get(subject)?.nonMembers.map((x) => x.text) ?? [];
  report(
    right.every((r) => labels.includes(norm(r))),
    'correct options are members',
  );
  report(
    wrong.every((w) => nonMembers.includes(w)),
    'wrong options are non-members',
  );
}

function checkChecklist(q: Question, m: Model, generator: string, subject: string, report: Report) {
  const item = m.checklist.find((i) => i.id === subject);
  if (item === undefined) return report(false, `no checklist item ${subject}`);
  const { right, wrong } = splitOptions(q);
  const fix = generator === 'checklist-fix';
  const pool = (fix ? item.wrongFixes : item.wrongImpacts).map((x) => x.text);
  report(q.stem.startsWith(item.situation), 'the stem sets out the situation');
  report(right[0] === (fix ? item.fix : item.why), 'answer is the item’s fix or impact');
  report(
    wrong.every((w) => pool.includes(w)),
    'wrong options are the item’s own wrong answers',
  );
}

/**
 * A decision question, recomputed from its model: the keys are the options that meet every stated
 * requirement (the best on the qualifier, when there is one), and every wrong option breaks a
 * stated requirement or loses on the qualifier, its reason naming which.
 */
function checkDecision(q: Question, content: Content, subject: string, report: Report): void {
  const [modelId = '', caseId = ''] = subject.split('/');
  const model = content.topics.flatMap((t) => t.decisions ?? []).find((m) => m.id === modelId);
  if (model === undefined) return report(false, `no decision model ${modelId}`);
  const [reqPart = '', qualifierId] = caseId.split('@');
  const reqs = reqPart.split('+').map((id) => model.requirements.find((r) => r.id === id));
  if (reqs.some((r) => r === undefined)) return report(false, `unknown requirement in ${caseId}`);
  const stated = reqs.flatMap((r) => (r === undefined ? [] : [r]));
  const qualifier = model.qualifiers.find((x) => x.id === qualifierId);
  let fit = model.options.filter((o) => stated.every((r) => r.meets.includes(o.id)));
  if (qualifier !== undefined) {
    const best = Math.min(...fit.map((o) => qualifier.rank[o.id] ?? Infinity));
    fit = fit.filter((o) => qualifier.rank[o.id] === best);
  }
  const { right, wrong } = splitOptions(q);
  report(
    [...right].sort().join('|') ===
      fit
        .map((o) => o.text)
        .sort()
        .join('|'),
    'the keys are the options the model decides',
  );
  for (const o of q.options.filter((x) => !q.correct.includes(x.id))) {
    const option = model.options.find((m) => m.text === o.text);
    const broken = stated.filter((r) => option !== undefined && !r.meets.includes(option.id));
    const named =
      broken.some((r) => o.why.includes(r.label)) ||
      (qualifier !== undefined && o.why.includes(qualifier.label));
    report(
      option !== undefined && named,
      `"${o.text}" breaks a stated constraint its reason names`,
    );
  }
  report(wrong.length >= 3, 'three wrong options at least');
}

/**
 * Creates a checker for questions generated from `content`. It returns the broken rules of a
 * question (empty when the question is fine).
 */
export function createQuestionChecker(content: Content): (q: Question) => string[] {
  const m = buildModel(content);
  return (q) => {
    const problems: string[] = [];
    const report: Report = (ok, message) => {
      if (!ok) problems.push(`${q.cardId}: ${message}`);
    };
    checkShape(q, report);
    const [generator = '', ...rest] = q.cardId.split(':');
    const subject = rest.join(':');
    const { right, wrong } = splitOptions(q);
    report(
      wrong.every((w) => !m.statements.has(norm(w))),
      'no wrong option is a true statement',
    );
    const fact = m.facts.get(subject);
    if (generator.startsWith('table-')) checkTable(q, m, generator, subject, report);
    else if (generator === 'set-multi') checkSetMulti(q, m, subject, report);
    else if (generator.startsWith('checklist-')) checkChecklist(q, m, generator, subject, report);
    else if (generator === 'numeric')
      report(
        right[0] === formatFigure(recomputeNumeric(q), subject),
        'numeric answer matches the recomputation',
      );
    else if (generator === 'decision') checkDecision(q, content, subject, report);
    else if (generator === 'edge-scenario')
      report(right.length === 1 && !/^(Either|Neither)/.test(right[0] ?? ''), 'one service fits');
    else if (fact !== undefined) checkFact(q, m, generator, fact, report);
    else report(false, `no check for ${q.cardId}`);
    return problems;
  };
}

/** Source refs of a question that the content does not define, as `kind:id`. */
export function createSourceFinder(content: Content): (q: Question) => string[] {
  const { ids } = buildModel(content);
  return (q) =>
    q.sources.filter((s) => !(ids[s.kind]?.has(s.id) ?? false)).map((s) => `${s.kind}:${s.id}`);
}
