import type { z } from 'zod';
import { fieldError, finding, MAX_EXAMINED_FINDINGS, toPointer } from '../shared/field-errors.ts';
import type { FieldError, Finding, JsonScalar, RequestPart } from '../shared/field-errors.ts';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<string | number>;

const segments = (path: readonly PropertyKey[]): Array<string | number> => path.map((p) => (typeof p === 'number' ? p : String(p)));

const scalars = (values: readonly unknown[]): JsonScalar[] =>
  values.filter((v): v is JsonScalar => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** a custom issue's params: `code` names the field error, `zh`/`en` say it (else the vocabulary's words for the code) */
const customFinding = (issue: z.core.$ZodIssueCustom): Finding => {
  const params: unknown = issue.params;
  const code = isRecord(params) && typeof params.code === 'string' ? params.code : undefined;
  const zh = isRecord(params) && typeof params.zh === 'string' ? params.zh : undefined;
  const en = isRecord(params) && typeof params.en === 'string' ? params.en : undefined;
  if (code === undefined) return finding.invalidValue(issue.message);
  const known = KNOWN_BY_CODE.get(code)?.();
  return { ...(known ?? finding.invalidValue(issue.message)), code, ...(zh !== undefined ? { zh } : {}), ...(en !== undefined ? { en } : {}) };
};

/** the vocabulary's findings a custom check can name by code alone */
const KNOWN_BY_CODE: ReadonlyMap<string, () => Finding> = new Map([
  ['REQUIRED', finding.required],
  ['NOT_A_DATE', finding.notADate],
  ['NOT_A_DATE_TIME', finding.notADateTime],
  ['NOT_A_UUID', finding.notAUuid],
  ['INVALID_FORMAT', finding.invalidFormat],
  ['DUPLICATE_ITEMS', finding.duplicateItems],
]);

const formatFinding = (format: string): Finding =>
  format === 'date' ? finding.notADate() : format === 'datetime' ? finding.notADateTime() : format === 'uuid' || format === 'guid' ? finding.notAUuid() : finding.invalidFormat();

/** a missing field that may take only some values: REQUIRED, naming them */
const requiredOneOf = (allowed: readonly JsonScalar[]): Finding => {
  const oneOf = finding.notInEnum(allowed);
  return { ...finding.required(), zh: `必须填写，${oneOf.zh}`, en: `is required and ${oneOf.en}`, allowed };
};

const bound = (n: number | bigint): number => Number(n);

interface Placed {
  path: Path;
  finding: Finding;
}

const rejectedAtRoot = (branch: readonly Issue[]): boolean => branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'));

/**
 * A union none of whose options matched. A discriminated union names its options (one error at the discriminator:
 * the allowed values); otherwise the options that failed on the value's own type or value are set aside and the
 * closest remaining option (fewest issues) speaks; when every option failed at the value itself, one error says
 * what it may be.
 */
const unionFindings = (issue: z.core.$ZodIssueInvalidUnion, path: Path): Placed[] => {
  if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
    const allowed = scalars(issue.options);
    const missing = isRecord(issue.input) && issue.input[issue.discriminator] === undefined;
    return [{ path, finding: missing ? requiredOneOf(allowed) : finding.notInEnum(allowed) }];
  }
  const branches = issue.errors;
  if (branches.length === 0) return [{ path, finding: finding.noMatchingForm() }];
  const applying = branches.filter((b) => !rejectedAtRoot(b));
  const closest = applying.reduce<readonly Issue[] | undefined>((best, b) => (best === undefined || b.length < best.length ? b : best), undefined);
  if (closest !== undefined) return closest.flatMap((i) => placed(i, path));
  const atRoot = branches.flat().filter((i) => i.path.length === 0);
  if (atRoot.every((i) => i.code === 'invalid_value')) return [{ path, finding: finding.notInEnum([...new Set(atRoot.flatMap((i) => scalars(i.values)))]) }];
  if (atRoot.every((i) => i.code === 'invalid_type')) return [{ path, finding: finding.wrongType([...new Set(atRoot.map((i) => i.expected))]) }];
  return [{ path, finding: finding.noMatchingForm() }];
};

const placed = (issue: Issue, base: Path): Placed[] => {
  const path = [...base, ...segments(issue.path)];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && issue.expected !== 'undefined') return [{ path, finding: finding.required() }];
      return [{ path, finding: finding.wrongType([issue.expected]) }];
    case 'too_small':
      if (issue.origin === 'string') return [{ path, finding: finding.tooShort(bound(issue.minimum)) }];
      if (issue.origin === 'array' || issue.origin === 'set') return [{ path, finding: finding.tooFewItems(bound(issue.minimum)) }];
      return [{ path, finding: finding.outOfRange(issue.inclusive === false ? '>' : '>=', bound(issue.minimum)) }];
    case 'too_big':
      if (issue.origin === 'string') return [{ path, finding: finding.tooLong(bound(issue.maximum)) }];
      if (issue.origin === 'array' || issue.origin === 'set') return [{ path, finding: finding.tooManyItems(bound(issue.maximum)) }];
      return [{ path, finding: finding.outOfRange(issue.inclusive === false ? '<' : '<=', bound(issue.maximum)) }];
    case 'invalid_format':
      return [{ path, finding: formatFinding(issue.format) }];
    case 'not_multiple_of':
      return [{ path, finding: finding.notAMultiple(bound(issue.divisor)) }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], finding: finding.unknownField() }));
    case 'invalid_union':
      return unionFindings(issue, path);
    case 'invalid_key':
      return [{ path, finding: finding.invalidKey() }];
    case 'invalid_element':
      return issue.issues.flatMap((i) => placed(i, path));
    case 'invalid_value': {
      const allowed = scalars(issue.values);
      return [{ path, finding: issue.input === undefined ? requiredOneOf(allowed) : finding.notInEnum(allowed) }];
    }
    case 'custom':
      return [{ path, finding: customFinding(issue) }];
    default:
      return [{ path, finding: finding.invalidValue((issue as { message: string }).message) }];
  }
};

/**
 * zod's issues as field errors (parse with `reportInput: true`, so a missing field reads as REQUIRED); at most the
 * first MAX_EXAMINED_FINDINGS are translated (`truncated` says there were more)
 */
export const fieldErrorsOfZod = (issues: readonly Issue[], part: RequestPart = 'body'): { errors: FieldError[]; truncated: boolean } => ({
  errors: issues.slice(0, MAX_EXAMINED_FINDINGS).flatMap((i) => placed(i, [])).map((p) => fieldError(part, toPointer(p.path), p.finding)),
  truncated: issues.length > MAX_EXAMINED_FINDINGS,
});
