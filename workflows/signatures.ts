/** a person who signed, in the capacity they signed in (谁调查谁签字谁负责) */
export interface Signer {
  id: string;
  name?: string;
  capacity?: string;
  jurisdiction?: string;
}

/** a rule a step broke (refused, never stored) or came close to (a warning, stored for every later signer) */
export interface RuleNote {
  code: string;
  zh: string;
  en: string;
  facts?: Record<string, unknown>;
}
