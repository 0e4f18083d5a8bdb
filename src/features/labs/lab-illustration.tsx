import type { LabId } from '../../domain/labs/lab-catalog';
import { assertNever } from '../../domain/lib/assert-never';

/** Simple line drawings, one per lab; decorative (the card's text carries the meaning). */
function Drawing({ id }: Readonly<{ id: LabId }>) {
  switch (id) {
    case 'concurrency':
      // Requests flowing into a row of execution environments.
      return (
        <>
          <rect className="soft" x="6" y="40" width="14" height="26" rx="2" />
          <rect className="soft" x="24" y="28" width="14" height="38" rx="2" />
          <rect className="soft" x="42" y="16" width="14" height="50" rx="2" />
          <path d="M6 10h40M38 4l8 6-8 6" />
          <path d="M60 14v52" strokeDasharray="4 3" />
        </>
      );
    case 'cold-starts':
      // Swim lanes: a hatched init, then handler bars.
      return (
        <>
          <path d="M4 18h64M4 38h64M4 58h64" className="soft" />
          <rect x="8" y="12" width="16" height="12" />
          <path d="M10 24l6-12M16 24l6-12" />
          <rect x="28" y="15" width="10" height="6" fill="currentColor" />
          <rect x="44" y="15" width="8" height="6" fill="currentColor" />
          <rect x="30" y="32" width="16" height="12" />
          <path d="M32 44l6-12M38 44l6-12" />
          <rect x="50" y="35" width="10" height="6" fill="currentColor" />
          <rect x="14" y="55" width="12" height="6" fill="currentColor" />
        </>
      );
    case 'edge-chooser':
      // A globe with edge locations, and a fork in the road.
      return (
        <>
          <circle cx="30" cy="36" r="22" className="soft" />
          <path d="M8 36h44M30 14c-8 8-8 36 0 44M30 14c8 8 8 36 0 44" />
          <circle cx="18" cy="24" r="3" fill="currentColor" />
          <circle cx="42" cy="46" r="3" fill="currentColor" />
          <path d="M56 60l8-14M56 60l12-4" />
        </>
      );
    case 'event-source-mapping':
      // A queue of messages feeding a function.
      return (
        <>
          <rect className="soft" x="4" y="26" width="12" height="20" rx="2" />
          <rect className="soft" x="18" y="26" width="12" height="20" rx="2" />
          <rect className="soft" x="32" y="26" width="12" height="20" rx="2" />
          <path d="M46 36h8M50 32l4 4-4 4" />
          <path d="M58 24l10 12-10 12" />
        </>
      );
    case 'review':
      // A checklist.
      return (
        <>
          <rect className="soft" x="12" y="6" width="48" height="60" rx="4" />
          <path d="M20 22l4 4 8-8M38 22h14M20 40l4 4 8-8M38 40h14M38 56h14" />
        </>
      );
    default:
      return assertNever(id);
  }
}

export function LabIllustration({ id }: Readonly<{ id: LabId }>) {
  return (
    <svg
      className="lab-illustration"
      viewBox="0 0 72 72"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <Drawing id={id} />
    </svg>
  );
}
