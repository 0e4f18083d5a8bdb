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

export function ExamPlaceholder() {
  return (
    <ComingSoonPage
      title="Practice exam"
      description="Timed practice exams in the DVA-C02 and SAP-C02 formats, with results by domain."
    />
  );
}

export function ProgressPlaceholder() {
  return (
    <ComingSoonPage
      title="Progress"
      description="Your attempt history, retention over time and the facts that need more work."
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
