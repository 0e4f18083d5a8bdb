import type { FactCheck } from '../../../content/index';

/** "AWS docs now say …" beside a claim of the study document, with its source. */
export function FactCheckNote({ note }: Readonly<{ note: FactCheck }>) {
  return (
    <div className="fact-check" role="note" aria-label="AWS documentation note">
      <p>
        <strong>AWS docs now say:</strong> {note.says}
      </p>
      {note.examNote ? (
        <p>
          <strong>On the exam:</strong> {note.examNote}
        </p>
      ) : null}
      <p className="fact-check-source">
        Source:{' '}
        <a href={note.source.url} rel="noreferrer" target="_blank">
          {describeDocsUrl(note.source.url)}
        </a>{' '}
        (checked {note.source.checked})
      </p>
    </div>
  );
}

const guides: Readonly<Record<string, string>> = {
  lambda: 'Lambda',
  AmazonCloudFront: 'CloudFront',
  AWSSimpleQueueService: 'SQS',
  AWSCloudFormation: 'CloudFormation',
};

/** A short readable name for a docs page, e.g. "Lambda docs: services-sqs-parameters". */
export function describeDocsUrl(url: string): string {
  const match = /docs\.aws\.amazon\.com\/([^/]+)\/(?:.*\/)?([^/#]+?)(?:\.html)?(?:#.*)?$/.exec(url);
  if (!match?.[1] || !match[2]) return url;
  return `${guides[match[1]] ?? match[1]} docs: ${match[2]}`;
}
