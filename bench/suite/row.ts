import { fmtX } from '../lib/table.ts';

/** One line of the suite's table: a figure beside the baseline measured in the same run. */
export interface Row {
  measurement: string;
  ours: string;
  baseline: string;
  /** ours ÷ baseline, when both are rates or times of the same thing */
  ratio: string;
  target: string;
  /** 'met', 'NOT MET', or '' when there is no target */
  verdict: string;
}

export const row = (r: Partial<Row> & Pick<Row, 'measurement' | 'ours'>): Row => ({ baseline: '—', ratio: '—', target: '—', verdict: '', ...r });

export const ratio = (ours: number, baseline: number): string => fmtX(ours / baseline);

export const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');

export const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};
