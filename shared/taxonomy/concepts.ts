// The categories of problem-taxonomy.md as concepts: for each, the words and collocations real
// section 五 texts (and the template's own instructions) use for it. The phrase rules of rules.ts
// decide first; these concepts decide an entry the rules leave without a category, so that a
// reworded problem does not fall to `other`. Every list is read from what reports write: problem
// wording ("解读形式单一"), measure wording ("丰富解读形式") and the objects both talk about.
// Kept out on purpose: 机制, 制度, 工作, 管理 and the like, which every entry uses.
// tests/prose/word-sources.test.ts finds each word in the corpus or the spec; the few written earlier
// from the template's wording without a corpus source are listed there, and no new one may be added.
import type { ProblemCategory } from '../model/report'

export type ConceptCategory = Exclude<ProblemCategory, 'other'>

export const CATEGORY_CONCEPTS: Record<ConceptCategory, readonly string[]> = {
  'update-gap': [
    '栏目更新', '更新不及时', '更新不够及时', '更新滞后', '更新缓慢', '更新频率', '断档', '长期未更新', '未及时更新',
    '内容陈旧', '信息陈旧', '空白栏目', '僵尸栏目', '空壳栏目', '栏目维护', '动态更新', '及时更新', '动态维护', '断更',
    // 更新慢 (OFFICE_WORDS) as 更新缓慢.
    '更新慢',
    '更新维护', '时效性不强', '时效性不足', '时效性', '发布时效', '及时发布',
  ],
  'platform-stability': [
    '后台系统', '系统不稳定', '平台不稳定', '运行不稳定', '技术故障', '技术短板', '技术支撑', '技术保障',
    '无法访问', '无法下载', '打不开', '乱码', '数据对接', '对接不畅', '对接不够顺畅', '平台对接', '系统对接',
    '用户体验', '信息检索', '检索功能', '搜索功能', '站内搜索', '页面设计', '功能布局', '网站功能', '平台功能',
    '网站建设', '平台建设', '网站改版', '平台优化', '系统升级', '优化升级', '访问速度', '网站运行', '平台运行', '运维保障',
    '集约化平台', '便捷性', '前后台', '发布系统', '信息发布平台', '门户网站',
  ],
  'duplicate-publishing': [
    // (标准不统一 is read by the rule, which leaves out a standard of the work itself.)
    '标准不一', '口径不一', '口径不统一', '要求不一', '重复发布', '重复公开', '重复录入', '重复上传',
    '多头发布', '多头录入', '多个平台', '多平台', '分散于', '信息分散', '数据共享', '互联互通', '统一发布',
    '一次发布', '多端共享', '同步发布', '集成发布',
  ],
  'incomplete-disclosure': [
    '公开不全面', '不够全面', '公开深度', '公开广度', '深度和广度', '广度和深度', '深度不足', '深度不够',
    '公开质量', '公开质效', '重点领域', '应公开尽公开', '应公开未公开', '公开范围', '公开内容', '内容不够具体',
    '内容单一', '公开不及时', '全流程', '全过程公开', '简单转载', '完整性', '公开力度', '公开不到位',
    '实用性不强', '及时性', '及时公开', '公开不够', '信息量', '规划计划', '财政预决算', '预决算', '重大项目', '民生领域',
    '结果公开', '定期公开', '公开时限',
    // 完整公开 (OFFICE_WORDS) as 全面公开.
    '完整公开',
    // real: "设立规范性文件库，集中公开现行有效行政规范性文件" (what is scattered, disclosed in one place).
    '集中公开',
    // pingtan-gov_2021: "政务公开质量水平有待提高，政务公开渠道有限" (gold: incomplete-disclosure).
    '公开渠道',
  ],
  'reading-room-underused': [
    '查阅点', '查阅场所', '查阅室', '阅览室', '查阅中心', '公开专区', '政务公开专区', '线下公开', '查阅设施',
    '到场查阅', '现场查阅', '专程', '闲置', '利用率', '服务点', '公示栏', '档案馆', '图书馆',
    '查询点', '线下渠道',
    // OFFICE_WORDS: a disclosure point in a village or community, as 查阅点/服务点.
    '公开点',
  ],
  'request-handling': [
    '依申请公开', '依申请', '申请件', '信息公开申请', '公开申请', '申请人', '答复文书', '答复书', '答复规范',
    '答复质量', '答复不规范', '答复期限', '逾期答复', '办理质量', '办理流程', '办理规范', '行政复议', '行政诉讼',
    '复议诉讼', '败诉', '纠错', '法律风险', '诉讼风险', '疑难申请', '复杂申请', '类案',
    '典型案例', '事实认定', '法律适用', '文书规范',
    // fragments: "畅通申请渠道,切实保障群众的合理信息诉求".
    '申请渠道',
    // real: "重复申请" (a kind of request that is hard to handle); 恶意申请: OFFICE_WORDS.
    '重复申请', '恶意申请',
  ],
  'policy-interpretation': [
    '政策解读', '解读', '图解', '解读材料', '解读形式', '以案释法', '回应关切', '回应社会关切', '社会关切',
    '舆情回应', '热点回应', '政策宣传', '政策问答', '新闻发布会', '在线访谈', '答记者问', '一图读懂',
    '视频解读', '政策吹风', '通俗易懂', '宣传解读', '政策文件', '政策背景', '可读性',
    // real: "健全政务舆情收集研判处置和回应机制" (研判 alone is left to request-handling's collocations).
    '舆情',
    // real: "主动回应社会关切", "发布权威信息".
    '主动回应', '权威信息',
    // synthetic: "对社会关注度较高的热点问题主动发声不够".
    '主动发声',
  ],
  'public-participation': [
    '公众参与', '政民互动', '互动交流', '交流互动', '互动', '意见征集', '征集意见', '征求意见', '听取意见',
    '民意征集', '参与渠道', '政府开放日', '开放日', '座谈会', '听证会', '问卷调查', '民意调查', '利益相关方',
    '列席', '意见反馈', '公众意见', '群众参与', '社会参与', '预公开', '参与度', '留言',
    // fragments: "做大做强问政平台", "加大了倾听民声、体察民意、汇聚民智的力度", "为科学推进建言献策".
    '问政', '民声', '民智', '建言献策',
    // real: "领导信箱" (a channel the public writes to and expects an answer from).
    '领导信箱',
  ],
  'staff-capacity': [
    '业务能力', '业务水平', '工作力量', '队伍建设', '工作队伍', '人员配备', '人员不足', '人手不足', '专职人员',
    '兼职', '流动性', '人员变动', '人员调整', '新上岗', '业务培训', '培训', '业务骨干', '专业素养', '业务素质',
    '能力不足', '专业人员', '人员编制', '传帮带', '一人多岗', '力量薄弱', '人员力量',
    'AB岗', '能力水平', '履职能力', '业务指导',
    // OFFICE_WORDS: AB角 as AB岗; a post's holder spread over other work (精力分散, 业务不精).
    'AB角', '业务不精', '精力分散',
  ],
  awareness: [
    '思想认识', '认识不足', '认识不到位', '认识不够', '公开意识', '服务意识', '责任意识', '意识不强', '意识淡薄',
    '重视程度', '重视不够', '不够重视', '领导重视', '主动性', '自觉性', '公开为常态', '不公开为例外',
    '被动公开', '组织领导', '主体责任', '思想观念', '理解不深',
    // fragments: "一是统一认识,加强领导,确保政务公开工作落到实处".
    '统一认识',
    // real: "一把手"; 政治站位: OFFICE_WORDS (leadership attention).
    '一把手', '政治站位',
  ],
  standardization: [
    '标准化', '规范化', '两化', '标准目录', '事项目录', '公开目录', '基本目录', '目录编制', '目录梳理',
    '目录要素', '标准化规范化', '规范化建设', '制度化', '标准体系', '规范程度', '统一规范', '标准指引',
    // fragments: "严格落实公文公开属性源头认定机制,持续推进历史公文公开属性重新认定" (part of 规范 work).
    '公开属性',
  ],
  'new-media': [
    '新媒体', '政务新媒体', '公众号', '微信', '微博', '抖音', '视频号', '僵尸号', '睡眠号', '政务号', '客户端',
    '头条号', '小程序',
    // real: "政务新媒体账号41个", "严格账号管理" (an account is a new-media account in these reports).
    '账号',
  ],
}
