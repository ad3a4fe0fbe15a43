import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createWorkerPool, WorkerBudgetError, type WorkerPool } from "./worker-pool";

const FIXTURE = path.join(import.meta.dirname, "worker-pool.fixture.mjs");
const PARSER = path.join(import.meta.dirname, "..", "import", "parse-worker.cjs");

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

type Echo = { echo: unknown; threadId: number };

describe("createWorkerPool: heavy work off the request thread, within a budget", () => {
  it("answers requests and reuses a released worker", async () => {
    pool = createWorkerPool({ file: FIXTURE, size: 1, budgetMs: 10_000, memoryMb: 64 });
    const first = await pool.lease("a");
    const reply = await first.request<Echo>("hello");
    expect(reply.echo).toBe("hello");
    first.release();
    const second = await pool.lease("b");
    expect((await second.request<Echo>("again")).threadId).toBe(reply.threadId);
    second.release();
  });

  it("stops a job that runs past its time and replaces its worker", async () => {
    pool = createWorkerPool({ file: FIXTURE, size: 1, budgetMs: 300, memoryMb: 64 });
    const lease = await pool.lease("a");
    const before = await lease.request<Echo>("warm up");
    await expect(lease.request("spin")).rejects.toEqual(new WorkerBudgetError("time"));
    await expect(lease.request("after")).rejects.toThrow("stopped");
    lease.release();
    const next = await pool.lease("a");
    const reply = await next.request<Echo>("fresh");
    expect(reply.threadId).not.toBe(before.threadId);
    next.release();
  });

  it("stops a job that fills its heap", async () => {
    pool = createWorkerPool({ file: FIXTURE, size: 1, budgetMs: 30_000, memoryMb: 32 });
    const lease = await pool.lease("a");
    await expect(lease.request("grow")).rejects.toEqual(new WorkerBudgetError("memory"));
    lease.release();
  });

  it("gives one account one worker at a time, and others the rest of the pool", async () => {
    pool = createWorkerPool({ file: FIXTURE, size: 2, budgetMs: 10_000, memoryMb: 64 });
    const first = await pool.lease("a");
    let secondOfA = false;
    const waiting = pool.lease("a").then((lease) => {
      secondOfA = true;
      return lease;
    });
    // Another account is served while the first holds its worker and waits for a second.
    const other = await pool.lease("b");
    expect((await other.request<Echo>("b")).echo).toBe("b");
    expect(secondOfA).toBe(false);
    first.release();
    const second = await waiting;
    expect((await second.request<Echo>("a again")).echo).toBe("a again");
    other.release();
    second.release();
  });
});

describe("the import parser's worker", () => {
  it("reads an upload and hands its activities over in batches", async () => {
    pool = createWorkerPool({ file: PARSER, size: 1, budgetMs: 30_000, memoryMb: 256 });
    const lease = await pool.lease("a");
    const csv = ["Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance", `7,"Mar 1, 2025, 8:00:00 AM",Easy,Run,1800,5.5`].join("\n");
    const header = await lease.request({ type: "start", name: "activities.csv", bytes: new TextEncoder().encode(csv) });
    expect(header).toMatchObject({ type: "header", header: { kind: "activities", format: "Strava activities.csv", total: 1 } });
    const items = await lease.request({ type: "more" });
    expect(items).toMatchObject({ type: "items", done: true, items: [{ kind: "activity", activity: { sourceId: "strava:7", distanceKm: 5.5 } }] });
    // A file problem is the runner's, said in words, and the worker stays.
    const bad = await lease.request({ type: "start", name: "x.gpx", bytes: new TextEncoder().encode("<!DOCTYPE".repeat(7000)) });
    expect(bad).toEqual({ type: "failed", expected: true, reason: "not a GPX, TCX or FIT file" });
    lease.release();
  });
});
