import type { ChecklistItem, ExamTip, Fact, FactSet, Severity } from '../../../content/schema';
import { ExamTags } from './exam-tags';
import { FactItem } from './fact-item';
import { DocsSource, NotesSaid } from './fact-notes';
import { sectionIds } from './topic-outline';

/** The facts as a list; `labelledBy` names it by its heading (a part of "Key facts"). */
export function FactList({
  facts,
  labelledBy,
}: Readonly<{ facts: readonly Fact[]; labelledBy?: string }>) {
  return (
    <ul className="fact-list" aria-labelledby={labelledBy}>
      {facts.map((fact) => (
        <FactItem key={fact.id} fact={fact} />
      ))}
    </ul>
  );
}

export function SetSection({ set, members }: Readonly<{ set: FactSet; members: readonly Fact[] }>) {
  return (
    <section className="topic-section" aria-labelledby={`set-${set.id}`}>
      <h3 id={`set-${set.id}`}>{set.title}</h3>
      <FactList facts={members} />
    </section>
  );
}

const severityLabel: Readonly<Record<Severity, string>> = {
  critical: '🔴 Critical',
  warning: '🟡 Warning',
  suggestion: '🟢 Suggestion',
};

export function ChecklistSection({ items }: Readonly<{ items: readonly ChecklistItem[] }>) {
  const severities: readonly Severity[] = ['critical', 'warning', 'suggestion'];
  return (
    <>
      {severities.map((severity) => {
        const group = items.filter((i) => i.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className="topic-section" aria-labelledby={`sev-${severity}`}>
            <h3 id={`sev-${severity}`}>{severityLabel[severity]}</h3>
            <ul className="checklist">
              {group.map((item) => (
                <li key={item.id} id={`check-${item.id}`} className={`check check-${severity}`}>
                  <p className="check-condition">{item.condition}</p>
                  <dl>
                    <dt>For example</dt>
                    <dd>{item.situation}</dd>
                    <dt>Why it matters</dt>
                    <dd>{item.why}</dd>
                    <dt>Fix</dt>
                    <dd>{item.fix}</dd>
                  </dl>
                  <ExamTags exams={item.exams} />
                  <DocsSource docs={item.docs} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function TipList({ tips }: Readonly<{ tips: readonly ExamTip[] }>) {
  return (
    <ul className="fact-list">
      {tips.map((tip) => (
        <li key={tip.id} id={`tip-${tip.id}`} className="fact">
          <p>{tip.text}</p>
          <NotesSaid said={tip.notesSaid} examNote={undefined} />
          <ExamTags exams={tip.exams} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The misconceptions of a topic's facts and the items that do not belong to its sets, in one
 * expandable list, each with the reason it is wrong.
 */
export function MisconceptionList({
  facts,
  sets,
}: Readonly<{ facts: readonly Fact[]; sets: readonly FactSet[] }>) {
  const items = [
    ...facts.flatMap((f) => f.misconceptions.map((m) => ({ key: `${f.id}:${m.text}`, ...m }))),
    ...sets.flatMap((s) =>
      s.nonMembers.map((m) => ({
        key: `${s.id}:${m.text}`,
        text: `${m.text} (not one of the ${s.title.toLowerCase()})`,
        why: m.why,
      })),
    ),
  ];
  if (items.length === 0) return null;
  return (
    <details className="misconceptions">
      <summary id={sectionIds.misconceptions}>Common misconceptions ({items.length})</summary>
      <ul>
        {items.map((m) => (
          <li key={m.key}>
            <p>
              <span className="visually-hidden">False: </span>
              <span aria-hidden="true">✗</span> {m.text}
            </p>
            <p className="misconception-why">{m.why}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
