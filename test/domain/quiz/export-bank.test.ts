import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  formatBankAnki,
  formatBankJson,
  toAnkiField,
  type ExportedQuestion,
} from '../../../src/domain/quiz/export-bank';
import { generateBank } from '../../../src/domain/quiz/generate-questions';
import type { Question } from '../../../src/domain/quiz/question';
import { fixtureContent } from './fixture-content';

const bank = generateBank(fixtureContent, 11);

const tricky: Question = {
  cardId: 'fact-choice:x.y',
  kind: 'multiple-response',
  stem: 'Which <tags> & "quotes"\tare\nkept? Select TWO.',
  options: [
    { id: 'a', text: 'A\tone' },
    { id: 'b', text: 'B <two>' },
    { id: 'c', text: 'C' },
  ],
  correct: ['a', 'b'],
  pick: 2,
  explanation: "Line one.\nLine 'two'.",
  sources: [{ kind: 'fact', id: 'x.y' }],
  topic: 'layers',
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-3'],
  difficulty: 3,
};

describe('JSON export', () => {
  it('prints every question with the correct options marked', () => {
    const parsed = JSON.parse(formatBankJson(bank)) as ExportedQuestion[];
    expect(parsed).toHaveLength(bank.length);
    parsed.forEach((q, i) => {
      const original = bank[i]!;
      expect(q.cardId).toBe(original.cardId);
      expect(q.options.filter((o) => o.correct).map((o) => o.id)).toEqual(original.correct);
      expect(q.explanation).toBe(original.explanation);
      expect(q.sources).toEqual(original.sources);
    });
  });
});

describe('Anki export', () => {
  it('starts with the import headers and prints one note per line with three fields', () => {
    const lines = formatBankAnki(bank).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(lines).toHaveLength(bank.length + 3);
    for (const line of lines.slice(3)) expect(line.split('\t')).toHaveLength(3);
  });

  it('escapes HTML, tabs and line breaks inside fields', () => {
    const [front = '', back = '', tags = ''] = (
      formatBankAnki([tricky]).trimEnd().split('\n')[3] ?? ''
    ).split('\t');
    expect(front).toBe(
      'Which &lt;tags&gt; &amp; &quot;quotes&quot;&#9;are<br>kept? Select TWO.<br>a) A&#9;one<br>b) B &lt;two&gt;<br>c) C',
    );
    expect(back).toBe('a) A&#9;one<br>b) B &lt;two&gt;<br><br>Line one.<br>Line &#39;two&#39;.');
    expect(tags).toBe('warmstart topic::layers kind::multiple-response DVA-C02 SAP-C02');
  });

  it('escapes the HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(toAnkiField('a\r\nb\tc')).toBe('a<br>b&#9;c');
  });
});
