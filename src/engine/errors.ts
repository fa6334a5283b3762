import { ProblemError } from '../shared/problem.ts';

/** The machine does not accept this step in the current state: nothing was appended. */
export const stepNotAllowed = (state: string, eventType: string) =>
  new ProblemError(409, 'STEP_NOT_ALLOWED', `当前环节（${state}）不能执行该操作（${eventType}）`, `${eventType} is not allowed in state ${state}`, {
    currentState: state,
    refusedStep: eventType,
  });

export const notFound = (what: string, id: string) =>
  new ProblemError(404, 'NOT_FOUND', `未找到${what === 'household' ? '农户' : '记录'}：${id}`, `${what} ${id} not found`);

export const preconditionFailed = (expected: string, actual: number) =>
  new ProblemError(412, 'PRECONDITION_FAILED', '该记录已被修改，请刷新后重试（If-Match 不匹配）', `If-Match ${expected} does not match the current revision ${actual}`, {
    currentRevision: actual,
  });
