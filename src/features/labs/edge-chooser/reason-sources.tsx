import { Link } from 'react-router';
import type { Topic } from '../../../../content/schema';
import type { ReasonSource } from '../../../domain/labs/edge-limits';
import { assertNever } from '../../../domain/lib/assert-never';
import { describeDocsPage, linkContent, linkTableCell } from '../shared/content-links';
import { useCitedTopics } from '../shared/use-cited-topics';

type SourceProps = Readonly<{ source: ReasonSource; topics: readonly Topic[] }>;

function Source({ source, topics }: SourceProps) {
  switch (source.kind) {
    case 'table-cell': {
      const cell = linkTableCell(topics, source.table, source.row, source.column);
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
      const link = linkContent(topics, source.id);
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

/** The content a source cites: a table or a fact; none for an AWS documentation page. */
function citedId(source: ReasonSource): string[] {
  switch (source.kind) {
    case 'table-cell':
      return [source.table];
    case 'fact':
      return [source.id];
    case 'aws-docs':
      return [];
    default:
      return assertNever(source);
  }
}

/**
 * Where a reason comes from: the table cell, a fact, or an AWS documentation page. Sources in
 * the content show once the topics that hold them are loaded.
 */
export function ReasonSources({ sources }: Readonly<{ sources: readonly ReasonSource[] }>) {
  const topics = useCitedTopics(sources.flatMap(citedId));
  if (topics === undefined || sources.length === 0) return null;
  return (
    <ul className="edge-source" aria-label="Sources">
      {sources.map((source, i) => (
        <Source key={i} source={source} topics={topics} />
      ))}
    </ul>
  );
}
