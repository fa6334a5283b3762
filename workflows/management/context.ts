import type { Cadre, Card, NamedPerson, RuleNote } from './events.ts';

/** a re-classification on its way (村级申报 → 乡镇核查 → 县扶贫办核定) */
export interface PendingReclassification {
  id: string;
  year: number;
  /** null: the village proposes removing the card */
  proposedCard: Card | null;
  declaredBy: string;
  declaredAt: string;
  checkedBy: string | null;
  checkedCard: Card | null;
}

export interface ManagementContext {
  householdId: string;
  villageCode: string;
  designationId: string;
  card: Card | null;
  cardSince: string | null;
  notEscaped: boolean;
  cadre: (Cadre & { since: string }) | null;
  helper: (NamedPerson & { since: string }) | null;
  blueCare: { townshipOffice: string; specialist: NamedPerson; since: string } | null;
  plan: { planId: string; recordedAt: string; measures: number } | null;
  pending: PendingReclassification | null;
  /** the last county confirmation (核定): reviews are counted from it */
  lastReviewedAt: string | null;
  /** temporary relief granted, per year (yuan): the yearly cap holds across measures */
  reliefByYear: Record<string, number>;
  warnings: RuleNote[];
  /** the latest contact or visit (by when it happened: a late entry may be older) */
  lastContactAt: string | null;
  /** monitoring cases opened by this household's early warnings (贫困预警) */
  monitoringCaseIds: string[];
  removedAt: string | null;
}

export const emptyContext: ManagementContext = {
  householdId: '',
  villageCode: '',
  designationId: '',
  card: null,
  cardSince: null,
  notEscaped: false,
  cadre: null,
  helper: null,
  blueCare: null,
  plan: null,
  pending: null,
  lastReviewedAt: null,
  reliefByYear: {},
  warnings: [],
  lastContactAt: null,
  monitoringCaseIds: [],
  removedAt: null,
};
