import { describe, expect, it } from "vitest";
import { keysWaiting, oneAtATime } from "./one-at-a-time";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("oneAtATime", () => {
  it("runs one key's tasks one after another in order, other keys alongside, and forgets idle keys", async () => {
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await pause(ms);
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      oneAtATime("a", task("a1", 30)),
      oneAtATime("a", task("a2", 1)),
      oneAtATime("b", task("b1", 5)),
      oneAtATime("a", task("a3", 1)),
    ]);
    expect(results).toEqual(["a1", "a2", "b1", "a3"]);
    const a = events.filter((event) => event.startsWith("a"));
    expect(a).toEqual(["a1 start", "a1 end", "a2 start", "a2 end", "a3 start", "a3 end"]);
    // b did not wait for a's first task.
    expect(events.indexOf("b1 end")).toBeLessThan(events.indexOf("a1 end"));
    await pause(0);
    expect(keysWaiting()).toBe(0);
  });

  it("goes on with the next task after one fails, and hands the failure to its caller", async () => {
    const failing = oneAtATime("c", () => Promise.reject(new Error("boom")));
    const next = oneAtATime("c", async () => "next");
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("next");
  });
});
