/**
 * The bank linter: every rule a card must follow to be fair and explained, run over generated
 * questions. Pure, so the tests and the command line share it.
 */
import type { Question } from '../question';
import { containsNumber, describePick, normalizeText } from '../text';
import {
  countWords,
  findTableTalk,
  findEchoedWords,
  findPastedTitle,
  findShorthand,
  findSourceWording,
} from './lint-wording';

export type LintRule =
  | 'options'
  | 'pick'
  | 'question'
  | 'true-false-number'
  | 'duplicate-options'
  | 'option-why'
  | 'why-context'
  | 'takeaway'
  | 'docs'
  | 'source-wording'
  | 'title'
  | 'shorthand'
  | 'echo'
  | 'key-longest-share';

export type LintFinding = Readonly<{ cardId: string; rule: LintRule; message: string }>;

/** The share of single-answer choice cards whose key may be the strictly longest option. */
export const MAX_KEY_LONGEST_SHARE = 0.3;
/** Words an option's own explanation needs at least. */
export const MIN_WHY_WORDS = 6;
const docsPrefix = 'https://docs.aws.amazon.com/';

type Report = (rule: LintRule, message: string) => void;

function splitOptions(q: Question) {
  const right = q.options.filter((o) => q.correct.includes(o.id));
  const wrong = q.options.filter((o) => !q.correct.includes(o.id));
  return { right, wrong };
}

function checkShape(q: Question, report: Report): void {
  if (q.kind === 'true-false') {
    if (q.options.length !== 2) report('options', 'true/false offers exactly True and False');
    if (!q.stem.startsWith('True or false? ')) report('question', 'starts with "True or false?"');
    if (containsNumber(q.stem)) report('true-false-number', 'a number is asked as true or false');
    return;
  }
  const least = q.pick > 1 ? 5 : 4;
  if (q.options.length < least)
    report(
      'options',
      `${q.options.length} options; a ${q.pick > 1 ? 'multiple-response' : 'choice'} card needs ${least}`,
    );
  const pickText = describePick(q.pick);
  if (q.pick > 1 && !q.stem.endsWith(pickText))
    report('pick', `the stem must end with "${pickText}"`);
  if (q.pick === 1 && q.stem.includes('(Choose'))
    report('pick', 'one answer, but the stem says to choose several');
  if (q.pick === 1 && !q.stem.trimEnd().endsWith('?'))
    report('question', 'the stem must end with a question');
}

function checkExplanations(q: Question, report: Report): void {
  const seen = new Set<string>();
  for (const o of q.options) {
    if (countWords(o.why) < MIN_WHY_WORDS)
      report('option-why', `option "${o.text}" needs its own reason (${MIN_WHY_WORDS}+ words)`);
    const key = normalizeText(o.why);
    if (seen.has(key)) report('option-why', `option "${o.text}" repeats another option's reason`);
    const context = findTableTalk(o.why);
    if (context !== undefined)
      report(
        'why-context',
        `the reason of "${o.text}" speaks of options it may not show: "${context}"`,
      );
    seen.add(key);
  }
  if (countWords(q.takeaway) < 4) report('takeaway', 'needs a takeaway sentence');
  if (q.docs.length === 0 || q.docs.some((url) => !url.startsWith(docsPrefix)))
    report('docs', `needs AWS documentation pages (${docsPrefix}…)`);
}

function checkWording(q: Question, titles: readonly string[], report: Report): void {
  const texts = [q.stem, ...q.options.map((o) => o.text)];
  const keys = new Set(texts.map(normalizeText));
  if (keys.size !== texts.length) report('duplicate-options', 'two options read the same');
  for (const text of texts) {
    const leak = findSourceWording(text);
    if (leak !== undefined) report('source-wording', `"${leak}" in "${text}"`);
    const mark = findShorthand(text);
    if (mark !== undefined) report('shorthand', `"${mark}" in "${text}"`);
    const title = findPastedTitle(text, titles);
    if (title !== undefined) report('title', `"${title}" in "${text}"`);
  }
  if (q.kind === 'true-false') return;
  const { right, wrong } = splitOptions(q);
  const echoed = findEchoedWords(
    q.stem,
    right.map((o) => o.text),
    wrong.map((o) => o.text),
  );
  if (echoed.length > 0)
    report('echo', `the key alone repeats the stem's ${echoed.map((w) => `"${w}"`).join(', ')}`);
}

/**
 * The rules one card breaks.
 * @param titles topic and table titles that must not be pasted into a card
 */
export function lintQuestion(q: Question, titles: readonly string[] = []): LintFinding[] {
  const findings: LintFinding[] = [];
  const report: Report = (rule, message) => findings.push({ cardId: q.cardId, rule, message });
  checkShape(q, report);
  checkExplanations(q, report);
  checkWording(q, titles, report);
  return findings;
}

/** Single-answer choice cards (true/false aside) whose key is strictly the longest option. */
export function measureKeyLongest(
  questions: readonly Question[],
): Readonly<{ longest: number; cards: number }> {
  let longest = 0;
  let cards = 0;
  for (const q of questions) {
    if (q.kind === 'true-false' || q.pick !== 1 || q.options.length < 4) continue;
    const { right, wrong } = splitOptions(q);
    cards++;
    const key = right[0]?.text.length ?? 0;
    if (wrong.every((o) => o.text.length < key)) longest++;
  }
  return { longest, cards };
}

/**
 * Every rule over a whole bank: each card's findings, then the bank-wide share of cards whose
 * key is the longest option.
 */
export function lintBank(
  questions: readonly Question[],
  titles: readonly string[] = [],
): LintFinding[] {
  const findings = questions.flatMap((q) => lintQuestion(q, titles));
  const { longest, cards } = measureKeyLongest(questions);
  if (cards > 0 && longest / cards > MAX_KEY_LONGEST_SHARE)
    findings.push({
      cardId: '(bank)',
      rule: 'key-longest-share',
      message: `the key is the strictly longest option in ${longest} of ${cards} single-answer cards (${Math.round((100 * longest) / cards)} %); at most ${100 * MAX_KEY_LONGEST_SHARE} %`,
    });
  return findings;
}

/**
 * Whether a card reads like a real exam item: a choice card (not true/false) whose stem has at
 * least 30 words, with four options or more (five or more when several are right), each
 * explained.
 */
export function isExamGrade(q: Question): boolean {
  if (q.kind === 'true-false') return false;
  const least = q.pick > 1 ? 5 : 4;
  return (
    countWords(q.stem) >= 30 &&
    q.options.length >= least &&
    q.options.every((o) => countWords(o.why) >= MIN_WHY_WORDS)
  );
}
