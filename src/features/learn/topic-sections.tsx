import type { ChecklistItem, ExamTip, Fact, FactSet, Severity } from '../../../content/index';
import { ExamTags } from './exam-tags';
import { FactItem } from './fact-item';

export function FactList({ facts }: Readonly<{ facts: readonly Fact[] }>) {
  return (
    <ul className="fact-list">
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
                    <dt>Why it matters</dt>
                    <dd>{item.why}</dd>
                    <dt>Fix</dt>
                    <dd>{item.fix}</dd>
                  </dl>
                  <ExamTags exams={item.exams} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** Renders a tip with its `[[key words]]` emphasised. */
export function TipText({ text }: Readonly<{ text: string }>) {
  const parts = text.split(/\[\[(.+?)\]\]/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}</>;
}

export function TipList({ tips }: Readonly<{ tips: readonly ExamTip[] }>) {
  return (
    <ul className="fact-list">
      {tips.map((tip) => (
        <li key={tip.id} id={`tip-${tip.id}`} className="fact">
          <p>
            <TipText text={tip.text} />
          </p>
          <ExamTags exams={tip.exams} />
        </li>
      ))}
    </ul>
  );
}
