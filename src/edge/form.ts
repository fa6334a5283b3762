/** the edge-household form (附件7) a survey for edge identification is filled on (src/surveys/presets/edge-household.ts) */
export const EDGE_FORM_ID = 'edge-household-002';
