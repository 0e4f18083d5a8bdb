import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { assertNever } from '../../domain/lib/assert-never';
import { useAppStore } from '../../store/use-app-store';
import { downloadTextFile, localDateStamp } from './download-file';
import './storage-banner.css';

/**
 * Says plainly when progress cannot be read or saved. The app keeps working either way;
 * unreadable progress is only replaced when the learner says so.
 */
export function StorageBanner() {
  const status = useAppStore((state) => state.storageStatus);
  switch (status) {
    case 'unreadable':
      return <UnreadableBanner />;
    case 'unavailable':
      return (
        <Banner
          message={
            <>
              <strong>Progress is not being saved.</strong> This browser does not let Warmstart use
              its storage (private browsing or blocked site data can cause this). You can keep
              studying, but what you do is lost when you close the page. To keep it,{' '}
              <Link to={paths.settings}>export your progress in Settings</Link>.
            </>
          }
        />
      );
    case 'quota-exceeded':
      return (
        <Banner
          message={
            <>
              <strong>The device is out of space for Warmstart.</strong> Your latest answers were
              not saved. Free some storage space, then keep going; to be safe,{' '}
              <Link to={paths.settings}>export your progress in Settings</Link>.
            </>
          }
        />
      );
    case 'loading':
    case 'ok':
      return null;
    default:
      return assertNever(status);
  }
}

/** A labelled region whose message is announced as soon as the problem is known. */
function Banner({ message, children }: Readonly<{ message: ReactNode; children?: ReactNode }>) {
  return (
    <section className="notice storage-banner" aria-label="Storage problem">
      <p role="alert">{message}</p>
      {children}
    </section>
  );
}

function UnreadableBanner() {
  const loadError = useAppStore((state) => state.loadError);
  const readUnreadableCopy = useAppStore((state) => state.readUnreadableCopy);
  const startFresh = useAppStore((state) => state.startFresh);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const download = async () => {
    const text = await readUnreadableCopy();
    if (text === null) setMessage('The unreadable copy could not be read back for download.');
    else downloadTextFile(`warmstart-unreadable-copy-${localDateStamp()}.json`, text);
  };
  const confirmFresh = async () => {
    const save = await startFresh();
    if (save.kind !== 'saved') setMessage('Starting fresh did not save: storage is not available.');
  };
  return (
    <Banner
      message={
        <>
          <strong>Your saved progress could not be read.</strong> {loadError?.message} A copy was
          kept aside, and nothing is overwritten until you choose: answers you give now are not
          saved.
        </>
      }
    >
      {confirming ? (
        <>
          <p>
            Start again with empty progress? Your settings stay, and the unreadable copy stays on
            this device, so you can still download it.
          </p>
          <p className="actions">
            <button type="button" className="button primary" onClick={() => void confirmFresh()}>
              Yes, start fresh
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </p>
        </>
      ) : (
        <p className="actions">
          <button type="button" className="button" onClick={() => void download()}>
            Download the unreadable copy
          </button>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Start fresh…
          </button>
        </p>
      )}
      {message ? <p>{message}</p> : null}
    </Banner>
  );
}
