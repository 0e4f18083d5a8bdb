import type { ActiveExam } from '../domain/progress/progress';
import { parseJsonSafely } from '../domain/progress/safe-json';
import { isRecord, PROGRESS_JSON_LIMITS } from '../domain/progress/transfer';
import type { ActiveExamSlice, SliceContext } from './app-state';

/** The exam in progress, saved so that a reload resumes it. */
export function createActiveExamSlice(ctx: SliceContext): ActiveExamSlice {
  return {
    activeExam: null,
    setActiveExam: async (exam) => {
      const copy = exam === null ? null : toPlainJson(exam);
      await ctx.ready;
      ctx.set({ activeExam: copy });
      return ctx.storage.flush();
    },
  };
}

/**
 * The exam as its JSON copy, so memory holds exactly what a reload gives back. Refuses what
 * would make the whole saved progress unreadable on the next start (a forbidden key, too
 * deep or too large), and anything that is not a JSON object.
 */
function toPlainJson(exam: ActiveExam): ActiveExam {
  let text: string | undefined;
  try {
    text = JSON.stringify(exam);
  } catch {
    text = undefined;
  }
  const parsed = text === undefined ? null : parseJsonSafely(text, PROGRESS_JSON_LIMITS);
  if (parsed === null || !parsed.ok || !isRecord(parsed.value)) {
    throw new TypeError(
      'The active exam must be a plain JSON object (no __proto__, constructor or prototype keys).',
    );
  }
  return parsed.value;
}
