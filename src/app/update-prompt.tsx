import { useLocation } from 'react-router';
import { dismissUpdateNotice, reloadIntoUpdate, useServiceWorkerState } from './service-worker';

/** The exam screen itself, not its start page or result. */
const EXAM_SCREEN = /^\/exam\/[^/]+\/?$/;

/**
 * A polite notice when a new version is waiting or the app is ready to work offline. It keeps
 * quiet on a running exam's screen, so nothing reloads mid-exam; it shows once the learner
 * leaves or submits, and the saved exam resumes after the reload.
 */
export function UpdatePrompt() {
  const { needRefresh, offlineReady } = useServiceWorkerState();
  const { pathname } = useLocation();
  const examRunning = EXAM_SCREEN.test(pathname);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {needRefresh && !examRunning ? (
        <div className="toast">
          <p>A new version of Warmstart is ready.</p>
          <button type="button" className="button primary" onClick={reloadIntoUpdate}>
            Reload
          </button>
          <button type="button" className="button" onClick={dismissUpdateNotice}>
            Later
          </button>
        </div>
      ) : offlineReady && !examRunning ? (
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
