import type { Fact, Quantity } from '../../../content/schema';
import { assertNever } from '../../domain/lib/assert-never';
import { ExamTags } from './exam-tags';
import { DocsSource, NotesSaid } from './fact-notes';

/** "1–10,000 count" → "1–10,000"; units other than count are kept. */
export function formatQuantity(value: Quantity): string {
  const unit = value.unit === 'count' ? '' : value.unit === 'percent' ? '%' : ` ${value.unit}`;
  const n = (x: number) => x.toLocaleString('en-US');
  switch (value.kind) {
    case 'exact':
      return `${n(value.n)}${unit}`;
    case 'range':
      return `${n(value.min)}–${n(value.max)}${unit}`;
    default:
      return assertNever(value);
  }
}

function FactBody({ fact }: Readonly<{ fact: Fact }>) {
  switch (fact.kind) {
    case 'definition':
      return (
        <p>
          <dfn>{fact.term}</dfn> — {fact.definition}
        </p>
      );
    case 'limit':
      return (
        <p>
          {fact.statement} <span className="value">{formatQuantity(fact.value)}</span>
        </p>
      );
    case 'estimate':
      return (
        <p>
          {fact.statement}{' '}
          <span className="value">
            typically {formatQuantity(fact.value)}
            <span className="visually-hidden"> (an estimate, not published by AWS)</span>
          </span>
        </p>
      );
    case 'rule':
    case 'member':
      return <p>{fact.statement}</p>;
    default:
      return assertNever(fact);
  }
}

export function FactItem({ fact }: Readonly<{ fact: Fact }>) {
  return (
    <li className="fact" id={`fact-${fact.id}`}>
      <FactBody fact={fact} />
      <p className="fact-why">{fact.why}</p>
      <NotesSaid said={fact.notesSaid} examNote={fact.examNote} />
      <ExamTags exams={fact.exams} />
      <DocsSource docs={fact.docs} />
    </li>
  );
}
