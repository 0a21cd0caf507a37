/** Runs tasks one after another per key (an attempt id), in the order they were queued, so chunks,
 * finish, rename and delete of one attempt never interleave; different attempts run in parallel. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Queues `task` behind every earlier task of `key`; a failed task does not block later ones. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
