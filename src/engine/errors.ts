import { ProblemError } from '../shared/problem.ts';
import { machineOfStep, stateLabel, stepLabel } from '../shared/labels.ts';

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
