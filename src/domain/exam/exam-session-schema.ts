/**
 * Reading a saved exam session back. The store only guarantees a plain JSON object in the
 * active-exam slot (it may come from an import or an older app version), so everything the
 * exam screen relies on is checked here before use.
 */
import * as v from 'valibot';
import { isTopicId } from '../../../content/index';
import type { TopicId } from '../../../content/schema';
import { questionKinds } from '../quiz/question';
import { EXAM_SESSION_FORMAT, type ExamSession } from './exam-session';
import { examLengths } from './exam-types';

const text = v.pipe(v.string(), v.maxLength(20_000));
const shortId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const domainId = v.picklist([
  'dva-1',
  'dva-2',
  'dva-3',
  'dva-4',
  'sap-1',
  'sap-2',
  'sap-3',
  'sap-4',
]);
const examCode = v.picklist(['DVA-C02', 'SAP-C02']);
const MAX_QUESTIONS = 200;

/**
 * A saved question. Sessions saved by earlier versions have one `explanation` instead of a
 * reason per option, a takeaway and pages, and may hold fill-in-the-blank questions (answered by
 * choosing one option, like a single choice): they are read into today's shape.
 */
const QuestionSchema = v.pipe(
  v.object({
    cardId: shortId,
    kind: v.pipe(
      v.picklist([...questionKinds, 'fill-blank']),
      v.transform((kind) => (kind === 'fill-blank' ? 'single-choice' : kind)),
    ),
    stem: text,
    options: v.pipe(
      v.array(
        v.object({
          id: v.pipe(v.string(), v.maxLength(8)),
          text,
          why: v.optional(text, ''),
        }),
      ),
      v.minLength(2),
      v.maxLength(10),
    ),
    correct: v.pipe(v.array(v.string()), v.minLength(1)),
    pick: v.pipe(v.number(), v.integer(), v.minValue(1)),
    explanation: v.optional(text),
    takeaway: v.optional(text),
    note: v.optional(text),
    docs: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(20)), []),
    sources: v.pipe(
      v.array(
        v.object({
          kind: v.picklist(['fact', 'table-row', 'checklist', 'tip', 'set']),
          id: shortId,
        }),
      ),
      v.maxLength(50),
    ),
    topic: v.custom<TopicId>((x) => typeof x === 'string' && isTopicId(x)),
    exams: v.array(examCode),
    domains: v.array(domainId),
    difficulty: v.picklist([1, 2, 3]),
  }),
  v.check(
    (q) =>
      q.correct.length === q.pick && q.correct.every((id) => q.options.some((o) => o.id === id)),
    'The correct options must be options of the question.',
  ),
  v.transform(({ explanation, takeaway, note, ...rest }) => ({
    ...rest,
    takeaway: takeaway ?? explanation ?? '',
    ...(note === undefined ? {} : { note }),
  })),
);

const NoteSchema = v.variant('kind', [
  v.object({ kind: v.literal('domain-short'), domain: domainId, wanted: count, got: count }),
  v.object({
    kind: v.literal('multiple-response-short'),
    domain: domainId,
    wanted: count,
    got: count,
  }),
  v.object({ kind: v.literal('bank-short'), wanted: count, got: count }),
]);

const SessionSchema = v.pipe(
  v.object({
    format: v.literal(EXAM_SESSION_FORMAT),
    id: shortId,
    examCode,
    length: v.picklist(examLengths),
    seed: v.pipe(v.number(), v.safeInteger()),
    startedAt: time,
    deadline: time,
    items: v.pipe(
      v.array(v.object({ question: QuestionSchema, domain: domainId })),
      v.minLength(1),
      v.maxLength(MAX_QUESTIONS),
    ),
    answers: v.array(v.array(v.pipe(v.string(), v.maxLength(8)))),
    flags: v.array(v.boolean()),
    current: v.pipe(v.number(), v.integer(), v.minValue(0)),
    notes: v.pipe(v.array(NoteSchema), v.maxLength(50)),
    status: v.picklist(['running', 'submitted']),
    finishedAt: v.nullable(time),
  }),
  v.check(
    (s) =>
      s.answers.length === s.items.length &&
      s.flags.length === s.items.length &&
      s.current < s.items.length &&
      s.deadline >= s.startedAt &&
      (s.status === 'running') === (s.finishedAt === null),
    'The exam session does not hold together.',
  ),
);

/**
 * The saved session, or null when the value is not one this app version can resume (another
 * format, damaged, or nothing saved). Answers naming options a question lacks are dropped.
 */
export function parseExamSession(value: unknown): ExamSession | null {
  const parsed = v.safeParse(SessionSchema, value);
  if (!parsed.success) return null;
  const session = parsed.output as ExamSession;
  const answers = session.answers.map((chosen, i) => {
    const options = session.items[i]?.question.options ?? [];
    return chosen.filter((id) => options.some((o) => o.id === id));
  });
  return { ...session, answers };
}
