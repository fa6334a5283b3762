import { z } from 'zod';
import { closed } from '../monitoring/evidence.ts';

export { closed, evidenceList } from '../monitoring/evidence.ts';

export const UnitLevelSchema = z.enum(['city', 'county', 'township', 'village']);
export const CardSchema = z.enum(['red', 'yellow', 'green', 'blue']);

/** 结对帮扶干部: the person, and their unit's level (003 counts a city unit's cadre's visits by the quarter) */
export const CadreSchema = closed({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  unitLevel: UnitLevelSchema,
  organisation: z.string().min(1).max(200).optional(),
});

export const NamedPersonSchema = closed({ id: z.string().min(1).max(100).optional(), name: z.string().min(1).max(100) });
