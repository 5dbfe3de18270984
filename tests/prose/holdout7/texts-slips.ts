// Holdout 7, 县区政府, 县政府办 and other bodies whose section 五 carries real reports' slips:
// numbers skipped, repeated or continued, 错别字, full-width and half-width mixed, a missing 。, a line
// break or a page number inside a sentence (written blind, answers by hand; see README.md).
import { e, type Holdout7Case } from './entry'

export const SLIPS: Holdout7Case[] = [
  {
    id: 'county-gov/skipped-er-shi-typo',
    text: [
      '五、存在的主要问题及改进情况',
      '2025年，全县政务公开工作取得了新进展，但对照省市考核要求，仍存在一些不足：一是部分乡镇和县直部门对主动公开重视不够，信息发布靠上级督促，“要我公开”的现象仍然存在；三是乡镇一级公开事项目录编制进度不一，有4个乡镇以经编制的目录未覆盖全部领域；四是县政府门户网站与县融媒体中心客户端的信息分别录入，时常出现同一文件两个版本。',
      '2026年，我县将：一是召开县政府常务会议专题研究政务公开，主要负责同志带头抓落实，推动各单位把公开作为常态；二是督促各乡镇对照26个试点领域标准指引，年底前完成目录全覆盖；三是建立门户网站与融媒体客户端信息共享机制，由网站统一发布、客户端同步推送。',
    ].join('\n'),
    problems: [e('一是部分乡镇和县直部门', 'awareness'), e('三是乡镇一级公开事项目录', 'standardization'), e('四是县政府门户网站与县融媒体', 'duplicate-publishing')],
    improvements: [e('一是召开县政府常务会议', 'awareness'), e('二是督促各乡镇对照', 'standardization'), e('三是建立门户网站与融媒体', 'duplicate-publishing')],
  },
  {
    id: 'district-gov/repeated-mixed-width-break-prior-after',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）重点领域信息公开还不够及时完整，义务教育招生、医疗卫生、食品药品等领域存在公开内容偏少、公开时间滞后的情况',
      '（二）政策解读质量不高，部分解读只是对文件的简单摘抄，没有讲清政策出台的背景和“含金量”。',
      '（二）区政府网站互动交流频道的网上调查栏目全年只开展了2次，参与人数不足百人。',
      '(三)少数部门负责公开工作的人员变动频繁，业务交接不到位，',
      '影响工作连续性。',
      '针对上述问题，区政府将采取以下措施：（一）督促重点领域主管部门按照公开清单按时发布信息，区政务公开办每季度通报一次。（二）推行政策文件与解读材料同步起草、同步审签、同步发布，鼓励采用图解、视频等形式。（三）每季度围绕民生热点至少开展一次网上调查，公开调查结果及采纳情况。（四）建立公开工作人员变动报备和交接制度，新任人员一个月内完成岗前培训。',
      '上年度提出的问题中，“政府网站部分栏目无内容”已于年中全部整改完毕。',
    ].join('\n'),
    problems: [
      e('（一）重点领域信息公开', 'incomplete-disclosure'),
      e('（二）政策解读质量不高', 'policy-interpretation'),
      e('（二）区政府网站互动交流频道', 'public-participation'),
      e('(三)少数部门负责公开工作', 'staff-capacity'),
    ],
    improvements: [
      e('（一）督促重点领域主管部门', 'incomplete-disclosure'),
      e('（二）推行政策文件与解读材料', 'policy-interpretation'),
      e('（三）每季度围绕民生热点', 'public-participation'),
      e('（四）建立公开工作人员变动', 'staff-capacity'),
    ],
    priorDone: 1,
  },
  {
    id: 'county-gov-office/repeated-one-full-width-typo',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在问题',
      '1.县政府常务会议议定事项公开不够及时，会议召开后往往两三周才公开会议信息。',
      '1.政府信息公开申请答复中，对“信息不存在”情形的检索说明过于简单，申请人反溃意见较多，全年因此引发行政复议3件。',
      '2．政务公开工作人员培训以集中讲授为主，实操演练少，部分乡镇工作人员仍不会规范填写年度报告表格。',
      '（二）改进措施',
      '1.常务会议召开后5个工作日内公开会议信息和议定事项。',
      '2.规范“信息不存在”答复，答复书中写明检索范围、检索方式和检索结果。',
      '3.开展“以案代训”“以会代训”，组织乡镇和部门工作人员现场演练年度报告编制。',
    ].join('\n'),
    problems: [e('1.县政府常务会议', 'incomplete-disclosure'), e('1.政府信息公开申请答复中', 'request-handling'), e('2．政务公开工作人员培训', 'staff-capacity')],
    improvements: [e('1.常务会议召开后', 'incomplete-disclosure'), e('2.规范“信息不存在”答复', 'request-handling'), e('3.开展“以案代训”', 'staff-capacity')],
  },
  {
    id: 'town/run-on-commas-typo-break',
    text: [
      '五、存在的主要问题及改进情况',
      '截止2025年底，我镇政务公开工作还存在以下问题：一是镇政府信息公开栏目中的“重大项目”栏目自年初发布3条信息后再无新内容，二是镇农村集体“三资”管理信息公开不规范，部分村只公开收支总数，没有公开明细，三是群众对公开内容的意见建议',
      '缺少收集渠道。针对这些问题，我镇将一是每月更新“重大项目”栏目，及时发布项目进展，二是指导各村按月公开“三资”收支明细，三是在镇便民服务中心和各村设置意见箱，并开通网上意见征集渠道。',
    ].join('\n'),
    problems: [e('一是镇政府信息公开栏目', 'update-gap'), e('二是镇农村集体', 'incomplete-disclosure'), e('三是群众对公开内容', 'public-participation')],
    improvements: [e('一是每月更新', 'update-gap'), e('二是指导各村', 'incomplete-disclosure'), e('三是在镇便民服务中心', 'public-participation')],
  },
  {
    id: 'county-agriculture/circled-repeated-typo-missing-stop',
    text: [
      '五、存在的主要问题及改进情况',
      '我局存在的问题主要有以下几个方面：①涉农补贴资金公开的时效有待提高，耕地地力保护补贴等资金发放后，到户明细公市时间普遍晚于规定时限；②局网站“三农政策”栏目只发布文件原文，缺少对种粮补贴、农机购置补贴等政策的通俗解读；③乡镇农业站工作人员对信息公开要求不熟悉，报送的涉农信息质量不高，多次被退回修改；③政务公开考核结果未运用，干好干坏一个样',
      '2026年，我局将采取以下改进措施。',
      '落实涉农补贴资金到户明细公示制度，资金发放后15日内完成公示。',
      '编写涉农补贴政策明白纸和短视频，通过局网站和乡镇农业站发放、播放。',
      '每半年对乡镇农业站信息员开展一次业务培训，提高信息报送质量。',
      '完善政务公开考核办法，考核结果与评先评优挂钩。',
    ].join('\n'),
    problems: [
      e('①涉农补贴资金', 'incomplete-disclosure'),
      e('②局网站“三农政策”栏目', 'policy-interpretation'),
      e('③乡镇农业站工作人员', 'staff-capacity'),
      e('③政务公开考核结果', 'other'),
    ],
    improvements: [
      e('落实涉农补贴资金', 'incomplete-disclosure'),
      e('编写涉农补贴政策明白纸', 'policy-interpretation'),
      e('每半年对乡镇农业站', 'staff-capacity'),
      e('完善政务公开考核办法', 'other'),
    ],
  },
  {
    id: 'city-emergency/skipped-page-number-typo',
    text: [
      '五、存在的主要问题及改进情况',
      '一是安全生产行政处罚信息公开的时效性不强，部分处罚决定在作出后超过20个工作日才公开。三是自然灾害风险普查成果、应急避难场所分布等与群众安全密切相关的信息公开较少，群众不知道就近避难场所在哪里。四是局政务新媒体矩阵账号较多，但多数账号只转发、少原创，部分账号粉丝不足百人，',
      '— 6 —',
      '影响力弱。',
      '针对这些问题，我局下一步将：第一、严格执行行政处罚信息7个工作日内公开的规定。第二、在局网站和地图服务平台公开应急避难场所位置、容量等信息，必需让群众一查就知。第三、对政务新媒体账号进行整合，保留1个主账号和1个视频号，集中力量办好。',
    ].join('\n'),
    problems: [e('一是安全生产行政处罚', 'incomplete-disclosure'), e('三是自然灾害风险普查', 'incomplete-disclosure'), e('四是局政务新媒体矩阵', 'new-media')],
    improvements: [e('第一、严格执行行政处罚', 'incomplete-disclosure'), e('第二、在局网站和地图服务平台', 'incomplete-disclosure'), e('第三、对政务新媒体账号', 'new-media')],
  },
  {
    id: 'province-veterans/mixed-parens-xia-yi-bu-jiang-inline',
    text: [
      '五、存在的主要问题及改进情况',
      '1）厅网站“工作动态”“通知公告”栏目更新频次低，下半年仅发布信息9条，下一步将建立栏目更新责任制，明确各处室每月报送信息的数量要求。',
      '2)全省退役军人服务站的政务公开事项清单尚未统一，各地公开内容差异较大，下一步将制定全省统一的服务站公开事项清单。',
      '3）涉及退役军人安置、优待证办理的政策咨询集中，但厅里对群众关心问题的回应多为个别答复，下一步将定期汇总高频问题在网站集中发布答问。',
    ].join('\n'),
    problems: [e('1）厅网站“工作动态”', 'update-gap'), e('2)全省退役军人服务站', 'standardization'), e('3）涉及退役军人安置', 'policy-interpretation')],
    improvements: [e('建立栏目更新责任制', 'update-gap'), e('制定全省统一的服务站', 'standardization'), e('定期汇总高频问题', 'policy-interpretation')],
  },
  {
    id: 'street/mixed-parens-prior-between-yi-yao',
    text: [
      '五、存在的主要问题及改进情况',
      '2025年街道政务公开工作存在的问题：',
      '（1）居民群众关心的拆迁安置房分配进度，街道仅在安置小区张贴通知，网上没有同步发布，在外务工的被拆迁户获取信息困难。',
      '(2)街道公开工作人员仅1人且同时负责档案、机要工作，在公开工作上投入的精力有限。',
      '（3）街道“居民议事厅”运行不规范，全年议事活动仅开展2次，议题多由街道确定，居民提出的议题较少。',
      '上年度问题整改情况：上一年度报告中提出的“政务公开专区资料陈旧”问题，已更换全部过期资料并建立资料季度更新制度；提出的“信息公开指南内容与实际不符”问题，已重新编制指南并于4月发布。',
      '今后，街道将：一要在街道网页开设安置房分配专栏，同步公开分配方案、选房顺序和分配结果；二要增配1名公开工作人员，实行AB岗；三要完善居民议事厅议事规则，每季度至少开展1次议事活动，议题由居民提出。',
    ].join('\n'),
    problems: [e('（1）居民群众关心的拆迁安置房', 'incomplete-disclosure'), e('(2)街道公开工作人员仅1人', 'staff-capacity'), e('（3）街道“居民议事厅”', 'public-participation')],
    improvements: [e('一要在街道网页开设', 'incomplete-disclosure'), e('二要增配1名', 'staff-capacity'), e('三要完善居民议事厅', 'public-participation')],
    priorDone: 2,
  },
  {
    id: 'county-gov/paragraphs-wei-ci-semicolons-typo',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在的主要问题',
      '全县基层政务公开标准指引落实不平衡，部分乡镇对照标准指引编制的事项目录只有十几项，与实际职能差距较大。',
      '县政府部门之间信息公开水平差异明显，个别部门全年主动公开信息不足20条，做为行政执法部门，执法结果公开严重缺项。',
      '县政府门户网站集约化平台上线后，部分部门子站栏目迁移不完整，旧站点的历史信息无法查询。',
      '（二）改进措施',
      '为此，县政府将：对各乡镇事项目录逐一审核，不符合要求的限期重新编制；督促执法部门按照“谁执法谁公示”要求，在执法决定作出后7个工作日内公开执法结果；组织技术力量对迁移不完整的子站栏目进行补录，确保历史信息可查。',
    ].join('\n'),
    problems: [e('全县基层政务公开标准指引', 'standardization'), e('县政府部门之间', 'incomplete-disclosure'), e('县政府门户网站集约化平台', 'platform-stability')],
    improvements: [e('对各乡镇事项目录逐一审核', 'standardization'), e('督促执法部门', 'incomplete-disclosure'), e('组织技术力量', 'platform-stability')],
  },
  {
    id: 'city-sasac/numbering-continues-into-measures',
    text: [
      '五、存在的主要问题及改进情况',
      '存在的主要问题：1、国有企业财务信息、重大事项公开还停留在年度汇总层面，季度经营情况未按要求公开。2、委网站与监管企业网站之间信息链接多处失效，点击后无法访问。3、委机关人员对国企信息公开的要求把握不准，指导监管企业开展公开工作的能力不足。改进措施：4、按季度公开市属国有企业主要经营指标和重大事项。5、全面检查网站外部链接，建立失效链接月度巡检制度。6、组织开展国企信息公开业务培训，明确委机关审核要点。',
    ].join('\n'),
    problems: [e('1、国有企业财务信息', 'incomplete-disclosure'), e('2、委网站与监管企业网站', 'platform-stability'), e('3、委机关人员', 'staff-capacity')],
    improvements: [e('4、按季度公开', 'incomplete-disclosure'), e('5、全面检查网站外部链接', 'platform-stability'), e('6、组织开展国企信息公开业务培训', 'staff-capacity')],
  },
]
