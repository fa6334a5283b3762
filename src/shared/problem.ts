/**
 * Errors are answered as RFC 9457 problem+json with a stable machine code and a message in Chinese and English,
 * because the people reading them at a township office and the integrators reading them in logs are not the same.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  /** Chinese message for the people at the office */
  message_zh: string;
  /** English message */
  message_en: string;
  instance?: string;
  [extension: string]: unknown;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(en);
  }
}

export const problemBody = (status: number, code: string, zh: string, en: string, extensions: Record<string, unknown> = {}): Problem => ({
  type: `urn:fupin:problem:${code.toLowerCase().replaceAll('_', '-')}`,
  title: code,
  status,
  code,
  detail: `${zh} / ${en}`,
  message_zh: zh,
  message_en: en,
  ...extensions,
});
