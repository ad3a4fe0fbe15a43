import { describe, expect, it } from "vitest";
import {
  entriesOf,
  memoryStore,
  newEntry,
  newEntryKey,
  OUTBOX_VERSION,
  retryDelay,
  syncOutbox,
  type OutboxEntry,
  type SendResult,
} from "./outbox";

const USER = "runner-1";

function entry(key: string, createdAt: number, kind: OutboxEntry["kind"] = "run", userId = USER): OutboxEntry {
  return newEntry({ key, kind, userId, values: { distance: "5" }, confirmed: false }, createdAt);
}

async function storeWith(...entries: OutboxEntry[]) {
  const store = memoryStore();
  for (const item of entries) await store.put(item);
  return store;
}

const stored = (): SendResult => ({ ok: true, newAlerts: [] });

describe("syncOutbox", () => {
  it("sends the account's entries in the order they were logged, and empties the outbox", async () => {
    const store = await storeWith(entry("c", 30), entry("a", 10, "pain"), entry("b", 20), entry("x", 5, "run", "someone-else"));
    const sent: string[] = [];
    const report = await syncOutbox(store, USER, async (item) => (sent.push(item.key), stored()), 100);
    expect(sent).toEqual(["a", "b", "c"]);
    expect(report.stored.map((s) => s.entry.key)).toEqual(["a", "b", "c"]);
    // Another account's entry is neither sent nor dropped.
    expect((await store.all()).map((item) => item.key)).toEqual(["x"]);
  });

  it("sends each entry with its own idempotency key, the same on every retry", async () => {
    const store = await storeWith(entry("key-1", 10));
    const keys: string[] = [];
    const send = async (item: OutboxEntry) => {
      keys.push(item.key);
      if (keys.length === 1) throw new TypeError("Failed to fetch");
      return stored();
    };
    await syncOutbox(store, USER, send, 100);
    await syncOutbox(store, USER, send, 100 + retryDelay(1));
    expect(keys).toEqual(["key-1", "key-1"]);
    expect(await store.all()).toEqual([]);
  });

  it("backs off after a network failure and stops the round, keeping the rest in order", async () => {
    const store = await storeWith(entry("a", 10), entry("b", 20));
    const sent: string[] = [];
    const offline = async (item: OutboxEntry): Promise<SendResult> => {
      sent.push(item.key);
      throw new TypeError("Failed to fetch");
    };
    const first = await syncOutbox(store, USER, offline, 1_000);
    expect(first.interrupted).toBe(true);
    expect(sent).toEqual(["a"]);
    const [a] = await entriesOf(store, USER);
    expect(a).toMatchObject({ key: "a", attempts: 1, nextAttemptAt: 1_000 + retryDelay(1), state: "waiting" });

    // Before the backoff is over "a" is not tried again.
    await syncOutbox(store, USER, offline, 1_000 + retryDelay(1) - 1);
    expect(sent).toEqual(["a", "b"]);
    expect((await entriesOf(store, USER)).map((item) => item.attempts)).toEqual([1, 1]);
  });

  it("does not wait out the backoff on a fresh sign of a connection (a page load, the online event)", async () => {
    const store = await storeWith(entry("a", 10));
    await syncOutbox(store, USER, async () => Promise.reject(new TypeError("Failed to fetch")), 1_000);
    const report = await syncOutbox(store, USER, async () => stored(), 1_001, { retryNow: true });
    expect(report.stored.map((s) => s.entry.key)).toEqual(["a"]);
  });

  it("doubles the wait between retries up to ten minutes", () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelay(30)).toBe(10 * 60_000);
  });

  it("keeps a refused entry as 'needs a look' with the server's words, and goes on with the next", async () => {
    const store = await storeWith(entry("bad", 10), entry("good", 20));
    const send = async (item: OutboxEntry): Promise<SendResult> =>
      item.key === "bad" ? { ok: false, fieldErrors: { shoeId: "Choose one of your shoes" } } : stored();
    const report = await syncOutbox(store, USER, send, 100);
    expect(report.refused.map((item) => item.key)).toEqual(["bad"]);
    const left = await entriesOf(store, USER);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ key: "bad", state: "needs-look", message: "Choose one of your shoes" });

    // It is not sent again until the runner has looked at it.
    const again: string[] = [];
    await syncOutbox(store, USER, async (item) => (again.push(item.key), stored()), 200);
    expect(again).toEqual([]);
  });

  it("turns the server's 'Is 500 km right?' into 'needs a look' with the question", async () => {
    const store = await storeWith(entry("far", 10));
    await syncOutbox(store, USER, async () => ({ ok: false, confirm: "Is 500 km right?" }), 100);
    expect((await entriesOf(store, USER))[0]).toMatchObject({ state: "needs-look", confirm: "Is 500 km right?" });
  });

  it("never sends an entry another version of the app wrote", async () => {
    const store = await storeWith({ ...entry("old", 10), version: OUTBOX_VERSION - 1 });
    const sent: string[] = [];
    await syncOutbox(store, USER, async (item) => (sent.push(item.key), stored()), 100);
    expect(sent).toEqual([]);
    expect((await entriesOf(store, USER))[0]?.state).toBe("needs-look");
  });
});

describe("newEntryKey", () => {
  it("is a fresh 128-bit key each time, in the characters the server accepts", () => {
    const keys = new Set(Array.from({ length: 200 }, newEntryKey));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});
