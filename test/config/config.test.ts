import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';

describe('configuration from the environment', () => {
  it('defaults to the embedded sqlite store under ./data on port 3000', () => {
    expect(loadConfig({})).toMatchObject({ EVENT_STORE: 'sqlite', SQLITE_PATH: './data/events.db', PORT: 3000, HOST: '127.0.0.1' });
  });

  it('stops with a message naming the variable and what it expected', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: .*number/i);
    expect(() => loadConfig({ EVENT_STORE: 'mysql' })).toThrow(/EVENT_STORE: .*(sqlite|expected)/i);
    expect(() => loadConfig({ PG_URL: 'not a url' })).toThrow(/PG_URL/);
    expect(() => loadConfig({ EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_URL: required/);
  });

  it('warns of the end of the calendar 60 days ahead unless CALENDAR_WARNING_DAYS says otherwise', () => {
    expect(loadConfig({}).CALENDAR_WARNING_DAYS).toBe(60);
    expect(loadConfig({ CALENDAR_WARNING_DAYS: '90' }).CALENDAR_WARNING_DAYS).toBe(90);
    expect(() => loadConfig({ CALENDAR_WARNING_DAYS: '-1' })).toThrow(/CALENDAR_WARNING_DAYS/);
  });

  it('reads PORT and HOST', () => {
    expect(loadConfig({ PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ PORT: 8080, HOST: '0.0.0.0' });
  });
});
