/**
 * Failed authentications per client address in a fixed one-minute window (brute force of tokens or tickets).
 * Once an address has failed `max` times, every request of it that would need a new verification is answered 429
 * until the window ends; a token already verified (src/auth/verified-tokens.ts) still passes, so one broken client
 * behind an office's shared address does not lock out its colleagues. Bounded: the oldest address goes first.
 */
export interface FailureLimit {
  /** ms until the address may try again, or 0 when it may now */
  blockedFor(address: string, nowMs: number): number;
  fail(address: string, nowMs: number): void;
  readonly max: number;
}

export const failureLimit = (options: { max: number; windowMs?: number; addresses?: number }): FailureLimit => {
  const windowMs = options.windowMs ?? 60_000;
  const addresses = options.addresses ?? 50_000;
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (address: string, nowMs: number) => {
    const w = windows.get(address);
    if (w && nowMs - w.start < windowMs && nowMs >= w.start) return w;
    if (w) windows.delete(address);
    return undefined;
  };
  return {
    max: options.max,
    blockedFor: (address, nowMs) => {
      const w = current(address, nowMs);
      return w && w.failures >= options.max ? w.start + windowMs - nowMs : 0;
    },
    fail: (address, nowMs) => {
      const w = current(address, nowMs);
      if (w) {
        w.failures += 1;
        return;
      }
      if (windows.size >= addresses) windows.delete(windows.keys().next().value ?? '');
      windows.set(address, { start: nowMs, failures: 1 });
    },
  };
};
