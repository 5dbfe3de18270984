// The categories of problem-taxonomy.md as collocations: what a clause is about (its head noun:
// 人员, 栏目, 解读…) together with what is said of it — the lack (不足, 滞后, 不规范) or the measure
// that mends it (配齐, 更新, 规范). Reports combine a small set of heads with a small set of states
// in many ways ("人员配备不足", "专业人员配备不足", "队伍建设整体不够稳定"), so a pair matched in one
// clause generalises where a fixed phrase list does not. Every word comes from what real reports
// (../shared/corpus/real, fragments) or the template's instructions write; its source is quoted
// beside it. Only the words, never the file, are used by the code.
//
// A collocation is read within one clause (no ，。；：between head and state), the state after the
// head (`after`) or the measure's verb before it (`before`), at most WINDOW characters apart. States
// are listed in their plain negation (不规范); the matcher also reads 不够规范, 未能更新 (degree-forms.ts).
// tests/prose/word-sources.test.ts checks that every word here occurs in the corpus or the spec.
import type { ConceptCategory } from './concepts'

export interface Collocation {
  category: ConceptCategory
  /** What the clause is about. */
  heads: readonly string[]
  /** What is said after the head: its lack, or its state ("人员…不足", "栏目…更新慢"). */
  after?: readonly string[]
  /** A measure's verb before the head ("配齐…人员", "规范…格式"). */
  before?: readonly string[]
  /** Words that, between the two, mean the clause is about something else. */
  unless?: readonly string[]
  /** At least this many characters between the two (an object named in between: "推进财政资金信息公开"). */
  minGap?: number
  /**
   * Heads every entry uses (公开, 信息, 内容): such a collocation counts only where no collocation with a
   * head of its own category's (查阅, 指南, 解读…) is found in the same text.
   */
  generic?: boolean
  /** Words that, right after the head, make it part of a longer name ("信息公开工作": the work, not a kind of information). */
  notBefore?: readonly string[]
}

export const WINDOW = 10

