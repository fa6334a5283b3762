import { ProblemError } from '../shared/problem.ts';
import { machineOfStep, stateLabel, stepLabel } from '../shared/labels.ts';
import type { Breach } from './invariants.ts';

/**
 * The machine does not accept this step in the current state: nothing was appended. The messages name the step
 * and the state as people know them (src/shared/labels.ts); programs read the machine's ids in `currentState` and
 * `refusedStep`.
 */
export const stepNotAllowed = (state: string, eventType: string) => {
  const step = stepLabel(eventType);
  const current = stateLabel(machineOfStep(eventType), state);
  return new ProblemError(409, 'STEP_NOT_ALLOWED', `当前环节（${current.zh}）不能进行“${step.zh}”`, `${step.en} is not possible at the current step (${current.en})`, {
    currentState: state,
    currentStateZh: current.zh,
    refusedStep: eventType,
    refusedStepZh: step.zh,
  });
};

export const notFound = (what: string, id: string) =>
  new ProblemError(404, 'NOT_FOUND', `未找到${what === 'household' ? '农户' : '记录'}：${id}`, `${what} ${id} not found`);

export const preconditionFailed = (expected: string, actual: number) =>
  new ProblemError(412, 'PRECONDITION_FAILED', '该记录已被修改，请刷新后重试（If-Match 不匹配）', `If-Match ${expected} does not match the current revision ${actual}`, {
    currentRevision: actual,
  });

/** the step breaks the procedure: the first rule broken in the message, every one in `violations` */
export const procedureBroken = (broken: readonly Breach[]): ProblemError => {
  const [first, ...others] = broken;
  if (!first) throw new Error('procedureBroken needs a breach');
  return new ProblemError(first.status, first.code, first.zh, first.en, {
    rule: first.code,
    ...(first.rules ? { rules: first.rules } : {}),
    ...(first.judgedOn ? { judgedOn: first.judgedOn } : {}),
    ...(others.length > 0 ? { violations: broken.map((b) => ({ code: b.code, message_zh: b.zh, message_en: b.en, ...(b.judgedOn ? { judgedOn: b.judgedOn } : {}) })) } : {}),
  });
};

/** draft-ietf-httpapi-idempotency-key-header: a key belongs to one request */
export const idempotencyKeyReused = () =>
  new ProblemError(422, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一个不同的请求', 'This Idempotency-Key was already used for a different request');
