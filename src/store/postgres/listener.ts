import pg from 'pg';

/**
 * LISTEN on a dedicated connection, so that subscriptions wake when another instance commits. If the connection
 * drops, it reconnects after a pause; subscriptions meanwhile fall back to polling, so nothing is missed.
 */
export class PgListener {
  #client: pg.Client | undefined;
  #stopped = false;
  #started = false;
  #retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
  ) {}

  start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#connect();
  }

  async #connect(): Promise<void> {
    if (this.#stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', () => this.onNotify());
    client.on('error', () => this.#reconnect(client));
    client.on('end', () => this.#reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.#client = client;
      this.onNotify(); // anything committed while we were not listening
    } catch {
      this.#reconnect(client);
    }
  }

  #reconnect(client: pg.Client): void {
    if (this.#stopped || this.#retry || (this.#client && this.#client !== client)) return;
    this.#client = undefined;
    client.end().catch(() => undefined);
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      void this.#connect();
    }, 1000);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retry);
    await this.#client?.end().catch(() => undefined);
  }
}
