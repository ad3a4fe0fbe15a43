// Tasks with the same key run one after another in this process, in the order they were asked for;
// tasks with other keys are not held up. A failing task does not stop the ones behind it.
const tails = new Map<string, Promise<unknown>>();

export function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** How many keys have a task running or waiting (for tests: the map must not grow forever). */
export function keysWaiting(): number {
  return tails.size;
}
