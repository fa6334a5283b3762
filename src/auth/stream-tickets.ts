import type { Clock } from '../shared/clock.ts';
import type { Identity } from './identity.ts';

/**
 * what a ticket may be used for, checked where it is redeemed: the feed's server-sent stream (print links are sealed
 * tickets of their own, src/office/print/links.ts)
 */
export type TicketPurpose = 'feed.stream';

export interface IssuedTicket {
  ticket: string;
  purpose: TicketPurpose;
  expiresAt: string;
}

interface Held {
  identity: Identity;
  purpose: TicketPurpose;
  issuedAtMs: number;
  expiresAtMs: number;
}

/**
 * Short-lived, single-use tickets standing for a bearer token where a browser cannot send one: an EventSource
 * sends no Authorization header, and a token in a URL would outlive the request in logs and history. A ticket is
 * bound to the identity (subject, roles, jurisdiction) of the token that asked for it and to one purpose, expires
 * by the injected clock after `ttlMs` (or when that token does, if sooner), and is gone once redeemed.
 *
 * Held in this process's memory: behind several instances, the ticket must be redeemed where it was issued
 * (sticky routing by client), or the stream answers 401 and the page asks for another ticket.
 */
export class StreamTickets {
  /** in issue order */
  readonly #held = new Map<string, Held>();
  readonly #perSubject = new Map<string, number>();
  readonly #clock: Clock;
  readonly #newTicket: () => string;
  readonly #ttlMs: number;
  readonly #maxPerSubject: number;
  readonly #max: number;

  constructor(options: { clock: Clock; newTicket: () => string; ttlMs?: number; maxPerSubject?: number; max?: number }) {
    this.#clock = options.clock;
    this.#newTicket = options.newTicket;
    this.#ttlMs = options.ttlMs ?? 60_000;
    this.#maxPerSubject = options.maxPerSubject ?? 16;
    this.#max = options.max ?? 100_000;
  }

  get ttlMs(): number {
    return this.#ttlMs;
  }

  /** tickets held (not yet redeemed, not yet swept after expiry) */
  get size(): number {
    return this.#held.size;
  }

  /** a new ticket, or null when the subject already holds `maxPerSubject` unredeemed ones (or all tickets are taken) */
  issue(identity: Identity, purpose: TicketPurpose, credentialExpiresAtMs: number | null = null): IssuedTicket | null {
    const now = this.#clock.now().getTime();
    this.#sweep(now);
    if ((this.#perSubject.get(identity.id) ?? 0) >= this.#maxPerSubject || this.#held.size >= this.#max) return null;
    const expiresAtMs = Math.min(now + this.#ttlMs, credentialExpiresAtMs ?? Number.POSITIVE_INFINITY);
    const ticket = this.#newTicket();
    if (this.#held.has(ticket)) throw new Error('ticket source repeated itself');
    this.#held.set(ticket, { identity: { ...identity, roles: [...identity.roles] }, purpose, issuedAtMs: now, expiresAtMs });
    this.#perSubject.set(identity.id, (this.#perSubject.get(identity.id) ?? 0) + 1);
    return { ticket, purpose, expiresAt: new Date(expiresAtMs).toISOString() };
  }

  /** the identity a ticket stands for, once: null for an unknown, used, expired or other-purpose ticket */
  redeem(ticket: string, purpose: TicketPurpose): Identity | null {
    const held = this.#held.get(ticket);
    if (!held) return null;
    this.#drop(ticket, held); // single use, whatever the outcome
    if (held.purpose !== purpose || this.#clock.now().getTime() >= held.expiresAtMs) return null;
    return held.identity;
  }

  #drop(ticket: string, held: Held): void {
    this.#held.delete(ticket);
    const left = (this.#perSubject.get(held.identity.id) ?? 1) - 1;
    if (left > 0) this.#perSubject.set(held.identity.id, left);
    else this.#perSubject.delete(held.identity.id);
  }

  /** drops the tickets issued a whole ttl ago: they are first in issue order (one cut short by its token goes when its turn comes) */
  #sweep(now: number): void {
    for (const [ticket, held] of this.#held) {
      if (held.issuedAtMs + this.#ttlMs > now) break;
      this.#drop(ticket, held);
    }
  }
}
