import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ManagementContext } from '../../workflows/management/context.ts';
import { when } from '../http/command-context.ts';
import type { Services } from '../services.ts';
import { checkAssistance } from './assistance-rules.ts';
import { closed, evidenceList } from './bodies.ts';
import { asJson, managementStep } from './records.ts';

const AssistanceBody = z.strictObject({
  kind: z.enum(['publicWelfarePost', 'industryDividend', 'courtyardSubsidy', 'housingSubsidy', 'socialSecurity', 'temporaryRelief', 'training', 'employment', 'other']),
  year: z.number().int().min(2000).max(2100),
  amount: z.number().min(0).max(10_000_000).optional(),
  dividendRatio: z.number().min(0).max(1).optional(),
  housing: z.enum(['newHouse', 'repair']).optional(),
  securityClass: z.enum(['A', 'B']).optional(),
  acceptance: closed({ by: z.string().min(1).max(200), on: z.iso.date() }).optional(),
  post: closed({ level: z.enum(['county', 'township', 'village']), regionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/), title: z.string().min(1).max(200) }).optional(),
  description: z.string().min(1).max(4000),
  evidence: evidenceList,
  ...when,
});

/** 分类帮扶台账: a measure the household receives, judged by the card rules of the region (the chain's invariant) */
export const registerAssistance = (app: FastifyInstance, services: Services): void => {
  managementStep(app, services, {
    path: '/management-records/:id/assistance', id: 'recordAssistance', zh: '登记分类帮扶措施（按卡别规则核对）',
    summary: 'Record an assistance measure: posts, dividends, courtyard subsidies, housing, social security, relief, training, employment — checked by the card rules',
    about: ['红卡分红不低于10%（000）或15%（003）、黄卡不低于8%；临时救助每户每年1000–5000元；新建房屋红卡5万、黄卡4万，修缮加固最高2万；庭院经济须经乡镇验收；公益岗位须有劳动能力。不符合的答复 422 ASSISTANCE_RULE_REFUSED。',
      'Red dividends ≥ 10% (000) or 15% (003), yellow ≥ 8%; relief 1,000–5,000 yuan per household a year; new house red 50,000, yellow 40,000, repairs ≤ 20,000; courtyard subsidies after township acceptance; posts need labour. Refusals answer 422 ASSISTANCE_RULE_REFUSED.'],
    permission: 'management.assist', problems: ['ASSISTANCE_RULE_REFUSED'],
    example: { kind: 'industryDividend', year: 2026, amount: 303.6, dividendRatio: 0.15, description: '县级扶贫专项资金股份帮扶分红', occurredAt: '2026-12-20T10:00:00+08:00' },
    body: AssistanceBody,
    decide: (b, _row, _actor, loaded) => {
      const c = loaded.snapshot.context as ManagementContext;
      const measure = {
        kind: b.kind, year: b.year, amount: b.amount ?? null, dividendRatio: b.dividendRatio ?? null, housing: b.housing ?? null,
        securityClass: b.securityClass ?? null, acceptance: b.acceptance ?? null, post: b.post ?? null, description: b.description,
      };
      // warnings travel with the measure; refusals are the chain's invariant (the engine answers them)
      const { warnings } = c.card === null ? { warnings: [] } : checkAssistance(measure, c.card, services.households.get(c.householdId)?.household, services.policies.resolve(c.villageCode, b.year), c.reliefByYear[String(b.year)] ?? 0);
      return [{ type: 'AssistanceRecorded', data: asJson({ measure: { measureId: services.newId(), ...measure }, warnings, evidence: b.evidence ?? [] }) }];
    },
  });
};
