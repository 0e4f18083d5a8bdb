/**
 * Tells other tabs of the same app that the progress was saved, so they read it again and
 * show what this tab added. Messages carry no data: each tab reads storage itself.
 */
export type ProgressSync = Readonly<{
  /** Says that this tab just saved. */
  announce: () => void;
  /** Calls `onSaved` when another tab saved; returns a function that stops listening. */
  listen: (onSaved: () => void) => () => void;
}>;

/** Over a BroadcastChannel named after the progress key; undefined where there is none. */
export function createBroadcastSync(name: string): ProgressSync | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    announce: () => channel.postMessage('saved'),
    listen: (onSaved) => {
      const handler = (): void => onSaved();
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
