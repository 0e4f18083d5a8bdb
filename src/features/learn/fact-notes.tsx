import type { DocRef } from '../../../content/schema';
import { describeDocsPage } from '../../domain/quiz/docs-page';

/** "The notes said …; AWS now says …": older wording, after today's truth, never before it. */
export function NotesSaid({
  said,
  examNote,
}: Readonly<{ said: string | undefined; examNote: string | undefined }>) {
  if (said === undefined && examNote === undefined) return null;
  return (
    <div className="fact-check" role="note" aria-label="Older material">
      {said === undefined ? null : (
        <p>
          <strong>The notes said</strong> “{said}”. AWS now says what is written above.
        </p>
      )}
      {examNote === undefined ? null : (
        <p>
          <strong>On the exam:</strong> {examNote}
        </p>
      )}
    </div>
  );
}

/** The AWS documentation page a claim was checked against. */
export function DocsSource({ docs }: Readonly<{ docs: DocRef }>) {
  return (
    <p className="fact-source">
      Source:{' '}
      <a href={docs.url} rel="noreferrer" target="_blank">
        {describeDocsPage(docs.url)}
      </a>{' '}
      (checked {docs.checked})
    </p>
  );
}
