import { ComingSoonPage } from './coming-soon-page';

export function QuizPlaceholder() {
  return (
    <ComingSoonPage
      title="Quiz"
      description="Short practice sets generated from the content, with instant feedback and explanations."
    />
  );
}

export function ReviewPlaceholder() {
  return (
    <ComingSoonPage
      title="Review"
      description="Spaced-repetition reviews that show what is due, then new cards, so facts stick until exam day."
    />
  );
}

export function LabsPlaceholder() {
  return (
    <ComingSoonPage
      title="Labs"
      description="Simulators that make concurrency, cold starts, batch failures and edge compute visible."
    />
  );
}

export function SettingsPlaceholder() {
  return (
    <ComingSoonPage
      title="Settings"
      description="Target exam, desired retention, daily new cards, theme, and export or import of your progress."
    />
  );
}
