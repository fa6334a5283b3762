// Generated from openapi.yaml by openapi-typescript (npm run openapi): do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 存活检查 · Liveness: 200 once the service listens with its store open */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 就绪检查：事件库可用、公示计时器运行 · Readiness: the store answers and the notice timer runs */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 农户信息审核（须非录入人） · Review the entered facts (审核): someone other than who entered them */
        post: operations["reviewHouseholdData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/supervisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 农户信息监督（第三人，审核之后） · Supervise the entry (监督): a third person, after the review */
        post: operations["superviseHouseholdData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的农户 · Households in your jurisdiction */
        get: operations["listHouseholds"];
        put?: never;
        /**
         * 农户登记 · Register a household
         * @description 登记一户农户（户主身份证号唯一）。答复含户的事实与 ETag；一户一个事件流，后续修改为合并补丁。
         *
         *     Registers a household (one per head's resident ID) as a stream of its own. Its facts are checked by seed 002's logic checks; later changes are merge patches.
         */
        post: operations["registerHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 农户信息变更（合并补丁） · Change household facts (a JSON Merge Patch of them)
         * @description `changes` 是农户事实的 JSON 合并补丁（RFC 7396）：未给出的字段保留，对象合并，数组（家庭成员等）整体替换，null 表示删除。
         *
         *     `changes` is a JSON Merge Patch (RFC 7396) of the facts: members, incomes, exclusion facts. Sent as application/json or application/merge-patch+json; what is recorded is the patch as applied.
         */
        post: operations["changeHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 农户详情 · A household with its current facts
         * @description 身份证号对非 FULL_ID_ROLES 角色打码。
         *
         *     Resident IDs are masked for roles outside FULL_ID_ROLES (src/households/present.ts).
         */
        get: operations["getHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的认定（可按区域、环节筛选） · Designations in your jurisdiction (by region and state) */
        get: operations["listDesignations"];
        put?: never;
        /**
         * 初核申报 · Initial check and declaration
         * @description 调查人入户核实后申报：按该户登记的事实核算人均纯收入，按本地政策核对所提卡别（如"不得评为黄卡或蓝卡"的情形，422 CARD_RULE_REFUSED）；存疑情形作为 warnings 随后每个签字人可见。一户同时只能有一个进行中的认定（409 DESIGNATION_OPEN）。
         *
         *     The investigator's declaration after the visit: per-capita income is computed from the household's recorded facts and the proposed card is checked against the region's policy (a "never yellow or blue" rule refuses with 422 CARD_RULE_REFUSED naming the rule); doubtful cases become warnings every later signer sees. One open designation per household (409 DESIGNATION_OPEN).
         */
        post: operations["declareDesignation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申报（下一环节处理之前） · Withdraw a declaration before the next step acts (撤回) */
        post: operations["withdrawDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回后重新核查申报 · Re-check a household sent back by the township and declare it again (退回后重新核查申报) */
        post: operations["reviseDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/appraisal-withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回村级评议结果（乡镇复核之前） · Withdraw the village's appraisal before the township reviews it */
        post: operations["withdrawAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/township-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 乡镇复核：确认、调整卡别、退回或不予认定 · Township review (乡镇复核): confirm, adjust the card, send back (退回) or refuse
         * @description 复核人不能是初核申报人（职责分离）。调整卡别时按该户当时的事实核对卡别规则（422 CARD_RULE_REFUSED）。
         *
         *     Whoever did the initial check may not review it. An adjusted card is judged on the household's facts as they are now (422 CARD_RULE_REFUSED naming the rule).
         */
        post: operations["reviewDesignationInTownship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/township-review-withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回乡镇复核（县级抽样之前） · Withdraw the township review before the county draws its sample */
        post: operations["withdrawTownshipReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记公示期间的异议 · Record an objection raised during the public notice (异议) */
        post: operations["raiseDesignationObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/objection-resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理异议：成立退回乡镇复核，不成立继续 · Resolve an objection: upheld sends the household back to township review; dismissed lets it complete */
        post: operations["resolveDesignationObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认定详情：环节、卡别、提示、公示 · A designation: step, card, warnings, notice */
        get: operations["getDesignation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认定全过程：每一环节的签字人、身份、时间、意见、卡别、依据及其哈希链校验 · Every step: who, capacity, jurisdiction, when, opinion, card, evidence, and its verified link in the hash chain */
        get: operations["getDesignationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worklists/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某角色在辖区内的待办（如某乡镇待复核） · What waits for a role in a jurisdiction (e.g. township review in township X) */
        get: operations["getDesignationWorklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appraisal-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入民主评议会及其评议结果 · Record a democratic appraisal meeting and its decisions
         * @description 一次村民主评议会决定多户；第一书记、村支书、村主任三个身份签字后生效（POST …/signatures）。参会人数须达到政策最低要求。
         *
         *     One village meeting decides many designations; it takes effect once the first secretary, the party secretary and the village director have signed. Attendance must reach the policy's minimum of each group.
         */
        post: operations["recordAppraisalMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appraisal-meetings/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评议会记录签字（第三个身份签字后评议结果生效） · Sign the meeting record in your capacities; the third capacity applies its decisions
         * @description 一人可兼两个身份（如支书兼村主任），一次签字记录两个身份。生效时每户各自按规则判定，结果见 results。
         *
         *     One person may hold two capacities (party secretary and village director): one signature records both. When the decisions apply, each designation is judged on its own; see `results`.
         */
        post: operations["signAppraisalMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appraisal-meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评议会：评议结果、签字、各户结果 · A meeting: decisions, signatures, per-designation results */
        get: operations["getAppraisalMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spot-check-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开启县级抽查并抽取样本 · Open a county spot-check round over a township's list and draw its sample
         * @description 按政策比例从该乡镇待抽查的对象中抽样，种子被记录，任何人可重新抽取核对（GET 的 sampleReproduces）。
         *
         *     Draws the policy's share of the township's designations awaiting the spot check with a recorded seed: anyone can draw it again (`sampleReproduces`).
         */
        post: operations["openSpotCheckRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spot-check-rounds/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 抽查人员签署样本户的抽查结果（达到规定人数后生效） · An inspector signs a sampled household's result; it takes effect with enough distinct inspectors */
        post: operations["signSpotCheckResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spot-check-rounds/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束抽查：未抽中的对象视为通过 · Close the round: every unsampled household on its list passes */
        post: operations["closeSpotCheckRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spot-check-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抽查轮次：种子、总体、样本（可复现） · A round: seed, population, sample (re-drawable) */
        get: operations["getSpotCheckRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的公示及其截止时间 · Notices in your jurisdiction with their end dates */
        get: operations["listNotices"];
        put?: never;
        /**
         * 张贴公示（村级或乡镇级） · Post a public notice for a list of designations (village or township board)
         * @description 四卡名单须在村、乡两级张榜公示（政策 notice.fourCardLevels）。公示从实际张贴之日起算，不少于政策规定天数，截止日按工作日历计算。名单只列出接受公示的对象，被拒的在 results 中说明；全部被拒则不张贴（422 NOTHING_TO_POST）。
         *
         *     The list is posted at both village and township level (policy notice.fourCardLevels). A notice counts from its real posting, lasts at least the policy's period (`days` may ask for longer), and ends on a day computed from the working-day calendar. It lists exactly the designations that accepted it; the others are reported in `results`; if none accepts, nothing is posted (422 NOTHING_TO_POST).
         */
        post: operations["postNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示详情：截止时间及名单上各户的状态 · A notice, its end and the state of each designation on it */
        get: operations["getNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的监测事项（按区域、环节、类型或农户） · Monitoring cases in your jurisdiction (by region, state, type or household) */
        get: operations["listMonitoringCases"];
        put?: never;
        /**
         * 申请纳入监测（农户自主申报或村干部排查） · Apply for monitoring: a household's own application with its commitment letter, or a cadre's screening
         * @description 农户自主申报须附农户承诺和授权查询书。一户同时只能有一个监测事项；风险消除后风险再现的，用风险再标注（409 MONITORING_CASE_OPEN）。
         *
         *     A household's own application needs its signed commitment and authorisation letter. One open case per household; an eliminated one is re-flagged instead (409 MONITORING_CASE_OPEN).
         */
        post: operations["applyForMonitoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 行业部门筛查预警（由村核实） · A department's screening alert: opens a case the village must verify */
        post: operations["raiseMonitoringAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/alert-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村核实部门预警：属实（给出拟纳入类型）或不属实 · The village verifies a department's alert on the ground: confirmed (with a proposed type) or dismissed */
        post: operations["verifyMonitoringAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/commitment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入农户承诺和授权查询书 · 农户承诺和授权查询书: the signed letter (or a proxy's with the applicant's thumbprint), before the notice and comparison */
        post: operations["recordMonitoringCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/group-appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村民小组评议 · 村民小组评议: the villager group recommends, or not; the village committees decide next */
        post: operations["recordMonitoringGroupAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/village-appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村两委核实和评议：纳入初选名单或不纳入 · 村两委核实和评议: include in the initial list (初选名单) with a type, or not; checked against the monitoring criteria */
        post: operations["recordMonitoringVillageAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村内公示（同步提交数据比对） · Post the village notice (公示, working days from policy and the calendar); an inclusion notice goes to the district for data comparison (数据比对) at the same time */
        post: operations["postMonitoringNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/data-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 区级数据比对结果 · 数据比对: the district's result from departments' records; an exclusion fact (car, public-funds member, executive — also in children's households) excludes */
        post: operations["recordMonitoringDataComparison"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记公示期间的异议 · Record an objection raised during a notice (异议); the case cannot go on until it is resolved */
        post: operations["raiseMonitoringObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/objection-resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理异议 · Resolve an objection: upheld sends an inclusion back to the village committees (an elimination back to monitoring); dismissed lets the notice end */
        post: operations["resolveMonitoringObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上报乡党委、政府 · 上报乡党委、政府: the village reports a notice that ended without objection (and, for inclusion, a clear comparison) */
        post: operations["reportMonitoringCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/township-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 乡党委、政府审核：同意、退回或不同意 · 乡党委、政府审核: approve (to the district), send back (退回) or refuse */
        post: operations["reviewMonitoringCaseInTownship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/district-filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 区级备案公告（或退回乡镇） · 区级乡村振兴部门备案公告: file and announce (the household is then marked: monitored, or risk eliminated), or send back to the township */
        post: operations["fileMonitoringCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回（申请或风险消除） · Withdraw (撤回): an application before the district files it, or a risk-elimination proposal (the household stays monitored) */
        post: operations["withdrawMonitoringCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确定帮扶联系人（更换须说明原因） · Assign the contact person (帮扶联系人); a replacement needs a reason */
        post: operations["assignMonitoringContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一户一方案、一人一措施 · 一户一方案、一人一措施: the household plan, a measure for every member (a new plan replaces the last) */
        post: operations["recordMonitoringPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记走访 · Record a visit (走访) to the household by its contact person or a cadre */
        post: operations["recordMonitoringVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/elimination-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出风险消除 · 风险消除: the village committees propose it for a household whose income is stable and basic needs and water secure (never without labour capacity) */
        post: operations["proposeRiskElimination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/elimination-appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 风险消除评议 · 风险消除评议: agreed goes to the notice; not agreed keeps the household monitored */
        post: operations["appraiseRiskElimination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/reflag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 风险再标注 · 风险再标注: a household marked risk-eliminated whose risk returned is monitored again (same case, history kept) */
        post: operations["reflagMonitoringCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监测事项详情 · A monitoring case: step, phase, type, notice, comparison, assistance, warnings */
        get: operations["getMonitoringCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监测事项全过程（含每次再标注） · Every step of every cycle: who, capacity, jurisdiction, when, opinion, rules, evidence references */
        get: operations["getMonitoringCaseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-worklists/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某角色在辖区内的监测待办 · What waits for a role in a jurisdiction (e.g. data comparison pending, or district filing, in district X) */
        get: operations["getMonitoringWorklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitored-households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前监测对象（按类型、村），含人数 · Households monitored now, by type and village, with people counts */
        get: operations["listMonitoredHouseholds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按村或乡镇统计户数、人数：监测对象（分类型）、拟识别、已消除风险 · Households and people per village or township: monitored (by type), proposed, risk eliminated */
        get: operations["getMonitoringCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify/streams/{stream}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验一个事件流的哈希链 · Verify the hash chain of one stream: every broken link with its revision */
        get: operations["verifyStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify/villages/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验一个村的全部农户、认定和监测事件流 · Verify every stream of one village's households, designations and monitoring cases */
        get: operations["verifyVillage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 逐页校验整个事件库（限于辖区内的断链） · Verify the whole store through the global feed, page by page: every broken link in your jurisdiction */
        get: operations["verifyStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 时间回溯：某一版本或时刻的认定状态（重放重建） · Time travel: the state of a designation as of ?revision=N or ?at=<instant>, rebuilt by replay */
        get: operations["getDesignationStateAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/procedure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 程序审计：辖区内违反程序规则的已存环节及所违反的规则 · Procedure audit: stored steps that break a chain invariant, with the rule, in your jurisdiction
         * @description 在一次遍历中，用与命令相同的不变式检查已存的全部环节，每一步按当时的状态和农户事实判定。
         *
         *     The invariants commands are judged on, run over the stored trails in one pass over the feed, each step judged on the state its stream had reached and the household's facts as they stood then.
         */
        get: operations["auditProcedure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/designations/{id}/approval-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分类帮扶动态管理审批表（可打印的 HTML 页面） · The approval form filled from the trail, as a printable HTML page */
        get: operations["getApprovalForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部事件类型及版本 · Every event type and version with its JSON Schema (any authenticated role, integrators included) */
        get: operations["listEventSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/{type}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某事件类型某版本的数据结构（JSON Schema） · One version of one event type's data as JSON Schema (draft-07) */
        get: operations["getEventSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分页读取事件流（批量对接） · The event feed, paged: events after a position, filtered (batch integrators)
         * @description 传回 nextAfter 作为 after 继续读取；nextAfter 等于 head 时已读完。事件按原样给出（未升级），可自行校验哈希链。
         *
         *     Pass `nextAfter` back as `after` (or follow the Link header); you are caught up when nextAfter equals head. Events are handed out exactly as stored (not upcast), so the hash chain can be checked. At most 10 000 events are scanned per request: a narrow filter may answer fewer events than `limit`, but nextAfter always moves on.
         */
        get: operations["readFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/stream-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请事件流票据（供 EventSource 使用，一次性） · A single-use ticket to open GET /feed/stream?ticket=…
         * @description EventSource 不能发送 Authorization 头：先用令牌申请票据，再用票据打开事件流。票据一次有效，FEED_STREAM_TICKET_TTL_MS 内使用，身份与申请时的令牌相同。
         *
         *     An EventSource cannot send the Authorization header: ask for a ticket with the token, then open /feed/stream?ticket=… with it, once, within FEED_STREAM_TICKET_TTL_MS, as the token's identity.
         */
        post: operations["issueStreamTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实时事件流（Server-Sent Events） · The event feed over Server-Sent Events: from a position (after / Last-Event-ID), then live
         * @description 每个事件：id 为全局位置，event 为事件类型，data 为原样存储的事件 JSON；每 FEED_HEARTBEAT_MS 一行 `: heartbeat`。重连时 Last-Event-ID 优先于 after。
         *
         *     Each event is `id: <position>`, `event: <type>`, `data: <the stored event as JSON>`; a `: heartbeat` comment every FEED_HEARTBEAT_MS. On reconnection the Last-Event-ID header wins over `after`. A browser opens it with a ticket (POST /feed/stream-tickets) instead of the Authorization header; a spent ticket is 401.
         */
        get: operations["streamFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的 Webhook 订阅 · Webhook subscriptions in your jurisdiction (secrets are never shown) */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * 订阅 Webhook（管理员） · Subscribe a URL to the event feed (administrators)
         * @description 每次投递 POST 最多 100 个事件，带 X-Signature 签名；至少一次、按序，失败按指数退避重试，连续失败 maxFailures 次后暂停。
         *
         *     Each delivery POSTs up to 100 stored events with an X-Signature (HMAC-SHA256 of t.body with the secret); at least once and in order per subscription, retried with exponential backoff, paused after maxFailures consecutive failures.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook 订阅详情 · A webhook subscription */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** 删除 Webhook 订阅（历史保留在事件库中） · Delete a webhook subscription (its history stays in the store) */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停投递 · Pause deliveries */
        post: operations["pauseWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复投递（从失败的位置重发） · Resume deliveries, replaying from the failed (first unacknowledged) position */
        post: operations["resumeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递记录：最近的尝试、检查点、暂停时保留的失败投递 · Delivery log: recent attempts (status, latency, error), checkpoint, the failed delivery kept while paused */
        get: operations["getWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布或更正某年的节假日安排（管理员） · Publish a year of the working-day calendar from the State Council's notice, or correct a year already known (administrators)
         * @description 每年 11 月国务院公布次年节假日安排后发布；更正已有年度须说明理由。每个实例无需重启即按新日历计算公示截止日。重试（同一 Idempotency-Key）答复 200。
         *
         *     Publish next year's holidays each November, once the State Council has; correcting a year already known needs a reason. Every instance computes notice ends on it without a restart. A retry with the same Idempotency-Key is answered 200.
         */
        post: operations["publishCalendarYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历：已知年度、已知到哪一天、即将用尽时的提示 · The working-day calendar: the years it knows, until which day, and the warning when it ends soon */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的节假日与调休上班日、来源及每次发布和更正 · A year of the calendar: its holidays and make-up working days, where they come from, and every publication and correction */
        get: operations["getCalendarYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后台任务：状态、进度、结果 · A job: state, progress, result (to whoever started it, or a supervisor of its jurisdiction) */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载后台任务的结果文件 · Download a job’s result file */
        get: operations["getJobResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/households/template.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 农户导入模板（每名家庭成员一行） · The household import template (one row per member), xlsx or CSV */
        get: operations["getHouseholdImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 CSV 或 xlsx 导入农户（dryRun 只检查，partial 只登记无误的户） · Import households from CSV or xlsx: dryRun=true judges only; partial=true registers the good households even if others are wrong */
        post: operations["importHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出名单（农户、认定）为 xlsx 或 CSV；数据量大时作为后台任务 · Export a list (households, designations) as xlsx or CSV: directly when small, as a job (202) when large or async=true */
        get: operations["exportList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区划目录：乡镇、村、组的代码和名称 · The region directory: codes and names of townships, villages and groups */
        get: operations["listRegions"];
        put?: never;
        /** 向区划目录添加乡镇、村或组 · Add a township, village or group (组) to the directory (county office, administrators) */
        post: operations["addRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{code}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更改区划名称（新事件，旧名称保留） · Rename a code of the directory: a new event; the previous name stays on its trail */
        post: operations["renameRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入区划目录（CSV：code,name[,parent]），有错则全部不导入 · Import a CSV file of codes and names; a file with any error is refused with every error listed and applies nothing */
        post: operations["importRegions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个区划：名称、级别、上级、曾用名和下级 · One code of the directory: its name, level, parent, former names and children */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 到期与逾期事项（复核、联系、走访、整改时限、月报） · Duties coming due and overdue (reviews, contacts, visits, rectification deadlines, monthly reports)
         * @description 按区域、事项、责任人筛选；逾期事项按逾期天数排序，最久的在前。
         *
         *     Filter by region, kind and who owes it; overdue duties come most overdue first.
         */
        get: operations["listDuties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调查问卷及其版本（预置与导入） · Questionnaires and their versions: the presets and those imported */
        get: operations["listQuestionnaires"];
        put?: never;
        /**
         * 从 XLSForm 格式 xlsx 导入问卷（新版本） · Import a questionnaire version from an XLSForm workbook; refused with every error listed (sheet, row, column, code)
         * @description 工作表 survey（type, name, label::Chinese, relevant, required, constraint, constraint_message::Chinese, rule_strength = blocking | warning, rule_code, finding, finding_type, area_level）、choices（list_name, name, label::Chinese）、settings（form_id, version, form_title）。
         *
         *     Sheets survey, choices and settings in the XLSForm layout, plus rule_strength (blocking | warning), rule_code, finding, finding_type and area_level.
         */
        post: operations["importQuestionnaire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/questionnaires/{formId}/{version}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出问卷为 XLSForm 格式 xlsx · A questionnaire version as an XLSForm workbook (survey, choices, settings) */
        get: operations["exportQuestionnaire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/questionnaires/{formId}/{version}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印空白问卷（HTML，A4） · A blank questionnaire to print (HTML, A4 print CSS) for work without signal */
        get: operations["printQuestionnaire"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入入户调查（按问卷规则判定：不允许提交的拒绝，警告的随记录保存） · Enter a household's survey: judged by the form's rules — a blocking rule refuses it (422, naming the rule), a warning is stored with it */
        post: operations["submitSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核入户调查（非调查组成员，逐条确认警告） · Review a survey: someone outside the team, acknowledging each warning it was accepted with */
        post: operations["reviewSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 入户调查记录（含警告与发现的问题） · A survey with the warnings it was accepted with and the problems it found */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 农户的入户调查记录 · A household's surveys, oldest first */
        get: operations["listHouseholdSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}/data-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建档立卡户信息核查清单（26项）核查结果 · Seed 002's 26 data checks on one household: each hit with its item, strength and member */
        get: operations["getHouseholdDataChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tables/six-checks-risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脱贫户"六看"存在风险情况统计表（附件5），JSON 或 xlsx · Seed 002 附件5: per village, households and people whose latest 六看 survey found a risk, in all and by indicator (JSON, or xlsx with the seed's headers) */
        get: operations["getSixChecksRiskStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建档立卡数据质量（26项核查）按乡镇、村统计并排名 · Data quality by the 26 checks, per township and village, ranked by errors per household (fewest first) */
        get: operations["getDataQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确定边缘户重点排查对象（三非户、预警审核户直接列入疑似边缘户） · Screen a household for edge identification; 三非 and early-warning-reviewed households are listed as suspected edge directly */
        post: operations["screenEdgeCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-cases/{id}/housing-appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入县住建部门危房鉴定意见 · Record the county housing department's appraisal of a suspected dangerous house */
        post: operations["appraiseEdgeHousing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-cases/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联边缘户调查表调查记录 · Link the survey made with the edge-household form */
        post: operations["recordEdgeSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-cases/{id}/meeting-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村工作队全体会议审核（列为疑似边缘户或否） · The village work team meeting reviews: suspected edge, or not */
        post: operations["reviewEdgeAtMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-cases/{id}/county-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县扶贫开发领导小组审定边缘户并明确责任部门 · The county leading group approves (the household becomes an edge household) and assigns departments */
        post: operations["approveEdgeHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edge-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 边缘户识别进度 · An edge identification: its step, basis, appraisal, survey, departments, and the household's category */
        get: operations["getEdgeCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description RFC 9457 problem details (application/problem+json)
         * @example {
         *       "type": "urn:fupin:problem:designation-open",
         *       "title": "DESIGNATION_OPEN",
         *       "status": 409,
         *       "code": "DESIGNATION_OPEN",
         *       "detail": "该户已有进行中的认定 / This household already has a designation in progress",
         *       "message_zh": "该户已有进行中的认定",
         *       "message_en": "This household already has a designation in progress",
         *       "designationId": "5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10",
         *       "instance": "/designations"
         *     }
         */
        ProblemDetails: {
            /**
             * @description urn:fupin:problem:<code in kebab case>
             * @example urn:fupin:problem:designation-open
             */
            type: string;
            /** @description the code again (RFC 9457 title) */
            title: string;
            status: number;
            /** @description stable machine code: branch on this */
            code: string;
            /** @description message_zh / message_en */
            detail: string;
            /** @description 给办公室人员看的中文提示 */
            message_zh: string;
            message_en: string;
            /** @description the request path */
            instance?: string;
            /** @description VALIDATION_FAILED: every wrong field */
            errors?: ({
                /** @description the part of the request: body, query, path or header */
                in?: string;
                /** @description RFC 6901 JSON Pointer into that part, e.g. /members/0/residentId */
                pointer?: string;
                /** @description what is wrong, e.g. REQUIRED, RESIDENT_ID_CHECK_DIGIT */
                code?: string;
                message_zh?: string;
                message_en?: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description the first rule a step breaks */
            rule?: string;
            /** @description every rule it breaks */
            rules?: ({
                code: string;
                zh?: string;
                en?: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description the facts the rule was judged on (card, income, dates …) */
            judgedOn?: {
                [key: string]: unknown;
            };
            /** @description NOTHING_TO_POST: each designation's refusal */
            results?: {
                [key: string]: unknown;
            }[];
            /** @description STEP_NOT_ALLOWED: the state the record is in */
            currentState?: string;
            /** @description STEP_NOT_ALLOWED: the step refused */
            refusedStep?: string;
            /** @description PRECONDITION_FAILED: the revision to send in If-Match after reloading */
            currentRevision?: number;
            /** @description INVALID_QUERY_PARAMETER: the parameter */
            parameter?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description who took a step, in which capacity, for which jurisdiction */
        Actor: {
            /** @description the token subject */
            id: string;
            name?: string;
            organisation?: string;
            /** @description the role acted in, e.g. townshipReviewer */
            capacity?: string;
            /** @description region-code prefix acted for */
            jurisdiction?: string;
        };
        /** @description a named rule: a warning travelling with the step, or the reason of a refusal */
        RuleNote: {
            /** @description stable rule code */
            code: string;
            zh: string;
            en: string;
            /** @description the numbers that triggered it */
            facts?: {
                [key: string]: unknown;
            };
        };
        /** @description one designation's result in a list operation: each is its own atomic step */
        ItemResult: {
            /** Format: uuid */
            designationId: string;
            ok: boolean;
            /** @description the state it reached */
            state?: string;
            /** @description the stream's revision (0 for its first event); also the ETag */
            revision?: number;
            /** @description the problem code of its refusal */
            code?: string;
            message_zh?: string;
            message_en?: string;
        };
        HouseholdAnswer: {
            id: string;
            revision: number;
            registeredAt: string;
            updatedAt: string;
            /** @description the head of household's name; masked (surname kept: 张*) for roles that see resident IDs masked */
            headName: string;
            /** @description the township's name from the region directory; null when unknown */
            townshipName: string | null;
            /** @description the village's name from the region directory; null when unknown */
            villageName: string | null;
            household: {
                head: string;
                residentId: unknown;
                villageCode: string;
                group: string;
                members: {
                    hasHouseholdRegistration?: boolean;
                    register?: {
                        name?: string;
                        residentId?: unknown;
                    };
                    livesInHousehold?: boolean;
                    /** @enum {string} */
                    labourSkill?: "skilled" | "ordinary" | "weak" | "lost" | "none";
                    workPlace?: string;
                    phone?: string;
                    /** @enum {string} */
                    educationLevel?: "illiterate" | "primary" | "junior-high" | "senior-high" | "vocational" | "college";
                    /** @enum {string} */
                    medicalInsurance?: "residents" | "employees" | "none";
                    /** @enum {string} */
                    disabilityKind?: "limb" | "visual" | "hearing" | "speech" | "intellectual" | "mental" | "multiple";
                    name: string;
                    /** @enum {string} */
                    relation: "head" | "spouse" | "child" | "child-in-law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                    residentId?: unknown;
                    birthDate?: string;
                    age?: number;
                    /** @enum {string} */
                    studentStatus: "none" | "preschool" | "compulsory" | "senior-high" | "secondary-vocational" | "higher" | "dropout";
                    health: {
                        /** @enum {string} */
                        status: "healthy";
                    } | {
                        /** @enum {string} */
                        status: "chronic-illness";
                    } | {
                        /** @enum {string} */
                        status: "serious-illness";
                    } | {
                        /** @enum {string} */
                        status: "disabled";
                        grade: 1 | 2 | 3 | 4;
                    };
                    /** @enum {string} */
                    labour: "normal" | "weak" | "none";
                    employment: {
                        /** @enum {string} */
                        place: "none" | "within-county" | "within-province" | "outside-province";
                        monthsPerYear?: number;
                    };
                }[];
                /** @enum {string} */
                registration: "registered" | "edge" | "ordinary";
                povertyStatus: ("escaped" | "not-escaped" | "returned" | "monitored") | null;
                mainCauseOfPoverty: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other") | null;
                /** @default [] */
                otherCausesOfPoverty: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other")[];
                /** @default [] */
                policiesEnjoyed: ("education" | "industry" | "health" | "employment" | "relocation" | "housing-renovation" | "microcredit" | "subsistence-allowance" | "consumption" | "social" | "temporary-relief" | "other")[];
                incomes: {
                    [key: string]: {
                        wage: number;
                        business: number;
                        property: number;
                        transfer: number;
                        productionCosts: number;
                        /** @default 0 */
                        schoolingExpenses: number;
                        /** @default 0 */
                        medicalExpenses: number;
                    };
                };
                /** @default [] */
                risks: {
                    /** @enum {string} */
                    kind: "illness" | "disaster" | "schooling" | "accident" | "income-loss" | "other";
                    note?: string;
                }[];
                /**
                 * @default {
                 *       "consumerCar": false,
                 *       "commercialHousing": false,
                 *       "luxuriousDecoration": false,
                 *       "publicFundsMember": false,
                 *       "enterpriseExecutive": false,
                 *       "parentsApartFromAbleChildren": false,
                 *       "childrenHouseholds": {
                 *         "consumerCar": false,
                 *         "publicFundsMember": false,
                 *         "enterpriseExecutive": false,
                 *         "wellOff": false
                 *       }
                 *     }
                 */
                exclusions: {
                    /** @default false */
                    consumerCar: boolean;
                    /** @default false */
                    commercialHousing: boolean;
                    /** @default false */
                    luxuriousDecoration: boolean;
                    /** @default false */
                    publicFundsMember: boolean;
                    /** @default false */
                    enterpriseExecutive: boolean;
                    /** @default false */
                    parentsApartFromAbleChildren: boolean;
                    /**
                     * @default {
                     *       "consumerCar": false,
                     *       "publicFundsMember": false,
                     *       "enterpriseExecutive": false,
                     *       "wellOff": false
                     *     }
                     */
                    childrenHouseholds: {
                        /** @default false */
                        consumerCar: boolean;
                        /** @default false */
                        publicFundsMember: boolean;
                        /** @default false */
                        enterpriseExecutive: boolean;
                        /** @default false */
                        wellOff: boolean;
                    };
                };
                livelihood?: {
                    incomeStable: boolean;
                    basicNeedsAndWaterSecure: boolean;
                };
                /** @enum {string} */
                attribute?: "ordinary" | "subsistence" | "destitute";
                housing?: {
                    /** @enum {string} */
                    status: "safe" | "dangerous-c" | "dangerous-d" | "unappraised";
                    note?: string;
                };
                drinkingWater?: {
                    safe: boolean;
                    /** @enum {string} */
                    source?: "tap" | "well" | "spring" | "surface" | "cistern" | "other";
                };
                contactPerson?: {
                    name: string;
                    phone?: string;
                };
                phone?: string;
                relocation?: {
                    movedInOn: string;
                };
                escapeYear?: number;
            };
        };
        /**
         * @description 红黄绿蓝卡认定: a household's designation, its step, card, warnings, spot check and notice
         * @example {
         *       "id": "5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10",
         *       "householdId": "0d3c5a52-1f7e-4b8a-9c2e-6a41f0b7d913",
         *       "villageCode": "430623101201",
         *       "year": 2026,
         *       "state": "awaitingSpotCheck",
         *       "stepZh": "待县级抽查",
         *       "card": "yellow",
         *       "warnings": [],
         *       "revision": 3,
         *       "machineVersion": "four-card@1",
         *       "declaredBy": "inv-zhang",
         *       "spotCheck": null,
         *       "notice": null,
         *       "openObjections": [],
         *       "completedAt": null,
         *       "declaredAt": "2026-03-18T09:30:00.000Z",
         *       "updatedAt": "2026-03-26T02:00:00.000Z"
         *     }
         */
        DesignationAnswer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            householdId: string;
            /**
             * @description 12-digit village code (行政区划代码)
             * @example 430623101201
             */
            villageCode: string;
            /** @description the designation year: whose policy applies */
            year: number;
            /**
             * @description the step it is at (workflows/four-card/machine.ts)
             * @enum {string}
             */
            state: "new" | "awaitingAppraisal" | "returnedToVillage" | "awaitingTownshipReview" | "awaitingSpotCheck" | "spotCheck" | "spotCheckSigned" | "awaitingNotice" | "inNotice" | "designated" | "objectionAfterCompletion" | "refused" | "withdrawn";
            /** @description 环节名称, e.g. 待乡镇复核 */
            stepZh: string;
            /** @description 环节名称 (the same label as stepZh) */
            stateZh: string;
            /** @description 户主姓名, masked to the surname (张*) for roles that see resident IDs masked */
            headName: string | null;
            /** @description 乡镇名称 from the region directory; null when unknown */
            townshipName: string | null;
            /** @description 村名称 from the region directory; null when unknown */
            villageName: string | null;
            /** @description 卡别名称, e.g. 黄卡 */
            cardZh: string | null;
            /**
             * @description 红卡 red · 黄卡 yellow · 绿卡 green · 蓝卡 blue
             * @enum {string|null}
             */
            card: "red" | "yellow" | "green" | "blue" | null;
            /** @description rules the case came close to: every later signer sees them */
            warnings: components["schemas"]["RuleNote"][];
            /** @description the stream's revision (0 for its first event); also the ETag */
            revision: number;
            /**
             * @description the machine version the stream was started with
             * @example four-card@1
             */
            machineVersion: string;
            /** @description who did the initial check */
            declaredBy: string | null;
            /** @description 县级抽查: the round it was sampled in and the signatures so far */
            spotCheck: {
                /** Format: uuid */
                roundId: string;
                /** @enum {string|null} */
                outcome: "confirmed" | "adjusted" | "sentBack" | "refused" | null;
                /** @enum {string|null} */
                card: "red" | "yellow" | "green" | "blue" | null;
                /** @description the inspectors who signed so far */
                signers: string[];
            } | null;
            /** @description the first notice it was posted on */
            notice: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                startsAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                endsAt: string;
                /** @description the first day (China time), YYYY-MM-DD */
                firstDay: string;
                /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                lastDay: string;
            } | null;
            /** @description every notice it was posted on (乡、村两级张榜公示) */
            notices: {
                /** Format: uuid */
                id: string;
                /**
                 * @description 村级 or 乡镇级 board
                 * @enum {string}
                 */
                level: "village" | "township";
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                startsAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                endsAt: string;
                /** @description the first day (China time), YYYY-MM-DD */
                firstDay: string;
                /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                lastDay: string;
            }[];
            /** @description objections raised and not yet resolved */
            openObjections: string[];
            /** @description every objection raised, with its summary and resolution */
            objections: {
                id: string;
                summary: string;
                /** @description when it was raised (occurredAt) */
                raisedAt: string;
                raisedBy: {
                    [key: string]: unknown;
                };
                status: "open" | "upheld" | "dismissed";
                resolvedAt: string | null;
                resolvedBy: {
                    [key: string]: unknown;
                } | null;
                opinion: string | null;
            }[];
            /**
             * Format: date-time
             * @description when it was designated and reported to the county
             * @example 2026-03-18T09:30:00.000Z
             */
            completedAt: string | null;
            /** @description the county the result was reported to (上报县扶贫办), once completed */
            reportedTo: string | null;
            /**
             * Format: date-time
             * @description when the declaration was recorded
             * @example 2026-03-18T09:30:00.000Z
             */
            declaredAt: string;
            /**
             * Format: date-time
             * @description when its last step was recorded
             * @example 2026-03-18T09:30:00.000Z
             */
            updatedAt: string;
        };
        DesignationHistoryStep: {
            /** @description the stream's revision (0 for its first event); also the ETag */
            revision: number;
            /** @description global feed position */
            position: number;
            /** @description the event type, e.g. TownshipReviewed */
            step: string;
            /** @description the stored version of the event schema (0: the shape stored before versioning, where a type has one) */
            schemaVersion: number;
            actor: components["schemas"]["Actor"];
            /**
             * Format: date-time
             * @description when it happened in the field
             * @example 2026-03-18T09:30:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description when it was recorded
             * @example 2026-03-18T09:30:00.000Z
             */
            recordedAt: string;
            /** @description the opinion, reason or summary given (text), or null */
            opinion: unknown;
            /** @description the card set or proposed, or null */
            card: unknown;
            /** @description per-capita net income judged (yuan), or null */
            perCapitaIncome: unknown;
            /** @description the signatures of an appraisal decision, or null */
            signatures: unknown;
            /** @description rules the step warned about, or null */
            warnings: unknown;
            /** @description what the step rests on: household revision, suggestion, meeting, round, notice, objection ids */
            evidence: {
                [key: string]: unknown;
            };
            /**
             * @description the board of a NoticePosted step
             * @enum {string|null}
             */
            noticeLevel: "village" | "township" | null;
            /** @description the county a completion was reported to */
            reportedTo: string | null;
            /** @description why the step was entered after the late-entry window (补录) */
            lateEntryReason: string | null;
            hash: string;
            prevHash: string;
            /** @description this step hashes to `hash` and follows the step before it */
            linkVerified: boolean;
        };
        /** @description 民主评议: one village meeting deciding many designations */
        AppraisalMeetingAnswer: {
            /** Format: uuid */
            id: string;
            /**
             * @description 12-digit village code (行政区划代码)
             * @example 430623101201
             */
            villageCode: string;
            /**
             * Format: date-time
             * @description when the meeting was held
             * @example 2026-03-18T09:30:00.000Z
             */
            occurredAt: string;
            /** @description why it was entered late (补录), when it was */
            lateEntryReason: string | null;
            recordedBy: components["schemas"]["Actor"];
            /** @description 党员、组长、贫困户代表、群众代表 */
            attendance: {
                partyMembers: number;
                groupLeaders: number;
                poorHouseholdRepresentatives: number;
                publicRepresentatives: number;
            };
            decisions: {
                /** Format: uuid */
                designationId: string;
                /** @enum {string} */
                decision: "approved" | "rejected";
                /** @enum {string} */
                card: "red" | "yellow" | "green" | "blue";
                opinion: string;
            }[];
            signatures: {
                id: string;
                name?: string;
                organisation?: string;
                /** @description firstSecretary, partySecretary or villageDirector */
                capacity: string;
                jurisdiction?: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                signedAt: string;
            }[];
            /** @description the capacities still to sign: the decisions apply once none is missing */
            missingSignatures: string[];
            /** @description the decisions were applied to the designations */
            applied: boolean;
            /** @description each designation's result once applied */
            results: components["schemas"]["ItemResult"][] | null;
            /** @description the stream's revision (0 for its first event); also the ETag */
            revision: number;
        };
        /** @description 县级抽查: a round over a township's list with its reproducible sample */
        SpotCheckRoundAnswer: {
            /** Format: uuid */
            id: string;
            /**
             * @description 9-digit township code
             * @example 430623101
             */
            townshipCode: string;
            openedBy: components["schemas"]["Actor"];
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            openedAt: string;
            /** @description the share of the population sampled (policy) */
            ratio: number;
            /** @description distinct inspectors needed per sampled result */
            minInspectors: number;
            /** @description the recorded seed: anyone can draw the sample again */
            seed: string;
            drawMethod: string;
            /** @description the designations awaiting the spot check when the round opened */
            population: string[];
            sample: string[];
            /** @description drawing again with the seed gives the recorded sample */
            sampleReproduces: boolean;
            closed: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            closedAt: string | null;
            /** @description the stream's revision (0 for its first event); also the ETag */
            revision: number;
        };
        /**
         * @description 防止返贫监测对象: a household's case through inclusion, assistance, risk elimination and re-flagging
         * @example {
         *       "id": "3f9a1b2c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
         *       "householdId": "0d3c5a52-1f7e-4b8a-9c2e-6a41f0b7d913",
         *       "villageCode": "430623101201",
         *       "townshipCode": "430623101",
         *       "year": 2026,
         *       "source": "householdApplication",
         *       "channel": "written",
         *       "department": null,
         *       "state": "awaitingGroupAppraisal",
         *       "stepZh": "待村民小组评议",
         *       "phase": "inclusion",
         *       "monitoringType": null,
         *       "monitoringTypeZh": null,
         *       "warnings": [],
         *       "commitment": {
         *         "by": "applicant",
         *         "thumbprint": true,
         *         "signedOn": "2026-05-06"
         *       },
         *       "groupAppraisal": null,
         *       "notice": null,
         *       "comparison": null,
         *       "openObjections": [],
         *       "exclusionRules": [],
         *       "contact": null,
         *       "plan": null,
         *       "visits": {
         *         "count": 0,
         *         "lastAt": null
         *       },
         *       "cycle": 1,
         *       "monitoredSince": null,
         *       "eliminatedAt": null,
         *       "reflaggedAt": null,
         *       "closedAt": null,
         *       "openedBy": "inv-zhang",
         *       "revision": 0,
         *       "machineVersion": "monitoring@1",
         *       "openedAt": "2026-05-06T02:00:00.000Z",
         *       "updatedAt": "2026-05-06T02:00:00.000Z"
         *     }
         */
        MonitoringCaseAnswer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            householdId: string;
            /**
             * @description 12-digit village code (行政区划代码)
             * @example 430623101201
             */
            villageCode: string;
            /**
             * @description 9-digit township code
             * @example 430623101
             */
            townshipCode: string;
            /** @description the income year judged against the monitoring line */
            year: number;
            /** @enum {string|null} */
            source: "householdApplication" | "cadreScreening" | "departmentAlert" | null;
            /** @enum {string|null} */
            channel: "written" | "app" | "hotline12317" | null;
            /** @description the department whose alert opened the case */
            department: string | null;
            /**
             * @description the step it is at (workflows/monitoring/machine.ts)
             * @enum {string}
             */
            state: "new" | "awaitingAlertVerification" | "awaitingGroupAppraisal" | "awaitingVillageAppraisal" | "awaitingNotice" | "inNotice" | "awaitingComparison" | "awaitingReport" | "objectionAfterNotice" | "awaitingTownshipReview" | "awaitingDistrictFiling" | "monitored" | "eliminationAppraisal" | "eliminationAwaitingNotice" | "eliminationInNotice" | "eliminationAwaitingReport" | "eliminationAwaitingTownshipReview" | "eliminationAwaitingFiling" | "eliminationObjectionAfterNotice" | "riskEliminated" | "alertDismissed" | "notIncluded" | "excluded" | "refused" | "withdrawn";
            /** @description 环节名称 */
            stepZh: string;
            /** @description 环节名称 (the same label as stepZh) */
            stateZh: string;
            /** @description 户主姓名, masked to the surname (张*) for roles that see resident IDs masked */
            headName: string | null;
            /** @description 乡镇名称 from the region directory; null when unknown */
            townshipName: string | null;
            /** @description 村名称 from the region directory; null when unknown */
            villageName: string | null;
            /** @description every objection raised, with its summary and resolution */
            objections: {
                id: string;
                summary: string;
                /** @description when it was raised (occurredAt) */
                raisedAt: string;
                raisedBy: {
                    [key: string]: unknown;
                };
                status: "open" | "upheld" | "dismissed";
                resolvedAt: string | null;
                resolvedBy: {
                    [key: string]: unknown;
                } | null;
                opinion: string | null;
            }[];
            /** @enum {string} */
            phase: "inclusion" | "monitored" | "elimination" | "eliminated" | "closed";
            /**
             * @description 脱贫不稳定户 unstableEscaped · 边缘易致贫户 edgeProne · 突发严重困难户 suddenHardship
             * @enum {string|null}
             */
            monitoringType: "unstableEscaped" | "edgeProne" | "suddenHardship" | null;
            monitoringTypeZh: string | null;
            warnings: components["schemas"]["RuleNote"][];
            /** @description 农户承诺和授权查询书 on file */
            commitment: {
                /** @enum {string} */
                by: "applicant" | "proxy";
                thumbprint: boolean;
                /**
                 * Format: date
                 * @description a day, YYYY-MM-DD (China time)
                 * @example 2026-04-03
                 */
                signedOn: string;
            } | null;
            /** @enum {string|null} */
            groupAppraisal: "recommended" | "notRecommended" | null;
            notice: {
                /** @enum {string} */
                phase: "inclusion" | "elimination";
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                startsAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                endsAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                endedAt: string | null;
                /** @description the first day (China time), YYYY-MM-DD */
                firstDay: string;
                /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                lastDay: string;
            } | null;
            /** @description 数据比对 */
            comparison: {
                /** @enum {string} */
                status: "pending" | "clear";
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                requestedAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                completedAt: string | null;
            } | null;
            openObjections: string[];
            /** @description the rules data comparison found broken */
            exclusionRules: components["schemas"]["RuleNote"][];
            /** @description 帮扶联系人 */
            contact: {
                id: string | null;
                name: string;
                organisation: string | null;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                since: string;
            } | null;
            /** @description 一户一方案 */
            plan: {
                /** Format: uuid */
                planId: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                recordedAt: string;
                measures: number;
            } | null;
            visits: {
                count: number;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                lastAt: string | null;
            };
            /** @description 1, +1 for each re-flagging */
            cycle: number;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            monitoredSince: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            eliminatedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            reflaggedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            closedAt: string | null;
            openedBy: string | null;
            /** @description the stream's revision (0 for its first event); also the ETag */
            revision: number;
            /** @example monitoring@1 */
            machineVersion: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            openedAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            updatedAt: string;
        };
        /** @description a link of a stream's hash chain that does not hold */
        BrokenLink: {
            stream: string;
            /** @description the event's stored revision */
            revision: number;
            /**
             * @description the first of reasons
             * @enum {string}
             */
            reason: "hash-mismatch" | "prev-hash-mismatch" | "revision-gap" | "wrong-stream" | "position-order";
            reasons: ("hash-mismatch" | "prev-hash-mismatch" | "revision-gap" | "wrong-stream" | "position-order")[];
            /** @description for a gap, the revision that should have come */
            expectedRevision: number;
            position: number;
            eventId: string;
            type: string;
        };
        /** @description an event as stored: hash-chained per stream */
        StoredEvent: {
            /** Format: uuid */
            id: string;
            /** @description <chain>-<id>, e.g. designation-5b0c3c1e-… */
            stream: string;
            /** @description 0-based position in its stream */
            revision: number;
            /** @description position in the global feed: increasing in commit order */
            position: number;
            /** @description the event type; its data's JSON Schema is at /schemas/{type}/{version} */
            type: string;
            /** @description the event's facts, as stored */
            data: {
                [key: string]: unknown;
            };
            metadata: {
                /** @description who, in which capacity and jurisdiction */
                actor: {
                    id: string;
                } & {
                    [key: string]: unknown;
                };
                /**
                 * Format: date-time
                 * @description when it happened in the field
                 * @example 2026-03-18T09:30:00.000Z
                 */
                occurredAt: string;
                /**
                 * Format: date-time
                 * @description when the store committed it
                 * @example 2026-03-18T09:30:00.000Z
                 */
                recordedAt: string;
                correlationId: string | null;
                causationId: string | null;
                commandId: string | null;
                lateEntryReason?: string;
                /** @description the version of the data's shape; absent: version 1 */
                schemaVersion?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description hash of the stream's previous event (GENESIS for revision 0) */
            prevHash: string;
            /** @description sha256 of the canonical JSON of id, stream, revision, type, data, metadata and prevHash */
            hash: string;
        };
        /** @description a webhook subscription (the secret is write-only) */
        WebhookAnswer: {
            /** Format: uuid */
            id: string;
            url: string;
            filter: {
                types: string[] | null;
                chains: string[] | null;
                /** @description region-code prefix within your jurisdiction */
                region: string;
            };
            maxFailures: number;
            active: boolean;
            /** @enum {string} */
            state: "active" | "paused" | "deleted";
            /** @enum {string|null} */
            pausedBy: "admin" | "failures" | null;
            /** @description every matching event up to this position was delivered */
            checkpoint: number;
            /** @description the delivery that failed maxFailures times in a row: replayed on resume */
            lastFailure: {
                fromPosition: number;
                throughPosition: number;
                events: number;
                attempts: number;
                httpStatus: number | null;
                error: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 instant
                 * @example 2026-03-18T09:30:00.000Z
                 */
                at: string;
            } | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant
             * @example 2026-03-18T09:30:00.000Z
             */
            createdAt: string;
            createdBy: {
                id: string;
                name: string | null;
            };
            /** @description the stream's revision (0 for its first event); also the ETag */
            revision: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        store: string;
                        headPosition: number;
                    };
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ready" | "not-ready";
                        store: boolean;
                        timers: boolean;
                        projectionLag: number;
                        calendarKnownUntil: string | null;
                        calendarDaysAhead: number;
                        warnings: {
                            code: string;
                            message_zh: string;
                            message_en: string;
                            knownUntil?: string | null;
                            daysAhead?: number;
                            nextYear?: number;
                        }[];
                    };
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description 未就绪 · Not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ready" | "not-ready";
                        store: boolean;
                        timers: boolean;
                        projectionLag: number;
                        calendarKnownUntil: string | null;
                        calendarDaysAhead: number;
                        warnings: {
                            code: string;
                            message_zh: string;
                            message_en: string;
                            knownUntil?: string | null;
                            daysAhead?: number;
                            nextYear?: number;
                        }[];
                    };
                };
            };
        };
    };
    reviewHouseholdData: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opinion": "已逐项核对户籍、收入与家庭成员信息，无误",
                 *       "occurredAt": "2026-03-17T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        revision: number;
                        registeredAt: string;
                        updatedAt: string;
                        /** @description the head of household's name; masked (surname kept: 张*) for roles that see resident IDs masked */
                        headName: string;
                        /** @description the township's name from the region directory; null when unknown */
                        townshipName: string | null;
                        /** @description the village's name from the region directory; null when unknown */
                        villageName: string | null;
                        household: {
                            head: string;
                            residentId: unknown;
                            villageCode: string;
                            group: string;
                            members: {
                                hasHouseholdRegistration?: boolean;
                                register?: {
                                    name?: string;
                                    residentId?: unknown;
                                };
                                livesInHousehold?: boolean;
                                /** @enum {string} */
                                labourSkill?: "skilled" | "ordinary" | "weak" | "lost" | "none";
                                workPlace?: string;
                                phone?: string;
                                /** @enum {string} */
                                educationLevel?: "illiterate" | "primary" | "junior-high" | "senior-high" | "vocational" | "college";
                                /** @enum {string} */
                                medicalInsurance?: "residents" | "employees" | "none";
                                /** @enum {string} */
                                disabilityKind?: "limb" | "visual" | "hearing" | "speech" | "intellectual" | "mental" | "multiple";
                                name: string;
                                /** @enum {string} */
                                relation: "head" | "spouse" | "child" | "child-in-law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                                residentId?: unknown;
                                birthDate?: string;
                                age?: number;
                                /** @enum {string} */
                                studentStatus: "none" | "preschool" | "compulsory" | "senior-high" | "secondary-vocational" | "higher" | "dropout";
                                health: {
                                    /** @enum {string} */
                                    status: "healthy";
                                } | {
                                    /** @enum {string} */
                                    status: "chronic-illness";
                                } | {
                                    /** @enum {string} */
                                    status: "serious-illness";
                                } | {
                                    /** @enum {string} */
                                    status: "disabled";
                                    grade: 1 | 2 | 3 | 4;
                                };
                                /** @enum {string} */
                                labour: "normal" | "weak" | "none";
                                employment: {
                                    /** @enum {string} */
                                    place: "none" | "within-county" | "within-province" | "outside-province";
                                    monthsPerYear?: number;
                                };
                            }[];
                            /** @enum {string} */
                            registration: "registered" | "edge" | "ordinary";
                            povertyStatus: ("escaped" | "not-escaped" | "returned" | "monitored") | null;
                            mainCauseOfPoverty: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other") | null;
                            /** @default [] */
                            otherCausesOfPoverty: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other")[];
                            /** @default [] */
                            policiesEnjoyed: ("education" | "industry" | "health" | "employment" | "relocation" | "housing-renovation" | "microcredit" | "subsistence-allowance" | "consumption" | "social" | "temporary-relief" | "other")[];
                            incomes: {
                                [key: string]: {
                                    wage: number;
                                    business: number;
                                    property: number;
                                    transfer: number;
                                    productionCosts: number;
                                    /** @default 0 */
                                    schoolingExpenses: number;
                                    /** @default 0 */
                                    medicalExpenses: number;
                                };
                            };
                            /** @default [] */
                            risks: {
                                /** @enum {string} */
                                kind: "illness" | "disaster" | "schooling" | "accident" | "income-loss" | "other";
                                note?: string;
                            }[];
                            /**
                             * @default {
                             *       "consumerCar": false,
                             *       "commercialHousing": false,
                             *       "luxuriousDecoration": false,
                             *       "publicFundsMember": false,
                             *       "enterpriseExecutive": false,
                             *       "parentsApartFromAbleChildren": false,
                             *       "childrenHouseholds": {
                             *         "consumerCar": false,
                             *         "publicFundsMember": false,
                             *         "enterpriseExecutive": false,
                             *         "wellOff": false
                             *       }
                             *     }
                             */
                            exclusions: {
                                /** @default false */
                                consumerCar: boolean;
                                /** @default false */
                                commercialHousing: boolean;
                                /** @default false */
                                luxuriousDecoration: boolean;
                                /** @default false */
                                publicFundsMember: boolean;
                                /** @default false */
                                enterpriseExecutive: boolean;
                                /** @default false */
                                parentsApartFromAbleChildren: boolean;
                                /**
                                 * @default {
                                 *       "consumerCar": false,
                                 *       "publicFundsMember": false,
                                 *       "enterpriseExecutive": false,
                                 *       "wellOff": false
                                 *     }
                                 */
                                childrenHouseholds: {
                                    /** @default false */
                                    consumerCar: boolean;
                                    /** @default false */
                                    publicFundsMember: boolean;
                                    /** @default false */
                                    enterpriseExecutive: boolean;
                                    /** @default false */
                                    wellOff: boolean;
                                };
                            };
                            livelihood?: {
                                incomeStable: boolean;
                                basicNeedsAndWaterSecure: boolean;
                            };
                            /** @enum {string} */
                            attribute?: "ordinary" | "subsistence" | "destitute";
                            housing?: {
                                /** @enum {string} */
                                status: "safe" | "dangerous-c" | "dangerous-d" | "unappraised";
                                note?: string;
                            };
                            drinkingWater?: {
                                safe: boolean;
                                /** @enum {string} */
                                source?: "tap" | "well" | "spring" | "surface" | "cistern" | "other";
                            };
                            contactPerson?: {
                                name: string;
                                phone?: string;
                            };
                            phone?: string;
                            relocation?: {
                                movedInOn: string;
                            };
                            escapeYear?: number;
                        };
                        dataChecks: {
                            /** @description who entered the facts (1人录入) */
                            enteredBy: string | null;
                            /** @description who reviewed them (1人审核) */
                            reviewedBy: string | null;
                            /** @description who supervised the entry (1人监督) */
                            supervisedBy: string | null;
                        };
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `SEPARATION_OF_DUTIES`: 职责分离：同一人不能完成前后两个环节 · Separation of duties: whoever took an earlier step may not take this one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    superviseHouseholdData: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opinion": "已逐项核对户籍、收入与家庭成员信息，无误",
                 *       "occurredAt": "2026-03-17T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        revision: number;
                        registeredAt: string;
                        updatedAt: string;
                        /** @description the head of household's name; masked (surname kept: 张*) for roles that see resident IDs masked */
                        headName: string;
                        /** @description the township's name from the region directory; null when unknown */
                        townshipName: string | null;
                        /** @description the village's name from the region directory; null when unknown */
                        villageName: string | null;
                        household: {
                            head: string;
                            residentId: unknown;
                            villageCode: string;
                            group: string;
                            members: {
                                hasHouseholdRegistration?: boolean;
                                register?: {
                                    name?: string;
                                    residentId?: unknown;
                                };
                                livesInHousehold?: boolean;
                                /** @enum {string} */
                                labourSkill?: "skilled" | "ordinary" | "weak" | "lost" | "none";
                                workPlace?: string;
                                phone?: string;
                                /** @enum {string} */
                                educationLevel?: "illiterate" | "primary" | "junior-high" | "senior-high" | "vocational" | "college";
                                /** @enum {string} */
                                medicalInsurance?: "residents" | "employees" | "none";
                                /** @enum {string} */
                                disabilityKind?: "limb" | "visual" | "hearing" | "speech" | "intellectual" | "mental" | "multiple";
                                name: string;
                                /** @enum {string} */
                                relation: "head" | "spouse" | "child" | "child-in-law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                                residentId?: unknown;
                                birthDate?: string;
                                age?: number;
                                /** @enum {string} */
                                studentStatus: "none" | "preschool" | "compulsory" | "senior-high" | "secondary-vocational" | "higher" | "dropout";
                                health: {
                                    /** @enum {string} */
                                    status: "healthy";
                                } | {
                                    /** @enum {string} */
                                    status: "chronic-illness";
                                } | {
                                    /** @enum {string} */
                                    status: "serious-illness";
                                } | {
                                    /** @enum {string} */
                                    status: "disabled";
                                    grade: 1 | 2 | 3 | 4;
                                };
                                /** @enum {string} */
                                labour: "normal" | "weak" | "none";
                                employment: {
                                    /** @enum {string} */
                                    place: "none" | "within-county" | "within-province" | "outside-province";
                                    monthsPerYear?: number;
                                };
                            }[];
                            /** @enum {string} */
                            registration: "registered" | "edge" | "ordinary";
                            povertyStatus: ("escaped" | "not-escaped" | "returned" | "monitored") | null;
                            mainCauseOfPoverty: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other") | null;
                            /** @default [] */
                            otherCausesOfPoverty: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other")[];
                            /** @default [] */
                            policiesEnjoyed: ("education" | "industry" | "health" | "employment" | "relocation" | "housing-renovation" | "microcredit" | "subsistence-allowance" | "consumption" | "social" | "temporary-relief" | "other")[];
                            incomes: {
                                [key: string]: {
                                    wage: number;
                                    business: number;
                                    property: number;
                                    transfer: number;
                                    productionCosts: number;
                                    /** @default 0 */
                                    schoolingExpenses: number;
                                    /** @default 0 */
                                    medicalExpenses: number;
                                };
                            };
                            /** @default [] */
                            risks: {
                                /** @enum {string} */
                                kind: "illness" | "disaster" | "schooling" | "accident" | "income-loss" | "other";
                                note?: string;
                            }[];
                            /**
                             * @default {
                             *       "consumerCar": false,
                             *       "commercialHousing": false,
                             *       "luxuriousDecoration": false,
                             *       "publicFundsMember": false,
                             *       "enterpriseExecutive": false,
                             *       "parentsApartFromAbleChildren": false,
                             *       "childrenHouseholds": {
                             *         "consumerCar": false,
                             *         "publicFundsMember": false,
                             *         "enterpriseExecutive": false,
                             *         "wellOff": false
                             *       }
                             *     }
                             */
                            exclusions: {
                                /** @default false */
                                consumerCar: boolean;
                                /** @default false */
                                commercialHousing: boolean;
                                /** @default false */
                                luxuriousDecoration: boolean;
                                /** @default false */
                                publicFundsMember: boolean;
                                /** @default false */
                                enterpriseExecutive: boolean;
                                /** @default false */
                                parentsApartFromAbleChildren: boolean;
                                /**
                                 * @default {
                                 *       "consumerCar": false,
                                 *       "publicFundsMember": false,
                                 *       "enterpriseExecutive": false,
                                 *       "wellOff": false
                                 *     }
                                 */
                                childrenHouseholds: {
                                    /** @default false */
                                    consumerCar: boolean;
                                    /** @default false */
                                    publicFundsMember: boolean;
                                    /** @default false */
                                    enterpriseExecutive: boolean;
                                    /** @default false */
                                    wellOff: boolean;
                                };
                            };
                            livelihood?: {
                                incomeStable: boolean;
                                basicNeedsAndWaterSecure: boolean;
                            };
                            /** @enum {string} */
                            attribute?: "ordinary" | "subsistence" | "destitute";
                            housing?: {
                                /** @enum {string} */
                                status: "safe" | "dangerous-c" | "dangerous-d" | "unappraised";
                                note?: string;
                            };
                            drinkingWater?: {
                                safe: boolean;
                                /** @enum {string} */
                                source?: "tap" | "well" | "spring" | "surface" | "cistern" | "other";
                            };
                            contactPerson?: {
                                name: string;
                                phone?: string;
                            };
                            phone?: string;
                            relocation?: {
                                movedInOn: string;
                            };
                            escapeYear?: number;
                        };
                        dataChecks: {
                            /** @description who entered the facts (1人录入) */
                            enteredBy: string | null;
                            /** @description who reviewed them (1人审核) */
                            reviewedBy: string | null;
                            /** @description who supervised the entry (1人监督) */
                            supervisedBy: string | null;
                        };
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `SEPARATION_OF_DUTIES`: 职责分离：同一人不能完成前后两个环节 · Separation of duties: whoever took an earlier step may not take this one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listHouseholds: {
        parameters: {
            query: {
                /** @description a region code prefix (township, village …), narrowed to your jurisdiction */
                regionCode?: string;
                /** @description deprecated alias of regionCode */
                villageCode?: string;
                /** @description items to skip (0–1000000000) */
                offset: number;
                /** @description items per page (1–500, default 100) */
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        items: components["schemas"]["HouseholdAnswer"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    registerHousehold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "household": {
                 *         "head": "张三",
                 *         "residentId": "430623196809230172",
                 *         "villageCode": "430623101201",
                 *         "group": "3组",
                 *         "members": [
                 *           {
                 *             "name": "张三",
                 *             "relation": "head",
                 *             "residentId": "430623196809230172",
                 *             "studentStatus": "none",
                 *             "health": {
                 *               "status": "chronic-illness"
                 *             },
                 *             "labour": "weak",
                 *             "employment": {
                 *               "place": "none"
                 *             }
                 *           },
                 *           {
                 *             "name": "李梅",
                 *             "relation": "spouse",
                 *             "residentId": "430623197002140285",
                 *             "studentStatus": "none",
                 *             "health": {
                 *               "status": "healthy"
                 *             },
                 *             "labour": "normal",
                 *             "employment": {
                 *               "place": "within-county",
                 *               "monthsPerYear": 6
                 *             }
                 *           },
                 *           {
                 *             "name": "张小明",
                 *             "relation": "child",
                 *             "residentId": "430623201207010352",
                 *             "studentStatus": "compulsory",
                 *             "health": {
                 *               "status": "healthy"
                 *             },
                 *             "labour": "none",
                 *             "employment": {
                 *               "place": "none"
                 *             }
                 *           }
                 *         ],
                 *         "registration": "registered",
                 *         "povertyStatus": "escaped",
                 *         "mainCauseOfPoverty": "illness",
                 *         "incomes": {
                 *           "2025": {
                 *             "wage": 6000,
                 *             "business": 1500,
                 *             "property": 0,
                 *             "transfer": 1200,
                 *             "productionCosts": 700
                 *           }
                 *         },
                 *         "risks": [
                 *           {
                 *             "kind": "illness"
                 *           }
                 *         ]
                 *       },
                 *       "occurredAt": "2026-03-16T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    household: {
                        head: string;
                        residentId: string;
                        villageCode: string;
                        group: string;
                        members: {
                            hasHouseholdRegistration?: boolean;
                            register?: {
                                name?: string;
                                residentId?: string;
                            };
                            livesInHousehold?: boolean;
                            /** @enum {string} */
                            labourSkill?: "skilled" | "ordinary" | "weak" | "lost" | "none";
                            workPlace?: string;
                            phone?: string;
                            /** @enum {string} */
                            educationLevel?: "illiterate" | "primary" | "junior-high" | "senior-high" | "vocational" | "college";
                            /** @enum {string} */
                            medicalInsurance?: "residents" | "employees" | "none";
                            /** @enum {string} */
                            disabilityKind?: "limb" | "visual" | "hearing" | "speech" | "intellectual" | "mental" | "multiple";
                            name: string;
                            /** @enum {string} */
                            relation: "head" | "spouse" | "child" | "child-in-law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                            residentId?: string;
                            birthDate?: string;
                            age?: number;
                            /** @enum {string} */
                            studentStatus: "none" | "preschool" | "compulsory" | "senior-high" | "secondary-vocational" | "higher" | "dropout";
                            health: {
                                /** @enum {string} */
                                status: "healthy";
                            } | {
                                /** @enum {string} */
                                status: "chronic-illness";
                            } | {
                                /** @enum {string} */
                                status: "serious-illness";
                            } | {
                                /** @enum {string} */
                                status: "disabled";
                                grade: 1 | 2 | 3 | 4;
                            };
                            /** @enum {string} */
                            labour: "normal" | "weak" | "none";
                            employment: {
                                /** @enum {string} */
                                place: "none" | "within-county" | "within-province" | "outside-province";
                                monthsPerYear?: number;
                            };
                        }[];
                        /** @enum {string} */
                        registration: "registered" | "edge" | "ordinary";
                        povertyStatus: ("escaped" | "not-escaped" | "returned" | "monitored") | null;
                        mainCauseOfPoverty: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other") | null;
                        /** @default [] */
                        otherCausesOfPoverty?: ("illness" | "disability" | "schooling" | "disaster" | "lack-of-land" | "lack-of-water" | "lack-of-skills" | "lack-of-labour" | "lack-of-funds" | "poor-transport" | "lack-of-motivation" | "other")[];
                        /** @default [] */
                        policiesEnjoyed?: ("education" | "industry" | "health" | "employment" | "relocation" | "housing-renovation" | "microcredit" | "subsistence-allowance" | "consumption" | "social" | "temporary-relief" | "other")[];
                        incomes: {
                            [key: string]: {
                                wage: number;
                                business: number;
                                property: number;
                                transfer: number;
                                productionCosts: number;
                                /** @default 0 */
                                schoolingExpenses?: number;
                                /** @default 0 */
                                medicalExpenses?: number;
                            };
                        };
                        /** @default [] */
                        risks?: {
                            /** @enum {string} */
                            kind: "illness" | "disaster" | "schooling" | "accident" | "income-loss" | "other";
                            note?: string;
                        }[];
                        /**
                         * @default {
                         *       "consumerCar": false,
                         *       "commercialHousing": false,
                         *       "luxuriousDecoration": false,
                         *       "publicFundsMember": false,
                         *       "enterpriseExecutive": false,
                         *       "parentsApartFromAbleChildren": false,
                         *       "childrenHouseholds": {
                         *         "consumerCar": false,
                         *         "publicFundsMember": false,
                         *         "enterpriseExecutive": false,
                         *         "wellOff": false
                         *       }
                         *     }
                         */
                        exclusions?: {
                            /** @default false */
                            consumerCar?: boolean;
                            /** @default false */
                            commercialHousing?: boolean;
                            /** @default false */
                            luxuriousDecoration?: boolean;
                            /** @default false */
                            publicFundsMember?: boolean;
                            /** @default false */
                            enterpriseExecutive?: boolean;
                            /** @default false */
                            parentsApartFromAbleChildren?: boolean;
                            /**
                             * @default {
                             *       "consumerCar": false,
                             *       "publicFundsMember": false,
                             *       "enterpriseExecutive": false,
                             *       "wellOff": false
                             *     }
                             */
                            childrenHouseholds?: {
                                /** @default false */
                                consumerCar?: boolean;
                                /** @default false */
                                publicFundsMember?: boolean;
                                /** @default false */
                                enterpriseExecutive?: boolean;
                                /** @default false */
                                wellOff?: boolean;
                            };
                        };
                        livelihood?: {
                            incomeStable: boolean;
                            basicNeedsAndWaterSecure: boolean;
                        };
                        /** @enum {string} */
                        attribute?: "ordinary" | "subsistence" | "destitute";
                        housing?: {
                            /** @enum {string} */
                            status: "safe" | "dangerous-c" | "dangerous-d" | "unappraised";
                            note?: string;
                        };
                        drinkingWater?: {
                            safe: boolean;
                            /** @enum {string} */
                            source?: "tap" | "well" | "spring" | "surface" | "cistern" | "other";
                        };
                        contactPerson?: {
                            name: string;
                            phone?: string;
                        };
                        phone?: string;
                        relocation?: {
                            movedInOn: string;
                        };
                        escapeYear?: number;
                    };
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `HOUSEHOLD_EXISTS`: 该户主身份证号已登记（householdId） · A household with this head is already registered (`householdId`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `FIELD_RULE_REFUSED`: 数据逻辑错误（rules） · The household facts fail a logic check (`rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    changeHousehold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "changes": {
                 *         "incomes": {
                 *           "2025": {
                 *             "wage": 4800
                 *           }
                 *         },
                 *         "risks": [
                 *           {
                 *             "kind": "illness"
                 *           },
                 *           {
                 *             "kind": "income-loss"
                 *           }
                 *         ]
                 *       },
                 *       "reason": "户主住院，务工收入减少",
                 *       "occurredAt": "2026-05-06T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @description JSON Merge Patch (RFC 7396) of the household: fields not sent are kept, objects merge, arrays (members …) are replaced whole, null removes */
                    changes: {
                        [key: string]: unknown;
                    };
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
                /**
                 * @example {
                 *       "changes": {
                 *         "incomes": {
                 *           "2025": {
                 *             "wage": 4800
                 *           }
                 *         },
                 *         "risks": [
                 *           {
                 *             "kind": "illness"
                 *           },
                 *           {
                 *             "kind": "income-loss"
                 *           }
                 *         ]
                 *       },
                 *       "reason": "户主住院，务工收入减少",
                 *       "occurredAt": "2026-05-06T10:00:00+08:00"
                 *     }
                 */
                "application/merge-patch+json": {
                    /** @description JSON Merge Patch (RFC 7396) of the household: fields not sent are kept, objects merge, arrays (members …) are replaced whole, null removes */
                    changes: {
                        [key: string]: unknown;
                    };
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             *     - `UNKNOWN_FIELD`: 请求中含有未知字段 · The body has a field the operation does not know
             *     - `HEAD_NAME_MISMATCH`: 户主姓名与家庭成员中户主的姓名不一致 · `head` differs from the name of the member whose relation is head
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `HOUSEHOLD_BUSY`: 该户信息正在被他人修改，请稍后重试 · The household is being changed by someone else; retry shortly
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `RESIDENT_ID_IMMUTABLE`: 户主身份证号不能修改 · The head's resident ID cannot change; register a new household
             *     - `NO_CHANGE`: 提交的内容与现有信息相同 · The change changes nothing
             *     - `FIELD_RULE_REFUSED`: 数据逻辑错误（rules） · The household facts fail a logic check (`rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getHousehold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description the ETag of the copy you hold: 304 without a body while it is current
                 * @example "3"
                 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdAnswer"];
                };
            };
            /** @description 未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current */
            304: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listDesignations: {
        parameters: {
            query?: {
                regionCode?: string;
                state?: "new" | "awaitingAppraisal" | "returnedToVillage" | "awaitingTownshipReview" | "awaitingSpotCheck" | "spotCheck" | "spotCheckSigned" | "awaitingNotice" | "inNotice" | "designated" | "objectionAfterCompletion" | "refused" | "withdrawn";
                /** @description items to skip (0–1000000000) */
                offset?: number;
                /** @description items per page (1–500, default 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        items: components["schemas"]["DesignationAnswer"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    declareDesignation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "householdId": "0d3c5a52-1f7e-4b8a-9c2e-6a41f0b7d913",
                 *       "year": 2026,
                 *       "proposedCard": "yellow",
                 *       "opinion": "入户核实：户主慢性病，2025 年人均纯收入低于标准，建议黄卡",
                 *       "occurredAt": "2026-03-18T15:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    householdId: string;
                    year: number;
                    incomeYear?: number;
                    /** @enum {string} */
                    proposedCard: "red" | "yellow" | "green" | "blue";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `DESIGNATION_OPEN`: 该户已有进行中的认定（designationId） · The household already has a designation in progress (`designationId`)
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `CARD_RULE_REFUSED`: 卡别不符合评定条件（rule, rules, judgedOn） · The card breaks a rule of the region (`rule`, `rules`, `judgedOn`)
             *     - `INCOME_MISSING`: 缺少收入数据，无法核算人均纯收入 · No income recorded for the income year
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "户主外出务工，家庭情况需重新核实",
                 *       "occurredAt": "2026-03-19T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `NOT_THE_DECLARER`: 只有初核申报人本人可以撤回申报 · Only whoever did the initial check may withdraw it
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reviseDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "proposedCard": "yellow",
                 *       "opinion": "重新入户核实，补充医疗支出凭证",
                 *       "occurredAt": "2026-03-28T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    proposedCard: "red" | "yellow" | "green" | "blue";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `CARD_RULE_REFUSED`: 卡别不符合评定条件（rule, rules, judgedOn） · The card breaks a rule of the region (`rule`, `rules`, `judgedOn`)
             *     - `INCOME_MISSING`: 缺少收入数据，无法核算人均纯收入 · No income recorded for the income year
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "评议记录有误，重新召开评议会",
                 *       "occurredAt": "2026-03-24T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reviewDesignationInTownship: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "confirmed",
                 *       "opinion": "经入户复核，情况属实，同意黄卡",
                 *       "occurredAt": "2026-03-26T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "confirmed";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    outcome: "adjusted";
                    /** @enum {string} */
                    card: "red" | "yellow" | "green" | "blue";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    outcome: "sentBack";
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    outcome: "refused";
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `SEPARATION_OF_DUTIES`: 职责分离：同一人不能完成前后两个环节 · Separation of duties: whoever took an earlier step may not take this one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `CARD_RULE_REFUSED`: 卡别不符合评定条件（rule, rules, judgedOn） · The card breaks a rule of the region (`rule`, `rules`, `judgedOn`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawTownshipReview: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "复核意见填写错误",
                 *       "occurredAt": "2026-03-27T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    raiseDesignationObjection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "村民反映该户家中有在外务工人员收入未申报",
                 *       "occurredAt": "2026-04-06T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    summary: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resolveDesignationObjection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "objectionId": "6d5c4b3a-2910-4876-9543-210fedcba987",
                 *       "outcome": "dismissed",
                 *       "opinion": "经核实，务工收入已计入，异议不成立",
                 *       "occurredAt": "2026-04-08T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    objectionId: string;
                    /** @enum {string} */
                    outcome: "upheld" | "dismissed";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDesignation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description the ETag of the copy you hold: 304 without a body while it is current
                 * @example "3"
                 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DesignationAnswer"];
                };
            };
            /** @description 未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current */
            304: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDesignationHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        steps: components["schemas"]["DesignationHistoryStep"][];
                        /** @description every objection raised, with its summary and resolution */
                        objections: {
                            id: string;
                            summary: string;
                            /** @description when it was raised (occurredAt) */
                            raisedAt: string;
                            raisedBy: {
                                [key: string]: unknown;
                            };
                            status: "open" | "upheld" | "dismissed";
                            resolvedAt: string | null;
                            resolvedBy: {
                                [key: string]: unknown;
                            } | null;
                            opinion: string | null;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDesignationWorklist: {
        parameters: {
            query?: {
                regionCode?: string;
                state?: "new" | "awaitingAppraisal" | "returnedToVillage" | "awaitingTownshipReview" | "awaitingSpotCheck" | "spotCheck" | "spotCheckSigned" | "awaitingNotice" | "inNotice" | "designated" | "objectionAfterCompletion" | "refused" | "withdrawn";
                /** @description items to skip (0–1000000000) */
                offset?: number;
                /** @description items per page (1–500, default 100) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description a role of src/auth/roles.ts, e.g. townshipReviewer */
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role: string;
                        /** @description the region the worklist covers */
                        regionCode: string;
                        total: number;
                        items: components["schemas"]["DesignationAnswer"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             *     - `UNKNOWN_ROLE`: 未知角色 · Not a role of src/auth/roles.ts
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordAppraisalMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "villageCode": "430623101201",
                 *       "occurredAt": "2026-03-23T10:00:00+08:00",
                 *       "attendance": {
                 *         "partyMembers": 12,
                 *         "groupLeaders": 6,
                 *         "poorHouseholdRepresentatives": 4,
                 *         "publicRepresentatives": 8
                 *       },
                 *       "decisions": [
                 *         {
                 *           "designationId": "5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10",
                 *           "decision": "approved",
                 *           "card": "yellow",
                 *           "opinion": "评议同意评为黄卡"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    villageCode: string;
                    /** Format: date-time */
                    occurredAt: string;
                    lateEntryReason?: string;
                    attendance: {
                        partyMembers: number;
                        groupLeaders: number;
                        poorHouseholdRepresentatives: number;
                        publicRepresentatives: number;
                    };
                    decisions: {
                        /** Format: uuid */
                        designationId: string;
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                        /** @enum {string} */
                        card: "red" | "yellow" | "green" | "blue";
                        opinion: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description where the created resource is read */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalMeetingAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `NOT_IN_VILLAGE`: 名单中有不属于该村的认定对象（designationIds） · Some designations are not of this village (`designationIds`)
             *     - `APPRAISAL_MEETING_ATTENDANCE`: 民主评议会参会人员不足 · The appraisal meeting lacks the minimum of a group of attendees
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    signAppraisalMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "occurredAt": "2026-03-23T11:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalMeetingAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAppraisalMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalMeetingAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    openSpotCheckRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "townshipCode": "430623101",
                 *       "seed": "huarong-2026-spring-01",
                 *       "occurredAt": "2026-03-30T09:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    townshipCode: string;
                    seed?: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description where the created resource is read */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description 9-digit township code
                         * @example 430623101
                         */
                        townshipCode: string;
                        openedBy: components["schemas"]["Actor"];
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        openedAt: string;
                        /** @description the share of the population sampled (policy) */
                        ratio: number;
                        /** @description distinct inspectors needed per sampled result */
                        minInspectors: number;
                        /** @description the recorded seed: anyone can draw the sample again */
                        seed: string;
                        drawMethod: string;
                        /** @description the designations awaiting the spot check when the round opened */
                        population: string[];
                        sample: string[];
                        /** @description drawing again with the seed gives the recorded sample */
                        sampleReproduces: boolean;
                        closed: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        closedAt: string | null;
                        /** @description the stream's revision (0 for its first event); also the ETag */
                        revision: number;
                        /** @description each sampled designation, moved to the spot check */
                        sampling: components["schemas"]["ItemResult"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `NOTHING_TO_CHECK`: 该乡镇没有待抽查的对象 · Nothing awaits a spot check in this township
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    signSpotCheckResult: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "designationId": "5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10",
                 *       "outcome": "confirmed",
                 *       "opinion": "抽查入户核实，情况属实",
                 *       "occurredAt": "2026-03-31T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    designationId: string;
                    /** @enum {string} */
                    outcome: "confirmed" | "adjusted" | "sentBack" | "refused";
                    /** @enum {string} */
                    card?: "red" | "yellow" | "green" | "blue";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        designationId: string;
                        ok: boolean;
                        /** @description the designation's state after the signature */
                        state: string;
                        /** @description the stream's revision (0 for its first event); also the ETag */
                        revision: number;
                        /** @description the spot check of the designation so far */
                        designation: {
                            /** Format: uuid */
                            roundId: string;
                            /** @enum {string|null} */
                            outcome: "confirmed" | "adjusted" | "sentBack" | "refused" | null;
                            /** @enum {string|null} */
                            card: "red" | "yellow" | "green" | "blue" | null;
                            signers: string[];
                        } | null;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             *     - `CARD_REQUIRED`: 调整结果须给出卡别 · An adjusted result needs a card
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `SEPARATION_OF_DUTIES`: 职责分离：同一人不能完成前后两个环节 · Separation of duties: whoever took an earlier step may not take this one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `ALREADY_SIGNED`: 您已签署过该户本轮的抽查结果 · You already signed this household's result in this round
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `NOT_SAMPLED`: 该对象不在本轮抽查样本中 · The designation is not in the sample of this round
             *     - `CARD_RULE_REFUSED`: 卡别不符合评定条件（rule, rules, judgedOn） · The card breaks a rule of the region (`rule`, `rules`, `judgedOn`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    closeSpotCheckRound: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "occurredAt": "2026-04-01T17:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotCheckRoundAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSpotCheckRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotCheckRoundAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listNotices: {
        parameters: {
            query?: {
                regionCode?: string;
                /** @description only notices not yet ended */
                running?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        items: {
                            /** Format: uuid */
                            id: string;
                            scopeCode: string;
                            designationIds: string[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            startsAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            endsAt: string;
                            /** @description the first day (China time), YYYY-MM-DD */
                            firstDay: string;
                            /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                            lastDay: string;
                            /** @description the board's village or township name from the region directory */
                            scopeName: string | null;
                            postedBy: components["schemas"]["Actor"];
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postNotice: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scopeCode": "430623101201",
                 *       "designationIds": [
                 *         "5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10"
                 *       ],
                 *       "startsAt": "2026-04-03T09:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    scopeCode: string;
                    designationIds: string[];
                    /** Format: date-time */
                    startsAt?: string;
                    days?: number;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description where the created resource is read */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "f7e6d5c4-b3a2-4190-8877-665544332211",
                     *       "scopeCode": "430623101201",
                     *       "level": "village",
                     *       "startsAt": "2026-04-03T01:00:00.000Z",
                     *       "endsAt": "2026-04-10T16:00:00.000Z",
                     *       "period": {
                     *         "days": 7,
                     *         "unit": "calendar"
                     *       },
                     *       "designationIds": [
                     *         "5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10"
                     *       ],
                     *       "results": [
                     *         {
                     *           "designationId": "5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10",
                     *           "ok": true,
                     *           "state": "inNotice",
                     *           "revision": 7
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description the village (12 digits) or township (9) whose board carries the list */
                        scopeCode: string;
                        /**
                         * @description 村级 or 乡镇级 board
                         * @enum {string}
                         */
                        level: "village" | "township";
                        /**
                         * Format: date-time
                         * @description when the list went up
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        startsAt: string;
                        /**
                         * Format: date-time
                         * @description when it ends (computed from the policy and the working-day calendar)
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        endsAt: string;
                        /** @description the first day (China time), YYYY-MM-DD */
                        firstDay: string;
                        /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                        lastDay: string;
                        period: {
                            days: number;
                            /** @enum {string} */
                            unit: "calendar" | "working";
                        };
                        /** @description the designations listed: those that accepted the notice */
                        designationIds: string[];
                        /** @description each designation asked for: listed, or refused with its code */
                        results: components["schemas"]["ItemResult"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             *     - `INVALID_DATE`: 日期格式错误 · Not a valid date (422 where a notice period is judged on it)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             *     - `CALENDAR_YEAR_UNKNOWN`: 该年的节假日安排尚未配置（year） · The holidays of the year are not configured (`year`): a notice end reaching it cannot be computed
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `NOT_IN_SCOPE`: 名单中有不属于该公示范围的对象（designationIds） · Some designations are outside the scope of the notice (`designationIds`)
             *     - `NOTHING_TO_POST`: 名单中没有可以公示的对象，未张贴公示（results） · No designation on the list could be put on notice: nothing was posted (`results`)
             *     - `CALENDAR_YEAR_UNKNOWN`: 该年的节假日安排尚未配置（year） · The holidays of the year are not configured (`year`): a notice end reaching it cannot be computed
             *     - `INVALID_DATE`: 日期格式错误 · Not a valid date (422 where a notice period is judged on it)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        machineVersion: string;
                        scopeCode: string;
                        /**
                         * @description 村级 or 乡镇级 board
                         * @enum {string}
                         */
                        level: "village" | "township";
                        designationIds: string[];
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        startsAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        endsAt: string;
                        /** @description the first day (China time), YYYY-MM-DD */
                        firstDay: string;
                        /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                        lastDay: string;
                        /** @description the board's village or township name from the region directory */
                        scopeName: string | null;
                        period: {
                            days: number;
                            /** @enum {string} */
                            unit: "calendar" | "working";
                        };
                        /** @description designations asked for that refused the notice */
                        notListed?: {
                            /** Format: uuid */
                            designationId: string;
                            code: string | null;
                        }[];
                        postedBy: components["schemas"]["Actor"];
                        /** @description the state of each designation on the list now */
                        designations: {
                            /** Format: uuid */
                            id: string;
                            state: string | null;
                            openObjections: number;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listMonitoringCases: {
        parameters: {
            query?: {
                regionCode?: string;
                state?: "new" | "awaitingAlertVerification" | "awaitingGroupAppraisal" | "awaitingVillageAppraisal" | "awaitingNotice" | "inNotice" | "awaitingComparison" | "awaitingReport" | "objectionAfterNotice" | "awaitingTownshipReview" | "awaitingDistrictFiling" | "monitored" | "eliminationAppraisal" | "eliminationAwaitingNotice" | "eliminationInNotice" | "eliminationAwaitingReport" | "eliminationAwaitingTownshipReview" | "eliminationAwaitingFiling" | "eliminationObjectionAfterNotice" | "riskEliminated" | "alertDismissed" | "notIncluded" | "excluded" | "refused" | "withdrawn";
                householdId?: string;
                monitoringType?: "unstableEscaped" | "edgeProne" | "suddenHardship";
                /** @description items to skip (0–1000000000) */
                offset?: number;
                /** @description items per page (1–500, default 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        items: components["schemas"]["MonitoringCaseAnswer"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    applyForMonitoring: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "householdId": "0d3c5a52-1f7e-4b8a-9c2e-6a41f0b7d913",
                 *       "year": 2026,
                 *       "source": "householdApplication",
                 *       "channel": "written",
                 *       "proposedType": "suddenHardship",
                 *       "risk": "户主突发重病住院，医疗支出大，收入大幅减少",
                 *       "commitment": {
                 *         "letter": {
                 *           "kind": "scan",
                 *           "id": "doc-2026-0506-001",
                 *           "sha256": "9f2c4b1a7d3e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8",
                 *           "mediaType": "application/pdf",
                 *           "caption": "农户承诺和授权查询书"
                 *         },
                 *         "signedOn": "2026-05-06",
                 *         "signature": {
                 *           "by": "applicant"
                 *         },
                 *         "thumbprint": true,
                 *         "factsTrue": true,
                 *         "authorisesAssetQuery": true
                 *       },
                 *       "occurredAt": "2026-05-06T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    householdId: string;
                    year: number;
                    /** @enum {string} */
                    source: "householdApplication" | "cadreScreening";
                    /** @enum {string} */
                    channel?: "written" | "app" | "hotline12317";
                    /** @enum {string} */
                    proposedType: "unstableEscaped" | "edgeProne" | "suddenHardship";
                    risk: string;
                    commitment?: {
                        letter: {
                            /** @enum {string} */
                            kind: "scan" | "photo";
                            id: string;
                            sha256: string;
                            /** @enum {string} */
                            mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                            caption?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        signedOn: string;
                        signature: ({
                            /** @enum {string} */
                            by: "applicant";
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            /** @enum {string} */
                            by: "proxy";
                            name: string;
                            /** @enum {string} */
                            relation: "villageCadre" | "groupLeader" | "closeRelative";
                        } & {
                            [key: string]: unknown;
                        });
                        thumbprint: boolean;
                        factsTrue: boolean;
                        authorisesAssetQuery: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `MONITORING_CASE_OPEN`: 该户已有进行中的监测事项（caseId） · The household already has a monitoring case (`caseId`): re-flag an eliminated one
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    raiseMonitoringAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "householdId": "0d3c5a52-1f7e-4b8a-9c2e-6a41f0b7d913",
                 *       "year": 2026,
                 *       "department": "medicalInsurance",
                 *       "alert": {
                 *         "kind": "medicalExpense",
                 *         "summary": "年内自付医疗费用超过 3 万元"
                 *       },
                 *       "occurredAt": "2026-05-06T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    householdId: string;
                    year: number;
                    /** @enum {string} */
                    department: "education" | "medicalInsurance" | "waterResources" | "housing" | "civilAffairs" | "humanResources" | "publicSecurity" | "marketRegulation" | "other";
                    alert: {
                        /** @enum {string} */
                        kind: "incomeDrop" | "medicalExpense" | "schooling" | "housing" | "water" | "employment" | "disaster" | "other";
                        summary: string;
                    } & {
                        [key: string]: unknown;
                    };
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `MONITORING_CASE_OPEN`: 该户已有进行中的监测事项（caseId） · The household already has a monitoring case (`caseId`): re-flag an eliminated one
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    verifyMonitoringAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "confirmed",
                 *       "proposedType": "suddenHardship",
                 *       "opinion": "入户核实，户主住院，医疗支出大",
                 *       "occurredAt": "2026-05-08T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "confirmed";
                    /** @enum {string} */
                    proposedType: "unstableEscaped" | "edgeProne" | "suddenHardship";
                    opinion: string;
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    outcome: "dismissed";
                    opinion: string;
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_NOT_FOUND`: 未找到该监测对象的农户信息 · The case's household is not in the register
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordMonitoringCommitment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commitment": {
                 *         "letter": {
                 *           "kind": "scan",
                 *           "id": "doc-2026-0506-001",
                 *           "sha256": "9f2c4b1a7d3e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8",
                 *           "mediaType": "application/pdf",
                 *           "caption": "农户承诺和授权查询书"
                 *         },
                 *         "signedOn": "2026-05-06",
                 *         "signature": {
                 *           "by": "proxy",
                 *           "name": "张小红",
                 *           "relation": "closeRelative"
                 *         },
                 *         "thumbprint": true,
                 *         "factsTrue": true,
                 *         "authorisesAssetQuery": true
                 *       },
                 *       "occurredAt": "2026-05-07T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    commitment: {
                        letter: {
                            /** @enum {string} */
                            kind: "scan" | "photo";
                            id: string;
                            sha256: string;
                            /** @enum {string} */
                            mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                            caption?: string;
                        } & {
                            [key: string]: unknown;
                        };
                        signedOn: string;
                        signature: ({
                            /** @enum {string} */
                            by: "applicant";
                        } & {
                            [key: string]: unknown;
                        }) | ({
                            /** @enum {string} */
                            by: "proxy";
                            name: string;
                            /** @enum {string} */
                            relation: "villageCadre" | "groupLeader" | "closeRelative";
                        } & {
                            [key: string]: unknown;
                        });
                        thumbprint: boolean;
                        factsTrue: boolean;
                        authorisesAssetQuery: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordMonitoringGroupAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "recommended",
                 *       "opinion": "小组评议同意推荐",
                 *       "attendance": 23,
                 *       "occurredAt": "2026-05-09T19:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "recommended" | "notRecommended";
                    opinion: string;
                    attendance: number;
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordMonitoringVillageAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "included",
                 *       "monitoringType": "suddenHardship",
                 *       "opinion": "村两委评议同意纳入",
                 *       "attendance": {
                 *         "committeeMembers": 5,
                 *         "workTeamMembers": 2,
                 *         "supervisoryCommitteeMembers": 3,
                 *         "villagerRepresentatives": 9
                 *       },
                 *       "occurredAt": "2026-05-11T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    decision: "included";
                    /** @enum {string} */
                    monitoringType: "unstableEscaped" | "edgeProne" | "suddenHardship";
                    opinion: string;
                    attendance: {
                        committeeMembers: number;
                        workTeamMembers: number;
                        supervisoryCommitteeMembers: number;
                        villagerRepresentatives: number;
                    } & {
                        [key: string]: unknown;
                    };
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    decision: "notIncluded";
                    opinion: string;
                    attendance: {
                        committeeMembers: number;
                        workTeamMembers: number;
                        supervisoryCommitteeMembers: number;
                        villagerRepresentatives: number;
                    } & {
                        [key: string]: unknown;
                    };
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_NOT_FOUND`: 未找到该监测对象的农户信息 · The case's household is not in the register
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    postMonitoringNotice: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startsAt": "2026-05-12T09:00:00+08:00",
                 *       "noticeRef": "团洲乡监测对象公示〔2026〕5号",
                 *       "occurredAt": "2026-05-12T09:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    startsAt?: string;
                    days?: number;
                    noticeRef?: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             *     - `INVALID_DATE`: 日期格式错误 · Not a valid date (422 where a notice period is judged on it)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             *     - `CALENDAR_YEAR_UNKNOWN`: 该年的节假日安排尚未配置（year） · The holidays of the year are not configured (`year`): a notice end reaching it cannot be computed
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             *     - `CALENDAR_YEAR_UNKNOWN`: 该年的节假日安排尚未配置（year） · The holidays of the year are not configured (`year`): a notice end reaching it cannot be computed
             *     - `INVALID_DATE`: 日期格式错误 · Not a valid date (422 where a notice period is judged on it)
             *     - `NOTICE_STARTS_BEFORE_POSTING`: 公示开始日期早于张贴日期 · A notice cannot start before the day it was posted
             *     - `NOTICE_STARTS_IN_FUTURE`: 公示开始时间晚于当前时间 · A notice cannot start in the future
             *     - `NOTICE_TOO_SHORT`: 公示期短于政策规定 · The notice is shorter than the policy period
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordMonitoringDataComparison: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "result": "clear",
                 *       "departments": [
                 *         "publicSecurity",
                 *         "marketRegulation",
                 *         "civilAffairs"
                 *       ],
                 *       "opinion": "比对未发现不得纳入情形",
                 *       "occurredAt": "2026-05-15T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    result: "clear" | "exclusionFound";
                    /**
                     * @default {
                     *       "consumerCar": false,
                     *       "publicFundsMember": false,
                     *       "enterpriseExecutive": false,
                     *       "childrenHouseholds": {
                     *         "consumerCar": false,
                     *         "publicFundsMember": false,
                     *         "enterpriseExecutive": false
                     *       }
                     *     }
                     */
                    findings?: {
                        /** @default false */
                        consumerCar?: boolean;
                        /** @default false */
                        publicFundsMember?: boolean;
                        /** @default false */
                        enterpriseExecutive?: boolean;
                        /**
                         * @default {
                         *       "consumerCar": false,
                         *       "publicFundsMember": false,
                         *       "enterpriseExecutive": false
                         *     }
                         */
                        childrenHouseholds?: {
                            /** @default false */
                            consumerCar?: boolean;
                            /** @default false */
                            publicFundsMember?: boolean;
                            /** @default false */
                            enterpriseExecutive?: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                    departments: ("education" | "medicalInsurance" | "waterResources" | "housing" | "civilAffairs" | "humanResources" | "publicSecurity" | "marketRegulation" | "other")[];
                    opinion: string;
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    raiseMonitoringObjection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "村民反映该户有经营性收入未申报",
                 *       "occurredAt": "2026-05-14T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    summary: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resolveMonitoringObjection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "objectionId": "6d5c4b3a-2910-4876-9543-210fedcba987",
                 *       "outcome": "dismissed",
                 *       "opinion": "经核实，经营收入已计入，异议不成立",
                 *       "occurredAt": "2026-05-16T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    objectionId: string;
                    /** @enum {string} */
                    outcome: "upheld" | "dismissed";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reportMonitoringCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opinion": "公示无异议，比对无问题，上报乡镇审核",
                 *       "occurredAt": "2026-05-20T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `REPORT_INSIDE_NOTICE`: 公示期未满，不能上报 · Nothing is reported while a notice is running
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reviewMonitoringCaseInTownship: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "approved",
                 *       "opinion": "审核同意，报区级备案",
                 *       "occurredAt": "2026-05-22T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "approved";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    outcome: "sentBack";
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    outcome: "refused";
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `SEPARATION_OF_DUTIES`: 职责分离：同一人不能完成前后两个环节 · Separation of duties: whoever took an earlier step may not take this one
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_NOT_FOUND`: 未找到该监测对象的农户信息 · The case's household is not in the register
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    fileMonitoringCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "filed",
                 *       "announcementRef": "华容县乡村振兴局公告〔2026〕12号",
                 *       "opinion": "同意备案",
                 *       "occurredAt": "2026-05-26T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "filed";
                    announcementRef: string;
                    /** @enum {string} */
                    monitoringType?: "unstableEscaped" | "edgeProne" | "suddenHardship";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                } | {
                    /** @enum {string} */
                    outcome: "sentBack";
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_NOT_FOUND`: 未找到该监测对象的农户信息 · The case's household is not in the register
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawMonitoringCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "农户主动撤回申请，家庭收入已恢复",
                 *       "occurredAt": "2026-05-09T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    assignMonitoringContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact": {
                 *         "name": "赵六",
                 *         "organisation": "团洲乡农业综合服务中心"
                 *       },
                 *       "occurredAt": "2026-05-28T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    contact: {
                        id?: string;
                        name: string;
                        organisation?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    reason?: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordMonitoringPlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "measures": [
                 *         {
                 *           "member": 0,
                 *           "kind": "health",
                 *           "description": "落实大病保险和医疗救助"
                 *         },
                 *         {
                 *           "member": 1,
                 *           "kind": "employment",
                 *           "description": "推荐县内就业"
                 *         },
                 *         {
                 *           "member": 2,
                 *           "kind": "education",
                 *           "description": "落实义务教育阶段资助"
                 *         }
                 *       ],
                 *       "occurredAt": "2026-06-02T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    measures: ({
                        member: number;
                        /** @enum {string} */
                        kind: "industry" | "employment" | "publicWelfareJob" | "microcredit" | "skillsTraining" | "education" | "health" | "housing" | "water" | "subsistenceAllowance" | "extremePovertySupport" | "temporaryRelief" | "other";
                        description: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** @default [] */
                    householdMeasures?: string[];
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_NOT_FOUND`: 未找到该监测对象的农户信息 · The case's household is not in the register
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordMonitoringVisit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "走访户主，病情稳定，已领取医疗救助",
                 *       "occurredAt": "2026-06-15T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    notes: string;
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    proposeRiskElimination: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2026,
                 *       "opinion": "务工收入稳定，“两不愁三保障”及饮水安全有保障，提出风险消除",
                 *       "occurredAt": "2026-11-03T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    year: number;
                    opinion: string;
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_NOT_FOUND`: 未找到该监测对象的农户信息 · The case's household is not in the register
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    appraiseRiskElimination: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "agreed",
                 *       "opinion": "村级评议同意风险消除",
                 *       "attendance": {
                 *         "committeeMembers": 5,
                 *         "workTeamMembers": 2,
                 *         "supervisoryCommitteeMembers": 3,
                 *         "villagerRepresentatives": 9
                 *       },
                 *       "occurredAt": "2026-11-05T19:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "agreed" | "notAgreed";
                    opinion: string;
                    attendance: {
                        committeeMembers: number;
                        workTeamMembers: number;
                        supervisoryCommitteeMembers: number;
                        villagerRepresentatives: number;
                    } & {
                        [key: string]: unknown;
                    };
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reflagMonitoringCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2027,
                 *       "monitoringType": "suddenHardship",
                 *       "reason": "户主旧病复发，再次住院",
                 *       "risks": [
                 *         {
                 *           "kind": "illness"
                 *         }
                 *       ],
                 *       "occurredAt": "2027-03-02T10:00:00+08:00"
                 *     }
                 */
                "application/json": {
                    year: number;
                    /** @enum {string} */
                    monitoringType: "unstableEscaped" | "edgeProne" | "suddenHardship";
                    reason: string;
                    risks: {
                        /** @enum {string} */
                        kind: "illness" | "disaster" | "schooling" | "accident" | "income-loss" | "other";
                        note?: string;
                    }[];
                    evidence?: ({
                        /** @enum {string} */
                        kind: "scan" | "photo";
                        id: string;
                        sha256: string;
                        /** @enum {string} */
                        mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/tiff" | "application/pdf";
                        caption?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `HOUSEHOLD_NOT_FOUND`: 未找到该监测对象的农户信息 · The case's household is not in the register
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `MONITORING_RULE_REFUSED`: 不符合防止返贫监测规定（rule, rules） · A monitoring rule refuses the step (`rule`, `rules`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMonitoringCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description the ETag of the copy you hold: 304 without a body while it is current
                 * @example "3"
                 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCaseAnswer"];
                };
            };
            /** @description 未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current */
            304: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMonitoringCaseHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        cycle: number;
                        steps: {
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number;
                            cycle: number;
                            /** @description the event type */
                            step: string;
                            actor: components["schemas"]["Actor"];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            occurredAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            recordedAt: string;
                            /** @description opinion, reason, summary, notes or risk given, or null */
                            opinion: unknown;
                            /** @description outcome, decision or result, or null */
                            outcome: unknown;
                            /** @description the type decided or proposed, or null */
                            monitoringType: unknown;
                            /** @description inclusion or elimination, or null */
                            phase: unknown;
                            /** @description rules warned about, or null */
                            warnings: unknown;
                            /** @description rules found, or null */
                            rules: unknown;
                            /** @description evidence references (ids and hashes, never files) */
                            evidence: unknown[];
                            /** @description the objection a step raises or resolves, or null */
                            objectionId: unknown;
                            hash: string;
                            prevHash: string;
                        }[];
                        /** @description every objection raised, with its summary and resolution */
                        objections: {
                            id: string;
                            summary: string;
                            /** @description when it was raised (occurredAt) */
                            raisedAt: string;
                            raisedBy: {
                                [key: string]: unknown;
                            };
                            status: "open" | "upheld" | "dismissed";
                            resolvedAt: string | null;
                            resolvedBy: {
                                [key: string]: unknown;
                            } | null;
                            opinion: string | null;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMonitoringWorklist: {
        parameters: {
            query?: {
                regionCode?: string;
                /** @description items to skip (0–1000000000) */
                offset?: number;
                /** @description items per page (1–500, default 100) */
                limit?: number;
            };
            header?: never;
            path: {
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role: string;
                        regionCode: string;
                        total: number;
                        /** @description cases per waiting item */
                        counts: {
                            [key: string]: number;
                        };
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            /**
                             * @description 12-digit village code (行政区划代码)
                             * @example 430623101201
                             */
                            villageCode: string;
                            /**
                             * @description 9-digit township code
                             * @example 430623101
                             */
                            townshipCode: string;
                            /** @description the income year judged against the monitoring line */
                            year: number;
                            /** @enum {string|null} */
                            source: "householdApplication" | "cadreScreening" | "departmentAlert" | null;
                            /** @enum {string|null} */
                            channel: "written" | "app" | "hotline12317" | null;
                            /** @description the department whose alert opened the case */
                            department: string | null;
                            /**
                             * @description the step it is at (workflows/monitoring/machine.ts)
                             * @enum {string}
                             */
                            state: "new" | "awaitingAlertVerification" | "awaitingGroupAppraisal" | "awaitingVillageAppraisal" | "awaitingNotice" | "inNotice" | "awaitingComparison" | "awaitingReport" | "objectionAfterNotice" | "awaitingTownshipReview" | "awaitingDistrictFiling" | "monitored" | "eliminationAppraisal" | "eliminationAwaitingNotice" | "eliminationInNotice" | "eliminationAwaitingReport" | "eliminationAwaitingTownshipReview" | "eliminationAwaitingFiling" | "eliminationObjectionAfterNotice" | "riskEliminated" | "alertDismissed" | "notIncluded" | "excluded" | "refused" | "withdrawn";
                            /** @description 环节名称 */
                            stepZh: string;
                            /** @description 环节名称 (the same label as stepZh) */
                            stateZh: string;
                            /** @description 户主姓名, masked to the surname (张*) for roles that see resident IDs masked */
                            headName: string | null;
                            /** @description 乡镇名称 from the region directory; null when unknown */
                            townshipName: string | null;
                            /** @description 村名称 from the region directory; null when unknown */
                            villageName: string | null;
                            /** @description every objection raised, with its summary and resolution */
                            objections: {
                                id: string;
                                summary: string;
                                /** @description when it was raised (occurredAt) */
                                raisedAt: string;
                                raisedBy: {
                                    [key: string]: unknown;
                                };
                                status: "open" | "upheld" | "dismissed";
                                resolvedAt: string | null;
                                resolvedBy: {
                                    [key: string]: unknown;
                                } | null;
                                opinion: string | null;
                            }[];
                            /** @enum {string} */
                            phase: "inclusion" | "monitored" | "elimination" | "eliminated" | "closed";
                            /**
                             * @description 脱贫不稳定户 unstableEscaped · 边缘易致贫户 edgeProne · 突发严重困难户 suddenHardship
                             * @enum {string|null}
                             */
                            monitoringType: "unstableEscaped" | "edgeProne" | "suddenHardship" | null;
                            monitoringTypeZh: string | null;
                            warnings: components["schemas"]["RuleNote"][];
                            /** @description 农户承诺和授权查询书 on file */
                            commitment: {
                                /** @enum {string} */
                                by: "applicant" | "proxy";
                                thumbprint: boolean;
                                /**
                                 * Format: date
                                 * @description a day, YYYY-MM-DD (China time)
                                 * @example 2026-04-03
                                 */
                                signedOn: string;
                            } | null;
                            /** @enum {string|null} */
                            groupAppraisal: "recommended" | "notRecommended" | null;
                            notice: {
                                /** @enum {string} */
                                phase: "inclusion" | "elimination";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                startsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                endsAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                endedAt: string | null;
                                /** @description the first day (China time), YYYY-MM-DD */
                                firstDay: string;
                                /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                                lastDay: string;
                            } | null;
                            /** @description 数据比对 */
                            comparison: {
                                /** @enum {string} */
                                status: "pending" | "clear";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                requestedAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                completedAt: string | null;
                            } | null;
                            openObjections: string[];
                            /** @description the rules data comparison found broken */
                            exclusionRules: components["schemas"]["RuleNote"][];
                            /** @description 帮扶联系人 */
                            contact: {
                                id: string | null;
                                name: string;
                                organisation: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                since: string;
                            } | null;
                            /** @description 一户一方案 */
                            plan: {
                                /** Format: uuid */
                                planId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                recordedAt: string;
                                measures: number;
                            } | null;
                            visits: {
                                count: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant
                                 * @example 2026-03-18T09:30:00.000Z
                                 */
                                lastAt: string | null;
                            };
                            /** @description 1, +1 for each re-flagging */
                            cycle: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            monitoredSince: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            eliminatedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            reflaggedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            closedAt: string | null;
                            openedBy: string | null;
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number;
                            /** @example monitoring@1 */
                            machineVersion: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            openedAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            updatedAt: string;
                            waitingFor: {
                                item: string;
                                zh: string;
                            }[];
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             *     - `UNKNOWN_ROLE`: 未知角色 · Not a role of src/auth/roles.ts
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listMonitoredHouseholds: {
        parameters: {
            query?: {
                regionCode?: string;
                monitoringType?: "unstableEscaped" | "edgeProne" | "suddenHardship";
                /** @description items to skip (0–1000000000) */
                offset?: number;
                /** @description items per page (1–500, default 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        total: number;
                        /** @description members of all the households */
                        people: number;
                        items: {
                            /** Format: uuid */
                            caseId: string;
                            /** Format: uuid */
                            householdId: string;
                            /** @description 户主姓名, masked to the surname (张*) for roles that see resident IDs masked */
                            headName: string | null;
                            /** @description 乡镇名称 from the region directory; null when unknown */
                            townshipName: string | null;
                            /** @description 村名称 from the region directory; null when unknown */
                            villageName: string | null;
                            /**
                             * @description 12-digit village code (行政区划代码)
                             * @example 430623101201
                             */
                            villageCode: string;
                            /**
                             * @description 9-digit township code
                             * @example 430623101
                             */
                            townshipCode: string;
                            /**
                             * @description 脱贫不稳定户 unstableEscaped · 边缘易致贫户 edgeProne · 突发严重困难户 suddenHardship
                             * @enum {string|null}
                             */
                            monitoringType: "unstableEscaped" | "edgeProne" | "suddenHardship" | null;
                            monitoringTypeZh: string | null;
                            state: string;
                            people: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            monitoredSince: string | null;
                            cycle: number;
                            /** @description the contact person's name */
                            contact: string | null;
                            hasPlan: boolean;
                            visits: number;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMonitoringCounts: {
        parameters: {
            query?: {
                regionCode?: string;
                level?: "village" | "township";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        /** @enum {string} */
                        level: "village" | "township";
                        total: {
                            regionCode: string;
                            /** @description 监测对象 now */
                            monitored: {
                                households: number;
                                people: number;
                                byType: {
                                    unstableEscaped: {
                                        households: number;
                                        people: number;
                                    };
                                    edgeProne: {
                                        households: number;
                                        people: number;
                                    };
                                    suddenHardship: {
                                        households: number;
                                        people: number;
                                    };
                                };
                            };
                            proposed: {
                                households: number;
                                people: number;
                            };
                            riskEliminated: {
                                households: number;
                                people: number;
                            };
                        };
                        units: {
                            regionCode: string;
                            /** @description 监测对象 now */
                            monitored: {
                                households: number;
                                people: number;
                                byType: {
                                    unstableEscaped: {
                                        households: number;
                                        people: number;
                                    };
                                    edgeProne: {
                                        households: number;
                                        people: number;
                                    };
                                    suddenHardship: {
                                        households: number;
                                        people: number;
                                    };
                                };
                            };
                            proposed: {
                                households: number;
                                people: number;
                            };
                            riskEliminated: {
                                households: number;
                                people: number;
                            };
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    verifyStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stream: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stream: string;
                        ok: boolean;
                        /** @description events checked */
                        checked: number;
                        brokenLinks: components["schemas"]["BrokenLink"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    verifyVillage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 12-digit village code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description 12-digit village code (行政区划代码)
                         * @example 430623101201
                         */
                        villageCode: string;
                        ok: boolean;
                        streamsChecked: number;
                        eventsChecked: number;
                        brokenLinks: components["schemas"]["BrokenLink"][];
                        streams: {
                            stream: string;
                            ok: boolean;
                            checked: number;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    verifyStore: {
        parameters: {
            query: {
                /** @description items per page (1–10000, default 1000) */
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        /** @description the jurisdiction verified */
                        scope: string;
                        headPosition: number;
                        eventsChecked: number;
                        streamsChecked: number;
                        brokenTotal: number;
                        /** @description more broken links than listed */
                        truncated: boolean;
                        brokenLinks: components["schemas"]["BrokenLink"][];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDesignationStateAt: {
        parameters: {
            query?: {
                /** @description the state right after this revision */
                revision?: number;
                /** @description ISO instant with an offset: the state as the system knew it then (events recorded by that instant) */
                at?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        householdId: string;
                        /**
                         * @description 12-digit village code (行政区划代码)
                         * @example 430623101201
                         */
                        villageCode: string;
                        /** @description the designation year: whose policy applies */
                        year: number;
                        /**
                         * @description the step it is at (workflows/four-card/machine.ts)
                         * @enum {string}
                         */
                        state: "new" | "awaitingAppraisal" | "returnedToVillage" | "awaitingTownshipReview" | "awaitingSpotCheck" | "spotCheck" | "spotCheckSigned" | "awaitingNotice" | "inNotice" | "designated" | "objectionAfterCompletion" | "refused" | "withdrawn";
                        /** @description 环节名称, e.g. 待乡镇复核 */
                        stepZh: string;
                        /** @description 环节名称 (the same label as stepZh) */
                        stateZh: string;
                        /** @description 户主姓名, masked to the surname (张*) for roles that see resident IDs masked */
                        headName: string | null;
                        /** @description 乡镇名称 from the region directory; null when unknown */
                        townshipName: string | null;
                        /** @description 村名称 from the region directory; null when unknown */
                        villageName: string | null;
                        /** @description 卡别名称, e.g. 黄卡 */
                        cardZh: string | null;
                        /**
                         * @description 红卡 red · 黄卡 yellow · 绿卡 green · 蓝卡 blue
                         * @enum {string|null}
                         */
                        card: "red" | "yellow" | "green" | "blue" | null;
                        /** @description rules the case came close to: every later signer sees them */
                        warnings: components["schemas"]["RuleNote"][];
                        /** @description the stream's revision (0 for its first event); also the ETag */
                        revision: number;
                        /**
                         * @description the machine version the stream was started with
                         * @example four-card@1
                         */
                        machineVersion: string;
                        /** @description who did the initial check */
                        declaredBy: string | null;
                        /** @description 县级抽查: the round it was sampled in and the signatures so far */
                        spotCheck: {
                            /** Format: uuid */
                            roundId: string;
                            /** @enum {string|null} */
                            outcome: "confirmed" | "adjusted" | "sentBack" | "refused" | null;
                            /** @enum {string|null} */
                            card: "red" | "yellow" | "green" | "blue" | null;
                            /** @description the inspectors who signed so far */
                            signers: string[];
                        } | null;
                        /** @description the first notice it was posted on */
                        notice: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            startsAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            endsAt: string;
                            /** @description the first day (China time), YYYY-MM-DD */
                            firstDay: string;
                            /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                            lastDay: string;
                        } | null;
                        /** @description every notice it was posted on (乡、村两级张榜公示) */
                        notices: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description 村级 or 乡镇级 board
                             * @enum {string}
                             */
                            level: "village" | "township";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            startsAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            endsAt: string;
                            /** @description the first day (China time), YYYY-MM-DD */
                            firstDay: string;
                            /** @description the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day */
                            lastDay: string;
                        }[];
                        /** @description objections raised and not yet resolved */
                        openObjections: string[];
                        /** @description every objection raised, with its summary and resolution */
                        objections: {
                            id: string;
                            summary: string;
                            /** @description when it was raised (occurredAt) */
                            raisedAt: string;
                            raisedBy: {
                                [key: string]: unknown;
                            };
                            status: "open" | "upheld" | "dismissed";
                            resolvedAt: string | null;
                            resolvedBy: {
                                [key: string]: unknown;
                            } | null;
                            opinion: string | null;
                        }[];
                        /**
                         * Format: date-time
                         * @description when it was designated and reported to the county
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        completedAt: string | null;
                        /** @description the county the result was reported to (上报县扶贫办), once completed */
                        reportedTo: string | null;
                        /**
                         * Format: date-time
                         * @description when the declaration was recorded
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        declaredAt: string;
                        /**
                         * Format: date-time
                         * @description when its last step was recorded
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        updatedAt: string;
                        asOf: {
                            revision: number | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            at: string | null;
                        };
                        lastStep: {
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number;
                            step: string;
                            actor: components["schemas"]["Actor"];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            occurredAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            recordedAt: string;
                            hash: string;
                        };
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             *     - `INVALID_INSTANT`: 时间格式错误，应为带时区的 ISO 时间 · Not an ISO instant with an offset
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             *     - `NOT_YET_RECORDED`: 该时间点尚无此认定记录 · The designation had no recorded step by then
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    auditProcedure: {
        parameters: {
            query: {
                /** @description a region inside your jurisdiction; default: your jurisdiction */
                regionCode?: string;
                /** @description findings listed at most (the counts cover all) */
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        ok: boolean;
                        streamsChecked: number;
                        eventsChecked: number;
                        streamsWithFindings: number;
                        byRule: {
                            code: string;
                            count: number;
                        }[];
                        findings: {
                            stream: string;
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number;
                            position: number;
                            type: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            occurredAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            recordedAt: string;
                            regionCode: string | null;
                            /** @description the rule broken */
                            code: string;
                            message_zh: string;
                            message_en: string;
                            /** @description the facts the rule was judged on */
                            judgedOn?: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description more findings than `limit` (the counts cover all) */
                        truncated: boolean;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getApprovalForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 审批表 · The approval form */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listEventSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description what every stored event carries around its data */
                        envelope: {
                            description: string;
                            schemaVersion: string;
                        };
                        items: ({
                            type: string;
                            /** @description 0: the shape stored before versioning of a type that has one */
                            version: number;
                            latest: boolean;
                            chain: string;
                            title: string;
                            file: string;
                            /** @description GET it for the JSON Schema */
                            href: string;
                        } & {
                            [key: string]: string;
                        })[];
                    };
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getEventSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description event type, e.g. InitialCheckDeclared */
                type: string;
                /** @description schema version, e.g. 1 or v1 */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `SCHEMA_NOT_FOUND`: 没有该事件结构 · No such event type or version
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    readFeed: {
        parameters: {
            query?: {
                /** @description exclusive global position (default 0): pass the previous nextAfter, or follow the Link header */
                after?: number;
                /** @description items per page (1–1000, default 100) */
                limit?: number;
                /** @description event types, comma-separated, e.g. TownshipReviewed,NoticePosted */
                types?: string;
                /** @description chains (stream prefixes), comma-separated: designation, household, appraisal-meeting, spot-check-round, notice, monitoring */
                chains?: string;
                /** @description region-code prefix; narrowed to your jurisdiction */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["StoredEvent"][];
                        /** @description pass back as `after` (the last position looked at, matched or not) */
                        nextAfter: number;
                        /** @description the store's head: caught up when nextAfter equals it */
                        head: number;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `REGION_OUTSIDE_JURISDICTION`: 所选区域不在您的管辖范围内 · The region asked for lies outside your jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    issueStreamTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已创建 · Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticket": "tkt_3q2Y9xVb7LwN",
                     *       "purpose": "feed.stream",
                     *       "expiresAt": "2026-04-03T01:01:00.000Z",
                     *       "url": "/feed/stream?ticket=tkt_3q2Y9xVb7LwN"
                     *     }
                     */
                    "application/json": {
                        ticket: string;
                        /** @enum {string} */
                        purpose: "feed.stream";
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description the stream URL with the ticket: add after/types/chains/region as needed */
                        url: string;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `REGION_OUTSIDE_JURISDICTION`: 所选区域不在您的管辖范围内 · The region asked for lies outside your jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `TOO_MANY_TICKETS`: 未使用的事件流票据过多 · Too many unused stream tickets
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    streamFeed: {
        parameters: {
            query?: {
                /** @description exclusive global position to start after (default 0); a Last-Event-ID header wins */
                after?: number;
                /** @description a ticket of POST /feed/stream-tickets instead of the Authorization header (an EventSource cannot send one); single use */
                ticket?: string;
                /** @description event types, comma-separated, e.g. TownshipReviewed,NoticePosted */
                types?: string;
                /** @description chains (stream prefixes), comma-separated: designation, household, appraisal-meeting, spot-check-round, notice, monitoring */
                chains?: string;
                /** @description region-code prefix; narrowed to your jurisdiction */
                region?: string;
            };
            header?: {
                /** @description the last position received (sent by EventSource on reconnect) */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事件流 · The event stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `REGION_OUTSIDE_JURISDICTION`: 所选区域不在您的管辖范围内 · The region asked for lies outside your jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `TOO_MANY_STREAMS`: 同一凭证同时打开的事件流过多 · Too many concurrent streams for this token (`max`)
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        items: components["schemas"]["WebhookAnswer"][];
                    };
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://fupin-data.example.cn/hooks/designations",
                 *       "secret": "whsec-7f3a9c2e5b1d4f60",
                 *       "filter": {
                 *         "chains": [
                 *           "designation"
                 *         ],
                 *         "region": "430623101"
                 *       },
                 *       "maxFailures": 5,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description http(s) address that receives POSTed batches
                     */
                    url: string;
                    filter?: {
                        types?: string[];
                        chains?: string[];
                        /** @description region-code prefix; narrowed to your jurisdiction */
                        region?: string;
                    };
                    /** @description signs every delivery (X-Signature); never returned */
                    secret: string;
                    /**
                     * @description consecutive failed attempts before the subscription is paused
                     * @default 5
                     */
                    maxFailures: number;
                    /** @default true */
                    active: boolean;
                    /** @description deliver events after this global position; default: the head when created (new events only) */
                    after?: number;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `INVALID_WEBHOOK_URL`: Webhook 地址必须是 http 或 https · The webhook URL is not http or https
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `REGION_OUTSIDE_JURISDICTION`: 所选区域不在您的管辖范围内 · The region asked for lies outside your jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description the ETag of the copy you hold: 304 without a body while it is current
                 * @example "3"
                 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAnswer"];
                };
            };
            /** @description 未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current */
            304: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已完成，无内容 · Done, no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    pauseWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resumeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAnswer"];
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        state: "active" | "paused" | "deleted";
                        checkpoint: number;
                        persistedCheckpoint: number;
                        consecutiveFailures: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        nextAttemptAt: string | null;
                        /** @description the delivery that failed maxFailures times in a row: replayed on resume */
                        lastFailure: {
                            fromPosition: number;
                            throughPosition: number;
                            events: number;
                            attempts: number;
                            httpStatus: number | null;
                            error: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            at: string;
                        } | null;
                        /** @description recent attempts, newest first (the last 100, in memory) */
                        attempts: {
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            at: string;
                            fromPosition: number;
                            throughPosition: number;
                            events: number;
                            attempt: number;
                            /** @enum {string} */
                            status: "delivered" | "failed";
                            httpStatus: number | null;
                            latencyMs: number;
                            error: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            nextAttemptAt: string | null;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    publishCalendarYear: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2027,
                 *       "holidays": [
                 *         "2027-01-01",
                 *         "2027-02-06",
                 *         "2027-02-07",
                 *         "2027-02-08",
                 *         "2027-02-09",
                 *         "2027-02-10",
                 *         "2027-02-11",
                 *         "2027-02-12",
                 *         "2027-02-13"
                 *       ],
                 *       "workdays": [
                 *         "2027-02-14"
                 *       ],
                 *       "source": {
                 *         "title": "国务院办公厅关于2027年部分节假日安排的通知",
                 *         "documentNumber": "国办发明电〔2026〕12号",
                 *         "publishedOn": "2026-11-10"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description the year the lists are for */
                    year: number;
                    /** @description every day off (放假), the weekend days inside a holiday block included */
                    holidays: string[];
                    /** @description the make-up working days (调休上班), each a Saturday or Sunday */
                    workdays: string[];
                    source: {
                        /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                        title: string;
                        /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                        documentNumber: string;
                        /** @description the day it was published (YYYY-MM-DD) */
                        publishedOn?: string;
                        /**
                         * Format: uri
                         * @description where it is published (www.gov.cn)
                         */
                        url?: string;
                    };
                    /** @description why: required to correct a year already known */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /**
                         * @description where the year's days come from: the packaged data, CALENDAR_FILE, or a publication through the API
                         * @enum {string}
                         */
                        origin: "package" | "configuration" | "published";
                        /** @description every day off (放假) */
                        holidays: string[];
                        /** @description the make-up working days (调休上班) */
                        workdays: string[];
                        source: {
                            /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                            title: string;
                            /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                            documentNumber: string;
                            /** @description the day it was published (YYYY-MM-DD) */
                            publishedOn?: string;
                            /**
                             * Format: uri
                             * @description where it is published (www.gov.cn)
                             */
                            url?: string;
                        } | null;
                        reason: string | null;
                        /** @description the stream's revision (0 for its first event); also the ETag */
                        revision: number | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        recordedAt: string | null;
                        /** @description the events of the year's stream, oldest first; the last is in force when origin is published */
                        versions: {
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number;
                            /** @enum {string} */
                            type: "CalendarYearPublished" | "CalendarYearCorrected";
                            /** @description how many */
                            holidays: number;
                            /** @description how many */
                            workdays: number;
                            source: {
                                /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                                title: string;
                                /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                                documentNumber: string;
                                /** @description the day it was published (YYYY-MM-DD) */
                                publishedOn?: string;
                                /**
                                 * Format: uri
                                 * @description where it is published (www.gov.cn)
                                 */
                                url?: string;
                            };
                            reason: string | null;
                            supersedes: {
                                /** @enum {string} */
                                origin: "package" | "configuration" | "published";
                                /** @description the superseded event's revision in the stream; null for the package or CALENDAR_FILE */
                                revision: number | null;
                            } | null;
                            changes: {
                                holidaysAdded: string[];
                                holidaysRemoved: string[];
                                workdaysAdded: string[];
                                workdaysRemoved: string[];
                            } | null;
                            actor: components["schemas"]["Actor"];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            occurredAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            recordedAt: string;
                        }[];
                        /** @description how far ahead the calendar is known now */
                        calendar: {
                            /**
                             * Format: date
                             * @description a day, YYYY-MM-DD (China time)
                             * @example 2026-04-03
                             */
                            knownUntil: string | null;
                            daysAhead: number;
                        };
                    };
                };
            };
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /**
                         * @description where the year's days come from: the packaged data, CALENDAR_FILE, or a publication through the API
                         * @enum {string}
                         */
                        origin: "package" | "configuration" | "published";
                        /** @description every day off (放假) */
                        holidays: string[];
                        /** @description the make-up working days (调休上班) */
                        workdays: string[];
                        source: {
                            /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                            title: string;
                            /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                            documentNumber: string;
                            /** @description the day it was published (YYYY-MM-DD) */
                            publishedOn?: string;
                            /**
                             * Format: uri
                             * @description where it is published (www.gov.cn)
                             */
                            url?: string;
                        } | null;
                        reason: string | null;
                        /** @description the stream's revision (0 for its first event); also the ETag */
                        revision: number | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        recordedAt: string | null;
                        /** @description the events of the year's stream, oldest first; the last is in force when origin is published */
                        versions: {
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number;
                            /** @enum {string} */
                            type: "CalendarYearPublished" | "CalendarYearCorrected";
                            /** @description how many */
                            holidays: number;
                            /** @description how many */
                            workdays: number;
                            source: {
                                /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                                title: string;
                                /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                                documentNumber: string;
                                /** @description the day it was published (YYYY-MM-DD) */
                                publishedOn?: string;
                                /**
                                 * Format: uri
                                 * @description where it is published (www.gov.cn)
                                 */
                                url?: string;
                            };
                            reason: string | null;
                            supersedes: {
                                /** @enum {string} */
                                origin: "package" | "configuration" | "published";
                                /** @description the superseded event's revision in the stream; null for the package or CALENDAR_FILE */
                                revision: number | null;
                            } | null;
                            changes: {
                                holidaysAdded: string[];
                                holidaysRemoved: string[];
                                workdaysAdded: string[];
                                workdaysRemoved: string[];
                            } | null;
                            actor: components["schemas"]["Actor"];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            occurredAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            recordedAt: string;
                        }[];
                        /** @description how far ahead the calendar is known now */
                        calendar: {
                            /**
                             * Format: date
                             * @description a day, YYYY-MM-DD (China time)
                             * @example 2026-04-03
                             */
                            knownUntil: string | null;
                            daysAhead: number;
                        };
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `CALENDAR_CORRECTION_REASON_REQUIRED`: 更正已有年度须说明理由（reason） · Correcting a year already known needs a reason
             *     - `CALENDAR_DATE_OUTSIDE_YEAR`: 日期不在该年内（problems） · A date is not in the year (`problems`)
             *     - `CALENDAR_DATE_REPEATED`: 日期重复（problems） · A date is listed twice (`problems`)
             *     - `CALENDAR_DAY_BOTH_HOLIDAY_AND_WORKDAY`: 同一天既是假日又是调休上班日（problems） · A day is both a holiday and a make-up working day (`problems`)
             *     - `CALENDAR_MAKEUP_DAY_NOT_WEEKEND`: 调休上班日须为周六或周日（problems） · A make-up working day is not a Saturday or Sunday (`problems`)
             *     - `CALENDAR_NEW_YEAR_NOT_HOLIDAY`: 假日中缺少元旦（problems） · New Year's Day is missing from the holidays (`problems`)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description today, China date
                         * @example 2026-04-03
                         */
                        today: string;
                        /**
                         * Format: date
                         * @description the last day of the unbroken run of known years from today
                         * @example 2026-04-03
                         */
                        knownUntil: string | null;
                        daysAhead: number;
                        /** @description the year to publish next */
                        nextYear: number;
                        warningDays: number;
                        /** @description CALENDAR_ENDING or CALENDAR_ENDED, with knownUntil, daysAhead, nextYear and the messages */
                        warning: {
                            [key: string]: unknown;
                        } | null;
                        years: {
                            year: number;
                            /**
                             * @description where the year's days come from: the packaged data, CALENDAR_FILE, or a publication through the API
                             * @enum {string}
                             */
                            origin: "package" | "configuration" | "published";
                            holidays: number;
                            workdays: number;
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number | null;
                            source: {
                                /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                                title: string;
                                /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                                documentNumber: string;
                                /** @description the day it was published (YYYY-MM-DD) */
                                publishedOn?: string;
                                /**
                                 * Format: uri
                                 * @description where it is published (www.gov.cn)
                                 */
                                url?: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            recordedAt: string | null;
                        }[];
                        /** @description years of CALENDAR_FILE superseded by a publication */
                        supersededConfiguration: number[];
                    };
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCalendarYear: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description the ETag of the copy you hold: 304 without a body while it is current
                 * @example "3"
                 */
                "if-none-match"?: string;
            };
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /**
                         * @description where the year's days come from: the packaged data, CALENDAR_FILE, or a publication through the API
                         * @enum {string}
                         */
                        origin: "package" | "configuration" | "published";
                        /** @description every day off (放假) */
                        holidays: string[];
                        /** @description the make-up working days (调休上班) */
                        workdays: string[];
                        source: {
                            /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                            title: string;
                            /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                            documentNumber: string;
                            /** @description the day it was published (YYYY-MM-DD) */
                            publishedOn?: string;
                            /**
                             * Format: uri
                             * @description where it is published (www.gov.cn)
                             */
                            url?: string;
                        } | null;
                        reason: string | null;
                        /** @description the stream's revision (0 for its first event); also the ETag */
                        revision: number | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        recordedAt: string | null;
                        /** @description the events of the year's stream, oldest first; the last is in force when origin is published */
                        versions: {
                            /** @description the stream's revision (0 for its first event); also the ETag */
                            revision: number;
                            /** @enum {string} */
                            type: "CalendarYearPublished" | "CalendarYearCorrected";
                            /** @description how many */
                            holidays: number;
                            /** @description how many */
                            workdays: number;
                            source: {
                                /** @description the notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                                title: string;
                                /** @description its document number (文号), e.g. 国办发明电〔2026〕12号 */
                                documentNumber: string;
                                /** @description the day it was published (YYYY-MM-DD) */
                                publishedOn?: string;
                                /**
                                 * Format: uri
                                 * @description where it is published (www.gov.cn)
                                 */
                                url?: string;
                            };
                            reason: string | null;
                            supersedes: {
                                /** @enum {string} */
                                origin: "package" | "configuration" | "published";
                                /** @description the superseded event's revision in the stream; null for the package or CALENDAR_FILE */
                                revision: number | null;
                            } | null;
                            changes: {
                                holidaysAdded: string[];
                                holidaysRemoved: string[];
                                workdaysAdded: string[];
                                workdaysRemoved: string[];
                            } | null;
                            actor: components["schemas"]["Actor"];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            occurredAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            recordedAt: string;
                        }[];
                    };
                };
            };
            /** @description 未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current */
            304: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `CALENDAR_YEAR_UNKNOWN`: 该年的节假日安排尚未配置（year） · The holidays of the year are not configured (`year`): a notice end reaching it cannot be computed
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `JOB_NOT_FOUND`: 没有该任务（任务不跨重启保留） · No such job (jobs do not survive a restart)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getJobResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `JOB_NOT_FOUND`: 没有该任务（任务不跨重启保留） · No such job (jobs do not survive a restart)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `JOB_NOT_FINISHED`: 任务尚未完成或没有结果文件 · The job has not finished or has no result file
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 错误 · Error
             *
             *     - `JOB_RESULT_EXPIRED`: 结果文件已过期，请重新导出 · The result file has expired: export again
             */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getHouseholdImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: "xlsx" | "csv";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importHouseholds: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                partial?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the answer */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `IMPORT_FILE_UNREADABLE`: 无法读取导入文件 · The file cannot be read as CSV or xlsx
             *     - `IMPORT_COLUMNS_MISSING`: 导入文件缺少模板的列 · The file lacks columns of the template
             *     - `IMPORT_EMPTY`: 导入文件没有数据行 · The file has no rows
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             *     - `IMPORT_FILE_REQUIRED`: 请以 text/csv 或 xlsx 上传文件 · Send the file as text/csv or xlsx
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    exportList: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                villageCode?: string;
                async?: "true" | "false";
            };
            header?: never;
            path: {
                list: "households" | "designations";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the answer */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             *     - `REGION_OUTSIDE_JURISDICTION`: 所选区域不在您的管辖范围内 · The region asked for lies outside your jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: {
                under?: string;
                level?: "county" | "township" | "village" | "group";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    addRegion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 9-digit township, 12-digit village, 14-digit group (village + 2 digits) or 6-digit county */
                    code: string;
                    /** @description the name as the office writes it, e.g. 团洲乡 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description the answer */
            201: {
                headers: {
                    /** @description where the created resource is read */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `NOT_A_REGION_CODE`: 不是有效的行政区划代码 · Not a region code of 9, 12 or 14 digits
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `REGION_EXISTS`: 该区划已在目录中 · The region is already in the directory
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `PARENT_UNKNOWN`: 上级区划不在目录中 · The parent region is not in the directory
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    renameRegion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the new name */
                    name: string;
                    /** @description why (e.g. 行政区划调整 and its document) */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `NOT_A_REGION_CODE`: 不是有效的行政区划代码 · Not a region code of 9, 12 or 14 digits
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             *     - `REGION_NOT_IN_DIRECTORY`: 目录中没有该区划 · The region is not in the directory
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importRegions: {
        parameters: {
            query?: {
                source?: string;
            };
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the answer */
            201: {
                headers: {
                    /** @description where the created resource is read */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `REGION_IMPORT_REFUSED`: 区划导入文件有误（errors 列出每一处），未导入任何内容 · The region file has errors (each listed); nothing was imported
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `REGION_NOT_IN_DIRECTORY`: 目录中没有该区划 · The region is not in the directory
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listDuties: {
        parameters: {
            query?: {
                regionCode?: string;
                state?: "overdue" | "dueSoon" | "open";
                /** @description one kind of duty */
                kind?: string;
                /** @description only what I owe, and what my people owe (as their supervisor) */
                mine?: boolean;
                /** @description what this role owes (or supervises) in the region */
                role?: string;
                /** @description what this person owes */
                personId?: string;
                /** @description items to skip (0–1000000000) */
                offset?: number;
                /** @description items per page (1–500, default 100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description the region the list covers (narrowed to your jurisdiction)
                         * @example 430623101
                         */
                        regionCode: string;
                        /** @enum {string} */
                        state: "overdue" | "dueSoon" | "open";
                        /**
                         * Format: date-time
                         * @description the instant the list was judged at
                         * @example 2026-03-18T09:30:00.000Z
                         */
                        asOf: string;
                        /** @description the list's duties per kind */
                        counts: {
                            [key: string]: number;
                        };
                        /** @description items in the whole list */
                        total: number;
                        items: {
                            /** @description the duty's stable key */
                            key: string;
                            /** @description what is owed (e.g. review, contact, visit, rectification, monthlyReport) */
                            kind: string;
                            /** @description 事项名称 */
                            zh: string;
                            /** @description the record it concerns */
                            subject: {
                                chain: string;
                                id: string;
                            };
                            /** @description village, township or county code */
                            regionCode: string;
                            townshipName: string | null;
                            villageName: string | null;
                            /** @description who owes it */
                            owner: {
                                personId: string | null;
                                name: string | null;
                                /** @enum {string|null} */
                                role: "investigator" | "firstSecretary" | "partySecretary" | "villageDirector" | "villageClerk" | "townshipReviewer" | "townshipApprover" | "countyInspector" | "countyOffice" | "departmentScreener" | "supervisor" | "integrator" | "admin" | "system" | null;
                            };
                            /** @enum {string|null} */
                            supervisorRole: "investigator" | "firstSecretary" | "partySecretary" | "villageDirector" | "villageClerk" | "townshipReviewer" | "townshipApprover" | "countyInspector" | "countyOffice" | "departmentScreener" | "supervisor" | "integrator" | "admin" | "system" | null;
                            /**
                             * Format: date-time
                             * @description when it falls due: overdue from then on
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            dueAt: string;
                            /**
                             * Format: date
                             * @description the last day it may be done (China time)
                             * @example 2026-04-03
                             */
                            dueDay: string;
                            /**
                             * Format: date-time
                             * @description from when it is coming due (提醒预警)
                             * @example 2026-03-18T09:30:00.000Z
                             */
                            warnFrom: string | null;
                            /** @description whole days past due (negative: days left) */
                            overdueDays: number;
                            /** @description what the worklist shows beside it (no personal data) */
                            detail: {
                                [key: string]: string | number | boolean | null;
                            };
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `INVALID_QUERY_PARAMETER`: 查询参数不是范围内的十进制整数 · A numeric query parameter is not a decimal integer in its range (`parameter`, `minimum`, `maximum`)
             *     - `UNKNOWN_ROLE`: 未知角色 · Not a role of src/auth/roles.ts
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listQuestionnaires: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            formId: string;
                            version: string;
                            title: string;
                            /** @description questions that take an answer */
                            questions: number;
                            /** @description shipped with the product */
                            preset: boolean;
                            importedAt: string | null;
                            /** @description the jurisdiction an imported version is issued for (null: a preset, everywhere) */
                            scope: string | null;
                        }[];
                    };
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importQuestionnaire: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description where the created resource is read */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        formId: string;
                        version: string;
                        title: string;
                        /** @description questions that take an answer */
                        questions: number;
                        /** @description shipped with the product */
                        preset: boolean;
                        importedAt: string | null;
                        /** @description the jurisdiction an imported version is issued for (null: a preset, everywhere) */
                        scope: string | null;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `QUESTIONNAIRE_VERSION_EXISTS`: 该问卷已有此版本号，新版本须换版本号 · The questionnaire already has this version: a new version needs a new number
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             *     - `IMPORT_FILE_REQUIRED`: 请以 text/csv 或 xlsx 上传文件 · Send the file as text/csv or xlsx
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `QUESTIONNAIRE_INVALID`: 问卷文件有误（errors 列出每一处：工作表、行、列），未导入 · The questionnaire workbook has errors (each listed with sheet, row, column); nothing was imported
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    exportQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `QUESTIONNAIRE_NOT_FOUND`: 没有该问卷或该版本 · No such questionnaire or version
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `QUESTIONNAIRE_NOT_FOUND`: 没有该问卷或该版本 · No such questionnaire or version
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    printQuestionnaire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `QUESTIONNAIRE_NOT_FOUND`: 没有该问卷或该版本 · No such questionnaire or version
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `QUESTIONNAIRE_NOT_FOUND`: 没有该问卷或该版本 · No such questionnaire or version
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    submitSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    householdId: string;
                    form: {
                        formId: string;
                        version: string;
                    };
                    /** @description answers by question name: a choice name, choice names, a number, a text, or rows of a member list */
                    answers: {
                        [key: string]: unknown;
                    };
                    team: {
                        id: string;
                        name?: string;
                        organisation?: string;
                    }[];
                    /** @enum {string} */
                    mode: "doorToDoor" | "phone" | "video";
                    respondent: {
                        /** @enum {string} */
                        kind: "respondent";
                        name: string;
                    } | {
                        /** @enum {string} */
                        kind: "reviewerOnBehalf";
                        by: string;
                        reason: string;
                    };
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        householdId: string;
                        villageCode: string;
                        form: {
                            formId: string;
                            version: string;
                            title: string | null;
                        };
                        /** @description doorToDoor (入户) / phone / video */
                        mode: string;
                        team: {
                            id: string;
                            name?: string;
                            organisation?: string;
                        }[];
                        /** @description 被访者签名, or 复核人员代签 with the reason */
                        respondent: {
                            kind: string;
                            name?: string;
                            by?: string;
                            reason?: string;
                        };
                        /** @description by question name */
                        answers: {
                            [key: string]: unknown;
                        };
                        /** @description accepted with these: every reviewer sees them */
                        warnings: {
                            code: string;
                            zh: string;
                            en: string;
                            facts?: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description problems for the rectification ledger */
                        findings: {
                            question: string;
                            label: string;
                            problemType: string;
                            member?: number;
                        }[];
                        /** @description when the visit happened */
                        occurredAt: string;
                        /** @description when it was entered */
                        recordedAt: string;
                        enteredBy: string;
                        /** @description submitted / reviewed */
                        state: string;
                        review: {
                            by: string;
                            opinion: string;
                            occurredAt: string;
                        } | null;
                        /** @description on submission, when the survey found 六看 risks or 004 综合判定 asks for the monitoring appraisal */
                        monitoringAlert?: {
                            /** @description the monitoring case the risks opened (or the one already open) */
                            caseId: string | null;
                            /** @description the monitoring chain's refusal code, if it refused the alert (the survey stands) */
                            refused: string | null;
                        };
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             *     - `QUESTIONNAIRE_NOT_FOUND`: 没有该问卷或该版本 · No such questionnaire or version
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `QUESTIONNAIRE_NOT_FOUND`: 没有该问卷或该版本 · No such questionnaire or version
             *     - `SURVEY_RULE_REFUSED`: 问卷答案不符合不允许提交的规则（rule, rules） · The answers break a blocking rule of the form (`rules`)
             *     - `SURVEY_TEAM_INVALID`: 调查组须两人、录入人为其中之一，村与农户一致 · A survey needs a team of two including whoever enters it, in the household's village
             *     - `SURVEY_SIGNATURE_INVALID`: 被访者未签字的，须由调查组复核人员代签并说明原因 · A respondent who did not sign is signed for by one of the team, with the reason
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reviewSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    opinion: string;
                    acknowledgedWarnings: string[];
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        householdId: string;
                        villageCode: string;
                        form: {
                            formId: string;
                            version: string;
                            title: string | null;
                        };
                        /** @description doorToDoor (入户) / phone / video */
                        mode: string;
                        team: {
                            id: string;
                            name?: string;
                            organisation?: string;
                        }[];
                        /** @description 被访者签名, or 复核人员代签 with the reason */
                        respondent: {
                            kind: string;
                            name?: string;
                            by?: string;
                            reason?: string;
                        };
                        /** @description by question name */
                        answers: {
                            [key: string]: unknown;
                        };
                        /** @description accepted with these: every reviewer sees them */
                        warnings: {
                            code: string;
                            zh: string;
                            en: string;
                            facts?: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description problems for the rectification ledger */
                        findings: {
                            question: string;
                            label: string;
                            problemType: string;
                            member?: number;
                        }[];
                        /** @description when the visit happened */
                        occurredAt: string;
                        /** @description when it was entered */
                        recordedAt: string;
                        enteredBy: string;
                        /** @description submitted / reviewed */
                        state: string;
                        review: {
                            by: string;
                            opinion: string;
                            occurredAt: string;
                        } | null;
                        /** @description on submission, when the survey found 六看 risks or 004 综合判定 asks for the monitoring appraisal */
                        monitoringAlert?: {
                            /** @description the monitoring case the risks opened (or the one already open) */
                            caseId: string | null;
                            /** @description the monitoring chain's refusal code, if it refused the alert (the survey stands) */
                            refused: string | null;
                        };
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `SURVEY_WARNINGS_NOT_ACKNOWLEDGED`: 审核须逐条确认调查时的警告 · The review must acknowledge every warning
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description the ETag of the copy you hold: 304 without a body while it is current
                 * @example "3"
                 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        householdId: string;
                        villageCode: string;
                        form: {
                            formId: string;
                            version: string;
                            title: string | null;
                        };
                        /** @description doorToDoor (入户) / phone / video */
                        mode: string;
                        team: {
                            id: string;
                            name?: string;
                            organisation?: string;
                        }[];
                        /** @description 被访者签名, or 复核人员代签 with the reason */
                        respondent: {
                            kind: string;
                            name?: string;
                            by?: string;
                            reason?: string;
                        };
                        /** @description by question name */
                        answers: {
                            [key: string]: unknown;
                        };
                        /** @description accepted with these: every reviewer sees them */
                        warnings: {
                            code: string;
                            zh: string;
                            en: string;
                            facts?: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description problems for the rectification ledger */
                        findings: {
                            question: string;
                            label: string;
                            problemType: string;
                            member?: number;
                        }[];
                        /** @description when the visit happened */
                        occurredAt: string;
                        /** @description when it was entered */
                        recordedAt: string;
                        enteredBy: string;
                        /** @description submitted / reviewed */
                        state: string;
                        review: {
                            by: string;
                            opinion: string;
                            occurredAt: string;
                        } | null;
                        /** @description on submission, when the survey found 六看 risks or 004 综合判定 asks for the monitoring appraisal */
                        monitoringAlert?: {
                            /** @description the monitoring case the risks opened (or the one already open) */
                            caseId: string | null;
                            /** @description the monitoring chain's refusal code, if it refused the alert (the survey stands) */
                            refused: string | null;
                        };
                    };
                };
            };
            /** @description 未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current */
            304: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listHouseholdSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            householdId: string;
                            villageCode: string;
                            form: {
                                formId: string;
                                version: string;
                                title: string | null;
                            };
                            /** @description doorToDoor (入户) / phone / video */
                            mode: string;
                            team: {
                                id: string;
                                name?: string;
                                organisation?: string;
                            }[];
                            /** @description 被访者签名, or 复核人员代签 with the reason */
                            respondent: {
                                kind: string;
                                name?: string;
                                by?: string;
                                reason?: string;
                            };
                            /** @description by question name */
                            answers: {
                                [key: string]: unknown;
                            };
                            /** @description accepted with these: every reviewer sees them */
                            warnings: {
                                code: string;
                                zh: string;
                                en: string;
                                facts?: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description problems for the rectification ledger */
                            findings: {
                                question: string;
                                label: string;
                                problemType: string;
                                member?: number;
                            }[];
                            /** @description when the visit happened */
                            occurredAt: string;
                            /** @description when it was entered */
                            recordedAt: string;
                            enteredBy: string;
                            /** @description submitted / reviewed */
                            state: string;
                            review: {
                                by: string;
                                opinion: string;
                                occurredAt: string;
                            } | null;
                            /** @description on submission, when the survey found 六看 risks or 004 综合判定 asks for the monitoring appraisal */
                            monitoringAlert?: {
                                /** @description the monitoring case the risks opened (or the one already open) */
                                caseId: string | null;
                                /** @description the monitoring chain's refusal code, if it refused the alert (the survey stands) */
                                refused: string | null;
                            };
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getHouseholdDataChecks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        householdId: string;
                        items: {
                            no: number;
                            code: string;
                            /** @description blocking (an error to correct) / warning (to verify) */
                            strength: string;
                            zh: string;
                            en: string;
                            member?: number;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSixChecksRiskStatistics: {
        parameters: {
            query?: {
                regionCode?: string;
                format?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        headers: string[];
                        rows: string[][];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDataQuality: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionCode: string;
                        asOf: string;
                        households: number;
                        townships: {
                            code: string;
                            name: string | null;
                            households: number;
                            householdsWithErrors: number;
                            errors: number;
                            warnings: number;
                            /** @description hits by checklist item number (1–26) */
                            byItem: {
                                [key: string]: number;
                            };
                            errorRate: number;
                            rank: number;
                        }[];
                        villages: {
                            code: string;
                            name: string | null;
                            households: number;
                            householdsWithErrors: number;
                            errors: number;
                            warnings: number;
                            /** @description hits by checklist item number (1–26) */
                            byItem: {
                                [key: string]: number;
                            };
                            errorRate: number;
                            rank: number;
                        }[];
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    screenEdgeCandidate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    householdId: string;
                    campaign: number;
                    basis: ("subsistence" | "destitute" | "disabled" | "noHouse" | "dangerousHouse" | "demands" | "hardship" | "other" | "threeNon" | "earlyWarningReviewed")[];
                    note?: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 · Created (also the answer to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description where the created resource is read */
                    location?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        householdId: string | null;
                        villageCode: string | null;
                        /** @description screened / surveyed / suspected / notEdge / approved / rejected */
                        state: string;
                        basis: string[];
                        appraisal: {
                            conclusion: string;
                            reference: string;
                        } | null;
                        surveyId: string | null;
                        departments: string[];
                        /** @description the household's registration category now */
                        registration: string | null;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_NUMBER_FIELD`: 数字字段格式错误 · A numeric body field sent as text is not a decimal number in its range
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `HOUSEHOLD_FACTS_MISSING`: 未找到该户的登记信息，无法核对规则 · The household's facts are not in the register: the rules cannot be checked
             *     - `EDGE_CASE_OPEN`: 该户已有进行中的边缘户识别（caseId） · The household already has an edge identification in progress (`caseId`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `EDGE_HOUSING_APPRAISAL_REQUIRED`: 疑似危房户须经县住建部门鉴定并出具鉴定意见后方可列入 · A suspected dangerous house is appraised by the county housing department before the household is listed
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    appraiseEdgeHousing: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    conclusion: "safe" | "C" | "D";
                    reference: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        householdId: string | null;
                        villageCode: string | null;
                        /** @description screened / surveyed / suspected / notEdge / approved / rejected */
                        state: string;
                        basis: string[];
                        appraisal: {
                            conclusion: string;
                            reference: string;
                        } | null;
                        surveyId: string | null;
                        departments: string[];
                        /** @description the household's registration category now */
                        registration: string | null;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `EDGE_HOUSING_APPRAISAL_REQUIRED`: 疑似危房户须经县住建部门鉴定并出具鉴定意见后方可列入 · A suspected dangerous house is appraised by the county housing department before the household is listed
             *     - `EDGE_SURVEY_INVALID`: 须为该户的边缘户调查表调查记录 · The survey must be this household's, on the edge-household form
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordEdgeSurvey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    surveyId: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        householdId: string | null;
                        villageCode: string | null;
                        /** @description screened / surveyed / suspected / notEdge / approved / rejected */
                        state: string;
                        basis: string[];
                        appraisal: {
                            conclusion: string;
                            reference: string;
                        } | null;
                        surveyId: string | null;
                        departments: string[];
                        /** @description the household's registration category now */
                        registration: string | null;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `EDGE_HOUSING_APPRAISAL_REQUIRED`: 疑似危房户须经县住建部门鉴定并出具鉴定意见后方可列入 · A suspected dangerous house is appraised by the county housing department before the household is listed
             *     - `EDGE_SURVEY_INVALID`: 须为该户的边缘户调查表调查记录 · The survey must be this household's, on the edge-household form
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reviewEdgeAtMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "suspected" | "notEdge";
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        householdId: string | null;
                        villageCode: string | null;
                        /** @description screened / surveyed / suspected / notEdge / approved / rejected */
                        state: string;
                        basis: string[];
                        appraisal: {
                            conclusion: string;
                            reference: string;
                        } | null;
                        surveyId: string | null;
                        departments: string[];
                        /** @description the household's registration category now */
                        registration: string | null;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `EDGE_HOUSING_APPRAISAL_REQUIRED`: 疑似危房户须经县住建部门鉴定并出具鉴定意见后方可列入 · A suspected dangerous house is appraised by the county housing department before the household is listed
             *     - `EDGE_SURVEY_INVALID`: 须为该户的边缘户调查表调查记录 · The survey must be this household's, on the edge-household form
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approveEdgeHousehold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.
                 * @example declare-4306231012010001-2026
                 */
                "idempotency-key"?: string;
                /**
                 * @description the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)
                 * @example "3"
                 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approved" | "rejected";
                    departments: string[];
                    opinion: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    lateEntryReason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 · OK (also the answer to a retry with the same Idempotency-Key) */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    /** @description present on the stored answer to a retried request (same Idempotency-Key): nothing was written again */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        householdId: string | null;
                        villageCode: string | null;
                        /** @description screened / surveyed / suspected / notEdge / approved / rejected */
                        state: string;
                        basis: string[];
                        appraisal: {
                            conclusion: string;
                            reference: string;
                        } | null;
                        surveyId: string | null;
                        departments: string[];
                        /** @description the household's registration category now */
                        registration: string | null;
                    };
                };
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             *     - `MALFORMED_JSON`: 请求内容不是有效的 JSON · The body is not valid JSON
             *     - `INVALID_IDEMPOTENCY_KEY`: Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-） · Idempotency-Key is not 8–128 characters of A–Z a–z 0–9 _ . : -
             *     - `INVALID_IF_MATCH`: If-Match 格式错误，应为 ETag，例如 "3" · If-Match is not an entity tag such as "3"
             *     - `INVALID_EVENT`: 事件格式错误 · The event to append is malformed
             *     - `OCCURRED_IN_FUTURE`: 发生时间不能晚于当前时间 · occurredAt is more than 5 minutes in the future
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 状态冲突 · Conflict
             *
             *     - `STEP_NOT_ALLOWED`: 当前环节不能执行该操作（currentState, refusedStep） · The chain does not accept this step in its current state (`currentState`, `refusedStep`)
             *     - `CONCURRENT_CHANGE`: 该记录已被他人修改，请刷新后重试 · Someone else changed the record meanwhile; reload and retry
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 前提条件不满足 · Precondition Failed
             *
             *     - `PRECONDITION_FAILED`: 该记录已被修改（If-Match 不匹配，currentRevision） · If-Match does not name the current revision (`currentRevision`)
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容过大 · Content Too Large
             *
             *     - `BODY_TOO_LARGE`: 请求内容过大（上限 1 MB） · The body is over 1 MB
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 内容类型不支持 · Unsupported Media Type
             *
             *     - `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 · The Content-Type is not one the operation reads
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 规则不允许 · Unprocessable Content
             *
             *     - `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于另一个不同的请求 · This Idempotency-Key was used for a different request (method, path or body)
             *     - `OCCURRED_BEFORE_PREVIOUS_STEP`: 发生时间早于上一环节 · occurredAt is before the step this one follows
             *     - `LATE_ENTRY_REASON_REQUIRED`: 补录超过政策期限，须说明补录原因（lateEntryReason） · Entered later than the policy window after it happened: give a lateEntryReason
             *     - `EDGE_HOUSING_APPRAISAL_REQUIRED`: 疑似危房户须经县住建部门鉴定并出具鉴定意见后方可列入 · A suspected dangerous house is appraised by the county housing department before the household is listed
             *     - `EDGE_SURVEY_INVALID`: 须为该户的边缘户调查表调查记录 · The survey must be this household's, on the edge-household form
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getEdgeCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description the ETag of the copy you hold: 304 without a body while it is current
                 * @example "3"
                 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 · OK */
            200: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        householdId: string | null;
                        villageCode: string | null;
                        /** @description screened / surveyed / suspected / notEdge / approved / rejected */
                        state: string;
                        basis: string[];
                        appraisal: {
                            conclusion: string;
                            reference: string;
                        } | null;
                        surveyId: string | null;
                        departments: string[];
                        /** @description the household's registration category now */
                        registration: string | null;
                    };
                };
            };
            /** @description 未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current */
            304: {
                headers: {
                    /** @description the record's revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description 请求无效 · Bad Request
             *
             *     - `VALIDATION_FAILED`: 请求内容不符合要求（errors 列出每个字段） · The request does not match its schema (`errors` lists each field)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未认证 · Unauthorized
             *
             *     - `UNAUTHENTICATED`: 未登录或登录凭证无效 · No bearer token, or an invalid, expired or unknown one (or a spent stream ticket)
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 无权操作 · Forbidden
             *
             *     - `FORBIDDEN_ROLE`: 您的角色无权执行该操作 · None of your roles may take this step or read this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 未找到 · Not Found
             *
             *     - `NOT_FOUND`: 未找到（管辖范围外的记录也视为不存在） · Not found — a record outside your jurisdiction does not exist for you
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 请求过多 · Too Many Requests
             *
             *     - `RATE_LIMITED`: 请求过于频繁，请稍后再试（Retry-After） · Too many requests for this token (or address); retry after Retry-After seconds
             */
            429: {
                headers: {
                    /** @description seconds to wait before retrying (rate limit) */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description 服务器错误 · Internal Server Error
             *
             *     - `INTERNAL_ERROR`: 服务器内部错误，请稍后重试 · Internal server error; retry later
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
