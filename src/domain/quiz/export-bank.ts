/**
 * Bank export formats: JSON (questions with correct options marked) and a tab-separated
 * Anki import file. Pure, so the command line and the app's download button share it.
 */
import type { Question, QuestionOption } from './question';

export type ExportedOption = QuestionOption & Readonly<{ correct: boolean }>;
export type ExportedQuestion = Omit<Question, 'options'> &
  Readonly<{ options: readonly ExportedOption[] }>;

export type BankFormat = 'json' | 'anki';
export const bankFormats = ['json', 'anki'] as const satisfies readonly BankFormat[];

/** The question with `correct: true | false` beside each option's text and reason. */
export function toExportedQuestion(question: Question): ExportedQuestion {
  return {
    ...question,
    options: question.options.map((o) => ({ ...o, correct: question.correct.includes(o.id) })),
  };
}

/** A JSON array of exported questions, pretty-printed, ending with a newline. */
export function formatBankJson(questions: readonly Question[]): string {
  return `${JSON.stringify(questions.map(toExportedQuestion), null, 2)}\n`;
}

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** HTML-escapes a text for one Anki field: line breaks become <br>, tabs an entity. */
export function toAnkiField(text: string): string {
  return escapeHtml(text)
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/\t/g, '&#9;');
}

function formatFront(q: Question): string {
  const options = q.options.map((o) => `${o.id}) ${toAnkiField(o.text)}`);
  return [toAnkiField(q.stem), ...options].join('<br>');
}

/**
 * The answer, then every option with its own reason (right ones marked ✓, wrong ones ✗), the
 * takeaway, any note and the documentation pages.
 */
function formatBack(q: Question): string {
  const answers = q.options
    .filter((o) => q.correct.includes(o.id))
    .map((o) => `${o.id}) ${toAnkiField(o.text)}`);
  const reasons = q.options.map(
    (o) => `${q.correct.includes(o.id) ? '✓' : '✗'} ${o.id}) ${toAnkiField(o.why)}`,
  );
  const ending = [
    `Takeaway: ${toAnkiField(q.takeaway)}`,
    ...(q.note === undefined ? [] : [`Note: ${toAnkiField(q.note)}`]),
    ...q.docs.map((url) => toAnkiField(url)),
  ];
  return [answers.join('<br>'), reasons.join('<br>'), ending.join('<br>')].join('<br><br>');
}

/** Anki tags have no spaces: `warmstart topic::concurrency kind::numeric DVA-C02`. */
function formatTags(q: Question): string {
  const safe = (tag: string) => tag.replace(/\s+/g, '_');
  return ['warmstart', `topic::${q.topic}`, `kind::${q.kind}`, ...q.exams].map(safe).join(' ');
}

/**
 * A tab-separated Anki import file: header lines, then one note a line with the front
 * (stem and options), the back (answers, every option's reason, takeaway, pages) and the tags.
 */
export function formatBankAnki(questions: readonly Question[]): string {
  const header = ['#separator:tab', '#html:true', '#tags column:3'];
  const lines = questions.map((q) => [formatFront(q), formatBack(q), formatTags(q)].join('\t'));
  return `${[...header, ...lines].join('\n')}\n`;
}
