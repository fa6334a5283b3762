import { ruleFrom, type RuleCatalog } from './rule.ts';

/** Rules of seed 004 (防止返贫监测对象). Codes are stable. */
export const MONITORING_RULES = {
  MONITORING_EXCLUDED_CONSUMER_CAR: { zh: '本人、家庭成员或分户子女家中有消费型轿车，不得确定为监测对象', en: 'A consumer car in the household or a separately registered child\'s household excludes monitoring' },
  MONITORING_EXCLUDED_PUBLIC_FUNDS_MEMBER: { zh: '家中有财政供养人员，不得确定为监测对象', en: 'A member paid from public funds excludes monitoring' },
  MONITORING_EXCLUDED_ENTERPRISE_EXECUTIVE: { zh: '家中有企业高管，不得确定为监测对象', en: 'An enterprise executive in the family excludes monitoring' },
  MONITORING_INCOME_NOT_RECORDED: { zh: '未录入该年度收入，无法与监测线比较', en: 'No income is recorded for the year, so it cannot be compared with the monitoring line' },
  MONITORING_BELOW_LINE_WITH_RISK: { zh: '人均纯收入低于监测线且有返贫致贫风险，应当纳入监测', en: 'Below the monitoring line with a risk: must be included' },
  MONITORING_BELOW_LINE_STABLE: { zh: '低于监测线，但收入稳定、基本保障和饮水均有保障且分户子女经济条件好，不作为监测对象', en: 'Below the line but stable, basic needs and water secure and children well-off: not included' },
  MONITORING_NO_RISK: { zh: '未发现返贫致贫风险', en: 'No risk of falling (back) into poverty is recorded' },
  MONITORING_ABOVE_LINE_WITH_RISK: { zh: '人均纯收入达到监测线但有风险，需结合刚性支出等情况研判', en: 'At or above the line but at risk: judge with rigid expenses and other facts' },
  RISK_ELIMINATION_NO_LABOUR: { zh: '整户无劳动能力，不能标注风险消除：落实社会保障后继续监测', en: 'A household without labour capacity is not marked risk-eliminated; it stays monitored' },
} as const satisfies RuleCatalog<string>;

export type MonitoringRuleCode = keyof typeof MONITORING_RULES;

export const monitoringRule = ruleFrom<MonitoringRuleCode>(MONITORING_RULES);
