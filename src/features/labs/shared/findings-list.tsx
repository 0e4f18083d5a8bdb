import type { Finding, Severity } from '../../../domain/labs/lab-types';
import { SourceLinks } from './source-links';

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  warning: 'Warning',
  suggestion: 'Suggestion',
};

const SEVERITY_MARK: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  warning: '🟡',
  suggestion: '🟢',
};

type Props = Readonly<{ findings: readonly Finding[]; headingId: string; empty: string }>;

/** 🔴/🟡/🟢 findings, each with a text label and the facts it rests on. */
export function FindingsList({ findings, headingId, empty }: Props) {
  return (
    <section className="lab-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Findings</h3>
      {findings.length === 0 ? (
        <p className="finding-none">
          <span aria-hidden="true">✓ </span>
          {empty}
        </p>
      ) : (
        <ul className="findings">
          {findings.map((finding) => (
            <li key={finding.id} className={`finding check-${finding.severity}`}>
              <p className="finding-title">
                <span className="finding-severity">
                  <span aria-hidden="true">{SEVERITY_MARK[finding.severity]} </span>
                  {SEVERITY_LABEL[finding.severity]}:
                </span>{' '}
                {finding.title}
              </p>
              <p>{finding.detail}</p>
              <SourceLinks ids={finding.facts} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
