import { fmtInt } from '../lib/table.ts';
import type { SuiteConfig } from './config.ts';
import { log, ratio, row } from './row.ts';
import type { Row } from './row.ts';
import { runTs } from './spawn.ts';

const STORE_BENCH = new URL('../store.ts', import.meta.url).pathname;

const firstNumber = (cell: string): number => Number((/[\d,.]+/.exec(cell)?.[0] ?? '').replaceAll(',', ''));

/**
 * bench/store.ts (npm run bench:store) run as it is, in a child process, its table's append rows carried over:
 * our sqlite store beside the raw better-sqlite3 floor at the same durability, measured in that run.
 */
export const storeSection = async (config: SuiteConfig): Promise<{ rows: Row[]; notes: string[] }> => {
  log(`store: npm run bench:store (BENCH_SCALE=${config.store.scale}, BENCH_ROUNDS=${config.store.rounds})`);
  let out: string;
  try {
    out = await runTs(STORE_BENCH, [], { env: { BENCH_SCALE: config.store.scale, BENCH_ROUNDS: config.store.rounds }, passStderr: false });
  } catch (error) {
    return { rows: [row({ measurement: 'Store: bench/store.ts', ours: 'failed' })], notes: [`Store: bench/store.ts failed in this run: ${(error as Error).message.slice(0, 400)}; run npm run bench:store on its own.`] };
  }
  const lines = out.split('\n');
  const table = lines.filter((l) => l.startsWith('|')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  const [header, , ...data] = table;
  const col = (name: RegExp) => header?.findIndex((h) => name.test(h)) ?? -1;
  const ours = col(/sqlite/i);
  const raw = col(/raw/i);
  const postgres = col(/postgres/i);
  const rows = data
    .filter((cells) => /appends\/s/.test(cells[0] ?? '') && ours >= 0 && raw >= 0)
    .map((cells) => {
      const o = cells[ours] ?? '';
      const r = cells[raw] ?? '';
      return row({ measurement: `Store: ${cells[0] ?? ''} (sqlite ours)`, ours: o, baseline: `${r} (raw better-sqlite3)`, ratio: ratio(firstNumber(o), firstNumber(r)) });
    });
  const pg = data.filter((cells) => /appends\/s/.test(cells[0] ?? '')).map((cells) => `${cells[0] ?? ''}: ${postgres >= 0 ? (cells[postgres] ?? '') : '—'}`);
  const verdict = lines.find((l) => l.startsWith('target'));
  const notes = [
    `Store: from bench/store.ts run in this run (${fmtInt(data.length)} rows there; the append rows here)${verdict ? `; its ${verdict}` : ''}. Our postgres store in the same run: ${pg.join('; ') || '—'}.`,
  ];
  if (rows.length === 0) rows.push(row({ measurement: 'Store: bench/store.ts', ours: 'see npm run bench:store (its table could not be read)' }));
  return { rows, notes };
};
