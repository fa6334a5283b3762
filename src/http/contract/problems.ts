import { Type } from 'typebox';

/**
 * Every problem code the API answers with, its status and what it means — one catalogue the route declarations
 * (src/http/contract/operation.ts) name codes from, so the OpenAPI document lists, per operation and status, the
 * codes a client may branch on. test/http/contract.test.ts fails when a `ProblemError` or a chain's `breach` in src
 * uses a code that is not here (or at another status), and the answer check (src/http/contract/answer-check.ts)
 * fails a test whose request was answered with a code its route does not declare.
 */
export const PROBLEMS = {
  // the region directory (src/regions) and office work (src/office)
  NOT_A_REGION_CODE: [400, '不是有效的行政区划代码', 'Not a region code of 9, 12 or 14 digits'],
  PARENT_UNKNOWN: [422, '上级区划不在目录中', 'The parent region is not in the directory'],
  REGION_EXISTS: [409, '该区划已在目录中', 'The region is already in the directory'],
  REGION_IMPORT_REFUSED: [422, '区划导入文件有误（errors 列出每一处），未导入任何内容', 'The region file has errors (each listed); nothing was imported'],
  REGION_NOT_IN_DIRECTORY: [404, '目录中没有该区划', 'The region is not in the directory'],
  IMPORT_COLUMNS_MISSING: [400, '导入文件缺少模板的列', 'The file lacks columns of the template'],
  IMPORT_EMPTY: [400, '导入文件没有数据行', 'The file has no rows'],
  IMPORT_FILE_REQUIRED: [415, '请以 text/csv 或 xlsx 上传文件', 'Send the file as text/csv or xlsx'],
  IMPORT_FILE_UNREADABLE: [400, '无法读取导入文件', 'The file cannot be read as CSV or xlsx'],
  JOB_NOT_FINISHED: [409, '任务尚未完成或没有结果文件', 'The job has not finished or has no result file'],
  JOB_NOT_FOUND: [404, '没有该任务（任务不跨重启保留）', 'No such job (jobs do not survive a restart)'],
  JOB_RESULT_EXPIRED: [410, '结果文件已过期，请重新导出', 'The result file has expired: export again'],
  JOB_RESULT_TOO_LARGE: [413, '结果文件过大', 'The result file is too large'],
  TABLE_NOT_FOUND: [404, '没有该报表', 'No such table'],
  NOTICE_NOT_FOUND: [404, '没有该公示（或不在您的管辖范围内）', 'No such notice in your jurisdiction'],
  PDF_FONT_MISSING: [503, '未找到生成 PDF 所需的中文字体（PDF_FONT）', 'The CJK font for PDFs (PDF_FONT) is missing'],
  PRINT_LINK_INVALID: [401, '打印链接无效、已使用或已过期，请重新获取', 'The print link is unknown, used or expired: ask for a new one'],
  // 400: the request itself
  VALIDATION_FAILED: [400, '请求内容不符合要求（errors 列出每个字段）', 'The request does not match its schema (`errors` lists each field)'],
  MALFORMED_JSON: [400, '请求内容不是有效的 JSON', 'The body is not valid JSON'],
  MALFORMED_REQUEST: [400, '请求格式错误（HTTP 请求行或头无效）', 'The HTTP request line or headers are malformed (answered before routing)'],
  MALFORMED_URL: [400, '请求地址格式错误', 'The URL is not validly percent-encoded'],
  UNKNOWN_FIELD: [400, '请求中含有未知字段', 'The body has a field the operation does not know'],
  INVALID_QUERY_PARAMETER: [400, '查询参数不是范围内的十进制整数', 'A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)'],
  INVALID_NUMBER_FIELD: [400, '数字字段格式错误', 'A numeric body field sent as text is not a decimal number in its range'],
  INVALID_IDEMPOTENCY_KEY: [400, 'Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-）', 'Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -'],
  INVALID_IF_MATCH: [400, 'If-Match 格式错误，应为 ETag，例如 "3"', 'If-Match is not an entity tag such as "3"'],
  OCCURRED_IN_FUTURE: [400, '发生时间不能晚于当前时间', 'occurredAt is more than 5 minutes in the future'],
  INVALID_INSTANT: [400, '时间格式错误，应为带时区的 ISO 时间', 'Not an ISO instant with an offset'],
  INVALID_DATE: [[400, 422], '日期格式错误', 'Not a valid date (422 where a notice period is judged on it)'],
  UNKNOWN_ROLE: [400, '未知角色', 'Not a role of src/auth/roles.ts'],
  CARD_REQUIRED: [400, '调整结果须给出卡别', 'An adjusted result needs a card'],
  HEAD_NAME_MISMATCH: [400, '户主姓名与家庭成员中户主的姓名不一致', '`head` differs from the name of the member whose relation is head'],
  INVALID_WEBHOOK_URL: [400, 'Webhook 地址必须是 https（开发环境可用 http）', 'The webhook URL is not https (http only where WEBHOOK_ALLOW_HTTP allows it)'],
  INVALID_EVENT: [400, '事件格式错误', 'The event to append is malformed'],
  BAD_REQUEST: [400, '请求无效', 'Bad request (nothing more specific is known)'],
  CONTENT_TYPE_REQUIRED: [400, '请求缺少内容类型（Content-Type）', 'The request needs a Content-Type header'],
  BODY_REQUIRED: [400, '请求缺少内容', 'The request needs a body'],
  CONTENT_LENGTH_MISMATCH: [400, '请求内容长度与 Content-Length 不符', 'The body size does not match Content-Length'],
  // 401, 403, 404
  UNAUTHENTICATED: [401, '未登录或登录凭证无效', 'No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)'],
  FORBIDDEN_ROLE: [403, '您的角色无权执行该操作', 'None of your roles may take this step or read this'],
  SEPARATION_OF_DUTIES: [403, '职责分离：同一人不能完成前后两个环节', 'Separation of duties: whoever took an earlier step may not take this one'],
  NOT_THE_DECLARER: [403, '只有初核申报人本人可以撤回申报', 'Only whoever did the initial check may withdraw it'],
  REGION_OUTSIDE_JURISDICTION: [403, '所选区域不在您的管辖范围内', 'The region asked for lies outside your jurisdiction'],
  NOT_FOUND: [404, '未找到（管辖范围外的记录也视为不存在）', 'Not found — a record outside your jurisdiction does not exist for you'],
  NOT_YET_RECORDED: [404, '该时间点尚无此认定记录', 'The designation had no recorded step by then'],
  SCHEMA_NOT_FOUND: [404, '没有该事件结构', 'No such event type or version'],
  // 409: the record's state
  STEP_NOT_ALLOWED: [409, '当前环节不能执行该操作（currentState, refusedStep）', 'The chain does not accept this step in its current state (`currentState`, `refusedStep`)'],
  CONCURRENT_CHANGE: [409, '该记录已被他人修改，请刷新后重试', 'Someone else changed the record meanwhile; reload and retry'],
  DUPLICATE_EVENT: [409, '该事件已记录', 'This event is already recorded'],
  HOUSEHOLD_EXISTS: [409, '该户主身份证号已登记（householdId）', 'A household with this head is already registered (`householdId`)'],
  HOUSEHOLD_BUSY: [409, '该户信息正在被他人修改，请稍后重试', 'The household is being changed by someone else; retry shortly'],
  HOUSEHOLD_NOT_FOUND: [409, '未找到该监测对象的农户信息', "The case's household is not in the register"],
  HOUSEHOLD_FACTS_MISSING: [409, '未找到该户的登记信息，无法核对规则', "The household's facts are not in the register: the rules cannot be checked"],
  DESIGNATION_OPEN: [409, '该户已有进行中的认定（designationId）', 'The household already has a designation in progress (`designationId`)'],
  MONITORING_CASE_OPEN: [409, '该户已有进行中的监测事项（caseId）', 'The household already has a monitoring case (`caseId`): re-flag an eliminated one'],
  ALREADY_SIGNED: [409, '您已签署过该户本轮的抽查结果', "You already signed this household's result in this round"],
  // 412
  PRECONDITION_FAILED: [412, '该记录已被修改（If-Match 不匹配，currentRevision）', 'If-Match does not name the current revision (`currentRevision`)'],
  // 422: the request is understood, the rules refuse it
  IDEMPOTENCY_KEY_REUSED: [422, '该 Idempotency-Key 已用于另一个不同的请求', 'This Idempotency-Key was used for a different request (method, path or body)'],
  OCCURRED_BEFORE_PREVIOUS_STEP: [422, '发生时间早于上一环节', 'occurredAt is before the step this one follows'],
  LATE_ENTRY_REASON_REQUIRED: [422, '补录超过政策期限，须说明补录原因（lateEntryReason）', 'Entered later than the policy window after it happened: give a lateEntryReason'],
  CARD_RULE_REFUSED: [422, '卡别不符合评定条件（rule, rules, judgedOn）', 'The card breaks a rule of the region (`rule`, `rules`, `judgedOn`)'],
  INCOME_MISSING: [422, '缺少收入数据，无法核算人均纯收入', 'No income recorded for the income year'],
  MONITORING_RULE_REFUSED: [422, '不符合防止返贫监测规定（rule, rules）', 'A monitoring rule refuses the step (`rule`, `rules`)'],
  ASSISTANCE_RULE_REFUSED: [422, '帮扶措施不符合分类帮扶规定（rule, rules）', 'An assistance measure breaks a card rule of the region (`rule`, `rules`)'],
  MANAGEMENT_RECORD_EXISTS: [409, '该户已纳入分类帮扶管理', 'The household is already under management (`recordId`)'],
  DESIGNATION_NOT_COMPLETED: [409, '该户认定尚未完成，不能纳入分类帮扶管理', 'The designation has not completed: the household cannot be taken under management yet'],
  ADJUSTMENT_ROUND_EXISTS: [409, '该县本半年的动态调整已启动（roundId）', 'The county already opened the round of this half year (`roundId`)'],
  ADJUSTMENT_ROUND_INVALID: [422, '动态调整须按县、按已开始的半年启动', 'A round is opened for a county and a half year that has begun'],
  ADJUSTMENT_ROUND_INCOMPLETE: [422, '尚有农户没有调整结果：结束须逐户列明并说明原因（withoutOutcome, notNamed）', 'Households have no outcome yet: closing needs a reason naming each (`withoutOutcome`, `notNamed`)'],
  // field surveys (src/surveys, issue 16)
  QUESTIONNAIRE_INVALID: [422, '问卷文件有误（errors 列出每一处：工作表、行、列），未导入', 'The questionnaire workbook has errors (each listed with sheet, row, column); nothing was imported'],
  QUESTIONNAIRE_NOT_FOUND: [[404, 422], '没有该问卷或该版本', 'No such questionnaire or version'],
  QUESTIONNAIRE_VERSION_EXISTS: [409, '该问卷已有此版本号，新版本须换版本号', 'The questionnaire already has this version: a new version needs a new number'],
  SURVEY_RULE_REFUSED: [422, '问卷答案不符合不允许提交的规则（rule, rules）', 'The answers break a blocking rule of the form (`rules`)'],
  SURVEY_TEAM_INVALID: [422, '调查组须两人、录入人为其中之一，村与农户一致', 'A survey needs a team of two including whoever enters it, in the household\'s village'],
  SURVEY_SIGNATURE_INVALID: [422, '被访者未签字的，须由调查组复核人员代签并说明原因', 'A respondent who did not sign is signed for by one of the team, with the reason'],
  HOUSEHOLD_EDGE_BY_APPROVAL_ONLY: [422, '边缘户类别只能由县扶贫开发领导小组审定的边缘户名单确定', 'A household becomes an edge household only through the county leading group\'s approved list'],
  EDGE_HOUSING_APPRAISAL_REQUIRED: [422, '疑似危房户须经县住建部门鉴定并出具鉴定意见后方可列入', 'A suspected dangerous house is appraised by the county housing department before the household is listed'],
  EDGE_SURVEY_INVALID: [422, '须为该户的边缘户调查表调查记录', "The survey must be this household's, on the edge-household form"],
  EDGE_CASE_OPEN: [409, '该户已有进行中的边缘户识别（caseId）', 'The household already has an edge identification in progress (`caseId`)'],
  // 专项行动工作队 (seed 002 附件1; src/surveys/action-team)
  ACTION_TEAM_NOT_ENROLLED: [422, '专项行动期间，入户核查、审核人员须在本村工作队花名册中', "During the campaign, whoever surveys or reviews is on the village's action-team roster"],
  ACTION_TEAM_ROLE_REFUSED: [422, '工作队角色不允许：队长只核查建档立卡户、不新增边缘户；组员只核查不审核；边缘户由队长审核', 'The action-team role does not allow it: the leader surveys registered households only, members do not review, edge households are reviewed by the leader'],
  ACTION_TEAM_GROUP_MISMATCH: [422, '入户核查的两人须为同一工作组', 'The two who visit are of one group'],
  ACTION_TEAM_ONE_ROLE: [422, '专项行动工作队员一人一个角色：此人已在花名册中', 'One role per person in a campaign: the person is already on a roster'],
  ACTION_TEAM_LEADER_EXISTS: [422, '每个村只有1个工作队长', 'A village has one team leader'],
  ACTION_TEAM_GROUP_INVALID: [422, '入户分组有误：队长不分组，组长、组员须有分组，每组1个组长', 'The group is wrong: the leader is in none, group leaders and members in one, one group leader a group'],
  ACTION_TEAM_OUTSIDE_COUNTY: [422, '该村不在本次专项行动的县内', "The village is outside the campaign's county"],
  ACTION_TEAM_PERIOD_INVALID: [422, '专项行动起止日期有误', 'The campaign starts after it ends'],
  ACTION_TEAM_CAMPAIGN_EXISTS: [409, '该县本年度专项行动已启用工作队角色', 'The county has switched the action-team roles on for this campaign already'],
  SURVEY_WARNINGS_NOT_ACKNOWLEDGED: [422, '审核须逐条确认调查时的警告', 'The review must acknowledge every warning'],
  FIELD_RULE_REFUSED: [422, '数据逻辑错误（rules）', 'The household facts fail a logic check (`rules`)'],
  RESIDENT_ID_IMMUTABLE: [422, '户主身份证号不能通过信息变更修改，请用“更正户主身份证号”', "The head's resident ID does not change with the facts: correct it with POST /households/:id/resident-id-correction"],
  NO_CHANGE: [422, '提交的内容与现有信息相同', 'The change changes nothing'],
  NOT_IN_VILLAGE: [422, '名单中有不属于该村的认定对象（designationIds）', 'Some designations are not of this village (`designationIds`)'],
  NOT_IN_SCOPE: [422, '名单中有不属于该公示范围的对象（designationIds）', 'Some designations are outside the scope of the notice (`designationIds`)'],
  NOT_SAMPLED: [422, '该对象不在本轮抽查样本中', 'The designation is not in the sample of this round'],
  NOTHING_TO_CHECK: [422, '该乡镇没有待抽查的对象', 'Nothing awaits a spot check in this township'],
  NOTHING_TO_POST: [422, '名单中没有可以公示的对象，未张贴公示（results）', 'No designation on the list could be put on notice: nothing was posted (`results`)'],
  APPRAISAL_MEETING_ATTENDANCE: [422, '民主评议会参会人员不足', 'The appraisal meeting lacks the minimum of a group of attendees'],
  NOTICE_STARTS_BEFORE_POSTING: [422, '公示开始日期早于张贴日期', 'A notice cannot start before the day it was posted'],
  NOTICE_STARTS_IN_FUTURE: [422, '公示开始时间晚于当前时间', 'A notice cannot start in the future'],
  NOTICE_TOO_SHORT: [422, '公示期短于政策规定', 'The notice is shorter than the policy period'],
  NOTICE_LEVEL_ORDER: [422, '乡镇公示须在村级公示期满后进行', "By the region's policy the township's notice follows the end of the village's"],
  REPORT_INSIDE_NOTICE: [422, '公示期未满，不能上报', 'Nothing is reported while a notice is running'],
  /** 422 where a notice end needs the year; 404 from GET /calendar/years/{year} */
  CALENDAR_YEAR_UNKNOWN: [[422, 404], '该年的节假日安排尚未配置（year）', 'The holidays of the year are not configured (`year`): a notice end reaching it cannot be computed'],
  CALENDAR_CORRECTION_REASON_REQUIRED: [422, '更正已有年度须说明理由（reason）', 'Correcting a year already known needs a reason'],
  CALENDAR_DATE_OUTSIDE_YEAR: [422, '日期不在该年内（problems）', 'A date is not in the year (`problems`)'],
  CALENDAR_DATE_REPEATED: [422, '日期重复（problems）', 'A date is listed twice (`problems`)'],
  CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY: [422, '同一天既是假日又是调休上班日（problems）', 'A day is both a holiday and a make-up working day (`problems`)'],
  CALENDAR_MAKEUP_DAY_NOT_WEEKEND: [422, '调休上班日须为周六或周日（problems）', 'A make-up working day is not a Saturday or Sunday (`problems`)'],
  CALENDAR_NEW_YEAR_NOT_HOLIDAY: [422, '假日中缺少元旦（problems）', "New Year's Day is missing from the holidays (`problems`)"],
  // the problem rectification ledger, campaigns, listed villages (src/ledger)
  PROBLEM_TYPE_UNKNOWN: [422, '问题类型或排查内容不在所用清单中', 'The problem type or item is not one of the preset in force'],
  PROBLEM_LEVEL_MISMATCH: [422, '问题层级与农户、区划或排查内容不符', 'The problem\'s level does not match its household, region or item'],
  LEDGER_SIGNER_CAPACITY: [422, '须由县指导组组长（县级）和乡镇工作组组长（乡镇）分别签字', 'Signed by the county guidance-group leader (county) and the township work-group leader (township)'],
  DEADLINE_BEFORE_FINDING: [422, '整改时限早于问题发现日期', 'The deadline is before the day the problem was found'],
  CHANGE_REASON_REQUIRED: [422, '变更四项清单须说明理由', 'A change of the four lists needs a reason'],
  NOTHING_CHANGED: [422, '四项清单没有变化', 'The four lists are as they were'],
  NOT_THE_ASSIGNED_DEPARTMENT: [422, '只有交办的部门可以答复', 'Only the department the problem was assigned to answers it'],
  LEADERS_ARE_TWO_PEOPLE: [422, '县指导组组长与乡镇工作组组长须由两人分别签字', 'The county and township leaders who sign a problem are two different people'],
  VERIFIER_IS_RECTIFIER: [422, '整改核验须由整改人以外的人员实地进行', 'A rectification is verified on site by someone other than who rectified it'],
  TEAM_OF_TWO: [422, '调查组须由两人组成，每人只在一个组', 'A survey team is two people, each in one team'],
  STAGES_OUT_OF_ORDER: [422, '排查阶段的日期顺序不对', 'The campaign\'s stages are not in order'],
  OUTSIDE_CAMPAIGN_SCOPE: [422, '不在本次排查范围内', 'Outside the campaign\'s scope'],
  NOT_A_LISTED_VILLAGE: [422, '不符合挂牌督战村的选定条件', 'The village does not meet the policy\'s selection for listing'],
  VILLAGE_ALREADY_LISTED: [409, '该村已挂牌督战（listedVillageId）', 'The village is already listed (`listedVillageId`)'],
  REPORT_TOO_EARLY: [422, '月进展报告于每月下旬报送', 'The month\'s report is filed in the last third of the month'],
  // 413, 415, 429, 500
  BODY_TOO_LARGE: [413, '请求内容过大（上限 1 MB）', 'The body is over 1 MB'],
  PATH_PARAMETER_TOO_LONG: [414, '请求地址中的参数过长', 'A path parameter is too long'],
  UNSUPPORTED_MEDIA_TYPE: [415, '不支持的内容类型', 'The Content-Type is not one the operation reads'],
  RATE_LIMITED: [429, '请求过于频繁，请稍后再试（Retry-After）', 'Too many requests for this token (or address); retry after Retry-After seconds'],
  TOO_MANY_STREAMS: [429, '同一凭证同时打开的事件流过多', 'Too many concurrent streams for this token (`max`)'],
  TOO_MANY_TICKETS: [429, '未使用的事件流票据过多', 'Too many unused stream tickets'],
  INTERNAL_ERROR: [500, '服务器内部错误，请稍后重试', 'Internal server error; retry later'],
  WEBHOOK_TARGET_REFUSED: [400, 'Webhook 地址指向内网、本机或无法解析，且不在允许名单中', 'The webhook host resolves to a loopback, link-local or private address (or to none) not on the allow-list'],
} as const satisfies Record<string, readonly [number | readonly number[], string, string]>;

