import { describe, expect, it } from 'vitest';
import { renderApprovalForm } from '../../src/audit/approval-form-html.ts';
import { approvalFormOf } from '../../src/audit/approval-form-model.ts';
import type { ApprovalFormModel } from '../../src/audit/approval-form-model.ts';
import { HouseholdSchema } from '../../src/domain/household.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import type { EventMetadata, RecordedEvent } from '../../src/store/types.ts';
import { VILLAGE, yellowHousehold } from '../support/fixtures.ts';

/** a designation's stored trail, written by hand: the shapes the form must read, older ones included */
const trail = () => {
  const events: RecordedEvent[] = [];
  const add = (type: string, data: object, occurredAt: string, capacity = 'investigator', metadata: Partial<EventMetadata> = {}) => {
    const revision = events.length;
    events.push({
      id: `e-${revision}`, stream: 'designation-x', revision, position: revision + 1, type, data: data as JsonObject,
      metadata: { actor: { id: `${capacity}-1`, capacity }, occurredAt, recordedAt: occurredAt, correlationId: null, causationId: null, commandId: null, ...metadata },
      prevHash: '0'.repeat(64), hash: String(revision).padStart(64, 'a'),
    });
    return api;
  };
  const api = { add, events };
  return api;
};

const facts = HouseholdSchema.parse(yellowHousehold(5));
/** declared, appraised and reviewed; `declaration` overrides fields of the declaration (older shapes) */
const reviewed = (declaration: Record<string, unknown> = {}) => trail()
  .add('InitialCheckDeclared', { householdId: 'h', villageCode: VILLAGE, year: 2026, incomeYear: 2025, noticeLevels: ['village', 'township'], proposedCard: 'yellow', perCapitaIncome: 4000, warnings: [], opinion: '入户核实', minInspectors: 2, facts, ...declaration }, '2026-03-18T02:00:00Z')
  .add('AppraisalDecided', { meetingId: 'm', decision: 'approved', card: 'yellow', opinion: '同意', signatures: [] }, '2026-03-23T02:00:00Z', 'villageClerk')
  .add('TownshipReviewed', { outcome: 'confirmed', card: 'yellow', opinion: '属实' }, '2026-03-26T02:00:00Z', 'townshipReviewer');

const render = (form: ApprovalFormModel | null) => {
  expect(form).not.toBeNull();
  return renderApprovalForm(form as ApprovalFormModel, { fullIds: false, printedAt: '2026-04-20T00:00:00Z' });
};
const NOTICE = { startsAt: '2026-04-03T01:00:00Z', endsAt: '2026-04-10T16:00:00Z' };

