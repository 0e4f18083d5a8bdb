import { bench, describe } from 'vitest';
import { examProfiles, topics } from '../content/index';
import { assembleExam } from '../src/domain/exam/assemble-exam';
import { scoreExam } from '../src/domain/exam/score-exam';
import { listCards } from '../src/domain/quiz/generate-questions';

const content = { topics };
// Plan the cards once outside the timed loops, as the app does on its first exam.
listCards(content);
let seed = 0;

describe('practice exam', () => {
  for (const profile of examProfiles) {
    bench(`assemble a full ${profile.code} exam (${profile.questions} questions)`, () => {
      assembleExam({ profile, length: 'full', content, seed: seed++ });
    });
  }

  const profile = examProfiles[1];
  const exam = assembleExam({ profile, length: 'full', content, seed: 1 });
  const answers = exam.items.map((item, i) => (i % 3 === 0 ? [] : item.question.correct));
  bench(`score a full ${profile.code} exam`, () => {
    scoreExam({ profile, items: exam.items }, answers);
  });
});
