// The outbox in IndexedDB: it survives reloads, closed tabs and app updates (the database is the
// browser's, not the service worker's cache, so a new worker version does not touch it).
import { memoryStore, type OutboxEntry, type OutboxStore } from "./outbox";

const DATABASE = "stridewise";
const STORE = "outbox";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DATABASE, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "key" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  const tx = db.transaction(STORE, mode);
  const result = await request(run(tx.objectStore(STORE)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return result;
}

const idbStore: OutboxStore = {
  all: () => withStore("readonly", (store) => store.getAll() as IDBRequest<OutboxEntry[]>),
  put: async (entry) => void (await withStore("readwrite", (store) => store.put(entry))),
  delete: async (key) => void (await withStore("readwrite", (store) => store.delete(key))),
};

let fallback: OutboxStore | null = null;

/** The browser's outbox; a page without IndexedDB (some private modes) keeps it in memory instead. */
export function browserOutbox(): OutboxStore {
  if (typeof indexedDB !== "undefined") return idbStore;
  fallback ??= memoryStore();
  return fallback;
}
