import { z } from 'zod';
import { configIssues, type ConfigIssue } from './config-issues.ts';
import { GENERIC_2024_POLICY, PRESET_PATCHES, SEED_POLICY_CONFIG } from './policy-presets.ts';
import { FourCardVariantSchema, PolicySchema, type Policy } from './policy-schema.ts';
import { regionPrefix, RegionPrefixSchema } from './region.ts';
import { err, ok, type Result } from './result.ts';

export type { FourCardVariant, NoticePeriod, Policy } from './policy-schema.ts';
export { GENERIC_2024_POLICY, SEED_POLICY_CONFIG } from './policy-presets.ts';

type Patch = Record<string, unknown>;
const PatchSchema = z.record(z.string(), z.unknown());

const EntrySchema = z.strictObject({
  region: RegionPrefixSchema,
  fromYear: z.number().int().min(1978).max(2200),
  preset: FourCardVariantSchema.optional(),
  set: PatchSchema.default({}),
});

export const PolicyConfigSchema = z.strictObject({
  /** applied over the generic 2024 policy for every region */
  defaults: PatchSchema.default({}),
  policies: z.array(EntrySchema).default([]),
});

export interface PolicyConfigError {
  readonly code: 'POLICY_CONFIG_INVALID';
  readonly issues: readonly ConfigIssue[];
}

export interface PolicyBook {
  /** The policy for a region code (or prefix) and year. Throws on a malformed code: validate codes at the edge. */
  resolve(regionCode: string, year: number): Policy;
}

const isPlain = (v: unknown): v is Patch => typeof v === 'object' && v !== null && !Array.isArray(v);

const merge = (base: Patch, patch: Patch): Patch => {
  const out: Patch = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const under = Object.hasOwn(out, key) ? out[key] : undefined;
    // defineProperty keeps a "__proto__" key an own property, which the strict schema then rejects by name
    const merged = isPlain(under) && isPlain(value) ? merge(under, value) : value;
    Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return out;
};

/**
 * Entries apply field by field: each number comes from the most specific entry that sets it (longest region
 * prefix, then latest fromYear ≤ the year asked), else from `defaults`. So a city can set the monitoring line
 * while one of its counties sets only its card variant. A preset counts as set by its entry.
 */
export const createPolicyBook = (config: unknown): Result<PolicyBook, PolicyConfigError> => {
  const parsed = PolicyConfigSchema.safeParse(config);
  if (!parsed.success) return err({ code: 'POLICY_CONFIG_INVALID', issues: configIssues(parsed.error, []) });
  const base = merge(GENERIC_2024_POLICY, parsed.data.defaults);
  const issues: ConfigIssue[] = [];
  const baseCheck = PolicySchema.safeParse(base);
  if (!baseCheck.success) issues.push(...configIssues(baseCheck.error, ['defaults']));
  const entries = parsed.data.policies.map((e, i) => {
    const patch = merge(e.preset === undefined ? {} : (PRESET_PATCHES[e.preset] ?? {}), e.set);
    const check = PolicySchema.safeParse(merge(base, patch));
    if (!check.success) issues.push(...configIssues(check.error, ['policies', i, 'set']));
    return { prefix: regionPrefix(e.region) ?? e.region, fromYear: e.fromYear, patch };
  });
  if (issues.length > 0) return err({ code: 'POLICY_CONFIG_INVALID', issues });
  const ordered = [...entries].sort((a, b) => a.prefix.length - b.prefix.length || a.fromYear - b.fromYear);
  // every command and every audited step asks; a book never changes, so each (region, year) is merged once
  const resolved = new Map<string, Policy>();
  return ok({
    resolve(regionCode, year) {
      const prefix = regionPrefix(regionCode);
      if (prefix === null) throw new RangeError(`not a region code: ${regionCode}`);
      const key = `${prefix}/${year}`;
      let policy = resolved.get(key);
      if (!policy) {
        const applying = ordered.filter((e) => prefix.startsWith(e.prefix) && e.fromYear <= year);
        policy = Object.freeze(PolicySchema.parse(applying.reduce((acc, e) => merge(acc, e.patch), base)));
        resolved.set(key, policy);
      }
      return policy;
    },
  });
};

/** The policy book the seeds alone describe (see SEED_POLICY_CONFIG). */
export const seedPolicyBook = (): PolicyBook => {
  const book = createPolicyBook(SEED_POLICY_CONFIG);
  if (!book.ok) throw new Error('the seed policy configuration is invalid');
  return book.value;
};
