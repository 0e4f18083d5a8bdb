import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { REVIEW_SAMPLES, type ReviewSample } from './review-samples';

type Props = Readonly<{
  text: string;
  running: boolean;
  onTextChange: (text: string) => void;
  onSample: (sample: ReviewSample) => void;
  onFile: (file: File) => void;
  onReview: () => void;
}>;

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

function Samples({ onSample }: Pick<Props, 'onSample'>) {
  const [chosenId, setChosenId] = useState<string>(REVIEW_SAMPLES[0].id);
  const chosen = REVIEW_SAMPLES.find((s) => s.id === chosenId) ?? REVIEW_SAMPLES[0];
  return (
    <div className="review-samples">
      <label htmlFor="review-sample">Or start from a sample</label>
      <div className="review-sample-picker">
        <select
          id="review-sample"
          value={chosen.id}
          aria-describedby="review-sample-description"
          onChange={(event) => setChosenId(event.target.value)}
        >
          {REVIEW_SAMPLES.map((sample) => (
            <option key={sample.id} value={sample.id}>
              {sample.title}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => onSample(chosen)}>
          Load sample
        </button>
      </div>
      <p id="review-sample-description" className="review-help">
        {chosen.description} It replaces the text above (you can restore your text).
      </p>
    </div>
  );
}

/** Paste, open or drop a template, or load a sample; then review it. */
export function ReviewInput({ text, running, onTextChange, onSample, onFile, onReview }: Props) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onReview();
    }
  };
  return (
    <section className="review-input" aria-labelledby="review-input-heading">
      <h2 id="review-input-heading">Your template</h2>
      <div
        className={dragging ? 'review-drop review-drop-active' : 'review-drop'}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="review-text">Template text (YAML or JSON)</label>
        <textarea
          id="review-text"
          value={text}
          rows={14}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby="review-text-help"
          onChange={(event) => onTextChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id="review-text-help" className="review-help">
          Paste an AWS SAM or CloudFormation template, or drop a file on this box (up to 1 MB).
          Ctrl+Enter reviews it. Nothing leaves your device.
        </p>
        {dragging ? <p className="review-drop-hint">Drop the file to open it.</p> : null}
      </div>
      <div className="review-file">
        <label htmlFor="review-file">Open a template file</label>
        <input
          id="review-file"
          type="file"
          accept=".yaml,.yml,.json,.template,.txt"
          aria-describedby="review-file-help"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <p id="review-file-help" className="review-help">
          .yaml, .yml, .json or .template; the file replaces the text above (you can restore your
          text).
        </p>
      </div>
      <Samples onSample={onSample} />
      <p className="actions">
        <button type="button" className="button primary" aria-disabled={running} onClick={onReview}>
          {running ? 'Reviewing…' : 'Review template'}
        </button>
      </p>
    </section>
  );
}
