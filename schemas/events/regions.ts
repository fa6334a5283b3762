import { defineEvent } from '../define.ts';
import { RegionAddedDataSchema, RegionRenamedDataSchema, RegionsImportedDataSchema } from '../../src/regions/events.ts';
import { fromZod } from './common.ts';

/** The county's region directory (workflows/regions, src/regions): one stream per county, `regions-<county>`. */
const event = defineEvent('regions');

export const regionEvents = [
  event('RegionAdded', 1, '新增区划名称 / Region added',
    'The county office (or an administrator) enters the name of a township, village or group (组) under its code.',
    fromZod(RegionAddedDataSchema)),
  event('RegionRenamed', 1, '区划更名 / Region renamed',
    'A code already in the directory gets a new name; the previous name is recorded and stays on the trail.',
    fromZod(RegionRenamedDataSchema)),
  event('RegionsImported', 1, '导入区划名称 / Regions imported',
    'A CSV file (code,name[,parent]) applied as a whole: the codes it added and the names it changed. A file with any wrong row is refused and applies nothing.',
    fromZod(RegionsImportedDataSchema)),
];
