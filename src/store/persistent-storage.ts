/**
 * Asks the browser to keep Warmstart's storage when space runs low (otherwise IndexedDB is
 * "best effort" and can be evicted). Resolves to whether storage is persistent; never rejects,
 * and is a no-op where the Storage API is missing.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (storage === undefined || typeof storage.persist !== 'function') return false;
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
