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
  stem: 'Which <tags> & "quotes"\tare\nkept? (Choose two.)',
  options: [
    { id: 'a', text: 'A\tone', why: 'A is <right>.' },
    { id: 'b', text: 'B <two>', why: 'B is right too.' },
    { id: 'c', text: 'C', why: "C is 'wrong'." },
  ],
  correct: ['a', 'b'],
  pick: 2,
  takeaway: "Line one.\nLine 'two'.",
  note: 'Older & different.',
  docs: ['https://docs.aws.amazon.com/lambda/latest/dg/x.html'],
  sources: [{ kind: 'fact', id: 'x.y' }],
  topic: 'layers',
  exams: ['DVA-C02', 'SAP-C02'],
  domains: ['dva-3'],
  difficulty: 3,
};

describe('JSON export', () => {
  it('prints every question with the correct options marked and each option’s own reason', () => {
    const parsed = JSON.parse(formatBankJson(bank)) as ExportedQuestion[];
    expect(parsed).toHaveLength(bank.length);
    parsed.forEach((q, i) => {
      const original = bank[i]!;
      expect(q.cardId).toBe(original.cardId);
      expect(q.options.filter((o) => o.correct).map((o) => o.id)).toEqual(original.correct);
      expect(q.options.map((o) => o.why)).toEqual(original.options.map((o) => o.why));
      expect(q.options.every((o) => o.why.length > 0)).toBe(true);
      expect(q.takeaway).toBe(original.takeaway);
      expect(q.docs).toEqual(original.docs);
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
      'Which &lt;tags&gt; &amp; &quot;quotes&quot;&#9;are<br>kept? (Choose two.)<br>a) A&#9;one<br>b) B &lt;two&gt;<br>c) C',
    );
    expect(back).toBe(
      [
        'a) A&#9;one<br>b) B &lt;two&gt;',
        '✓ a) A is &lt;right&gt;.<br>✓ b) B is right too.<br>✗ c) C is &#39;wrong&#39;.',
        'Takeaway: Line one.<br>Line &#39;two&#39;.<br>Note: Older &amp; different.<br>https://docs.aws.amazon.com/lambda/latest/dg/x.html',
      ].join('<br><br>'),
    );
    expect(tags).toBe('warmstart topic::layers kind::multiple-response DVA-C02 SAP-C02');
  });

  it('escapes the HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(toAnkiField('a\r\nb\tc')).toBe('a<br>b&#9;c');
  });
});
