import { ObjectionsView } from './shared/objections.ts';
import { designationChain } from './designations/chain.ts';
import { monitoringChain } from './monitoring/chain.ts';
import { CalendarView } from './calendar/view.ts';
import { RegionDirectoryView } from './regions/view.ts';
import { chinaWorkingCalendar } from './domain/calendar.ts';
import { DEFAULT_CALENDAR_WARNING_DAYS } from './domain/calendar-horizon.ts';
import type { WorkingCalendar } from './domain/calendar.ts';
import { seedPolicyBook } from './domain/policy.ts';
import type { PolicyBook } from './domain/policy.ts';
import { DesignationsView } from './designations/projection.ts';
import { Engine } from './engine/engine.ts';
import { HouseholdsView } from './households/projection.ts';
import { DEFAULT_FULL_ID_ROLES } from './households/present.ts';
import type { Role } from './auth/roles.ts';
import { MonitoringCasesView } from './monitoring/projection.ts';
import { FourCardCounts } from './office/tables/four-card-counts.ts';
import { NoticesView } from './lists/notices-view.ts';
import { Projector } from './projections/projector.ts';
import { WebhooksView } from './feeds/webhook-view.ts';
import { DueIndex } from './due/due-index.ts';
import { EdgeApprovalsView } from './edge/approvals.ts';
import { CampaignsView, ListedVillagesView, ProblemsView } from './ledger/projection.ts';
import { ManagementView } from './management/projection.ts';
import { AdjustmentRoundsView } from './management/rounds.ts';
import { SurveysView } from './surveys/projection.ts';
import { EdgeCasesView } from './surveys/tables/edge-cases-view.ts';
import { ActionTeamsView } from './surveys/action-team/view.ts';
import type { Clock } from './shared/clock.ts';
import type { IdGenerator } from './shared/ids.ts';
import type { EventStore } from './store/types.ts';
import { upcastingStore } from './store/upcasting.ts';
import type { UpcastingStore } from './store/upcasting.ts';
import { EVENT_UPCASTERS } from '../schemas/catalog.ts';
import { FormNumbersView } from './office/forms/form-numbers.ts';
import { HouseholdSearchIndex } from './office/search/search-index.ts';
import type { KeyVault } from './privacy/key-vault.ts';
import { sealedStore } from './privacy/sealed-store.ts';
import { keyVaultFor } from './privacy/vault-for.ts';

export interface ServiceDeps {
  store: EventStore;
  clock: Clock;
  newId: IdGenerator;
  /** a fresh seed for a spot-check draw when the caller gives none; recorded with the draw */
  newSeed: () => string;
  policies?: PolicyBook;
  /** China's working days (调休 included) known at start-up: the packaged data and CALENDAR_FILE */
  calendar?: WorkingCalendar;
  /** /ready and the log warn from this many days before the calendar ends (CALENDAR_WARNING_DAYS) */
  calendarWarningDays?: number;
  /** roles that see resident ID numbers in full (FULL_ID_ROLES); everyone else sees them masked */
  fullIdRoles?: readonly Role[];
  /**
   * personal data (src/privacy): the data keys' vault (default: beside the store's events, keyVaultFor), the master
   * key (PERSONAL_DATA_KEY) and whether names and IDs are sealed at all (false: only for the benchmark's baseline)
   */
  personalData?: { vault?: KeyVault | null; masterKey?: Buffer; seal?: boolean };
}