describe('approvalFormOf and the page: cases the HTTP tests do not reach', () => {
  it('a sampled household with one of two inspectors signed does not read as checked', () => {
    const t = reviewed()
      .add('SampledForSpotCheck', { roundId: 'r' }, '2026-03-30T02:00:00Z', 'countyOffice')
      .add('SpotCheckSigned', { roundId: 'r', outcome: 'confirmed', card: 'yellow', opinion: '属实' }, '2026-03-31T02:00:00Z', 'countyInspector');
    const form = approvalFormOf('x', t.events);
    expect(form?.spotCheck).toMatchObject({ sampled: true, checked: false, minInspectors: 2 });
    const body = render(form);
    expect(body).toContain('本户已抽中县级抽查，抽查尚未完成');
    expect(body).toContain('已有 1 名抽查人签字，尚需 1 名');
    expect(body).not.toContain('抽查核定');
  });

  it('a notice without a level (stored before levels) is the village\'s; a declaration without levels needs any one', () => {
    const t = reviewed({ noticeLevels: undefined })
      .add('SpotCheckPassed', { roundId: 'r' }, '2026-03-30T02:00:00Z', 'countyOffice')
      .add('NoticePosted', { noticeId: 'n1', ...NOTICE }, '2026-04-03T01:00:00Z', 'townshipApprover');
    const form = approvalFormOf('x', t.events);
    expect(form?.notice).toMatchObject({ required: [], postings: [{ noticeId: 'n1', level: 'village' }] });
    const body = render(form);
    expect(body).toContain('并在村级进行公示');
    expect(body).toContain('data-level="village">村级公示：<span class="date">2026年04月03日</span> 至 <span class="date">2026年04月10日</span>');
    expect(body).not.toContain('乡镇级公示');
  });

  it('a required board not posted yet reads 尚未张贴, and the boards print village first whatever the order posted', () => {
    const passed = reviewed().add('SpotCheckPassed', { roundId: 'r' }, '2026-03-30T02:00:00Z', 'countyOffice');
    passed.add('NoticePosted', { noticeId: 'n2', level: 'township', ...NOTICE }, '2026-04-03T01:00:00Z', 'townshipApprover');
    const one = render(approvalFormOf('x', passed.events));
    expect(one).toContain('data-level="village">村级公示：<span class="blank">尚未张贴</span>');
    expect(one).toContain('并在乡镇级进行公示');
    passed.add('NoticePosted', { noticeId: 'n1', level: 'village', startsAt: '2026-04-04T01:00:00Z', endsAt: '2026-04-11T16:00:00Z' }, '2026-04-04T01:00:00Z', 'townshipApprover');
    const both = render(approvalFormOf('x', passed.events));
    expect(both).toContain('并在乡村两级进行公示');
    expect(both.indexOf('data-level="village"')).toBeLessThan(both.indexOf('data-level="township"'));
    expect(both).toContain('data-level="village">村级公示：<span class="date">2026年04月04日</span> 至 <span class="date">2026年04月11日</span>');
  });

  it('an objection upheld after completion takes the completion off the form', () => {
    const t = reviewed()
      .add('SpotCheckPassed', { roundId: 'r' }, '2026-03-30T02:00:00Z', 'countyOffice')
      .add('NoticePosted', { noticeId: 'n1', level: 'village', ...NOTICE }, '2026-04-03T01:00:00Z', 'townshipApprover')
      .add('NoticePosted', { noticeId: 'n2', level: 'township', ...NOTICE }, '2026-04-03T01:00:00Z', 'townshipApprover')
      .add('DesignationCompleted', { card: 'yellow', at: NOTICE.endsAt, reportedTo: '430623' }, NOTICE.endsAt, 'system');
    expect(approvalFormOf('x', t.events)?.completed).toEqual({ card: 'yellow', at: NOTICE.endsAt, reportedTo: '430623' });
    t.add('ObjectionRaised', { objectionId: 'o1', summary: '有车' }, '2026-04-09T02:00:00Z', 'villageClerk', { recordedAt: '2026-04-12T02:00:00Z' })
      .add('ObjectionResolved', { objectionId: 'o1', outcome: 'upheld', opinion: '异议属实' }, '2026-04-13T02:00:00Z', 'townshipReviewer');
    const form = approvalFormOf('x', t.events);
    expect(form?.completed).toBeNull();
    const body = render(form);
    expect(body).toContain('异议成立，退回乡镇重新复核。');
    expect(body).not.toContain('上报县扶贫办（');
  });

  it('a household without income for the judged year says so instead of printing empty lines', () => {
    const body = render(approvalFormOf('x', reviewed({ incomeYear: 2024 }).events));
    expect(body).toContain('（无 2024 年度收入记录）');
    expect(body).not.toContain('data-income=');
  });

  it('a declaration before incomeYear was recorded judged the designation year\'s income', () => {
    const withYear = { ...facts, incomes: { '2026': { wage: 100, business: 0, property: 50, transfer: 0, productionCosts: 30, schoolingExpenses: 0, medicalExpenses: 0 } } };
    const form = approvalFormOf('x', reviewed({ incomeYear: undefined, facts: withYear }).events);
    expect(form?.income).toMatchObject({ year: 2026, property: 50, subtotal: 120, members: 2, perCapita: 60 });
  });

  it('the trail of the model carries each step\'s lateEntryReason', () => {
    const t = reviewed();
    t.add('SpotCheckPassed', { roundId: 'r' }, '2026-03-30T02:00:00Z', 'countyOffice', { recordedAt: '2026-04-15T02:00:00Z', lateEntryReason: '系统故障' });
    const form = approvalFormOf('x', t.events);
    expect(form?.trail.map((s) => s.lateEntryReason)).toEqual([null, null, null, '系统故障']);
    expect(render(form)).toContain('【补录】发生后 16 天录入（录入时间 2026-04-15 10:00）；补录原因：系统故障');
  });
});
