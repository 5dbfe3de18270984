// Holdout 6, 县区政府部门 and a 派出机构 of a city bureau (written blind, answers by hand; see README.md).
import { e, type Holdout6Case } from './entry'

export const COUNTY_DEPARTMENTS: Holdout6Case[] = [
  {
    id: 'district-education/yi-shi-two-paragraphs-hotline',
    text: [
      '2024年，区教育局政务公开工作存在以下不足：一是招生入学政策发布后解读不够，今年小学划片调整后，家长通过12345热线咨询达300余件，反映出政策说明不清楚；二是局门户网站“教育收费”栏目仅公开收费依据，未公开各校具体收费项目和标准；三是部分学校对校务公开重视不够，公开栏形同摆设。',
      '2025年，我局将重点抓好：一是在招生政策发布同时推出图解、问答和短视频，开通线上咨询专线；二是督促各学校在局网站集中公开收费项目、标准和依据；三是将校务公开纳入学校年度考核，对落实不力的学校予以通报。',
    ].join('\n'),
    problems: [e('一是招生入学', 'policy-interpretation'), e('二是局门户网站', 'incomplete-disclosure'), e('三是部分学校', 'awareness')],
    improvements: [e('一是在招生政策发布', 'policy-interpretation', 'public-participation'), e('二是督促各学校', 'incomplete-disclosure'), e('三是将校务公开纳入', 'other')],
  },
  {
    id: 'county-natural-resources/ascii-parens-typos',
    text: [
      '（一）存在的主要问题',
      '(1)部份国土空间规划、征地信息公开不既时，个别征收土地公告在批准后20多天才上网；',
      '(2)局网站与县政府网站集约化平台之间信息不同步，同一批准文件两个平台发布时间和附件版本不一致；',
      '(3)依申请公开案件增多，全年收到申请46件，较上年增长近一倍，且多涉及征地拆迁，答复的法律风险大。',
      '（二）改进措施',
      '(1)严格落实征地信息“批后10个工作日内公开”的要求，由用地审批股专人跟踪；',
      '(2)统一以集约化平台为唯一发布源，局网站只做链接引用，避免多头发布；',
      '(3)聘请法律顾问参与依申请答复审核，对涉及征地拆迁的申请一律集体会商。',
    ].join('\n'),
    problems: [e('(1)部份国土空间规划', 'incomplete-disclosure'), e('(2)局网站与县政府网站', 'duplicate-publishing', 'platform-stability'), e('(3)依申请公开案件', 'request-handling')],
    improvements: [e('(1)严格落实征地', 'incomplete-disclosure'), e('(2)统一以集约化平台', 'duplicate-publishing'), e('(3)聘请法律顾问', 'request-handling')],
  },
  {
    id: 'county-civil-affairs/width-mix-missing-stop',
    text: [
      '五、存在的主要问题及改进情况',
      '１．社会救助信息公开不够细化。低保、特困人员名单仅公开到乡镇一级，未按规定公开到村（社区）',
      '2．政务新媒体运维力量不足。“康宁民政”公众号由1名临时聘用人员维护，内容以转载为主。',
      '３．民政服务机构和政务服务中心的信息查阅点利用率不高，全年登记查阅仅7人次。',
      '下一步，我局将：',
      '1．按季度公开城乡低保、特困供养对象名单及保障金额，公开到村（社区）一级。',
      '2．配强新媒体编辑力量，建立原创稿件激励办法。',
      '3．在查阅点增设民政政策明白纸、二维码导航，主动引导办事群众使用。',
    ].join('\n'),
    problems: [e('１．社会救助', 'incomplete-disclosure'), e('2．政务新媒体', 'new-media', 'staff-capacity'), e('３．民政服务机构', 'reading-room-underused')],
    improvements: [e('1．按季度公开', 'incomplete-disclosure'), e('2．配强新媒体', 'new-media', 'staff-capacity'), e('3．在查阅点增设', 'reading-room-underused')],
  },
  {
    id: 'county-hrss/pdftotext-table',
    text: [
      '五、存在的主要问题及改进情况',
      '序号  存在问题                                     整改措施                                        完成时限',
      '1     就业补贴政策解读材料专业术语多，群众看不懂      编印“补贴政策明白卡”，制作3期政策解读短视频        2025年6月',
      '2     社保经办网点政务公开专区功能单一               在专区增设自助查询机，提供社保缴费记录查询打印      2025年9月',
      '3     人事考试录用信息在局网站和微信公众号发布不同步   以网站为准统一发布，公众号同步转发并注明来源        长期坚持',
    ].join('\n'),
    problems: [e('就业补贴政策解读', 'policy-interpretation'), e('社保经办网点', 'reading-room-underused'), e('人事考试录用', 'duplicate-publishing')],
    improvements: [e('编印“补贴政策明白卡”', 'policy-interpretation'), e('在专区增设', 'reading-room-underused'), e('以网站为准', 'duplicate-publishing')],
  },
  {
    id: 'county-health/half-paren-numbers-chinese-year',
    text: [
      '本年度，我委政务公开工作仍有不足。',
      '1）医疗卫生机构信息公开覆盖面不够，基层卫生院的服务项目、收费价格公开不全。',
      '2）对社会关注的疫苗接种、医保报销等热点问题回应不够主动，多在舆情出现后才被动回应。',
      '3）政务公开工作人员多为兼职，对《条例》修订后的新规定掌握不够。',
      '二〇二五年，我委将从以下几方面加以改进：',
      '1）督促全县18家乡镇卫生院在院内公示栏和网站公开服务项目、收费标准。',
      '2）建立卫生健康热点问题监测机制，对群众关注度高的问题主动发布权威信息。',
      '3）年内组织2期政务公开专题培训，覆盖各医疗卫生单位公开工作人员。',
    ].join('\n'),
    problems: [e('1）医疗卫生机构', 'incomplete-disclosure'), e('2）对社会关注', 'policy-interpretation'), e('3）政务公开工作人员', 'staff-capacity')],
    improvements: [e('1）督促全县', 'incomplete-disclosure'), e('2）建立卫生健康', 'policy-interpretation'), e('3）年内组织', 'staff-capacity')],
  },
  {
    id: 'district-housing/dui-ci-measure-in-sentence',
    text: [
      '五、存在的主要问题及改进情况',
      '一是保障性住房分配结果公示时间短，部分公示只挂了3天，对此，我局将严格执行不少于7日的公示期并在网站长期保留结果；二是物业管理、房屋维修资金使用等群众关心的信息公开渠道不畅，对此，我局将在小区公告栏和“住建微服务”公众号定期公布维修资金使用情况；三是局机关对依申请公开工作的法律审核环节缺失，对此，我局将明确法规科为依申请答复的法律审核科室。',
    ].join('\n'),
    problems: [e('一是保障性住房', 'incomplete-disclosure'), e('二是物业管理', 'incomplete-disclosure'), e('三是局机关', 'request-handling')],
    improvements: [e('严格执行不少于7日', 'incomplete-disclosure'), e('在小区公告栏', 'incomplete-disclosure'), e('明确法规科', 'request-handling')],
  },
  {
    id: 'county-market-regulation/circled-skips-three',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在问题',
      '①“双随机、一公开”抽查结果公示不全，部分抽查结果仅在系统内归档未对外公示；②局网站搜索功能较弱，输入企业名称查不到对应的行政处罚决定书；④基层市场监管所人员对政务公开要求不熟悉，所级公开事项无人负责。',
      '（二）改进情况',
      '①全部抽查结果在国家企业信用信息公示系统和局网站同步公示；②协调网站运维单位升级站内检索，支持按企业名称、文书编号查询；③各市场监管所明确1名公开联络员，纳入局年度培训计划。',
    ].join('\n'),
    problems: [e('①“双随机', 'incomplete-disclosure'), e('②局网站搜索', 'platform-stability'), e('④基层市场监管所', 'staff-capacity')],
    improvements: [e('①全部抽查结果', 'incomplete-disclosure'), e('②协调网站运维', 'platform-stability'), e('③各市场监管所', 'staff-capacity')],
  },
  {
    id: 'district-finance/prior-sentence-then-yi-shi',
    text: [
      '五、存在的主要问题及改进情况',
      '上年度报告中提出的“预决算公开专栏分类不清”问题，我局已于2024年4月完成专栏重新分类，整改到位。',
      '经自查，2024年我局政务公开工作仍存在以下问题：一是部门预决算公开质量参差不齐，个别单位“三公”经费未作说明，项目支出绩效目标公开不完整；二是财政政策解读仍以文字稿为主，针对企业和群众的通俗化解读产品不多；三是政府信息公开指南未随内设机构调整及时修订，受理机构和联系电话已发生变化。',
      '针对上述问题，我局将采取以下措施：一是开展预决算公开专项检查，对“三公”经费说明、绩效目标等要素逐项核查，发现问题限期整改；二是围绕减税降费、惠企资金等政策，推出图表图解、“财政小课堂”等解读产品；三是即时修订政府信息公开指南，并建立内设机构调整后指南同步更新机制。',
    ].join('\n'),
    problems: [e('一是部门预决算', 'incomplete-disclosure'), e('二是财政政策解读', 'policy-interpretation'), e('三是政府信息公开指南', 'standardization')],
    improvements: [e('一是开展预决算', 'incomplete-disclosure'), e('二是围绕减税降费', 'policy-interpretation'), e('三是即时修订', 'standardization')],
    priorDone: 1,
  },
  {
    id: 'county-water/first-next-again-last-then-dots',
    text: [
      '存在的主要问题：首先，水利工程建设项目信息公开不够全面，招投标、施工许可等环节公开及时，但质量监督、竣工验收信息公开滞后；其次，河湖长制信息公开栏目内容单薄，多为会议动态；再次，政务公开工作经费没有单列，网站改版等工作难以开展；最后，局属单位政务公开工作进展不平衡。',
      '下步打算：1.按照重大建设项目全流程公开要求，补齐质量监督、竣工验收环节信息。2.充实河湖长制专栏内容，公开河湖长名单、巡河记录和问题整改情况。3.争取将政务公开经费纳入年度预算。4.加强对局属单位的指导和督查，每半年通报一次。',
    ].join('\n'),
    problems: [e('首先', 'incomplete-disclosure'), e('其次', 'incomplete-disclosure'), e('再次', 'other'), e('最后', 'other')],
    improvements: [e('1.按照重大建设项目', 'incomplete-disclosure'), e('2.充实河湖长制', 'incomplete-disclosure'), e('3.争取将政务公开经费', 'other'), e('4.加强对局属单位', 'other')],
  },
  {
    id: 'district-agriculture/one-problem-one-measure',
    text: '本局政务公开存在的问题是：涉农补贴发放信息公示滞后，部分补贴发放后两个月才公示。下一步，我局将严格落实涉农补贴“一卡通”发放信息按月公示制度。',
    problems: [e('涉农补贴发放信息', 'incomplete-disclosure')],
    improvements: [e('严格落实涉农补贴', 'incomplete-disclosure')],
  },
  {
    id: 'ecology-branch/qi-yi-and-yi-yao',
    text: [
      '五、存在的主要问题及改进情况',
      '分局作为市生态环境局的派出机构，政务公开工作起步较晚，问题主要有：其一，环境行政处罚信息在市局网站集中公开，分局自身的公开栏目空置，群众不知道到哪里查；其二，建设项目环评受理、拟审批公示期间收到的公众意见少，公众参与环评的渠道不畅；其三，分局只有1名工作人员兼管公开工作。',
      '下一步，分局一要在市局网站分局子栏目中补链行政处罚信息，做到有栏目必有内容；二要在项目所在地张贴环评公示，并通过村（居）委会告知周边群众，拓宽意见反馈渠道；三要争取市局支持，增配兼职信息员1名。',
    ].join('\n'),
    problems: [e('其一', 'update-gap'), e('其二', 'public-participation'), e('其三', 'staff-capacity')],
    improvements: [e('一要在市局网站', 'update-gap'), e('二要在项目所在地', 'public-participation'), e('三要争取市局支持', 'staff-capacity')],
  },
]
