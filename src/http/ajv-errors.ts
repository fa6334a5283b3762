import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { FastifySchemaValidationError } from 'fastify';
import { escapePointerToken, fieldError, finding, MAX_EXAMINED_FINDINGS } from '../shared/field-errors.ts';
import type { FieldError, Finding, JsonScalar, RequestPart } from '../shared/field-errors.ts';

/** Fastify's names of the validated parts → OpenAPI's */
export const requestPartOf = (validationContext: string | undefined): RequestPart =>
  validationContext === 'querystring' ? 'query' : validationContext === 'params' ? 'path' : validationContext === 'headers' ? 'header' : 'body';

type AjvError = FastifySchemaValidationError;

/** an error already translated, kept with its schema path so an enclosing union can still sort it into its branch */
interface Found {
  schemaPath: string;
  instancePath: string;
  /** where the finding is: instancePath, or the property below it that is missing or unknown */
  pointer: string;
  finding: Finding;
  keyword: string;
  /** a type error's expected types */
  expected?: string[];
}

const scalar = (v: unknown): v is JsonScalar => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const scalars = (v: unknown): JsonScalar[] => (Array.isArray(v) ? v.filter(scalar) : scalar(v) ? [v] : []);
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const types = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : String(v).split(','));
const comparison = (v: unknown): '>=' | '>' | '<=' | '<' => (v === '>' || v === '<=' || v === '<' ? v : '>=');

const formatFinding = (format: string): Finding =>
  format === 'date' ? finding.notADate() : format === 'date-time' ? finding.notADateTime() : format === 'uuid' ? finding.notAUuid() : finding.invalidFormat();

/** one AJV error as a finding, or null for one that only says its sub-schemas failed (those speak for themselves) */
const translate = (e: AjvError): Found | null => {
  const at = (f: Finding, pointer = e.instancePath): Found => ({ schemaPath: e.schemaPath, instancePath: e.instancePath, pointer, finding: f, keyword: e.keyword });
  if (e.keyword === 'type') return { ...at(finding.wrongType(types(e.params.type))), expected: types(e.params.type) };
  const child = (name: unknown) => `${e.instancePath}/${escapePointerToken(str(name))}`;
  switch (e.keyword) {
    case 'required': return at(finding.required(), child(e.params.missingProperty));
    case 'dependencies':
    case 'dependentRequired': return at(finding.required(), child(e.params.missingProperty));
    case 'additionalProperties': return at(finding.unknownField(), child(e.params.additionalProperty));
    case 'unevaluatedProperties': return at(finding.unknownField(), child(e.params.unevaluatedProperty));
    case 'minLength': return at(finding.tooShort(num(e.params.limit)));
    case 'maxLength': return at(finding.tooLong(num(e.params.limit)));
    case 'minItems': return at(finding.tooFewItems(num(e.params.limit)));
    case 'maxItems': return at(finding.tooManyItems(num(e.params.limit)));
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': return at(finding.outOfRange(comparison(e.params.comparison), num(e.params.limit)));
    case 'multipleOf': return at(finding.notAMultiple(num(e.params.multipleOf)));
    case 'enum': return at(finding.notInEnum(scalars(e.params.allowedValues)));
    case 'const': return at(finding.notInEnum(scalars(e.params.allowedValue)));
    case 'format': return at(formatFinding(str(e.params.format)));
    case 'pattern': return at(finding.invalidFormat());
    case 'uniqueItems': return at(finding.duplicateItems());
    case 'propertyNames': return at(finding.invalidKey(), child(e.params.propertyName));
    case 'oneOf':
    case 'anyOf': return at(finding.noMatchingForm());
    case 'if': return null;
    default: return at(finding.invalidValue(e.message));
  }
};

const isUnion = (e: AjvError) => e.keyword === 'oneOf' || e.keyword === 'anyOf';

/** the branch index of an error under a union at `unionPath` (#/…/oneOf), or undefined */
const branchOf = (schemaPath: string, unionPath: string): number | undefined => {
  if (!schemaPath.startsWith(`${unionPath}/`)) return undefined;
  const index = /^(\d+)(\/|$)/.exec(schemaPath.slice(unionPath.length + 1));
  return index ? Number(index[1]) : undefined;
};

const refusedAtItself = (f: Found, instancePath: string) =>
  f.instancePath === instancePath && f.pointer === instancePath && (f.keyword === 'type' || f.keyword === 'const' || f.keyword === 'enum');

/**
 * A union none of whose branches matched, as few errors as say what is wrong. A discriminator — a property the
 * branches fix to a value each — refused by every branch is one error at that property listing the allowed values;
 * a discriminator that matched lets its branch speak. Properties every branch misses are required whichever branch.
 * Otherwise the branches that refused the value's own type or value are set aside and the closest remaining one
 * (fewest errors) speaks; when none remains, one error says what the value may be.
 */
