import { z } from 'zod';
import { ageOn, IsoDateSchema, type IsoDate } from './dates.ts';
import { birthDateFromResidentId, ResidentIdSchema } from './resident-id.ts';

/** 与户主关系 */
export const RelationSchema = z.enum([
  'head', 'spouse', 'child', 'child-in-law', 'grandchild', 'parent', 'grandparent', 'sibling', 'other',
]);

/** 在校生状况; 'dropout' is 失学辍学, which the 义务教育 guarantee is about. */
export const StudentStatusSchema = z.enum([
  'none', 'preschool', 'compulsory', 'senior-high', 'secondary-vocational', 'higher', 'dropout',
]);

/** 身体状况, single-valued as on the national forms; a disabled member carries the certificate grade (1 = most severe). */
export const HealthSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('healthy') }),
  z.object({ status: z.literal('chronic-illness') }),
  z.object({ status: z.literal('serious-illness') }),
  z.object({ status: z.literal('disabled'), grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
]);

/** 劳动力状况: 普通劳动力 / 弱劳动力或半劳动力 / 无劳动力 */
export const LabourCapacitySchema = z.enum(['normal', 'weak', 'none']);

/** 务工就业: where the member works (the forms' 县内 / 省内县外 / 省外) and for how many months a year. */
export const EmploymentSchema = z.object({
  place: z.enum(['none', 'within-county', 'within-province', 'outside-province']),
  monthsPerYear: z.number().int().min(0).max(12).optional(),
});

/** 劳动技能 as on the national register: 技能劳动力 / 普通劳动力 / 弱劳动力或半劳动力 / 丧失劳动力 / 无劳动力 */
export const LabourSkillSchema = z.enum(['skilled', 'ordinary', 'weak', 'lost', 'none']);

/** 文化程度 of a member not in school */
export const EducationLevelSchema = z.enum(['illiterate', 'primary', 'junior-high', 'senior-high', 'vocational', 'college']);

/** 参加医疗保险: 城乡居民基本医疗保险, 城镇职工基本医疗保险, or none */
export const MedicalInsuranceSchema = z.enum(['residents', 'employees', 'none']);

/** 残疾类别 (the certificate's kind; the grade is in health) */
export const DisabilityKindSchema = z.enum(['limb', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple']);

const PhoneSchema = z.string().regex(/^[0-9+\- ]{5,20}$/, 'a phone number');

/**
 * Seed 002's 核查清单 asks of each member (issue 16): what the household register (户口簿) says, whether they live
 * in the household, their labour skill, migrant work (where, phone), education, medical insurance, disability kind.
 * All optional: households registered before these fields keep their events valid.
 */
const ChecklistFields = {
  /** 有户籍: false for a member without household registration (无户籍人员) */
  hasHouseholdRegistration: z.boolean().optional(),
  /** the name and ID number as the 户口簿 prints them, when entered from it */
  register: z.object({ name: z.string().min(1).optional(), residentId: ResidentIdSchema.optional() }).optional(),
  /** 常住: false for a member who no longer lives in the household (married out, moved away) */
  livesInHousehold: z.boolean().optional(),
  labourSkill: LabourSkillSchema.optional(),
  /** 务工地 as written (county, city, employer) and the migrant worker's phone */
  workPlace: z.string().min(1).max(200).optional(),
  phone: PhoneSchema.optional(),
  educationLevel: EducationLevelSchema.optional(),
  medicalInsurance: MedicalInsuranceSchema.optional(),
  disabilityKind: DisabilityKindSchema.optional(),
};

export const MemberSchema = z
  .object({
    ...ChecklistFields,
    name: z.string().min(1),
    relation: RelationSchema,
    residentId: ResidentIdSchema.optional(),
    birthDate: IsoDateSchema.optional(),
    /** the age as written on a paper form, when neither ID nor birth date is known */
    age: z.number().int().min(0).max(150).optional(),
    studentStatus: StudentStatusSchema,
    health: HealthSchema,
    labour: LabourCapacitySchema,
    employment: EmploymentSchema,
  })
  .refine((m) => m.residentId !== undefined || m.birthDate !== undefined || m.age !== undefined, {
    message: 'a member needs a resident ID, a birth date or an age',
    path: ['age'],
    params: { code: 'MEMBER_AGE_UNKNOWN', zh: '身份证号、出生日期、年龄至少填写一项', en: 'a member needs a resident ID, a birth date or an age' },
  });

export type Member = z.infer<typeof MemberSchema>;
export type Health = z.infer<typeof HealthSchema>;
export type LabourCapacity = z.infer<typeof LabourCapacitySchema>;
export type StudentStatus = z.infer<typeof StudentStatusSchema>;

/** Birth date, else the ID's birth date, else the recorded age (which is only as good as the form it came from). */
export const memberAgeOn = (member: Member, on: IsoDate): number | null => {
  const birth = member.birthDate ?? (member.residentId === undefined ? null : birthDateFromResidentId(member.residentId));
  if (birth !== null) return ageOn(birth, on);
  return member.age ?? null;
};

export const isSick = (m: Member): boolean =>
  m.health.status === 'chronic-illness' || m.health.status === 'serious-illness';
export const isSeriouslyIll = (m: Member): boolean => m.health.status === 'serious-illness';
export const isDisabled = (m: Member): boolean => m.health.status === 'disabled';
/** Pupils and students in full-time education, the ones whose costs 因学 refers to. */
export const isInEducation = (m: Member): boolean => !['none', 'dropout'].includes(m.studentStatus);
