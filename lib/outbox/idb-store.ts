// The outbox in IndexedDB: it survives reloads, closed tabs and app updates (the database is the
// browser's, not the service worker's cache, so a new worker version does not touch it). The pages
// and the service worker (public/sw-outbox.js, built from lib/outbox/worker.ts) open the same database.
import { memoryStore, type OutboxEntry, type OutboxStore, type SyncedNotice } from "./outbox";

const DATABASE = "stridewise";
const STORE = "outbox";
/** The account signed in on this browser (for the worker, which has no session of its own to ask) and each account's notice. */
const META = "meta";
const ACCOUNT = "account";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  // Version 2 added the meta store; the outbox of version 1 is kept as it is.
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DATABASE, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "key" });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: "key" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

async function withStore<T>(name: string, mode: IDBTransactionMode, run: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await database();
  const tx = db.transaction(name, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  // A failed request aborts the transaction too: its error is the one that is thrown.
  done.catch(() => undefined);
  const result = await run(tx.objectStore(name));
  await done;
  return result;
}

const noticeKey = (userId: string) => `notice:${userId}`;

const idbStore: OutboxStore = {
  all: () => withStore(STORE, "readonly", (store) => request(store.getAll() as IDBRequest<OutboxEntry[]>)),
  put: (entry) => withStore(STORE, "readwrite", async (store) => void (await request(store.put(entry)))),
  delete: (key) => withStore(STORE, "readwrite", async (store) => void (await request(store.delete(key)))),
  notice: (userId) =>
    withStore(META, "readonly", async (store) => {
      const row = (await request(store.get(noticeKey(userId)))) as { notice: SyncedNotice } | undefined;
      return row?.notice ?? null;
    }),
  // Read and written in one transaction, so a page and the worker finishing together both count.
  updateNotice: (userId, change) =>
    withStore(META, "readwrite", async (store) => {
      const row = (await request(store.get(noticeKey(userId)))) as { notice: SyncedNotice } | undefined;
      const next = change(row?.notice ?? null);
      if (next) await request(store.put({ key: noticeKey(userId), notice: next }));
      else await request(store.delete(noticeKey(userId)));
    }),
};

let fallback: OutboxStore | null = null;
let fallbackAccount: string | null = null;

/** The browser's outbox; a page without IndexedDB (some private modes) keeps it in memory instead. */
export function browserOutbox(): OutboxStore {
  if (typeof indexedDB !== "undefined") return idbStore;
  fallback ??= memoryStore();
  return fallback;
}

/** Notes which account is signed in here (null: nobody), so Background Sync sends only its entries. */
export async function rememberAccount(userId: string | null): Promise<void> {
  if (typeof indexedDB === "undefined") return void (fallbackAccount = userId);
  await withStore(META, "readwrite", async (store) => {
    if (userId) await request(store.put({ key: ACCOUNT, userId }));
    else await request(store.delete(ACCOUNT));
  });
}

export async function signedInAccount(): Promise<string | null> {
  if (typeof indexedDB === "undefined") return fallbackAccount;
  return withStore(META, "readonly", async (store) => {
    const row = (await request(store.get(ACCOUNT))) as { userId: string } | undefined;
    return row?.userId ?? null;
  });
}