/** Everything a route needs, built once per process from injected clock, ids and store. */
export interface Services extends Required<ServiceDeps> {
  /** every read hands out the newest event shapes (upcast copies); `store.stored` is the events as stored */
  store: UpcastingStore;
  engine: Engine;
  projector: Projector;
  /** the working-day calendar in force: the start-up calendar with the years published through the API (src/calendar) */
  calendar: CalendarView;
  /** the region directory: names of townships, villages and groups by code (src/regions) */
  regions: RegionDirectoryView;
  /** objections of designations and monitoring cases with their summaries (src/shared/objections.ts) */
  objections: ObjectionsView;
  households: HouseholdsView;
  designations: DesignationsView;
  notices: NoticesView;
  /** 防止返贫监测对象 cases (src/monitoring) */
  monitoring: MonitoringCasesView;
  /** webhook subscriptions (src/feeds) */
  webhooks: WebhooksView;
  /** the one index of things coming due (src/due): read models of chains with deadlines put their duties here */
  due: DueIndex;
  /** 问题整改台账, 排查/督查, 挂牌督战 (src/ledger) */
  problems: ProblemsView;
  campaigns: CampaignsView;
  listedVillages: ListedVillagesView;
  /** 认定编号 per county and year, in declaration order (src/office/forms) */
  formNumbers: FormNumbersView;
  /** households by resident ID, name prefix and pinyin initials (src/office/search) */
  householdSearch: HouseholdSearchIndex;
  /** carded households under 分类帮扶、动态管理 (src/management): their duties are in `due` */
  management: ManagementView;
  /** the counties' half-yearly adjustment rounds (半年动态调整, src/management/round-routes.ts) */
  adjustmentRounds: AdjustmentRoundsView;
  /** the data keys of personal data (src/privacy); null when the store has no place for them (KurrentDB) */
  personalKeys: KeyVault | null;
  /** questionnaires and field surveys (src/surveys) */
  surveys: SurveysView;
  /** 边缘户识别 cases by village, for the surveys' tables (src/surveys/tables) */
  edgeCases: EdgeCasesView;
  /** 专项行动工作队 rosters (seed 002 附件1): the survey chain checks who surveys and reviews against them */
  actionTeams: ActionTeamsView;
  /** the four-card table's counts per village and card, kept current (src/office/tables/four-card-counts.ts) */
  fourCardCounts: FourCardCounts;
}

export const createServices = (deps: ServiceDeps): Services => {
  const households = new HouseholdsView();
  const designations = new DesignationsView();
  const fourCardCounts = new FourCardCounts(designations); // fed after designations: it reads their rows
  const monitoring = new MonitoringCasesView();
  const notices = new NoticesView();
  const webhooks = new WebhooksView();
  const due = new DueIndex();
  const formNumbers = new FormNumbersView();
  const householdSearch = new HouseholdSearchIndex(households);
  const surveys = new SurveysView();
  const edgeApprovals = new EdgeApprovalsView();
  const edgeCases = new EdgeCasesView();
  const actionTeams = new ActionTeamsView();
  const regions = new RegionDirectoryView();
  const objections = new ObjectionsView([designationChain.streamPrefix, monitoringChain.streamPrefix]);
  const given = deps.personalData;
  const personalKeys = given?.seal === false ? null : given?.vault !== undefined ? given.vault : keyVaultFor(deps.store, given?.masterKey);
  const store = upcastingStore(personalKeys ? sealedStore(deps.store, personalKeys, deps.clock) : deps.store, EVENT_UPCASTERS);
  const policies = deps.policies ?? seedPolicyBook();
  const problems = new ProblemsView(due, policies);
  const campaigns = new CampaignsView();
  const listedVillages = new ListedVillagesView(due, policies);
  const management = new ManagementView(due, policies);
  due.onQuery((now) => management.rollTo(now));
  const adjustmentRounds = new AdjustmentRoundsView();
  // the working-day calendar: start-up data with the years administrators published through the API on top
  const calendar = new CalendarView(deps.calendar ?? defaultCalendar());
  // the invariants judge a step on the facts as the read models hold them (commands first catch up with the store)
  const world = { household: (id: string) => households.get(id)?.household, policies, calendar, questionnaire: (formId: string, version: string, villageCode: string) => surveys.form(formId, version, villageCode), survey: (id: string) => surveys.summary(id), edgeApproval: (caseId: string) => edgeApprovals.approval(caseId), actionTeam: (villageCode: string, day: string) => actionTeams.rosterFor(villageCode, day) };
  return {
    ...deps,
    store,
    policies,
    calendar,
    calendarWarningDays: deps.calendarWarningDays ?? DEFAULT_CALENDAR_WARNING_DAYS,
    fullIdRoles: deps.fullIdRoles ?? DEFAULT_FULL_ID_ROLES,
    engine: new Engine(store, { clock: deps.clock, world }),
    projector: new Projector(store, [households, designations, fourCardCounts, notices, monitoring, webhooks, calendar, regions, objections, problems, campaigns, listedVillages, formNumbers, householdSearch, management, surveys, adjustmentRounds, edgeApprovals, edgeCases, actionTeams]),
    households,
    designations,
    notices,
    monitoring,
    webhooks,
    regions,
    objections,
    due,
    problems,
    campaigns,
    listedVillages,
    formNumbers,
    householdSearch,
    fourCardCounts,
    management,
    adjustmentRounds,
    personalData: deps.personalData ?? {},
    personalKeys,
    surveys,
    edgeCases,
    actionTeams,
  };
};

const defaultCalendar = (): WorkingCalendar => {
  const calendar = chinaWorkingCalendar();
  if (!calendar.ok) throw new Error('the packaged working-day calendar is invalid');
  return calendar.value;
};