const reduceUnion = (union: AjvError, branches: ReadonlyMap<number, Found[]>): Found[] => {
  const at = (f: Finding, pointer = union.instancePath): Found => ({ schemaPath: union.schemaPath, instancePath: union.instancePath, pointer, finding: f, keyword: union.keyword });
  if (Array.isArray(union.params.passingSchemas) || branches.size === 0) return [at(finding.noMatchingForm())];
  const fixed = new RegExp(`^${escapeRegExp(union.schemaPath)}/(\\d+)/properties/([^/]+)/(?:const|enum)$`);
  /** the fixed property a finding refuses, if it is one */
  const refusedProperty = (f: Found): string | undefined => {
    const m = fixed.exec(f.schemaPath);
    return m?.[2] !== undefined && f.pointer === `${union.instancePath}/${m[2]}` ? m[2] : undefined;
  };
  const all = [...branches.values()];
  const discriminator = all.flat().map(refusedProperty).find((name) => name !== undefined);
  if (discriminator !== undefined) {
    const refuses = (found: Found[]) => found.some((f) => refusedProperty(f) === discriminator);
    if (!all.every(refuses)) return closest(all.filter((found) => !refuses(found)));
    const allowed = [...new Set(all.flat().filter((f) => refusedProperty(f) === discriminator).flatMap((f) => f.finding.allowed ?? []))];
    return [at(finding.notInEnum(allowed), `${union.instancePath}/${discriminator}`)];
  }
  const missing = all.map((found) => new Set(found.filter((f) => f.keyword === 'required' && f.instancePath === union.instancePath).map((f) => f.pointer)));
  const missingEverywhere = [...(missing[0] ?? [])].filter((p) => missing.every((s) => s.has(p)));
  if (missingEverywhere.length > 0) return missingEverywhere.map((p) => at(finding.required(), p));
  const applying = all.filter((found) => !found.some((f) => refusedAtItself(f, union.instancePath)));
  if (applying.length > 0) return closest(applying);
  const refusals = all.flat().filter((f) => refusedAtItself(f, union.instancePath));
  if (refusals.every((f) => f.keyword === 'const' || f.keyword === 'enum')) return [at(finding.notInEnum([...new Set(refusals.flatMap((f) => f.finding.allowed ?? []))]))];
  if (refusals.every((f) => f.keyword === 'type')) return [at(finding.wrongType([...new Set(refusals.flatMap((f) => f.expected ?? []))]))];
  return [at(finding.noMatchingForm())];
};

const closest = (candidates: Found[][]): Found[] =>
  candidates.reduce<Found[] | undefined>((best, b) => (best === undefined || b.length < best.length ? b : best), undefined) ?? [];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * AJV's errors as field errors of one request part (an AJV with allErrors lists them all; Fastify's stops at the
 * first); at most the first MAX_EXAMINED_FINDINGS are translated (`truncated` says there were more)
 */
export const fieldErrorsOfAjv = (all: readonly AjvError[], part: RequestPart): { errors: FieldError[]; truncated: boolean } => {
  const errors = all.slice(0, MAX_EXAMINED_FINDINGS);
  let list: Array<Found | AjvError> = errors.flatMap((e): Array<Found | AjvError> => {
    if (isUnion(e)) return [e];
    const translated = translate(e);
    return translated ? [translated] : [];
  });
  // innermost unions first, so an enclosing union sorts already-reduced findings into its branches
  const unions = errors.filter(isUnion).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    const branches = new Map<number, Found[]>();
    const inUnion = new Set<Found | AjvError>([union]);
    for (const item of list) {
      if (!('pointer' in item)) continue;
      const i = branchOf(item.schemaPath, union.schemaPath);
      if (i === undefined || !(item.instancePath === union.instancePath || item.instancePath.startsWith(`${union.instancePath}/`))) continue;
      branches.set(i, [...(branches.get(i) ?? []), item]);
      inUnion.add(item);
    }
    const reduced = reduceUnion(union, branches);
    const first = list.findIndex((x) => inUnion.has(x));
    list = [...list.slice(0, first).filter((x) => !inUnion.has(x)), ...reduced, ...list.slice(first).filter((x) => !inUnion.has(x))];
  }
  return { errors: list.flatMap((x) => ('pointer' in x ? [fieldError(part, x.pointer, x.finding)] : [])), truncated: all.length > errors.length };
};

/**
 * Fastify's AJV stops at the first error (its default: with every error listed, a hostile megabyte of wrong items
 * costs seconds and hundreds of megabytes). A refused part of a form's size is judged again here, listing every
 * error, by an AJV with Fastify's options otherwise (coercion, defaults, removal of additional properties).
 */
let listing: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction | null>();

const listingAjv = (): Ajv => {
  if (listing) return listing;
  listing = new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: true, addUsedSchema: false, allErrors: true, strict: false });
  formats.default(listing);
  return listing;
};

/** every error of a value against a JSON Schema, or undefined when the schema cannot be compiled alone (a $ref to a shared schema) */
export const allAjvFieldErrors = (schema: object, value: unknown, part: RequestPart): { errors: FieldError[]; truncated: boolean } | undefined => {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    try {
      validate = listingAjv().compile(schema);
    } catch {
      validate = null;
    }
    compiled.set(schema, validate);
  }
  if (validate === null) return undefined;
  return validate(value) ? { errors: [], truncated: false } : fieldErrorsOfAjv(validate.errors ?? [], part);
};