export type ProblemCode = keyof typeof PROBLEMS;

/** the statuses a code is answered with (a few codes have two: the operation names which one it answers) */
export const statusesOf = (code: ProblemCode): readonly number[] => {
  const status = PROBLEMS[code][0];
  return typeof status === 'number' ? [status] : status;
};

/** a code an operation answers with: the code's status, or one of its statuses */
export type ProblemRef = ProblemCode | readonly [ProblemCode, number];

/** the reason phrase of each problem status, in both languages */
export const STATUS_TEXT: Readonly<Record<number, readonly [zh: string, en: string]>> = {
  400: ['请求无效', 'Bad Request'],
  401: ['未认证', 'Unauthorized'],
  403: ['无权操作', 'Forbidden'],
  404: ['未找到', 'Not Found'],
  409: ['状态冲突', 'Conflict'],
  412: ['前提条件不满足', 'Precondition Failed'],
  413: ['内容过大', 'Content Too Large'],
  414: ['地址过长', 'URI Too Long'],
  415: ['内容类型不支持', 'Unsupported Media Type'],
  422: ['规则不允许', 'Unprocessable Content'],
  429: ['请求过多', 'Too Many Requests'],
  500: ['服务器错误', 'Internal Server Error'],
};

/** one field of a refused request (the errors of VALIDATION_FAILED) */
const FieldErrorSchema = Type.Object({
  in: Type.Optional(Type.String({ description: 'the part of the request: body, query, path or header' })),
  pointer: Type.Optional(Type.String({ description: 'RFC 6901 JSON Pointer into that part, e.g. /members/0/residentId' })),
  code: Type.Optional(Type.String({ description: 'what is wrong, e.g. REQUIRED, RESIDENT_ID_CHECK_DIGIT' })),
  message_zh: Type.Optional(Type.String()),
  message_en: Type.Optional(Type.String()),
}, { additionalProperties: true });

