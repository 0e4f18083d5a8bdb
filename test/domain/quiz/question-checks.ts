/**
 * Invariants every generated question must satisfy, checked against the content it came from.
 * Written independently of the generators: the content is read directly, not through the
 * engine's index. Checks collect problems instead of throwing, so that thousands of questions
 * can be checked quickly and a failure lists every broken rule at once.
 */
import type { Cell, Fact, Topic } from '../../../content/schema';
import type { Question } from '../../../src/domain/quiz/question';
import { buildModel, norm, type Model } from './content-model';
import { formatFigure, recomputeNumeric } from './recompute-numeric';

type Content = Readonly<{ topics: readonly Topic[] }>;
type Report = (ok: boolean, message: string) => void;

const overlap = (a: Cell, b: Cell) =>
  norm(a.text) === norm(b.text) || a.means.some((m) => b.means.includes(m));
const marker = /\[\[([^\]]+)\]\]/g;

function splitOptions(q: Question) {
  const right = q.options.filter((o) => q.correct.includes(o.id)).map((o) => o.text);
  const wrong = q.options.filter((o) => !q.correct.includes(o.id)).map((o) => o.text);
  return { right, wrong };
}

/** Structure shared by every kind: ids, uniqueness, pick count. */
function checkShape(q: Question, report: Report): void {
  report(
    q.options.map((o) => o.id).join('') === 'abcdefghij'.slice(0, q.options.length),
    'option ids run a, b, c… in order',
  );
  report(
    new Set(q.options.map((o) => norm(o.text))).size === q.options.length,
    'option texts are unique',
  );
  report(
    new Set(q.correct).size === q.correct.length &&
      q.correct.every((id) => q.options.some((o) => o.id === id)),
    'correct ids are distinct option ids',
  );
  report(q.pick === q.correct.length, 'pick equals the number of correct options');
  report(q.stem.trim() !== '' && q.explanation.trim() !== '', 'stem and explanation are not empty');
  report(q.exams.length > 0 && /^[a-z-]+:.+/.test(q.cardId), 'card id and exam tags are set');
  if (q.kind === 'multiple-response') {
    report(
      (q.pick === 2 || q.pick === 3) && q.options.length === 5,
      'multiple response: 2 or 3 correct of 5',
    );
    report(
      q.stem.includes(q.pick === 2 ? 'Select TWO.' : 'Select THREE.'),
      'multiple response stem says how many',
    );
  } else {
    report(
      q.pick === 1 && q.options.length >= 2 && q.options.length <= 5,
      'one correct of 2 to 5 options',
    );
  }
  if (q.kind === 'true-false')
    report(
      q.options.map((o) => o.text).join('/') === 'True/False',
      'true/false offers True, False',
    );
}

function checkTable(
  q: Question,
  m: Model,
  generator: string,
  subject: string,
  report: Report,
): void {
  const found = m.cells.get(subject);
  const cell = found?.row.cells[found.column.key];
  if (found === undefined || cell === undefined) return report(false, `no cell ${subject}`);
  const { right, wrong } = splitOptions(q);
  const others = found.rows.filter((r) => r !== found.row);
  if (generator === 'table-ask') {
    report(right[0] === cell.text, 'answer is the cell');
    for (const text of wrong) {
      const owners = others.filter((r) => r.cells[found.column.key]?.text === text);
      report(
        owners.length > 0 && owners.every((r) => !overlap(r.cells[found.column.key] as Cell, cell)),
        `"${text}" is another row's value that does not overlap`,
      );
    }
    return;
  }
  report(
    found.column.which !== undefined && right[0] === found.row.name,
    'answer is the row of an askable column',
  );
  for (const name of wrong) {
    const other = others.find((r) => r.name === name)?.cells[found.column.key];
    report(
      other !== undefined && !overlap(other, cell),
      `distractor row ${name} shares no value with the asked one`,
    );
  }
}

