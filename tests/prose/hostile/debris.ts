// Section 五 texts as converters hand them over: pdftotext line wraps in the middle of words (and
// a line that starts with the previous line's comma), page numbers and the report's running header
// inside the section, full-width digits and stray spaces, one sentence per line from a crawled
// page, a single run-on paragraph, clause lists after 主要表现在：. Invented bodies and wordings;
// expected entries written by hand.
import { e, type HostileCase } from './cases'

export const DEBRIS: HostileCase[] = [
  {
    id: 'culture-bureau/wrapped-mid-word',
    text: [
      '（一）存在的主要问题',
      '1. 文化旅游领域政策解读形式较为单一，多以转发文件为主，缺少图',
      '解、视频等解读形式。',
      '2. 政务公开工作人员业务水平参差不齐，对《条例》理解不够深入',
      '，答复申请时把握不准。',
      '（二）改进措施',
      '1. 丰富政策解读形式，重要政策文件同步发布图解或视频解读。',
      '2. 定期组织业务培训，提高工作人员依法答复申请的能力。',
    ].join('\n'),
    problems: [e('1.文化旅游领域', 'policy-interpretation'), e('2.政务公开工作人员', 'staff-capacity', 'request-handling')],
    improvements: [e('1.丰富政策解读', 'policy-interpretation'), e('2.定期组织业务培训', 'staff-capacity', 'request-handling')],
  },
  {
    id: 'finance-bureau/page-break-and-running-header',
    text: [
      '（一）存在的问题',
      '一是预决算信息公开的细化程度不够，部分部门项目支出未细化到具体项目。二是政府信息公开平台与财政业务系统数据对接不畅，数据推',
      '- 7 -',
      '某市财政局2024年政府信息公开工作年度报告',
      '送经常中断。',
      '（二）改进措施',
      '一是推动预决算公开细化到项目。二是推进平台与业务系统对接，实现数据自动推送。',
    ].join('\n'),
    problems: [e('一是预决算', 'incomplete-disclosure'), e('二是政府信息公开平台', 'platform-stability')],
    improvements: [e('一是推动预决算', 'incomplete-disclosure'), e('二是推进平台', 'platform-stability')],
  },
  {
    id: 'agriculture-bureau/page-footer-between-items',
    text: [
      '（一）存在的问题',
      '一是涉农补贴信息公开不够全面，部分补贴发放对象和标准未公开。',
      '第 3 页 共 5 页',
      '二是基层工作人员对涉农政策理解不到位，政策解读能力不足。',
      '（二）改进措施',
      '一是全面公开各类涉农补贴对象、标准和金额。',
      '某县农业农村局2024年度政府信息公开工作年度报告',
      '二是加强涉农政策解读，组织基层工作人员专题培训。',
    ].join('\n'),
    problems: [e('一是涉农补贴', 'incomplete-disclosure'), e('二是基层工作人员', 'staff-capacity', 'policy-interpretation')],
    improvements: [e('一是全面公开', 'incomplete-disclosure'), e('二是加强涉农政策解读', 'policy-interpretation', 'staff-capacity')],
  },
  {
    id: 'bureau/full-width-digits-and-spaces',
    text: [
      '存在的主要问题：',
      '１．政务公开 工作 机制不够健全，信息发布审核流程不规范。',
      '２．依申请公开 办理人员 专业素养不高。',
      '改进措施：',
      '１．健全信息发布审核机制。',
      '２．加强 办理人员 业务培训。',
    ].join('\n'),
    problems: [e('1.政务公开工作机制', 'other'), e('2.依申请公开办理人员', 'request-handling', 'staff-capacity')],
    improvements: [e('1.健全信息发布审核', 'other'), e('2.加强办理人员', 'staff-capacity')],
  },
  {
    id: 'village/marker-split-by-wrap',
    text: [
      '存在问题：一是村级财务公开内容过于笼统，收支明细公开不全；二',
      '是群众对村务公开的监督参与不够。',
      '改进措施：一是细化村级财务公开内容，逐笔公开收支明细；二是设立村务监督意见箱，畅通群众参与渠道。',
    ].join('\n'),
    problems: [e('一是村级财务公开', 'incomplete-disclosure'), e('二是群众对村务公开', 'public-participation')],
    improvements: [e('一是细化村级财务', 'incomplete-disclosure'), e('二是设立村务监督', 'public-participation')],
  },
  {
    id: 'bureau/crawled-one-sentence-per-line',
    text: [
      '存在的主要问题',
      '我局政务公开工作还存在一些短板。',
      '政务新媒体原创内容少，多为转载。',
      '政策解读与政策文件同步发布率不高。',
      '下一步，',
      '我局将提升政务新媒体原创能力，每月推出原创栏目。',
      '推动政策解读与政策文件同步起草、同步审签、同步发布。',
    ].join('\n'),
    problems: [e('政务新媒体原创', 'new-media'), e('政策解读与政策文件', 'policy-interpretation')],
    improvements: [e('提升政务新媒体', 'new-media'), e('推动政策解读', 'policy-interpretation')],
  },
  {
    id: 'public-security/measures-as-prose-after-jinhou',
    text:
      '存在的问题：（一）警务公开事项目录不够完整，部分执法办案流程未纳入目录。（二）公安政务服务平台与省级平台对接不够顺畅，办事指南存在不一致。' +
      '今后一个时期，我局将对照标准目录补充完善警务公开事项；加强与省级平台对接，统一办事指南。',
    problems: [e('（一）警务公开事项目录', 'standardization'), e('（二）公安政务服务平台', 'platform-stability', 'duplicate-publishing')],
    improvements: [e('对照标准目录', 'standardization'), e('加强与省级平台对接', 'platform-stability', 'duplicate-publishing')],
  },
  {
    id: 'education-bureau/clause-list-and-one-measure',
    text:
      '2024年，我局政务公开工作仍存在一些薄弱环节，主要表现在：招生入学政策解读不够及时、民办学校收费信息公开不全面、政务公开队伍人员不足等。' +
      '下一步，我局将重点在招生政策解读、收费信息公开和队伍建设三个方面加以改进。',
    problems: [e('招生入学政策解读', 'policy-interpretation'), e('民办学校收费信息', 'incomplete-disclosure'), e('政务公开队伍人员不足', 'staff-capacity')],
    improvements: [e('重点在招生政策解读', 'policy-interpretation', 'incomplete-disclosure', 'staff-capacity')],
  },
  {
    id: 'health-commission/prior-sentence-without-heading',
    text: [
      '针对上一年度报告中指出的问题，我委已逐项整改完毕。',
      '（一）存在的主要问题',
      '一是卫生健康政策解读的针对性不强。二是医疗机构信息公开监管不到位，部分医疗机构院务公开不规范。',
      '（二）改进措施',
      '一是围绕群众关心的就医问题开展政策解读。二是开展医疗机构院务公开专项检查。',
    ].join('\n'),
    problems: [e('一是卫生健康政策解读', 'policy-interpretation'), e('二是医疗机构信息公开', 'incomplete-disclosure')],
    improvements: [e('一是围绕群众关心', 'policy-interpretation'), e('二是开展医疗机构', 'incomplete-disclosure')],
  },
  {
    id: 'tourism-bureau/run-on-wrapped',
    text: [
      '2024年，我局政务公开工作取得了一定成效，但仍存在一些不足，一是景区',
      '开放、门票优惠等旅游信息发布不够及时；二是政务公开专栏部分栏目更',
      '新滞后；三是旅游投诉办理结果公开不充分。针对以上问题，我局将着力做',
      '好以下工作：一是建立旅游信息发布快速通道；二是落实栏目更新责任，定',
      '期巡查栏目；三是按月公开旅游投诉办理结果。',
    ].join('\n'),
    problems: [e('一是景区开放', 'incomplete-disclosure'), e('二是政务公开专栏', 'update-gap'), e('三是旅游投诉', 'incomplete-disclosure')],
    improvements: [e('一是建立旅游信息', 'incomplete-disclosure'), e('二是落实栏目更新', 'update-gap'), e('三是按月公开', 'incomplete-disclosure')],
  },
  {
    id: 'ethnic-affairs/unnumbered-with-next-stage',
    text:
      '本年度工作中发现，部分政策文件发布后未同步进行解读，解读材料质量不高。政务公开工作人员多为兼职，且调整频繁。' +
      '下一阶段，我局将坚持政策文件与解读材料同步发布；配齐配强政务公开专职人员。',
    problems: [e('部分政策文件', 'policy-interpretation'), e('政务公开工作人员多为兼职', 'staff-capacity')],
    improvements: [e('坚持政策文件', 'policy-interpretation'), e('配齐配强', 'staff-capacity')],
  },
]
