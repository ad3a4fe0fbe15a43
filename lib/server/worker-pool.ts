// A small pool of worker threads for CPU-heavy work that must not hold up the server's one request
// thread (issue 20). Each lease is one job: its requests and replies, with a budget of worker time
// and a heap limit; a job over either loses its worker (terminated, replaced on the next lease).
// At most one worker per key (an account), so one account's uploads never take the whole pool.

import { Worker, type TransferListItem } from "node:worker_threads";

export class WorkerBudgetError extends Error {
  constructor(readonly budget: "time" | "memory") {
    super(budget === "time" ? "the job ran out of worker time" : "the job ran out of worker memory");
    this.name = "WorkerBudgetError";
  }
}

export type WorkerPoolOptions = {
  /** A JavaScript file that answers each message it receives with one message. */
  file: string;
  size: number;
  /** Worker time one lease may use, summed over its requests. */
  budgetMs: number;
  /** The worker's heap limit (old generation). */
  memoryMb: number;
};

export type WorkerLease = {
  request<Reply>(message: unknown, transfer?: TransferListItem[]): Promise<Reply>;
  /** Gives the worker back (or, if it was terminated, its place in the pool). */
  release(): void;
};

export type WorkerPool = { lease(key: string): Promise<WorkerLease>; close(): Promise<void> };

type Waiting = { key: string; start: (worker: Worker) => void };

export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const idle: Worker[] = [];
  const busyKeys = new Set<string>();
  const queue: Waiting[] = [];
  const all = new Set<Worker>();
  let leased = 0;

  function spawn(): Worker {
    const worker = new Worker(options.file, {
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: 48 },
    });
    // An idle worker must not keep a script or a test run alive.
    worker.unref();
    all.add(worker);
    worker.once("exit", () => {
      all.delete(worker);
      const at = idle.indexOf(worker);
      if (at !== -1) idle.splice(at, 1);
    });
    // Errors are reported to the request that is waiting; an idle worker's are only logged.
    worker.on("error", () => undefined);
    return worker;
  }

  function dispatch() {
    while (leased < options.size) {
      const at = queue.findIndex((waiting) => !busyKeys.has(waiting.key));
      if (at === -1) return;
      const [waiting] = queue.splice(at, 1);
      leased++;
      busyKeys.add(waiting!.key);
      waiting!.start(idle.pop() ?? spawn());
    }
  }

  function leaseOf(key: string, worker: Worker): WorkerLease {
    let used = 0;
    let dead = false;
    let released = false;
    return {
      request<Reply>(message: unknown, transfer?: TransferListItem[]) {
        if (dead) return Promise.reject(new Error("the worker of this job was stopped"));
        return new Promise<Reply>((resolve, reject) => {
          const started = performance.now();
          const finish = () => {
            clearTimeout(timer);
            worker.off("message", onMessage);
            worker.off("error", onError);
            worker.off("exit", onExit);
            used += performance.now() - started;
          };
          const stop = (error: Error) => {
            finish();
            dead = true;
            void worker.terminate();
            reject(error);
          };
          const onMessage = (reply: Reply) => {
            finish();
            resolve(reply);
          };
          const onError = (error: Error & { code?: string }) => {
            stop(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new WorkerBudgetError("memory") : error);
          };
          const onExit = () => stop(new Error("the worker stopped"));
          const timer = setTimeout(() => stop(new WorkerBudgetError("time")), Math.max(0, options.budgetMs - used));
          worker.on("message", onMessage);
          worker.once("error", onError);
          worker.once("exit", onExit);
          worker.postMessage(message, transfer);
        });
      },
      release() {
        if (released) return;
        released = true;
        leased--;
        busyKeys.delete(key);
        if (!dead) idle.push(worker);
        dispatch();
      },
    };
  }

  return {
    lease(key) {
      return new Promise((resolve) => {
        queue.push({ key, start: (worker) => resolve(leaseOf(key, worker)) });
        dispatch();
      });
    },
    async close() {
      await Promise.all([...all].map((worker) => worker.terminate()));
    },
  };
}
