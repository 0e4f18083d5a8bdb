/**
 * Reading a quiz back from the browser history. History state outlives app versions and can
 * be anything, so it is checked, and a quiz whose cards no longer exist starts over.
 */
import * as v from 'valibot';
import { isTopicId } from '../../../content/index';
import type { TopicId } from '../../../content/schema';
import { assertNever } from '../../domain/lib/assert-never';
import { listCards } from '../../domain/quiz/generate-questions';
import {
  examFocuses,
  listFocusDomains,
  quizContent,
  quizLengths,
  styleChoices,
  type QuizForm,
} from './quiz-form';
import type { QuizRun, QuizState } from './quiz-session';

const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const optionIds = v.pipe(v.array(v.string()), v.maxLength(10));

const FormSchema = v.object({
  topics: v.pipe(v.array(v.string()), v.maxLength(50)),
  exam: v.picklist(examFocuses),
  length: v.picklist(quizLengths),
  // Quizzes saved before styles and domains existed read as both styles, every domain.
  style: v.optional(v.picklist(styleChoices), 'both'),
  domain: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(10))), null),
});

const RunSchema = v.object({
  seed: v.pipe(v.number(), v.safeInteger()),
  cardIds: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(100)),
  startedAt: time,
  answers: v.pipe(v.array(optionIds), v.maxLength(100)),
  selected: optionIds,
});

const StateSchema = v.variant('kind', [
  v.object({ kind: v.literal('setup'), form: FormSchema, unknownTopic: v.nullable(v.string()) }),
  v.object({ kind: v.literal('answering'), form: FormSchema, run: RunSchema }),
  v.object({ kind: v.literal('feedback'), form: FormSchema, run: RunSchema }),
  v.object({ kind: v.literal('summary'), form: FormSchema, run: RunSchema, finishedAt: time }),
]);

type ParsedState = v.InferOutput<typeof StateSchema>;

let knownCards: ReadonlySet<string> | undefined;

function isKnownCard(cardId: string): boolean {
  knownCards ??= new Set(listCards(quizContent).map((c) => c.cardId));
  return knownCards.has(cardId);
}

/** How many answers each state needs: answering has questions left, feedback has one filed. */
function hasConsistentAnswers(state: Exclude<ParsedState, { kind: 'setup' }>): boolean {
  const answered = state.run.answers.length;
  const total = state.run.cardIds.length;
  switch (state.kind) {
    case 'answering':
      return answered < total;
    case 'feedback':
      return answered >= 1 && answered <= total;
    case 'summary':
      return answered === total;
    default:
      return assertNever(state);
  }
}

function toForm(form: ParsedState['form']): QuizForm {
  const domain = listFocusDomains(form.exam).find((d) => d.id === form.domain)?.id ?? null;
  return { ...form, domain, topics: form.topics.filter((t): t is TopicId => isTopicId(t)) };
}

/**
 * The quiz saved in a history entry, or null when there is none or it cannot be resumed
 * (malformed, inconsistent, or about cards the content no longer has).
 */
export function restoreQuizState(value: unknown): QuizState | null {
  const parsed = v.safeParse(StateSchema, value);
  if (!parsed.success) return null;
  const state = parsed.output;
  const form = toForm(state.form);
  if (state.kind === 'setup') return { ...state, form };
  if (!hasConsistentAnswers(state) || !state.run.cardIds.every(isKnownCard)) return null;
  const run: QuizRun = state.run;
  return { ...state, form, run };
}
