import { addAttempt } from '../domain/progress/progress';
import type { AttemptsSlice, SliceContext } from './app-state';
import { loadScheduler } from './load-scheduler';
import { scheduleSettingsAt } from './select-progress';

/** Finished quizzes and exams. */
export function createAttemptsSlice(ctx: SliceContext): AttemptsSlice {
  return {
    attempts: [],
    recordAttempt: async (attempt, answers) => {
      const [{ applyAnswers }] = await Promise.all([loadScheduler(), ctx.ready]);
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
