import { registerTable } from '../../office/tables/registry.ts';
import type { TableSpec } from '../../office/tables/spec.ts';
import { actionTeamRosterTable } from '../action-team/roster-table.ts';
import { edgeSurveyStatistics, suspectedEdgeList } from './edge.ts';
import { sixChecksRiskList, sixChecksRiskStatistics } from './six-checks.ts';

/**
 * The surveys' tables (seed 002 附件1 roster, 附件4, 附件5, 附件8, 附件9) in the one export path of src/office/tables: JSON, xlsx with
 * merged headers and the 填报 line, CSV, HTML and PDF to print, jobs for large ones.
 */
export const SURVEY_TABLE_SPECS: readonly TableSpec[] = [sixChecksRiskList, sixChecksRiskStatistics, suspectedEdgeList, edgeSurveyStatistics, actionTeamRosterTable];

let registered = false;
/** adds the surveys' tables to the registry once per process (every app shares the registry) */
export const registerSurveyTables = (): void => {
  if (registered) return;
  registered = true;
  for (const s of SURVEY_TABLE_SPECS) registerTable(s);
};
