// Whether the browser promised to keep the web edition's backups (IndexedDB) when it runs short of
// space: navigator.storage.persist(). Browsers decide by themselves (Chromium by how much the site
// is used, Firefox by asking), so the answer is shown as it is, never assumed.

/** 'persisted': kept until the user clears it; 'bestEffort': the browser may clear it. */
export type StoragePersistence = 'persisted' | 'bestEffort' | 'unknown'

export async function requestPersistentStorage(): Promise<StoragePersistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (storage?.persist === undefined) return 'unknown'
  try {
    if (await storage.persisted()) return 'persisted'
    return (await storage.persist()) ? 'persisted' : 'bestEffort'
  } catch (error) {
    console.warn('Logit Lab: the browser did not say whether it keeps the backups', error)
    return 'unknown'
  }
}
