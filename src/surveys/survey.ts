import { z } from 'zod';

/** how the household was surveyed: 入户 (door to door), or by phone or video for a household away (000) */
export const SurveyModeSchema = z.enum(['doorToDoor', 'phone', 'video']);

const Scalar = z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(50)]);
/** the answers by question name; a member list (repeat) is rows of answers */
export const AnswersSchema = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.union([Scalar, z.array(z.record(z.string(), Scalar)).max(30)]));

/** one of the two who visited, as they signed the paper form */
export const TeamMemberSchema = z.object({ id: z.string().min(1).max(100), name: z.string().min(1).max(100).optional(), organisation: z.string().min(1).max(200).optional() }).strict();

/**
 * 被访者签名, or — surveyed by phone or video, or not able to sign — 复核人员代签 with the reason noted (001:
 * 「其他方式接受调查由复核人员代签，并进行备注说明」)
 */
export const RespondentSignatureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('respondent'), name: z.string().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('reviewerOnBehalf'), by: z.string().min(1).max(100), reason: z.string().min(1).max(2000) }).strict(),
]);

export const FindingSchema = z.object({ question: z.string(), label: z.string(), problemType: z.string(), member: z.number().int().min(0).optional() }).strict();
