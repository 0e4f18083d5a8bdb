import { Link } from 'react-router';
import type { ReasonSource } from '../../../domain/labs/edge-limits';
import { assertNever } from '../../../domain/lib/assert-never';
import { describeDocsPage, linkContent, linkTableCell } from '../shared/content-links';

function Source({ source }: Readonly<{ source: ReasonSource }>) {
  switch (source.kind) {
    case 'table-cell': {
      const cell = linkTableCell(source.table, source.row, source.column);
      if (!cell) return null;
      return (
        <li>
          <Link to={cell.href}>
            Comparison table: {cell.rowName}, {cell.columnLabel}
          </Link>{' '}
          says “{cell.text}”.
          {cell.notesSaid === undefined ? null : <> (The notes said “{cell.notesSaid}”.)</>}
        </li>
      );
    }
    case 'fact': {
      const link = linkContent(source.id);
      return link ? (
        <li>
          Fact: <Link to={link.href}>{link.label}</Link>
        </li>
      ) : null;
    }
    case 'aws-docs':
      return (
        <li>
          AWS docs: “{source.says}”{' '}
          <a href={source.url} target="_blank" rel="noreferrer">
            ({describeDocsPage(source.url)})
          </a>
        </li>
      );
    default:
      return assertNever(source);
  }
}

/** Where a reason comes from: the table cell, a fact, or an AWS documentation page. */
export function ReasonSources({ sources }: Readonly<{ sources: readonly ReasonSource[] }>) {
  if (sources.length === 0) return null;
  return (
    <ul className="edge-source" aria-label="Sources">
      {sources.map((source, i) => (
        <Source key={i} source={source} />
      ))}
    </ul>
  );
}