function checkFact(q: Question, m: Model, generator: string, fact: Fact, report: Report): void {
  const { right, wrong } = splitOptions(q);
  const answer = right[0];
  switch (generator) {
    case 'fact-choice':
      report(
        answer === fact.statement && wrong.every((w) => m.misconceptions.has(w)),
        'statement among misconceptions',
      );
      return;
    case 'true-false': {
      const claim = q.stem.replace(/^True or false\? /, '');
      const isTrue = claim === fact.statement;
      report(
        answer === (isTrue ? 'True' : 'False') && (isTrue || fact.misconceptions.includes(claim)),
        'claim is the statement or one of its misconceptions',
      );
      return;
    }
    case 'definition-meaning':
      report(fact.kind === 'definition' && answer === fact.definition, 'answer is the definition');
      return;
    case 'definition-term':
      report(fact.kind === 'definition' && answer === fact.term, 'answer is the term');
      return;
    case 'set-choice': {
      const set = fact.kind === 'member' ? m.sets.get(fact.set) : undefined;
      report(
        fact.kind === 'member' &&
          answer === fact.label &&
          wrong.every((w) => set?.nonMembers.includes(w)),
        'member among non-members',
      );
      return;
    }
    case 'limit-value': {
      const v = fact.kind === 'limit' ? fact.value : undefined;
      const fig = (n: number) => n.toLocaleString('en-US');
      const expected =
        v === undefined ? '?' : v.kind === 'exact' ? fig(v.n) : `${fig(v.min)}–${fig(v.max)}`;
      report((answer ?? '').startsWith(expected), `limit answer shows ${expected}`);
      return;
    }
    default:
      report(false, `no check for ${generator}`);
  }
}

function checkGroup(
  q: Question,
  m: Model,
  generator: string,
  subject: string,
  report: Report,
): void {
  const { right, wrong } = splitOptions(q);
  if (generator === 'set-multi') {
    const facts = [...m.facts.values()];
    const labels = facts.flatMap((f) =>
      f.kind === 'member' && f.set === subject ? [norm(f.label)] : [],
    );
    const nonMembers = m.sets.get(subject)?.nonMembers ?? [];
    report(
      right.every((r) => labels.includes(norm(r))),
      'correct options are members',
    );
    report(
      wrong.every((w) => nonMembers.includes(w) && !labels.includes(norm(w))),
      'wrong options are non-members',
    );
    return;
  }
  const statements = [...m.facts.values()]
    .filter((f) => f.topic === subject)
    .map((f) => f.statement);
  report(
    right.every((r) => statements.includes(r)) && wrong.every((w) => m.misconceptions.has(w)),
    'topic statements among misconceptions',
  );
}

function checkChecklist(
  q: Question,
  m: Model,
  generator: string,
  subject: string,
  report: Report,
): void {
  const item = m.checklist.find((i) => i.id === subject);
  if (item === undefined) return report(false, `no checklist item ${subject}`);
  const { right, wrong } = splitOptions(q);
  if (generator === 'checklist-severity') {
    report(
      q.options.map((o) => o.text).join('/') === 'Critical/Warning/Suggestion',
      'severities in checklist order',
    );
    report(right[0]?.toLowerCase() === item.severity, 'answer is the item severity');
    return;
  }
  const field = generator === 'checklist-fix' ? 'fix' : 'why';
  report(right[0] === item[field], `answer is the item ${field}`);
  for (const w of wrong) {
    const owner = m.checklist.find((i) => i[field] === w);
    report(
      owner !== undefined && !owner.facts.some((f) => item.facts.includes(f)),
      `"${w}" belongs to an unrelated item`,
    );
  }
}

function checkTip(q: Question, m: Model, subject: string, report: Report): void {
  const [tipId = '', n] = subject.split('#');
  const tip = m.tips.get(tipId);
  if (tip === undefined) return report(false, `no tip ${subject}`);
  const answer = [...tip.text.matchAll(marker)].map((x) => x[1])[Number(n) - 1] ?? '';
  const plain = tip.text.replace(marker, '$1');
  const { right, wrong } = splitOptions(q);
  report(right[0] === answer, 'answer is the blank');
  report(
    q.stem.split('_____').length === 2 &&
      q.stem.replace('_____', answer) === `Fill in the blank: ${plain}`,
    'stem is the tip with one gap',
  );
  report(
    wrong.every((w) => !norm(plain).includes(norm(w))),
    'no distractor appears in the tip',
  );
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
    else if (generator === 'set-multi' || generator === 'facts-multi')
      checkGroup(q, m, generator, subject, report);
    else if (generator.startsWith('checklist-')) checkChecklist(q, m, generator, subject, report);
    else if (generator === 'fill-blank') checkTip(q, m, subject, report);
    else if (generator === 'numeric')
      report(
        right[0] === formatFigure(recomputeNumeric(q), subject),
        'numeric answer matches the recomputation',
      );
    else if (generator === 'edge-scenario')
      report(!(right[0] ?? '').startsWith('Either'), 'exactly one option fits');
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
