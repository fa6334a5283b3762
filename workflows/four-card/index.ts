export { fourCardMachine, FOUR_CARD_MACHINE_VERSION } from './machine.ts';
export type { FourCardContext } from './context.ts';
export type { Card, FourCardEvent, FourCardEventType, RuleNote, Signer, SpotCheckOutcome } from './events.ts';
