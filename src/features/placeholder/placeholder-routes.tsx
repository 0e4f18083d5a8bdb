import { ComingSoonPage } from './coming-soon-page';

export function ExamPlaceholder() {
  return (
    <ComingSoonPage
      title="Practice exam"
      description="Timed practice exams in the DVA-C02 and SAP-C02 formats, with results by domain."
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

export function ProgressPlaceholder() {
  return (
    <ComingSoonPage
      title="Progress"
      description="Your attempt history, retention over time and the facts that need more work."
    />
  );
}
