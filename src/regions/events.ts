import { z } from 'zod';

/** the levels the directory holds: a county's townships (9 digits), villages (12) and groups (组: village + 2 digits) */
export const DirectoryLevelSchema = z.enum(['county', 'township', 'village', 'group']);
export type DirectoryLevel = z.output<typeof DirectoryLevelSchema>;

export const DirectoryEntrySchema = z.object({
  code: z.string().regex(/^\d{6}(\d{3}(\d{3}(\d{2})?)?)?$/).describe('6-digit county, 9-digit township, 12-digit village, or village + 2 digits for a group (组)'),
  name: z.string().min(1).max(100),
  level: DirectoryLevelSchema,
  parentCode: z.string().nullable().describe('the code one level up; null for the county'),
  demo: z.boolean().describe('true for the demonstration entries loaded at start-up: not official names'),
});
export type DirectoryEntry = z.output<typeof DirectoryEntrySchema>;

const base = {
  machineVersion: z.string(),
  scopeCode: z.string().describe('the county whose directory this is (its stream: regions-<county>)'),
};

/** data of RegionAdded: a code gets its first name */
export const RegionAddedDataSchema = z.object({ ...base, entry: DirectoryEntrySchema });

/** data of RegionRenamed: a code known before gets a new name; the old one stays on the trail */
export const RegionRenamedDataSchema = z.object({
  ...base,
  code: z.string(),
  name: z.string().min(1).max(100),
  previousName: z.string(),
  reason: z.string().nullable(),
});

/** data of RegionsImported: a CSV file applied as a whole — the codes it added and the names it changed */
export const RegionsImportedDataSchema = z.object({
  ...base,
  source: z.string().nullable().describe('the file name or description the importer gave'),
  rows: z.number().int().min(0).describe('the rows of the file'),
  added: z.array(DirectoryEntrySchema),
  renamed: z.array(z.object({ code: z.string(), name: z.string(), previousName: z.string() })),
});
