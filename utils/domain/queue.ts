/**
 * A queue that runs async tasks one after another, so two read-modify-write tasks never
 * read the same stale value. A failed task does not stop the ones after it.
 */
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
