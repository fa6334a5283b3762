/** The four-card criteria: `proposeCard` suggests, `checkProposal` judges a person's proposal. */
export { proposeCard, type CardSuggestion, type SuggestionBasis } from './card-suggestion.ts';
export { checkProposal } from './card-check.ts';
export { CARD_RULES, type CardRuleCode } from './card-rules.ts';
export type { Findings, Rule } from './rule.ts';
