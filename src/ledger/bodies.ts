import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates.ts';
import { closed, evidenceList } from '../monitoring/evidence.ts';
import { when } from '../http/command-context.ts';
import { PRESET_CODES } from './problem-types.ts';

/** The request bodies of the ledger's routes (zod: validated, and their JSON Schema is the route's contract). */

const text = (max = 4000) => z.string().trim().min(1).max(max);
const person = closed({ personId: z.string().min(1).max(100), name: text(100) });

export const ResponsibleSchema = closed({ personId: z.string().min(1).max(100), name: text(100), unit: text(200) });

/** 四项清单: the measure, the responsible person and unit, the deadline (the problem itself is the finding) */
export const FourListsSchema = closed({ measure: text(), responsible: ResponsibleSchema, deadline: IsoDateSchema });

export const HouseholdTypeSchema = z.enum(['escaped', 'edgeProne', 'ordinary']);
export const LevelSchema = z.enum(['household', 'county', 'township', 'village']);

export const FoundBody = z.object({
  level: LevelSchema,
  /** 户内问题: the household; its village is the problem's region */
  householdId: z.uuid().optional(),
  householdType: HouseholdTypeSchema.optional(),
  /** 面上问题: the county (6 digits), township (9) or village (12) */
  regionCode: z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/).optional(),
  typeCode: z.string().min(1).max(40),
  itemCode: z.string().min(1).max(40).optional(),
  description: text(),
  campaignId: z.uuid().optional(),
  listedVillageId: z.uuid().optional(),
  /** 004 附件2 13②: with the household's income year and proposed type, opens a monitoring case (cadre screening) */
  monitoring: closed({ year: z.number().int().min(2000).max(2100), proposedType: z.enum(['unstableEscaped', 'edgeProne', 'suddenHardship']) }).optional(),
  evidence: evidenceList,
  ...when,
}).strict();

export const SignBody = z.object({ as: z.enum(['countyGuidanceLeader', 'townshipWorkLeader']), opinion: text(), ...when }).strict();
export const ListsBody = z.object({ lists: FourListsSchema, ...when }).strict();
export const ListsChangeBody = z.object({ lists: FourListsSchema, reason: text(), ...when }).strict();
export const ClaimBody = z.object({ result: text(), evidence: evidenceList, ...when }).strict();
export const VerifyBody = z.object({ outcome: z.enum(['passed', 'failed']), opinion: text(), evidence: evidenceList, ...when }).strict();
export const ReasonBody = z.object({ reason: text(), ...when }).strict();
export const OpinionBody = z.object({ opinion: text(), ...when }).strict();
export const AssignBody = z.object({ department: text(100), opinion: text(), ...when }).strict();
export const AnswerBody = z.object({ answer: text(), lists: FourListsSchema.optional(), ...when }).strict();
export const InterviewBody = z.object({ person, reason: text(), notes: text(), ...when }).strict();
export const AccountabilityBody = z.object({ person, finding: z.enum(['late', 'incomplete', 'faked']), measure: text(), ...when }).strict();

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const StageSchema = closed({ code: z.string().min(1).max(40), zh: text(100), from: IsoDateSchema, to: IsoDateSchema });
export const TeamSchema = closed({ teamId: z.string().min(1).max(40), members: z.array(person).min(1).max(10), villages: z.array(z.string().regex(/^\d{12}$/)).max(200) });

export const CampaignBody = z.object({
  level: z.enum(['county', 'township']),
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/),
  name: text(200),
  preset: z.enum(PRESET_CODES).optional(),
  scope: closed({ townships: z.array(z.string().regex(/^\d{9}$/)).max(100), villages: z.array(z.string().regex(/^\d{12}$/)).max(2000), householdTypes: z.array(HouseholdTypeSchema).max(3) }),
  stages: z.array(StageSchema).min(1).max(10),
  reportDue: IsoDateSchema,
  ...when,
}).strict();
export const TeamsBody = z.object({ teams: z.array(TeamSchema).min(1).max(500), ...when }).strict();
export const PairsBody = z.object({ pairs: z.array(closed({ townshipCode: z.string().regex(/^\d{9}$/), unit: text(200) })).min(1).max(100), ...when }).strict();
export const VisitsBody = z.object({ teamId: z.string().min(1).max(40), villageCode: z.string().regex(/^\d{12}$/), householdIds: z.array(z.uuid()).min(1).max(100), ...when }).strict();
export const CloseCampaignBody = z.object({ summary: text(), ...when }).strict();

export const ListVillageBody = z.object({
  villageCode: z.string().regex(/^\d{12}$/),
  selection: closed({ baseYear: z.number().int().min(2000).max(2100), notEscapedPeople: z.number().int().min(0) }),
  residentUnit: text(200),
  leader: person,
  fromMonth: month,
  untilMonth: month,
  ...when,
}).strict();
export const ReportBody = z.object({ month, summary: text(), evidence: evidenceList, ...when }).strict();
export const SupervisionBody = z.object({ month, areas: z.array(z.number().int().min(1).max(10)).min(1).max(10), findings: z.array(z.uuid()).max(500), notes: text(), ...when }).strict();
