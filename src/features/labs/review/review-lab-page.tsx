import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { PageHeading } from '../../../components/ui/page-heading';
import { loadReviewDraft, saveReviewDraft } from './review-draft';
import { readTemplateFile } from './review-file';
import { ReviewInput } from './review-input';
import { announceStatus, ReviewResults } from './review-results';
import { createDefaultRunner, type ReviewRunner } from './review-runner';
import { REVIEW_SAMPLES } from './review-samples';
import type { ReviewStatus } from './review-status';
import './review-lab.css';
import { useScreenShortcuts, type Shortcut } from '../../../app/shortcuts';

const reviewerShortcuts: readonly Shortcut[] = [
  ['Ctrl + Enter (⌘ + Enter)', 'Review the template, from the text box'],
];

type Replaced = Readonly<{ text: string; by: string }>;
type Props = Readonly<{ runner?: ReviewRunner }>;

const isSampleText = (text: string): boolean => REVIEW_SAMPLES.some((s) => s.text === text);

function RestoreNotice({
  replaced,
  onRestore,
}: Readonly<{ replaced: Replaced; onRestore: () => void }>) {
  return (
    <div className="notice review-restore">
      <p>Your previous text was replaced by {replaced.by}.</p>
      <button type="button" className="button" onClick={onRestore}>
        Restore your text
      </button>
    </div>
  );
}

/**
 * The configuration reviewer: a template in, the checklist's findings out. The review runs in
 * a worker with a time limit; the learner's text is kept (also across reloads) whatever happens.
 */
export function ReviewLabPage({ runner }: Props) {
  useScreenShortcuts('Configuration reviewer', reviewerShortcuts);
  const [run] = useState<ReviewRunner>(() => runner ?? createDefaultRunner());
  const [text, setText] = useState(loadReviewDraft);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const [status, setStatus] = useState<ReviewStatus>({ kind: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const timer = window.setTimeout(() => saveReviewDraft(text), 400);
    return () => window.clearTimeout(timer);
  }, [text]);

  const review = async (source: string) => {
    const id = ++latest.current;
    setStatus({ kind: 'running' });
    const result = await run(source);
    if (id !== latest.current) return;
    setStatus(
      result.kind === 'done' ? { kind: 'done', text: source, outcome: result.outcome } : result,
    );
  };
  const replaceText = (next: string, by: string) => {
    if (text.trim() !== '' && text !== next && !isSampleText(text)) setReplaced({ text, by });
    setText(next);
  };
  const openFile = async (file: File) => {
    const read = await readTemplateFile(file);
    if (!read.ok) {
      setStatus({ kind: 'file-error', message: read.message });
      return;
    }
    replaceText(read.text, `the file ${read.name}`);
    await review(read.text);
  };

  return (
    <article className="page review-lab">
      <p className="breadcrumb">
        <Link to={paths.labs}>Labs</Link> <span aria-hidden="true">›</span>
      </p>
      <PageHeading title="Configuration reviewer">Configuration reviewer</PageHeading>
      <p className="lead">
        Check an AWS SAM or CloudFormation template against the review checklist: timeouts, retries,
        dead-letter queues, concurrency and cold starts, with the lines concerned and a fix for each
        finding.
      </p>
      <ReviewInput
        text={text}
        running={status.kind === 'running'}
        onTextChange={setText}
        onSample={(sample) => replaceText(sample.text, `the sample “${sample.title}”`)}
        onFile={(file) => void openFile(file)}
        onReview={() => {
          if (status.kind !== 'running') void review(text);
        }}
      />
      {replaced === null ? null : (
        <RestoreNotice
          replaced={replaced}
          onRestore={() => {
            setText(replaced.text);
            setReplaced(null);
          }}
        />
      )}
      <section className="review-results" aria-labelledby="review-results-heading">
        <h2 id="review-results-heading">Findings</h2>
        <p role="status" className="visually-hidden">
          {announceStatus(status)}
        </p>
        <ReviewResults status={status} current={text} />
      </section>
    </article>
  );
}
