import { ComingSoonPage } from './coming-soon-page';

export function LabsPlaceholder() {
  return (
    <ComingSoonPage
      title="Labs"
      description="Simulators that make concurrency, cold starts, batch failures and edge compute visible."
    />
  );
}