export const COLLOCATIONS: readonly Collocation[] = [
  {
    category: 'staff-capacity',
    heads: [
      '人员', // huaian-gov_2024: "个别单位存在人员配备不足、兼职多、流动性过快的问题"
      '队伍', // huaian-gov_2024: "政务公开队伍建设还需进一步加强"; "增强队伍凝聚力"
      '力量', // synthetic: "工作力量相对薄弱"; "充实工作力量"
      '骨干', // wendeng-xfj_2022 (fragment): "业务骨干以兼职为主"
      '干部', // fragments: "增强干部队伍素质"
    ],
    after: [
      '不足', '紧张', '薄弱', '偏少', '较少', // "专业人员配备不足" (wendeng-xfj_2022); "工作力量相对薄弱" (synthetic)
      '兼职', '流动', '变动', '调整', '频繁', '不稳定', '不够稳定', // "队伍建设整体不够稳定" (wendeng-xfj_2022); "人员调整频繁" (synthetic)
      '素质', '能力', '水平', '专业化', '业务', '经验', // "承办人员的综合素质和业务能力" (wendeng-xfj_2022); huaian-hongze_2023: "规范化、专业化水平"
      '稳定', // synthetic: "保持工作队伍相对稳定" (a measure said after its head)
      '学习', // real: "跟班学习", "业务学习": "组织工作人员到先进地区学习"
      '不熟悉', '不熟练', '把握不准', // office Chinese (OFFICE_WORDS): the staff's grasp of the work ("对…不熟悉", "操作不熟练")
    ],
    before: [
      '配备', '充实', '培训', '指导', '稳定', // "对新上岗人员开展…指导，定期组织业务培训" (huaian-gov_2024); "保持工作队伍相对稳定" (synthetic)
      '配齐', '配强', '增配', '选派', // office Chinese (OFFICE_WORDS): staffing verbs of the same family as 配备/充实
    ],
  },
  {
    category: 'update-gap',
    heads: [
      '栏目', // synthetic: "部分栏目更新不够及时"; yueqing-gov_2020: "出现网站栏目更新难"
      '专栏', // shanghai-kewei_2024: "“张江高新区”专栏"
      '内容', // fuzhou-gulou-gov_2025 (fragment): "及时更新各栏目内容"
    ],
    after: [
      '更新不及时', '更新难', // yueqing-gov_2020: "栏目更新难"
      '未更新', '未及时更新', '没有更新', '长期未', // synthetic: "部分栏目长期未更新"
      '陈旧', '过时', '空白', '断档', '维护不到位', // synthetic: "出现更新断档、内容陈旧的情况"; "导致栏目出现空白"; "及时清理过时信息"
      '巡查', '巡检', '检查', // a column looked over on a schedule (real: "网站巡查", "巡检"): "每周对各栏目进行检查"
    ],
    before: [
      '更新', '维护', // fuzhou-gulou-gov_2025: "全面、准确、及时更新各栏目内容"; synthetic: "强化栏目动态维护"
      '巡查', '巡检', // "每日巡查网站栏目"
    ],
  },
  {
    // A guide kept up to date: fragments: "动态更新政府信息公开指南", "修订完善政府信息公开指南",
    // "栏目重新设定和公开指南修改等工作".
    category: 'update-gap',
    heads: ['指南'],
    after: ['更新', '修订', '修改'],
    before: ['更新', '修订', '修改'],
  },
  {
    // Stale information cleared out: the other face of a column kept up to date.
    category: 'update-gap',
    heads: ['存量信息', '历史信息', '过时信息', '失效信息', '过期信息'], // fragments: "做好存量信息清理", "对区政府网站开展历史信息排查清理", "及时撤换失效、过期信息"; synthetic: "及时清理过时信息"
    after: ['清理', '清查', '排查', '撤换'],
    before: ['清理', '清查', '排查', '撤换'],
  },
  {
    // What is published, and how: its 规范 stated ("信息公开的规范性有待提高"). A review process or a
    // mechanism that is 不规范 is about how the work is run, not about the 两化 (`unless`).
    category: 'standardization',
    generic: true,
    heads: ['公开', '发布', '信息', '文件'], // huaian-hongze_2023: "依申请公开工作规范性还有待提高" (the 规范性 of a kind of work)
    after: [
      '不规范', '规范性', '规范程度', // huaian-hongze_2024: "答复文书规范性有待提升"; pingtan-gov_2019: "规范程度残差不齐"
      '标准化', '规范化', // huaian-hongze_2023: "依申请公开规范化、专业化水平"; fuzhou-gulou-gov_2025: "确保信息发布常态化、规范化"
    ],
    // Records kept of the work (档案, OFFICE_WORDS' family of 管理) are no 两化 either: "公开工作档案管理不规范".
    unless: ['审核', '流程', '机制', '制度', '程序', '档案'], // ouhai-jgswzx_2023: "规范信息发布流程", "对主动公开信息进行严格审核"
  },
  {
    // The parts a standard fixes: the format, its elements, the catalogue.
    category: 'standardization',
    heads: [
      '标准', // "公开标准不明确" (real: "不明确", "标准")
      '格式', '要素', // huaian-hongze_2024: "答复的方式、格式…更加规范"; synthetic: "目录要素不全"
      '目录', '清单', // synthetic: "公开目录编制不够完善"; ruian-jgswzx_2024: "重大决策事项目录"
    ],
    after: ['不规范', '规范性', '不统一', '不全', '不完善', '不细化', '不明确'], // synthetic: "目录要素不全"; "公开目录编制不够完善"
    before: ['规范', '统一', '细化'], // yueqing-sjj_2022 (fragment): "规范网站内容发布管理"; synthetic: "细化公开内容"
  },
  {
    category: 'awareness',
    heads: [
      // 意识 alone is left to the concepts (公开意识, 服务意识, 责任意识): a 流程意识 is not this category.
      '认识', '理念', '思想', // synthetic: "思想认识还不够到位"; "牢固树立…的理念"
      '重视', // synthetic: "对政务公开工作重视程度不够"
      '意愿', '观念', // real: "意愿"; 观念 (OFFICE_WORDS, as 理念): "主动公开意愿不强"
      '自觉', '主动性', // pingtan-gov_2019: "主动性和自觉性仍待提高"
    ],
    after: [
      '不足', '不够', '不强', '不到位', '欠缺', '不高', '有待', '仍待', '不深', // pingtan-gov_2019: "仍待提高"; synthetic: "理解不深"
    ],
    before: [
      '提高', '增强', '强化', '树立', '转变', '提升', // wendeng-sjj_2020 (fragment): "进一步提高认识"; synthetic: "切实增强主动公开意识"
    ],
  },
  {
    category: 'public-participation',
    heads: [
      '公众', '群众', '社会公众', '市场主体', // shanghai-szfbgt_2025: "各类市场主体及社会公众获取政策仍不够便利"; synthetic: "群众参与政府决策的途径有待拓宽"
      '市民', // fragments: "如邀请市民…", "公开招募热心市民" (the public invited in, by whom they are)
      '居民', '村民', // office Chinese (OFFICE_WORDS): the public of a 街道/社区 and of a 乡镇/村, as 市民 is a city's
    ],
    after: ['参与', '积极性', '建言', '献策', '意见'], // synthetic: "公众参与积极性不高"; fragments: "为科学推进建言献策"
    before: [
      '引导', '吸引', '邀请', // fragments: "积极引导公众参与", "如邀请市民…"; rules.ts: "吸引上百家企业积极参与"; synthetic: "邀请利益相关方、群众代表、专家列席有关会议"
    ],
  },
  {
    // What is published but not understood (OFFICE_WORDS 看不懂, 不易理解, 难以理解, 晦涩: the other face of the
    // corpus's 通俗易懂, 可读性): "公开内容专业性较强，群众看不懂".
    category: 'policy-interpretation',
    heads: ['群众', '公众', '政策', '文件'],
    after: ['看不懂', '不易理解', '难以理解', '晦涩'],
  },
  {
    // How far the public knows of the work (real: "知晓率"): "群众对政务公开知晓度不高". Said with 对, of
    // the work; a place the public does not know of ("体验区群众知晓度不高") is the reading room's.
    category: 'public-participation',
    heads: ['群众对', '公众对'], // real: "群众对…", "公众对…"
    after: ['知晓'],
  },
  {
    // How a document's disclosure attribute is set (real: "公文公开属性源头认定", "标注").
    category: 'standardization',
    heads: ['属性'],
    after: ['标注', '认定'],
    before: ['规范', '标注', '认定'],
  },
  {
    // Taking part, and how keen people are to: real: "公众参与积极性不高"; said without its subject:
    // "参与政务公开活动积极性不强".
    category: 'public-participation',
    heads: ['参与'],
    after: ['积极性', '渠道'],
  },
  {
    // Responsibility pressed down the line: real: "压实工作责任", "压实责任" (leadership attention).
    category: 'awareness',
    heads: ['责任'],
    before: ['压实'],
  },
  {
    // Results and decisions made public (or not, or late): real: "结果公示", "资金分配结果信息"; the
    // review decisions a justice bureau publishes (决定书: OFFICE_WORDS).
    category: 'incomplete-disclosure',
    heads: ['结果', '决定书'],
    after: ['公开', '公示'],
    before: ['公开', '公示'],
  },
  {
    // Messages the public leaves on the site, and what becomes of them.
    category: 'public-participation',
    heads: ['留言'], // synthetic: "互动栏目留言数量偏少，意见征集反馈不够及时"
    after: ['偏少', '回复', '办理'],
  },
  {
    category: 'policy-interpretation',
    heads: [
      '回应', // synthetic: "回应的深度和时效性有待加强"; spec checks/closing: "回应关切"
      '热点', '关切', '舆情', // real: "健全政务舆情收集研判处置和回应机制" (pingtan-gov_2019); "回应公众关注热点"
    ],
    after: [
      '不及时', '不够及时', '滞后', '不够', '不足', '时效', '深度', '回应', // synthetic: "对社会关注度较高的热点问题主动发声不够，回应的深度和时效性有待加强"
    ],
    before: ['回应', '发声'], // "主动回应社会关切" (fragments); "主动发声不够" (synthetic)
  },
  {
    category: 'platform-stability',
    heads: [
      '网站', '平台', '系统', // synthetic: "平台系统运行不够稳定"; shanghai-szfbgt_2025: "市政府门户网站的用户体验有待进一步改善"
      '页面', '功能', '检索', '搜索', '链接', '附件', // shanghai-szfbgt_2025: "页面设计、功能布局和信息检索便捷性"; synthetic: "检索结果不准确"; "附件上传后出现乱码或无法下载"
    ],
    after: [
      '不稳定', '故障', '不畅', '不准确', '失效', '无法', // yueqing-gov_2020: "后台系统经常出现不稳定"; synthetic: "运行不畅"
      '不便', '不便利', '不完善', '便捷性', '体验', // shanghai-szfbgt_2025: "信息检索便捷性…仍需进一步优化", "获取政策仍不够便利"; background-template-and-rules.md: "查询不便"
      '升级', '改造', '安全防护', // the measure said after its head (real: "升级", "改造", "安全防护"): "网站技术升级改造"
      '打通', // office Chinese (OFFICE_WORDS): systems not yet connected ("与OA系统尚未打通")
    ],
    before: ['优化', '升级', '改版', '改造', '完善'], // synthetic: "推进平台优化升级"; "优化信息发布系统功能"
  },
  {
    category: 'request-handling',
    heads: ['申请', '答复', '复议', '诉讼'], // huaian-hongze_2024: "对复杂申请件的研判能力不足，答复文书规范性有待提升"
    after: [
      '不规范', '规范性', '说理', '质量', '逾期', '风险', '压力', '难度', '研判', // synthetic: "个别答复说理不充分"; "依申请公开应对压力加大"
      '会商', '法律顾问', // real: "会商", "法律顾问" (a hard request talked over: "对新类型申请加强与法律顾问的沟通会商")
    ],
    before: ['规范', '答复', '办理'], // huaian-hongze_2024: "使各行政机关答复的方式、格式…更加规范"
  },
  {
    category: 'reading-room-underused',
    heads: ['查阅', '查询点', '专区', '体验区'], // yueqing-gov_2020: "政务公开查阅点"; synthetic: "政务公开专区知晓度不高"; real: "体验区"
    after: ['利用率', '闲置', '较少', '极少', '知晓', '作用', '使用率', '增设'], // yueqing-gov_2020: "接待群众量都极少，导致硬件设施的闲置"; 使用率, 增设: OFFICE_WORDS (利用率; 设立)
  },
  {
    category: 'incomplete-disclosure',
    generic: true,
    heads: ['公开', '信息', '内容'], // wendeng-xfj_2022: "政府信息公开内容较少，不够丰富"
    // The channels, events and forms of the work are other categories' (参与渠道, 解读形式): "居民参与
    // 政务公开活动的渠道较少" is about participation, not about what is disclosed.
    // A catalogue or list drawn up is standardization's (problem-taxonomy.md: "catalogues (目录) incomplete").
    unless: ['渠道', '活动', '形式', '方式', '平台', '目录', '清单'],
    after: [
      '不全面', '不细', '不具体', '较少', '偏少', '不丰富', // synthetic: "内容不够具体，信息的完整性、实用性不强"
    ],
    before: ['加大', '扩大', '拓展', '细化', '深化', '拓宽'], // synthetic: "细化公开内容，扩大公开范围"; pingtan-gov_2021: "拓宽公开载体和渠道"
  },
  {
    // A named kind of information whose disclosure is pushed forward, as real reports list them:
    // pingtan-gov_2019: "（8）推进财政资金信息公开", "（2）推进扶贫和社会救助信息公开"; fragments: "五是做好公共
    // 企事业单位信息公开", "三是强化重点信息公开", "二是持续深化营商环境信息公开". The work in general
    // ("加强政府信息公开", "推进政务公开工作") is no kind of information (`unless`, `minGap`).
    category: 'incomplete-disclosure',
    heads: ['信息公开'],
    before: ['推进', '做好', '强化', '深化', '加强'],
    unless: ['政府', '政务', '工作', '依申请'],
    minGap: 2,
    notBefore: ['工作'], // pingtan-gov_2019: "继续加强对全区信息公开工作动态管理和统筹督导工作" (supervision: other)
  },
  {
    // The process disclosed, not only the result: synthetic: "对群众关注的项目实施、资金使用等信息公开还
    // 停留在结果层面，过程信息公开偏少"; "推动公开内容由结果公开向决策、执行、管理、服务全过程公开延伸".
    category: 'incomplete-disclosure',
    heads: ['过程'],
    after: ['公开'],
    before: ['公开'],
  },
  {
    category: 'duplicate-publishing',
    heads: ['平台', '渠道', '网站', '口径'], // synthetic: "门户网站、政务服务网和部门专业平台对同类信息的发布要求不一致"
    after: ['不一致', '不统一', '重复', '多头', '分散'], // shanghai-szfbgt_2025: "政策信息分散于多个平台"
  },
]
