/**
 * The card ids of the app's question bank, for upgrading progress saved by an earlier version
 * (see `needsCardIds`). Listing them plans the whole bank, so the content and the generators
 * load only when such progress is read, and the bank is planned in short steps that leave
 * the page responsive; the plans stay cached for the pages that list cards later.
 */
import type { CurrentCardIds } from '../domain/progress/migrate';

export async function loadCurrentCardIds(): Promise<CurrentCardIds> {
  const [{ whenQuestionBankReady }, { topics }, { listCards }] = await Promise.all([
    import('../features/quiz/question-bank-ready'),
    import('../../content/index'),
    import('../domain/quiz/generate-questions'),
  ]);
  await whenQuestionBankReady();
  return new Set(listCards({ topics }).map((card) => card.cardId));
}
