import { readFileSync } from 'node:fs';
import { chinaWorkingCalendar } from '../domain/calendar.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import { createPolicyBook, seedPolicyBook } from '../domain/policy.ts';
import type { PolicyBook } from '../domain/policy.ts';
import { ConfigError } from './config.ts';

const readJson = (variable: string, path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new ConfigError(`invalid configuration (环境变量配置错误):\n  ${variable}: cannot read JSON from ${path} (${(error as Error).message})`);
  }
};

const fail = (variable: string, issues: readonly { path: string; message: string }[]) =>
  new ConfigError(`invalid configuration (环境变量配置错误):\n${issues.map((i) => `  ${variable} ${i.path}: ${i.message}`).join('\n')}`);

/**
 * Policy numbers per region and year (income lines, notice lengths, sample ratios, review intervals): the seeds'
 * values unless POLICY_FILE names a JSON file of overrides (format: src/domain/policy.ts PolicyConfigSchema).
 */
export const loadPolicies = (path: string | undefined): PolicyBook => {
  if (!path) return seedPolicyBook();
  const book = createPolicyBook(readJson('POLICY_FILE', path));
  if (!book.ok) throw fail('POLICY_FILE', book.error.issues);
  return book.value;
};

/**
 * China's working days: the packaged data (2004–2026) unless CALENDAR_FILE adds or corrects years, e.g.
 * { "2027": { "holidays": ["2027-01-01", …], "workdays": ["2027-02-06", …] } } once the State Council publishes them.
 */
export const loadCalendar = (path: string | undefined): WorkingCalendar => {
  const calendar = chinaWorkingCalendar(path ? readJson('CALENDAR_FILE', path) : {});
  if (!calendar.ok) throw fail('CALENDAR_FILE', calendar.error.issues);
  return calendar.value;
};
