import { dismissUpdateNotice, reloadIntoUpdate, useServiceWorkerState } from './service-worker';

/** A polite notice when a new version is waiting or the app is ready to work offline. */
export function UpdatePrompt() {
  const { needRefresh, offlineReady } = useServiceWorkerState();
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {needRefresh ? (
        <div className="toast">
          <p>A new version of Warmstart is ready.</p>
          <button type="button" className="button primary" onClick={reloadIntoUpdate}>
            Reload
          </button>
          <button type="button" className="button" onClick={dismissUpdateNotice}>
            Later
          </button>
        </div>
      ) : offlineReady ? (
        <div className="toast">
          <p>Warmstart now works offline.</p>
          <button type="button" className="button" onClick={dismissUpdateNotice}>
            OK
          </button>
        </div>
      ) : null}
    </div>
  );
}
