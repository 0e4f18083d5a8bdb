import { EMPTY_REVIEW_LOG } from '../domain/srs/review-log';
import type { CardsSlice, SliceContext } from './app-state';
import { loadScheduler } from './load-scheduler';
import { scheduleSettingsAt } from './select-progress';

/** Card scheduling states and the review log; answers from every screen go through here. */
export function createCardsSlice(ctx: SliceContext): CardsSlice {
  return {
    cards: {},
    reviewLog: EMPTY_REVIEW_LOG,
    recordAnswer: async (answer) => {
      const [{ applyAnswer }] = await Promise.all([loadScheduler(), ctx.ready]);
      const state = ctx.get();
      const now = ctx.clock.now();
      const result = applyAnswer(state, answer, now, scheduleSettingsAt(state, ctx.clock, now));
      ctx.set({ cards: result.state.cards, reviewLog: result.state.reviewLog });
      const save = await ctx.storage.flush();
      if (save.kind === 'saved') ctx.afterAnswerSaved();
      return save;
    },
    undoLastReview: async () => {
      const [{ undoLastReview }] = await Promise.all([loadScheduler(), ctx.ready]);
      const result = undoLastReview(ctx.get());
      if (result === null) return { undone: null, save: await ctx.storage.flush() };
      ctx.storage.retract(result.undone);
      ctx.set({ cards: result.state.cards, reviewLog: result.state.reviewLog });
      return { undone: result.undone, save: await ctx.storage.flush() };
    },
  };
}
