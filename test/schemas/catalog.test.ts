import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Value from 'typebox/value';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine, StateNode } from 'xstate';
import { EVENT_SCHEMAS, LATEST_VERSIONS, catalogProblems, committedSchemaFiles, renderSchemaFiles, schemaOf } from '../../schemas/catalog.ts';
import { storedVersionOf } from '../../src/store/upcasting.ts';
import { drive as driveMonitoring } from '../api/monitoring/helpers.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { driveThroughLists } from '../support/drive.ts';

const WORKFLOWS = fileURLToPath(new URL('../../workflows/', import.meta.url));

const tsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

const isMachine = (value: unknown): value is AnyStateMachine =>
  typeof value === 'object' && value !== null && 'root' in value && 'config' in value && typeof (value as { transition?: unknown }).transition === 'function';

/** every event type a state node or any of its children has an `on` entry for */
const acceptedEvents = (node: StateNode): string[] => [
  ...Object.keys(node.config.on ?? {}),
  ...Object.values(node.states).flatMap((child) => acceptedEvents(child as StateNode)),
];

/** every machine every module under workflows/ exports, directly or in a version registry */
const machinesOfWorkflows = async (): Promise<Map<string, AnyStateMachine>> => {
  const machines = new Map<string, AnyStateMachine>();
  for (const file of tsFiles(WORKFLOWS)) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const candidates = isMachine(value) ? [value] : typeof value === 'object' && value !== null ? Object.values(value).filter(isMachine) : [];
      for (const m of candidates) machines.set(m.id, m);
    }
  }
  return machines;
};

/** every stored event is stamped with its type's latest version and its data matches that version's schema */
const storedMatchSchemas = async (t: TestApp): Promise<Set<string>> => {
  // as the chains read them: names and IDs are sealed in the stored bytes and put back on read (src/privacy)
  const stored = await t.app.services.store.readAll({ limit: 10_000 });
  for (const e of stored) {
    const version = storedVersionOf(e);
    expect(version, `${e.type} is stamped with the latest version`).toBe(LATEST_VERSIONS.get(e.type));
    expect(e.metadata.schemaVersion).toBe(version);
    const schema = schemaOf(e.type, version);
    if (!schema) throw new Error(`no schema for ${e.type} v${version}`);
    const errors = [...Value.Errors(schema.data, e.data)].map((x) => `${x.instancePath} ${x.message}`);
    expect(errors, `${e.type} v${version} at ${e.stream}#${e.revision}`).toEqual([]);
  }
  return new Set(stored.map((e) => e.type));
};

describe('the event schema catalog', () => {
  it('keeps its own rules: contiguous versions, an upcaster from every older version, none from the newest', () => {
    expect(catalogProblems()).toEqual([]);
  });

  it('the committed schemas/json files are the ones the definitions render (run `npm run schemas` to refresh them)', () => {
    const committed = committedSchemaFiles();
    const rendered = renderSchemaFiles();
    expect([...committed.keys()].sort()).toEqual([...rendered.keys()].sort());
    for (const [name, text] of rendered) expect(committed.get(name), `schemas/json/${name} is stale`).toBe(text);
  });

  it('has a schema for every event type any machine under workflows/ accepts', async () => {
    const machines = await machinesOfWorkflows();
    expect([...machines.keys()]).toEqual(expect.arrayContaining(['fourCardDesignation', 'household', 'appraisalMeeting', 'spotCheckRound', 'notice']));
    const accepted = new Set([...machines.values()].flatMap((m) => acceptedEvents(m.root)));
    expect(accepted.size).toBeGreaterThan(20);
    const missing = [...accepted].filter((type) => !LATEST_VERSIONS.has(type));
    expect(missing, 'event types without a schema in schemas/events/').toEqual([]);
  });

  it('describes exactly what a driven four-card chain stores, and stamps each new event with its version', async () => {
    const t = await startApp();
    try {
      await driveThroughLists(t, 3);
      t.clock.set('2026-04-11T01:00:00.000Z');
      await t.app.noticeTimer.runDue();
      expect((await storedMatchSchemas(t)).size).toBeGreaterThanOrEqual(15);
    } finally {
      await t.close();
    }
  });

  it('describes exactly what a driven monitoring case stores', async () => {
    const t = await startApp();
    try {
      await driveMonitoring(t, 'monitored');
      expect([...(await storedMatchSchemas(t))].filter((type) => /^Monitoring/.test(type)).length).toBeGreaterThanOrEqual(6);
    } finally {
      await t.close();
    }
  });

  it('every schema names its type and version, and only types with a schema are written', () => {
    for (const s of EVENT_SCHEMAS) expect(s.type).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(EVENT_SCHEMAS.filter((s) => s.type === 'InitialCheckDeclared').map((s) => s.version)).toEqual([0, 1]);
  });
});
