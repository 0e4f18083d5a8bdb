import { addAttempt } from '../domain/progress/progress';
import { applyAnswers } from '../domain/srs/scheduler';
import type { AttemptsSlice, SliceContext } from './app-state';
import { scheduleSettingsAt } from './select-progress';

/** Finished quizzes and exams. */
export function createAttemptsSlice(ctx: SliceContext): AttemptsSlice {
  return {
    attempts: [],
    recordAttempt: async (attempt, answers) => {
      await ctx.ready;
      const state = ctx.get();
      const now = ctx.clock.now();
      const srs = applyAnswers(state, answers, now, scheduleSettingsAt(state, ctx.clock, now));
      ctx.set({
        attempts: addAttempt(state.attempts, attempt),
        cards: srs.cards,
        reviewLog: srs.reviewLog,
      });
      return ctx.storage.flush();
    },
  };
}
