import type { ReactNode } from 'react';

type Props = Readonly<{
  /** What the row measures: a topic link or a domain name. */
  label: ReactNode;
  /** Share ready, from 0 to 1. */
  share: number;
  /** The counts behind the share, shown after the percentage. */
  detail: string;
}>;

/** One readiness line: label, percentage with its counts, and a bar that repeats it visually. */
export function ReadinessRow({ label, share, detail }: Props) {
  const percent = Math.round(share * 100);
  return (
    <li>
      <span className="readiness-row">
        {label}
        <span>
          {percent} % <span className="readiness-count">({detail})</span>
        </span>
      </span>
      <span className="bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
    </li>
  );
}
