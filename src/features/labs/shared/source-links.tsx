import { Link } from 'react-router';
import { linkContents } from './content-links';

type Props = Readonly<{ ids: readonly string[]; label?: string }>;

/** "Based on:" and the facts an output rests on, one link a line. */
export function SourceLinks({ ids, label = 'Based on' }: Props) {
  const links = linkContents(ids);
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
