import type { Choice, Question } from '../form.ts';

/** small builders for the preset questionnaires: a question row, a yes/no question, a choice list from its labels */
export const q = (type: string, name: string, label: string, extra: Partial<Question> = {}): Question => ({ type, name, label, ...extra });
export const yesNo = (name: string, label: string, extra: Partial<Question> = {}): Question => q('select_one yesno', name, label, { required: true, ...extra });
/** ①②③… on paper: the choice names are the circled numbers' digits */
export const list = (name: string, labels: readonly string[]): Choice[] => labels.map((label, i) => ({ list: name, name: String(i + 1), label }));
export const YES_NO = list('yesno', ['是', '否']);
