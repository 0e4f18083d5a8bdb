import type { Finding, ReviewReport, Severity } from '../../../domain/review/review-types';
import { ReviewFinding } from './review-finding';

type Props = Readonly<{ report: ReviewReport; lines: readonly string[] }>;

const SEVERITIES: readonly (readonly [Severity, string])[] = [
  ['critical', 'Critical'],
  ['warning', 'Warnings'],
  ['suggestion', 'Suggestions'],
];

/** Findings of one severity, grouped by resource in the order they first appear. */
function groupByResource(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.resource, [...(groups.get(f.resource) ?? []), f]);
  return [...groups];
}

/** "1 critical, 2 warnings and 0 suggestions in 3 functions". */
export function summarizeReport(report: ReviewReport): string {
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('critical'), 'critical finding')}, ${plural(count('warning'), 'warning')} and ${plural(count('suggestion'), 'suggestion')} in ${plural(report.functionCount, 'function')}.`;
}

export function ReviewReportView({ report, lines }: Props) {
  return (
    <>
      <p className="review-summary">{summarizeReport(report)}</p>
      {report.findings.length === 0 ? (
        <p className="notice">No findings: this template passes every rule the reviewer checks.</p>
      ) : null}
      {SEVERITIES.map(([severity, label]) => {
        const findings = report.findings.filter((f) => f.severity === severity);
        if (findings.length === 0) return null;
        return (
          <section
            key={severity}
            className="review-severity"
            aria-labelledby={`review-sev-${severity}`}
          >
            <h3 id={`review-sev-${severity}`}>
              <span className={`review-dot review-dot-${severity}`} aria-hidden="true" />
              {label} ({findings.length})
            </h3>
            {groupByResource(findings).map(([resource, group]) => (
              <div key={resource} className="review-resource">
                <h4>
                  <code>{resource}</code>
                </h4>
                <ul className="review-findings">
                  {group.map((f) => (
                    <ReviewFinding key={`${f.rule}-${f.line ?? ''}`} finding={f} lines={lines} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
      {report.cantTell.length > 0 ? (
        <section className="review-cant-tell" aria-labelledby="review-cant-tell-heading">
          <h3 id="review-cant-tell-heading">
            Can’t tell from the template ({report.cantTell.length})
          </h3>
          <p className="review-help">
            These values are not in the template itself, so the rules that need them were not
            applied.
          </p>
          <ul>
            {report.cantTell.map((c) => (
              <li key={`${c.resource}-${c.subject}`}>
                <code>{c.resource}</code>: {c.subject} — {c.reason}
                {c.line === undefined ? '' : ` (line ${c.line})`}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
