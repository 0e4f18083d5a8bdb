import { useCallback } from 'react';
import { PageHeading } from '../../components/ui/page-heading';
import type { Settings } from '../../domain/progress/progress';
import { useAppStore } from '../../store/use-app-store';
import { ProgressTransfer } from './progress-transfer';
import { ResetProgress } from './reset-progress';
import { StudySettings } from './study-settings';
import { ThemeSetting } from './theme-setting';
import { useSaveStatus } from './use-save-status';
import './settings.css';

/** `/settings`: study choices, theme, export and import, and reset. */
export function SettingsPage() {
  const hydrated = useAppStore((state) => state.hydrated);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const [saveMessage, track] = useSaveStatus();
  const update = useCallback(
    (patch: Partial<Settings>) => track(updateSettings(patch)),
    [track, updateSettings],
  );
  return (
    <section className="page settings">
      <PageHeading title="Settings">Settings</PageHeading>
      {hydrated ? null : <p className="loading">Loading your settings…</p>}
      <section aria-labelledby="study-heading">
        <h2 id="study-heading">Study</h2>
        <StudySettings update={update} />
        <p role="status" className="save-status">
          {saveMessage}
        </p>
      </section>
      <section aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <ThemeSetting />
      </section>
      <section aria-labelledby="transfer-heading">
        <h2 id="transfer-heading">Export and import</h2>
        <ProgressTransfer />
      </section>
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Start over</h2>
        <ResetProgress />
      </section>
    </section>
  );
}
