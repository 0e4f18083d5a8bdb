import { excerptAround } from './review-excerpt';

type Props = Readonly<{ lines: readonly string[]; line: number; label: string }>;

/** The template lines around `line`, as plain text with line numbers; the line concerned is marked. */
export function ReviewExcerpt({ lines, line, label }: Props) {
  const excerpt = excerptAround(lines, line);
  if (excerpt.length === 0) return null;
  const width = String(excerpt[excerpt.length - 1]?.number ?? line).length;
  return (
    <figure className="review-excerpt">
      <figcaption>{label}</figcaption>
      <pre>
        <code>
          {excerpt.map((l) => (
            <span
              key={l.number}
              className={l.target ? 'review-line review-line-target' : 'review-line'}
            >
              {`${l.target ? '▶' : ' '} ${String(l.number).padStart(width)} │ ${l.text}\n`}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}
