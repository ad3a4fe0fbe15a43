// A worker for lib/server/worker-pool.test.ts: echoes, spins or fills its heap, as asked.
import { parentPort, threadId } from "node:worker_threads";

parentPort.on("message", (message) => {
  if (message === "spin") for (;;);
  if (message === "grow") {
    const kept = [];
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  }
  parentPort.postMessage({ echo: message, threadId });
});
