import { Link } from 'react-router';
import type { OutlineEntry } from './topic-outline';

function EntryList({ entries }: Readonly<{ entries: readonly OutlineEntry[] }>) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link to={{ hash: `#${entry.id}` }}>{entry.label}</Link>
          {entry.children === undefined ? null : <EntryList entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

/** "On this page": a link to each section of a long topic, followed within the page. */
export function TopicContents({ entries }: Readonly<{ entries: readonly OutlineEntry[] }>) {
  return (
    <nav className="topic-contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading">On this page</h2>
      <EntryList entries={entries} />
    </nav>
  );
}
