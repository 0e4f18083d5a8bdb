import { bench, describe } from 'vitest';
import { topics } from '../content/index';
import {
  generateBank,
  generateQuestion,
  generateQuestions,
  listCards,
} from '../src/domain/quiz/generate-questions';

const content = { topics };
// Plan once outside the timed loops, as the app does after start-up.
const cardIds = listCards(content).map((c) => c.cardId);
const examIds = listCards(content)
  .filter((c) => c.style === 'exam')
  .map((c) => c.cardId)
  .slice(0, 500);
let seed = 0;

describe('quiz engine', () => {
  bench(`whole bank (${cardIds.length} cards, one variant each)`, () => {
    generateBank(content, seed++);
  });

  bench(
    `${examIds.length} exam-style items (scenarios from decision models and the checklist)`,
    () => {
      const s = seed++;
      for (const id of examIds) generateQuestion(id, content, s);
    },
  );

  bench('65-question practice set', () => {
    generateQuestions({ content, seed: seed++, count: 65 });
  });

  bench('one fresh variant of one card', () => {
    generateQuestion(cardIds[seed++ % cardIds.length] ?? '', content, seed);
  });

  // Option texts and tip blanks are read once per process, so after the first iteration this
  // times the planning itself; a page's first planning also reads them.
  bench('planning a new content bundle (texts already read)', () => {
    listCards({ topics: [...topics] });
  });
});
