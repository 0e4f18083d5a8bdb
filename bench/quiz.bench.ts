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
let seed = 0;

describe('quiz engine', () => {
  bench(`whole bank (${cardIds.length} cards, one variant each)`, () => {
    generateBank(content, seed++);
  });

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
