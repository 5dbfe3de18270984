// Section 五 texts written after the fixes the other hostile texts led to, as a check on how far
// those fixes generalise: other bodies, headings (上年度存在问题整改情况, 改进措施落实情况, 2025年工作打算),
// bullets, 1） markers, measures listed in one comma sentence, ASCII punctuation, a prior sentence
// with a long quotation. Expected entries written by hand before the extractor was run on them.
import { e, type HostileCase } from './cases'

export const HOLDOUT: HostileCase[] = [
  {
    id: 'forestry-bureau/prior-block-then-year-plan',
    text: [
      '（一）上年度存在问题整改情况',
      '1.针对“森林防火信息发布不及时”问题，已建立防火期信息日报制度。2.针对“政策解读不足”问题，已制作林长制图解3期。',
      '（二）本年度存在的问题',
      '林业项目资金信息公开不够细化；林权登记办事指南更新滞后。',
      '（三）2025年工作打算',
      '细化林业项目资金公开内容；及时更新林权登记办事指南。',
    ].join('\n'),
    problems: [e('林业项目资金', 'incomplete-disclosure'), e('林权登记办事指南', 'update-gap')],
    improvements: [e('细化林业项目资金', 'incomplete-disclosure'), e('及时更新林权登记', 'update-gap')],
    priorDone: 2,
  },
  {
    id: 'sub-district/measures-in-one-comma-sentence',
    text: '我街道政务公开工作存在以下问题：一是公开栏信息更新不及时；二是居民参与政务公开活动的渠道较少；三是工作人员业务不熟练。对此，我街道将及时更新公开栏信息，拓宽居民参与渠道，加强工作人员业务培训。',
    problems: [e('一是公开栏信息', 'update-gap'), e('二是居民参与', 'public-participation'), e('三是工作人员业务', 'staff-capacity')],
    improvements: [e('及时更新公开栏', 'update-gap'), e('拓宽居民参与渠道', 'public-participation'), e('加强工作人员业务培训', 'staff-capacity')],
  },
  {
    id: 'cdc/measures-done-heading-first',
    text: [
      '（一）改进措施落实情况',
      '去年以来，我中心采取以下措施：一是完善信息发布审核机制；二是开设疫苗接种信息专栏。',
      '（二）存在的主要问题',
      '一是疾病防控信息公开的及时性有待提高；二是科普信息解读形式单一。',
    ].join('\n'),
    problems: [e('一是疾病防控信息', 'incomplete-disclosure'), e('二是科普信息解读', 'policy-interpretation')],
    improvements: [e('一是完善信息发布审核', 'other'), e('二是开设疫苗接种', 'incomplete-disclosure')],
  },
  {
    id: 'judicial-bureau/nested-numbers-under-cn-parens',
    text: [
      '存在的问题和不足',
      '（一）政务公开制度执行不到位。1.部分信息未按规定时限公开；2.公开前保密审查记录不全。',
      '（二）互动回应不够及时。群众网上留言答复周期较长。',
      '整改措施',
      '（一）严格执行政务公开制度。1.建立公开时限提醒机制；2.完善保密审查记录。',
      '（二）提高互动回应效率，群众留言原则上5个工作日内答复。',
    ].join('\n'),
    problems: [e('（一）政务公开制度执行', 'incomplete-disclosure'), e('（二）互动回应', 'public-participation')],
    improvements: [e('（一）严格执行政务公开', 'incomplete-disclosure'), e('（二）提高互动回应', 'public-participation')],
  },
  {
    id: 'bureau/section-heading-left-in-wrapped-page-number',
    text: [
      '五、存在的主要问题及改进情况',
      '2024年，我局政务公开工作虽然取得了一定成绩，但也存在一些不足：一是部分重点领域信息公开还不够',
      '全面、不够深入；二是政务新媒体运营能力较弱，信息发布不够规律。',
      '— 9 —',
      '下一步，我局将着力做好以下工作：一是聚焦重点领域，持续深化信息公开；二是加强政务新媒体管理',
      '，提升运营水平。',
    ].join('\n'),
    problems: [e('一是部分重点领域', 'incomplete-disclosure'), e('二是政务新媒体', 'new-media')],
    improvements: [e('一是聚焦重点领域', 'incomplete-disclosure'), e('二是加强政务新媒体', 'new-media')],
  },
  {
    id: 'town/paragraphs-under-plan-heading-with-zhendui',
    text: [
      '（一）存在问题',
      '政务公开专区建设滞后，设施简陋，群众很少使用。',
      '政策解读以转发为主，原创解读少。',
      '（二）下一步打算',
      '针对上述问题，我镇将升级政务公开专区设施，增强服务功能。',
      '结合镇情制作原创政策解读材料。',
    ].join('\n'),
    problems: [e('政务公开专区建设', 'reading-room-underused'), e('政策解读以转发', 'policy-interpretation')],
    improvements: [e('升级政务公开专区', 'reading-room-underused'), e('结合镇情制作', 'policy-interpretation')],
  },
  {
    id: 'bureau/problem-and-next-step-in-one-sentence',
    text: '存在的主要问题是依申请公开答复文书格式不统一，下一步将制定统一的答复文书模板；另外，政府信息公开指南长期未更新，下一步将按新条例要求重新编制。',
    problems: [e('依申请公开答复文书', 'request-handling'), e('另外，政府信息公开指南', 'update-gap')],
    improvements: [e('制定统一的答复文书', 'request-handling'), e('按新条例要求重新编制', 'update-gap')],
  },
  {
    id: 'hospital/bullets',
    text: ['存在的问题：', '● 院务公开内容不够全面，部分收费项目未公示。', '● 医院网站信息检索不便。', '改进措施：', '● 全面公示医疗服务收费项目。', '● 优化医院网站检索功能。'].join('\n'),
    problems: [e('院务公开内容', 'incomplete-disclosure'), e('医院网站信息检索', 'platform-stability')],
    improvements: [e('全面公示医疗服务', 'incomplete-disclosure'), e('优化医院网站检索', 'platform-stability')],
  },
  {
    id: 'commission/ascii-punctuation-inline-headings',
    text: '存在问题:1.信息公开工作机制不健全;2.政府网站与政务新媒体信息发布不同步,存在信息不一致的情况。改进措施:1.健全工作机制;2.建立网站与新媒体同步发布机制。',
    problems: [e('1.信息公开工作机制', 'other'), e('2.政府网站与政务新媒体', 'duplicate-publishing', 'new-media')],
    improvements: [e('1.健全工作机制', 'other'), e('2.建立网站与新媒体', 'duplicate-publishing', 'new-media')],
  },
  {
    id: 'county-gov/shouxian-zaici-and-one-measure',
    text:
      '当前，全县政务公开工作还存在一些薄弱环节。首先，个别单位领导对政务公开重视不够，认为公开是额外负担；其次，部分乡镇公开目录不完整，目录要素不规范；再次，依申请公开答复质量参差不齐。' +
      '今后，我县将从强化组织领导、完善公开目录、规范答复质量三个方面加以改进。',
    problems: [e('首先，个别单位领导', 'awareness'), e('其次，部分乡镇公开目录', 'standardization'), e('再次，依申请公开答复', 'request-handling')],
    improvements: [e('从强化组织领导', 'awareness', 'standardization', 'request-handling')],
  },
  {
    id: 'data-bureau/year-headings-and-half-paren-markers',
    text: [
      '2024年度存在的主要问题',
      '1）数据开放程度不高，可开放数据目录发布不及时。',
      '2）政务公开培训覆盖面不广，基层人员参训少。',
      '2025年度改进措施',
      '1）编制发布可开放数据目录。',
      '2）扩大培训覆盖面，实现基层人员培训全覆盖。',
    ].join('\n'),
    problems: [e('1）数据开放程度', 'incomplete-disclosure'), e('2）政务公开培训', 'staff-capacity')],
    improvements: [e('1）编制发布可开放', 'standardization'), e('2）扩大培训覆盖面', 'staff-capacity')],
  },
  {
    id: 'township/prior-sentence-with-quotation',
    text: '2023年报告中提出的“公开栏更新不及时”问题已整改到位。但对照新要求，我镇仍存在以下不足：一是政府信息公开申请办理经验不足，答复不够规范；二是政务公开专区功能单一。下一步，一是组织依申请公开业务学习，规范答复；二是拓展政务公开专区服务功能。',
    problems: [e('一是政府信息公开申请', 'request-handling'), e('二是政务公开专区', 'reading-room-underused')],
    improvements: [e('一是组织依申请公开', 'request-handling', 'staff-capacity'), e('二是拓展政务公开专区', 'reading-room-underused')],
    priorDone: 1,
  },
]
