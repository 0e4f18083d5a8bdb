/** Where a finding's facts live in the app, and what to call the link. */
import { allChecklist, findFact } from '../../../../content/index';
import { paths } from '../../../app/paths';

export type FactRef = Readonly<{ id: string; href: string; label: string }>;

const checklistById = new Map(allChecklist.map((item) => [item.id, item]));

/** A link target for a fact or checklist id; undefined for an id the content does not define. */
export function describeFactRef(id: string): FactRef | undefined {
  const item = checklistById.get(id);
  if (item)
    return {
      id,
      href: `${paths.topic('checklist')}#check-${id}`,
      label: `Checklist: ${item.condition}`,
    };
  const fact = findFact(id);
  if (!fact) return undefined;
  const label = fact.kind === 'definition' ? `${fact.term}: ${fact.definition}` : fact.statement;
  return { id, href: `${paths.topic(fact.topic)}#fact-${id}`, label };
}
