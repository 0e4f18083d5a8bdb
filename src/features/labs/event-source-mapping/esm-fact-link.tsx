import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { ESM_FACT_LABELS } from './esm-format';

/** A link to one event source mapping fact on its topic page. */
export function EsmFactLink({ factId }: Readonly<{ factId: string }>) {
  return (
    <Link to={`${paths.topic('event-source-mappings')}#fact-${factId}`}>
      Fact: {ESM_FACT_LABELS[factId] ?? factId}
    </Link>
  );
}

/** The facts a step or explanation rests on, as links; nothing when there are none. */
export function EsmFactLinks({ factIds }: Readonly<{ factIds: readonly string[] }>) {
  if (factIds.length === 0) return null;
  return (
    <ul className="esm-facts">
      {factIds.map((id) => (
        <li key={id}>
          <EsmFactLink factId={id} />
        </li>
      ))}
    </ul>
  );
}
