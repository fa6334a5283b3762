/** Runs `fn` over the items with at most `concurrency` at a time, taking them in order; the first failure stops it. */
export const forEachConcurrently = async <T>(items: Iterable<T>, concurrency: number, fn: (item: T) => Promise<void>): Promise<void> => {
  const iterator = items[Symbol.iterator]();
  let failed = false;
  const worker = async () => {
    while (!failed) {
      const next = iterator.next();
      if (next.done) return;
      try {
        await fn(next.value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
};

/** consecutive slices of at most `size` items */
export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
