import { Link } from 'react-router';
import { linkContents } from './content-links';
import { useCitedTopics } from './use-cited-topics';

type Props = Readonly<{ ids: readonly string[]; label?: string }>;

/**
 * "Based on:" and the facts an output rests on, one link a line, shown once the topics that
 * hold the facts are loaded.
 */
export function SourceLinks({ ids, label = 'Based on' }: Props) {
  const topics = useCitedTopics(ids);
  const links = topics === undefined ? [] : linkContents(topics, ids);
  if (links.length === 0) return null;
  return (
    <div className="lab-sources">
      <p className="lab-sources-label">{label}:</p>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <Link to={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
