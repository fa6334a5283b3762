/** Wakes waiting subscriptions when something was appended (in this process, or via LISTEN/NOTIFY). */
export class AppendNotifier {
  #waiters = new Set<() => void>();
  /** bumped on every notify, so a reader can tell that something landed while it was reading */
  version = 0;

  notify(): void {
    this.version += 1;
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const wake of waiters) wake();
  }

  /**
   * Resolves on the next notify, after timeoutMs (a poll for writers we cannot hear), or on abort; at once when
   * a notify came after `since` was read (no lost wake-up between a read and the wait).
   */
  wait(signal: AbortSignal, timeoutMs: number, since: number): Promise<void> {
    if (since !== this.version || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done, { once: true });
      this.#waiters.add(done);
    });
  }
}