/** a rule named by a refusal (rules of CARD_RULE_REFUSED, MONITORING_RULE_REFUSED, FIELD_RULE_REFUSED …) */
const NamedRuleSchema = Type.Object({
  code: Type.String(),
  zh: Type.Optional(Type.String()),
  en: Type.Optional(Type.String()),
}, { additionalProperties: true });

/**
 * RFC 9457 problem details: every refusal and failure of the API. `code` is the stable thing to branch on;
 * `message_zh` is for the person at the office. Extensions depend on the code (listed per operation in
 * `x-problem-codes` and in each response's description); the schema keeps any other member as sent.
 */
export const ProblemDetailsSchema = Type.Object({
  type: Type.String({ description: 'urn:fupin:problem:<code in kebab case>', examples: ['urn:fupin:problem:designation-open'] }),
  title: Type.String({ description: 'the code again (RFC 9457 title)' }),
  status: Type.Integer({ minimum: 400, maximum: 599 }),
  code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: 'stable machine code: branch on this' }),
  detail: Type.String({ description: 'message_zh / message_en' }),
  message_zh: Type.String({ description: '给办公室人员看的中文提示' }),
  message_en: Type.String(),
  instance: Type.Optional(Type.String({ description: 'the request path' })),
  errors: Type.Optional(Type.Array(FieldErrorSchema, { description: 'VALIDATION_FAILED: every wrong field' })),
  rule: Type.Optional(Type.String({ description: 'the first rule a step breaks' })),
  rules: Type.Optional(Type.Array(NamedRuleSchema, { description: 'every rule it breaks' })),
  judgedOn: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'the facts the rule was judged on (card, income, dates …)' })),
  results: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'NOTHING_TO_POST: each designation\'s refusal' })),
  currentState: Type.Optional(Type.String({ description: 'STEP_NOT_ALLOWED: the state the record is in' })),
  refusedStep: Type.Optional(Type.String({ description: 'STEP_NOT_ALLOWED: the step refused' })),
  currentRevision: Type.Optional(Type.Integer({ description: 'PRECONDITION_FAILED: the revision to send in If-Match after reloading' })),
  parameter: Type.Optional(Type.String({ description: 'INVALID_QUERY_PARAMETER: the parameter' })),
}, {
  $id: 'ProblemDetails',
  additionalProperties: true,
  description: 'RFC 9457 problem details (application/problem+json)',
  examples: [{
    type: 'urn:fupin:problem:designation-open',
    title: 'DESIGNATION_OPEN',
    status: 409,
    code: 'DESIGNATION_OPEN',
    detail: '该户已有进行中的认定 / This household already has a designation in progress',
    message_zh: '该户已有进行中的认定',
    message_en: 'This household already has a designation in progress',
    designationId: '5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10',
    instance: '/designations',
  }],
});
