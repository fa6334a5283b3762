const ident = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid PostgreSQL schema name: ${name}`);
  return name;
};

/**
 * `head` holds the last global position. Every append transaction locks its single row first and only then picks
 * positions, so positions are gapless and in commit order across every instance sharing the database: a reader
 * can never see position n+1 while n is still uncommitted (the trap of sequences).
 */
export const postgresSchema = (schema: string) => {
  const s = ident(schema);
  return {
    schema: s,
    channel: `${s}_events`,
    ddl: `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.events (
  position  bigint PRIMARY KEY,
  id        uuid   NOT NULL UNIQUE,
  stream    text   NOT NULL,
  revision  bigint NOT NULL,
  type      text   NOT NULL,
  data      jsonb  NOT NULL,
  metadata  jsonb  NOT NULL,
  prev_hash text   NOT NULL,
  hash      text   NOT NULL,
  UNIQUE (stream, revision)
);
CREATE TABLE IF NOT EXISTS ${s}.head (id int PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
INSERT INTO ${s}.head VALUES (1, 0) ON CONFLICT DO NOTHING;
CREATE OR REPLACE FUNCTION ${s}.events_are_facts() RETURNS trigger LANGUAGE plpgsql AS
  $$ BEGIN RAISE EXCEPTION 'events are append-only'; END $$;
DROP TRIGGER IF EXISTS events_no_change ON ${s}.events;
CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON ${s}.events
  FOR EACH ROW EXECUTE FUNCTION ${s}.events_are_facts();
DROP TRIGGER IF EXISTS events_no_truncate ON ${s}.events;
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${s}.events
  FOR EACH STATEMENT EXECUTE FUNCTION ${s}.events_are_facts();
`,
  };
};

export interface PgEventRow {
  position: string;
  id: string;
  stream: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}
