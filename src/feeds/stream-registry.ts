/** One open SSE stream, as the registry knows it: how to end it. */
export interface OpenStream {
  end(): Promise<void>;
  /** frames written so far, and the position of the last one */
  readonly sent: number;
  readonly lastPosition: number;
}

/**
 * The open SSE streams of this process: at most `maxPerToken` per token subject (a runaway client cannot hold an
 * unbounded number of subscriptions, each with its page and socket buffer), and all of them ended on shutdown.
 */
export class StreamRegistry {
  readonly #byToken = new Map<string, Set<OpenStream>>();

  constructor(private readonly maxPerToken: number) {}

  /** whether the token may open one more stream */
  hasRoom(token: string): boolean {
    return (this.#byToken.get(token)?.size ?? 0) < this.maxPerToken;
  }

  add(token: string, stream: OpenStream): void {
    const held = this.#byToken.get(token) ?? new Set<OpenStream>();
    held.add(stream);
    this.#byToken.set(token, held);
  }

  release(token: string, stream: OpenStream): void {
    const held = this.#byToken.get(token);
    if (!held) return;
    held.delete(stream);
    if (held.size === 0) this.#byToken.delete(token);
  }

  /** open streams, in all or for one token */
  count(token?: string): number {
    if (token !== undefined) return this.#byToken.get(token)?.size ?? 0;
    let n = 0;
    for (const held of this.#byToken.values()) n += held.size;
    return n;
  }

  /** the open streams of a token (for operators and tests) */
  list(token: string): OpenStream[] {
    return [...(this.#byToken.get(token) ?? [])];
  }

  async endAll(): Promise<void> {
    const all = [...this.#byToken.values()].flatMap((held) => [...held]);
    await Promise.all(all.map((s) => s.end()));
  }
}
