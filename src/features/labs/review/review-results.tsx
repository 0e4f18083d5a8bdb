import { useMemo } from 'react';
import { assertNever } from '../../../domain/lib/assert-never';
import type { TemplateError, TemplateErrorKind } from '../../../domain/review/review-types';
import { splitTemplateLines } from './review-excerpt';
import { ReviewExcerpt } from './review-excerpt-view';
import { ReviewReportView, summarizeReport } from './review-report-view';
import type { ReviewStatus } from './review-status';

const ERROR_HINTS: Readonly<Record<TemplateErrorKind, string>> = {
  'too-large':
    'The reviewer reads templates up to 1 MB (1,000,000 bytes) and a few hundred thousand values.',
  binary:
    'Open the YAML or JSON file of the template, not an archive, an image or a compiled package.',
  'too-deep':
    'It nests far deeper than any real template, so it was refused instead of risking a freeze.',
  'alias-limit':
    'It uses YAML aliases so heavily (an “alias bomb”) that expanding them could take gigabytes, so it was refused.',
  syntax:
    'Check the line shown: indentation, a missing colon or an unclosed quote or bracket are the usual causes.',
  'not-a-template': 'A template is a YAML or JSON mapping with a Resources section.',
};

const KEPT = 'Your text is still in the box above, unchanged.';

function TemplateErrorView({ error, text }: Readonly<{ error: TemplateError; text: string }>) {
  const lines = useMemo(() => splitTemplateLines(text), [text]);
  return (
    <div className="review-error" role="alert">
      <p>
        <strong>This can’t be reviewed.</strong> {error.message}
      </p>
      <p>{ERROR_HINTS[error.kind]}</p>
      {error.line === undefined ? null : (
        <ReviewExcerpt lines={lines} line={error.line} label={`Around line ${error.line}`} />
      )}
      <p>{KEPT}</p>
    </div>
  );
}

function DoneView({
  status,
  current,
}: Readonly<{ status: Extract<ReviewStatus, { kind: 'done' }>; current: string }>) {
  const lines = useMemo(() => splitTemplateLines(status.text), [status.text]);
  const stale =
    current !== status.text ? (
      <p className="notice">
        The text has changed since this review: review it again to update the findings.
      </p>
    ) : null;
  if (!status.outcome.ok)
    return <TemplateErrorView error={status.outcome.error} text={status.text} />;
  return (
    <>
      {stale}
      <ReviewReportView report={status.outcome.report} lines={lines} />
    </>
  );
}

/** Words for the polite live region: short, once per change of state. */
export function announceStatus(status: ReviewStatus): string {
  switch (status.kind) {
    case 'idle':
    case 'file-error':
    case 'timed-out':
    case 'crashed':
      return '';
    case 'running':
      return 'Reviewing the template…';
    case 'done':
      return status.outcome.ok ? `Review finished: ${summarizeReport(status.outcome.report)}` : '';
    default:
      return assertNever(status);
  }
}

type Props = Readonly<{ status: ReviewStatus; current: string }>;

/** What the last review found, or why it could not run. */
export function ReviewResults({ status, current }: Props) {
  switch (status.kind) {
    case 'idle':
      return <p className="review-help">Findings appear here after a review.</p>;
    case 'running':
      return <p className="review-help">Reviewing…</p>;
    case 'done':
      return <DoneView status={status} current={current} />;
    case 'file-error':
      return (
        <div className="review-error" role="alert">
          <p>
            <strong>That file can’t be opened.</strong> {status.message}
          </p>
          <p>{KEPT}</p>
        </div>
      );
    case 'timed-out':
      return (
        <div className="review-error" role="alert">
          <p>
            <strong>The review took longer than {status.seconds} seconds and was stopped</strong>,
            so the page stays responsive. The template may be huge or built to be slow to read.
          </p>
          <p>{KEPT}</p>
        </div>
      );
    case 'crashed':
      return (
        <div className="review-error" role="alert">
          <p>
            <strong>The review stopped unexpectedly:</strong> {status.message}
          </p>
          <p>{KEPT}</p>
        </div>
      );
    default:
      return assertNever(status);
  }
}
