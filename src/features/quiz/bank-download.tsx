import { useState } from 'react';
import { assertNever } from '../../domain/lib/assert-never';
import { formatBankAnki, formatBankJson, type BankFormat } from '../../domain/quiz/export-bank';
import { generateBank } from '../../domain/quiz/generate-questions';
import { quizContent } from './quiz-form';

/** The seed `npm run bank` uses by default, so the app and the command give the same files. */
export const BANK_SEED = 1;

type BankFile = Readonly<{ name: string; type: string; text: string; count: number }>;

/** The whole bank (one variant per card) as a file in the chosen format. */
export function createBankFile(format: BankFormat): BankFile {
  const bank = generateBank(quizContent, BANK_SEED);
  switch (format) {
    case 'json':
      return {
        name: 'warmstart-question-bank.json',
        type: 'application/json',
        text: formatBankJson(bank),
        count: bank.length,
      };
    case 'anki':
      return {
        name: 'warmstart-question-bank-anki.txt',
        type: 'text/plain;charset=utf-8',
        text: formatBankAnki(bank),
        count: bank.length,
      };
    default:
      return assertNever(format);
  }
}

/** Hands a file to the browser's download through a temporary object URL. */
function saveFile(file: BankFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download buttons for the question bank, as JSON and as an Anki import file. */
export function BankDownload() {
  const [done, setDone] = useState<string | null>(null);
  const download = (format: BankFormat) => {
    const file = createBankFile(format);
    saveFile(file);
    setDone(`Downloaded ${file.name} (${file.count} questions).`);
  };
  return (
    <section className="quiz-bank" aria-labelledby="quiz-bank-heading">
      <h2 id="quiz-bank-heading">Question bank</h2>
      <p>
        Every card once, with the correct options marked and the explanations: JSON for tools, or a
        tab-separated file that Anki imports (front, back, tags).
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={() => download('json')}>
          Download question bank (JSON)
        </button>
        <button type="button" className="button" onClick={() => download('anki')}>
          Download question bank (Anki)
        </button>
      </p>
      <p role="status" className="quiz-status">
        {done}
      </p>
    </section>
  );
}
