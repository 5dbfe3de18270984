// Holdout 7, 开发区/高新区管委会, 法律法规授权组织 and 公共企事业单位, 派出机构, 国有企业
// (written blind, answers by hand; see README.md).
import { e, type Holdout7Case } from './entry'

export const ZONES_AUTHORISED: Holdout7Case[] = [
  {
    id: 'dev-zone/four-and-four-committee-lead-in',
    text: [
      '五、存在的主要问题及改进情况',
      '开发区管委会政务公开工作起步较晚，对照要求还存在以下问题：一是管委会门户网站由区内企业服务中心代管，信息发布要经多个环节，网站全年有三个多月处于改版停用状态。二是招商引资优惠政策兑现情况未公开，企业对政策落实情况了解不多。三是管委会内设机构调整频繁，公开目录和指南未能同步调整。四是征收拆迁补偿信息公开以张贴为主，网上公开不完整。',
      '2026年，管委会将重点抓好以下工作：一是理顺网站管理体制，由党政办直接负责网站运维，杜绝长时间停用。二是定期公开惠企政策兑现企业名单和兑现金额。三是内设机构调整后一个月内同步修订公开目录和指南。四是征收拆迁补偿方案、补偿标准和补偿结果全部上网公开。',
    ].join('\n'),
    problems: [
      e('一是管委会门户网站', 'platform-stability'),
      e('二是招商引资优惠政策', 'incomplete-disclosure'),
      e('三是管委会内设机构调整频繁', 'standardization'),
      e('四是征收拆迁补偿信息', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是理顺网站管理体制', 'platform-stability'),
      e('二是定期公开惠企政策', 'incomplete-disclosure'),
      e('三是内设机构调整后', 'standardization'),
      e('四是征收拆迁补偿方案', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'high-tech-zone/circled-skipped-three',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在问题。高新区政务公开工作与群众和企业的期盼相比仍有差距：①企业开办、项目审批等办事指南长时间未随政策调整更新，企业按网上指南准备材料后往往需要补件；②科技创新政策出台后，对申报条件、兑现流程的解读以原文转发为主；④园区公共服务平台与管委会网站各自建设，用户在两处注册两套账号，使用不便。',
      '（二）下步打算。①建立办事指南定期复核机制，政策调整后及时更新网上指南；②每项科技创新政策出台时同步发布政策图解和申报问答；③推动公共服务平台与管委会网站统一身份认证，实现一次登录、两处通用。',
    ].join('\n'),
    problems: [e('①企业开办、项目审批', 'update-gap'), e('②科技创新政策出台后', 'policy-interpretation'), e('④园区公共服务平台', 'platform-stability')],
    improvements: [e('①建立办事指南定期复核机制', 'update-gap'), e('②每项科技创新政策', 'policy-interpretation'), e('③推动公共服务平台', 'platform-stability')],
  },
  {
    id: 'housing-fund-centre/nested-half-width-subpoints',
    text: [
      '五、存在的主要问题及改进情况',
      '本年度中心政务公开工作存在的问题有：',
      '1.公积金年度报告、归集和提取数据公开较为笼统，缴存职工关心的贷款轮候、资金流动性等情况未予公开。',
      '2.线上服务渠道存在短板：(1)网上业务大厅高峰期经常卡顿；(2)手机公积金APP与网上大厅数据不同步，贷款进度查询结果不一致。',
      '3.各管理部服务大厅设置的公开查阅台利用率低，多数缴存职工不知道有此服务。',
      '4.12329热线咨询中反映集中的提取政策问题，中心解答口径不一，缺少统一的政策问答。',
      '针对上述问题，中心将：',
      '1.按季度公开贷款发放、资金流动性等数据，让缴存职工及时了解资金运行情况。',
      '2.实施网上业务大厅扩容改造，统一APP与网上大厅数据接口。',
      '3.在服务大厅显著位置设置公开查阅台标识，工作人员在办理业务时主动告知。',
      '4.编制提取政策问答，统一热线解答口径，并在中心网站公开。',
    ].join('\n'),
    problems: [
      e('1.公积金年度报告', 'incomplete-disclosure'),
      e('2.线上服务渠道存在短板', 'platform-stability'),
      e('3.各管理部服务大厅', 'reading-room-underused'),
      e('4.12329热线咨询中', 'policy-interpretation'),
    ],
    improvements: [
      e('1.按季度公开贷款发放', 'incomplete-disclosure'),
      e('2.实施网上业务大厅扩容改造', 'platform-stability'),
      e('3.在服务大厅显著位置', 'reading-room-underused'),
      e('4.编制提取政策问答', 'policy-interpretation'),
    ],
  },
  {
    id: 'medical-insurance-centre/semicolons-prior-between',
    text: [
      '五、存在的主要问题及改进情况',
      '经自查，中心政务公开工作存在以下问题：定点医药机构名单调整后网上名单更新滞后，群众按名单前往已解除协议的药店无法刷卡；医保待遇政策调整频繁，经办窗口和线上对同一问题的解答不一致；个别经办人员对依申请公开流程不熟悉，曾将一件信息公开申请按咨询件处理。上年度报告中提出的“异地就医备案流程公开不清晰”问题，已编制备案流程图并在网站和窗口公开，整改完成。下一步，中心将每月核对一次定点医药机构名单，做到调整一家、更新一家；统一编写医保待遇政策问答，窗口与线上同一口径；开展依申请公开业务培训，明确申请的识别和登记要求。',
    ].join('\n'),
    problems: [
      e('定点医药机构名单', 'update-gap'),
      e('医保待遇政策调整频繁', 'policy-interpretation'),
      e('个别经办人员', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('每月核对一次定点医药机构名单', 'update-gap'),
      e('统一编写医保待遇政策问答', 'policy-interpretation'),
      e('开展依申请公开业务培训', 'staff-capacity', 'request-handling'),
    ],
    priorDone: 1,
  },
  {
    id: 'water-company/dunhao-jin-hou',
    text: [
      '五、存在的主要问题及改进情况',
      '公司作为公共企事业单位，信息公开工作还处于起步阶段，存在的问题主要有：1、计划停水信息通过营业厅公告和短信发布，复盖不到租户和老年用户，部分用户停水当天才知道。2、水质检测结果只在公司网站公开，未按要求在营业场所同步公示。3、公司未明确信息公开责任部门，由办公室临时兼管。',
      '今后，公司将：1、计划停水信息提前24小时通过微信公众号、社区网格群、小区公告栏多渠道发布。2、每月在各营业厅公示栏同步公示水质检测结果。3、明确办公室为信息公开责任部门，指定1名专人负责。',
    ].join('\n'),
    problems: [e('1、计划停水信息通过', 'incomplete-disclosure'), e('2、水质检测结果', 'incomplete-disclosure'), e('3、公司未明确', 'staff-capacity')],
    improvements: [e('1、计划停水信息提前', 'incomplete-disclosure'), e('2、每月在各营业厅', 'incomplete-disclosure'), e('3、明确办公室为', 'staff-capacity')],
  },
  {
    id: 'hospital/paren-problems-dot-measures',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）医院门诊收费项目和药品价格已在自助机上公示，但住院费用清单查询不便，患者出院时对费用明细疑问较多。',
      '（二）医院官方微信公众号以新闻宣传为主，停诊通知、专家出诊变动等服务信息推送迟缓，患者后台留言回复率不高。',
      '（三）承担院务公开工作的人员均为兼职，缺乏专业培训。',
      '改进措施：',
      '1.优化住院费用每日清单推送，患者可通过手机随时查看费用明细。',
      '2.调整公众号定位，增设门诊动态、停诊通知等服务栏目，后台留言由客服中心在1个工作日内回复。',
      '3.配备院务公开专职人员，每年组织不少于2次业务培训。',
    ].join('\n'),
    problems: [e('（一）医院门诊收费项目', 'incomplete-disclosure'), e('（二）医院官方微信公众号', 'new-media', 'public-participation'), e('（三）承担院务公开工作', 'staff-capacity')],
    improvements: [e('1.优化住院费用每日清单', 'incomplete-disclosure'), e('2.调整公众号定位', 'new-media', 'public-participation'), e('3.配备院务公开专职人员', 'staff-capacity')],
  },
  {
    id: 'resources-branch/prior-between-er-shi-repeated',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在的主要问题',
      '一是分局作为市局派出机构，信息公开依托区政府网站子栏目，发布系统经常登录不上，上传文件需反复操作。二是不动产登记办事指南、收费标准在登记大厅张贴的版本与网上版本不一致。三是规划批前公示多在现场张贴，网上公示不同步，周边居民获取信息不便。',
      '（二）上年度问题整改情况',
      '上年度提出的“分局信息公开工作无专人负责”问题，已明确综合科1名干部专职负责，整改到位。',
      '（三）下一步改进措施',
      '一是与区政府办协调解决发布系统登录和上传问题。二是统一登记大厅和网上办事指南、收费标准，以网上版本为准同步更新现场版本。二是规划批前公示实行现场、网上同步发布，并延长网上公示时间。',
    ].join('\n'),
    problems: [e('一是分局作为市局派出机构', 'platform-stability'), e('二是不动产登记办事指南', 'duplicate-publishing'), e('三是规划批前公示', 'incomplete-disclosure')],
    improvements: [e('一是与区政府办协调', 'platform-stability'), e('二是统一登记大厅', 'duplicate-publishing'), e('二是规划批前公示实行', 'incomplete-disclosure')],
    priorDone: 1,
  },
  {
    id: 'bus-group/shouxian-shi-semicolon-measures',
    text: [
      '五、存在的主要问题及改进情况',
      '集团信息公开工作存在的不足：首先是线路、班次调整后，站牌和电子查询系统中的信息往往滞后一周以上才更新；其次是乘客投诉处理结果没有向社会公开，投诉人之外的乘客不了解处理情况；最后是信息公开工作由集团办公室兼管，下属各分公司无专门联络人。下一步，集团将在线路调整前5天同步更新电子站牌和查询系统信息；每季度公开投诉处理情况统计；在各分公司确定1名信息公开联络员。',
    ].join('\n'),
    problems: [e('首先是线路、班次调整后', 'update-gap'), e('其次是乘客投诉处理结果', 'incomplete-disclosure'), e('最后是信息公开工作由集团办公室', 'staff-capacity')],
    improvements: [e('在线路调整前5天', 'update-gap'), e('每季度公开投诉处理情况', 'incomplete-disclosure'), e('在各分公司确定', 'staff-capacity')],
  },
  {
    id: 'social-insurance-centre/chinese-numeral-year-lead-in',
    text: [
      '五、存在的主要问题及改进情况',
      '（1）社保待遇资格认证、养老金调整等政策发布后，参保群众咨询量大，中心对常见问题的集中答复不够。',
      '（2）经办大厅设置的政府信息公开查阅区位置靠里，多数办事群众不知道，全年仅接待查阅11人次。',
      '（3）中心网站“办事服务”栏目中有6项业务指南仍为2022年版本。',
      '二〇二六年，中心将：（1）针对养老金调整等热点问题，及时发布问答解读；(2)将查阅区调整至大厅入口处，并在叫号屏滚动提示；（3）全面梳理业务指南，年内完成修订更新。',
    ].join('\n'),
    problems: [e('（1）社保待遇资格认证', 'policy-interpretation'), e('（2）经办大厅设置的', 'reading-room-underused'), e('（3）中心网站“办事服务”栏目', 'update-gap')],
    improvements: [e('（1）针对养老金调整等热点问题', 'policy-interpretation'), e('（2）将查阅区调整至', 'reading-room-underused'), e('（3）全面梳理业务指南', 'update-gap')],
  },
  {
    id: 'new-area/table-as-text-spaces',
    text: [
      '五、存在的主要问题及改进情况',
      '序号  存在问题  整改措施  完成时限',
      '1  管委会网站政策文件栏目自年中以来新增文件不足10件，多数内容停留在上半年  建立栏目内容保障机制，各部门每月至少报送2条政策类信息  2026年3月',
      '2  管委会与各街道同时发布征收公告，公告内容个别条款表述不一  征收公告统一由管委会发布，街道转载不作改动  2026年6月',
      '3  重大项目环评、规划等批前公示征求意见期间，公众反馈渠道仅有书面邮寄一种  增加网上留言和电子邮件反馈渠道  2026年6月',
      '4  依申请公开答复书中法律依据引用不准确  答复书统一经法制审核后出具  长期坚持',
    ].join('\n'),
    problems: [
      e('管委会网站政策文件栏目', 'update-gap'),
      e('管委会与各街道同时发布', 'duplicate-publishing'),
      e('重大项目环评', 'public-participation'),
      e('依申请公开答复书中', 'request-handling'),
    ],
    improvements: [
      e('建立栏目内容保障机制', 'update-gap'),
      e('征收公告统一由管委会', 'duplicate-publishing'),
      e('增加网上留言', 'public-participation'),
      e('答复书统一经法制审核', 'request-handling'),
    ],
  },
  {
    id: 'agri-zone/markdown-table',
    text: [
      '五、存在的主要问题及改进情况',
      '| 序号 | 问题 | 改进措施 | 责任部门 |',
      '|---|---|---|---|',
      '| 1 | 示范区财政预决算只公开了总表，未公开项目支出明细 | 按部门预决算公开要求细化公开到项目 | 财政金融局 |',
      '| 2 | 示范区政务公众号近半年仅发布活动新闻，政策类信息几乎没有 | 公众号开设“政策速递”栏目，每周推送政策信息 | 党政办 |',
      '| 3 | 政务公开专区设在政务服务中心二楼，群众很少前往 | 将政务公开专区迁至一楼综合窗口旁 | 政务服务中心 |',
    ].join('\n'),
    problems: [e('示范区财政预决算', 'incomplete-disclosure'), e('示范区政务公众号', 'new-media'), e('政务公开专区设在', 'reading-room-underused')],
    improvements: [e('按部门预决算公开要求', 'incomplete-disclosure'), e('公众号开设“政策速递”', 'new-media'), e('将政务公开专区迁至', 'reading-room-underused')],
  },
]
