// Holdout 20, county and city bureaus: human resources, natural resources, ecology, housing, transport,
// agriculture (12 texts). Invented bodies and wordings; answers by problem-taxonomy.md's definitions only.
import { e, type Holdout20Case } from './entry'

export const BUREAUS_B: Holdout20Case[] = [
  {
    id: 'h20-c01-county-hrss-2023',
    text: `五、存在的主要问题及改进情况
存在的问题：
1）社保、就业等民生政策解读不够通俗，群众反映“看不懂”。
2）人事考试、招聘信息发布渠道较多，同一招聘公告在局网站、县政府网站和公众号上分别发布，更正信息不能同步。
3）依申请公开答复时限把握不严，个别申请答复超过法定期限。
改进措施：
1）运用图解、短视频、一问一答等形式解读社保就业政策，提高政策知晓度。
2）规范招聘信息发布，明确以局网站为首发平台，其他平台转载链接，确保更正信息同步。
3）建立依申请公开办理台账，实行到期提醒，杜绝超期答复。
`,
    problems: [e('1）社保、就业等民生政策解读不够通俗', 'policy-interpretation'), e('2）人事考试、招聘信息发布渠道较多', 'duplicate-publishing'), e('3）依申请公开答复时限把握不严', 'request-handling')],
    improvements: [e('1）运用图解、短视频、一问一答等形式', 'policy-interpretation'), e('2）规范招聘信息发布', 'duplicate-publishing'), e('3）建立依申请公开办理台账', 'request-handling')],
  },
  {
    id: 'h20-c02-city-natural-resources-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是重点领域信息公开还有短板。征地补偿安置、国有土地使用权出让等信息公开不够及时，个别征地项目批后公告晚于规定时间。
二是规划信息公开质量有待提升。规划批前公示内容过于简略，仅公布总平面图，缺少主要技术指标，同时群众参与规划编制的渠道也较少。
三是不动产登记办事窗口设置的政务公开专区利用率不高，查询设备闲置。
四是局属各单位信息公开工作发展不均衡，部分下属单位对公开工作不够重视，报送信息积极性不高。
（二）2025年工作打算
一是加强征地信息公开，严格按规定时限发布征地批后公告，确保征地信息及时、完整公开。
二是提升规划公开质量：①批前公示同时公布主要技术指标；②通过现场公示、网上征询等方式广泛听取群众意见；③对群众意见采纳情况予以反馈。
三是发挥政务公开专区作用，配备专人引导群众使用查询设备。
四是召开局属单位政务公开工作专题会议，推动各单位主要负责同志切实重视政务公开工作。
`,
    problems: [
      e('一是重点领域信息公开还有短板', 'incomplete-disclosure'),
      // A thin notice and few ways for the public to take part: both named.
      e('二是规划信息公开质量有待提升', 'incomplete-disclosure', 'public-participation'),
      e('三是不动产登记办事窗口设置的政务公开专区', 'reading-room-underused'),
      e('四是局属各单位信息公开工作发展不均衡', 'awareness'),
    ],
    improvements: [
      e('一是加强征地信息公开', 'incomplete-disclosure'),
      // Its ①②③ are sub-points of one measure.
      e('二是提升规划公开质量', 'incomplete-disclosure', 'public-participation'),
      e('三是发挥政务公开专区作用', 'reading-room-underused'),
      e('四是召开局属单位政务公开工作专题会议', 'awareness'),
    ],
  },
  {
    id: 'h20-c03-county-ecology-2021',
    // One measure sentence, not enumerated, that names both problems' remedies: one entry with two categories.
    text: `五、存在的主要问题及改进情况
一是环境执法信息公开不够及时，部分行政处罚决定在作出后超过20个工作日才公开；二是环境信息公开工作人员均为兼职，专业能力较弱。
针对上述问题，我局将严格执行行政处罚信息公示时限规定，同时加强对兼职人员的业务培训。
`,
    problems: [e('一是环境执法信息公开不够及时', 'incomplete-disclosure'), e('二是环境信息公开工作人员均为兼职', 'staff-capacity')],
    improvements: [e('严格执行行政处罚信息公示时限规定', 'incomplete-disclosure', 'staff-capacity')],
  },
  {
    id: 'h20-c04-city-housing-2022',
    text: `五、存在的主要问题及改进情况
首先，保障性住房分配、住房公积金等群众关心的信息公开还不够充分，分配结果公示内容偏简单。其次，对群众通过政府网站“局长信箱”提出的咨询，部分答复内容简单、时间较长。再次，局网站技术架构老旧，多次出现页面打不开、附件无法下载的情况。最后，系统内对政务公开工作重要性的认识有待提高，个别科室把公开当负担。
下步，我局将从以下几方面改进：一是细化保障性住房分配结果公示内容，接受社会监督。二是完善“局长信箱”办理机制，3个工作日内答复群众咨询。三是推进局网站集约化迁移，彻底解决页面打不开、附件下载失败等问题。四是通过党组会、专题培训等形式，提高全局干部对政务公开工作的重视程度。
`,
    problems: [e('首先，保障性住房分配', 'incomplete-disclosure'), e('其次，对群众通过政府网站', 'public-participation'), e('再次，局网站技术架构老旧', 'platform-stability'), e('最后，系统内对政务公开工作重要性的认识', 'awareness')],
    improvements: [e('一是细化保障性住房分配结果公示内容', 'incomplete-disclosure'), e('二是完善“局长信箱”办理机制', 'public-participation'), e('三是推进局网站集约化迁移', 'platform-stability'), e('四是通过党组会、专题培训等形式', 'awareness')],
  },
  {
    id: 'h20-c05-county-transport-2020',
    // Each problem carries its measure in the same sentence (今后将…).
    text: `五、存在的主要问题及改进情况
1、交通建设项目信息公开不够及时，部分项目的招投标结果公开滞后，今后将严格按照规定时限及时公开项目信息。
2、局政务公开专栏部分栏目内容空白，今后将安排专人负责栏目维护，做到有栏目、有内容。
`,
    problems: [e('1、交通建设项目信息公开不够及时', 'incomplete-disclosure'), e('2、局政务公开专栏部分栏目内容空白', 'update-gap')],
    improvements: [e('今后将严格按照规定时限及时公开项目信息', 'incomplete-disclosure'), e('今后将安排专人负责栏目维护', 'update-gap')],
  },
  {
    id: 'h20-c06-district-agriculture-2024',
    text: `五、存在的主要问题及改进情况
（一）上一年度问题整改情况
对2023年度报告中提出的涉农补贴信息公开不够及时问题，已建立涉农补贴发放公示制度，实行一季度一公示。
（二）存在的主要问题
1.惠农政策解读不够接地气，农民群众对政策的理解存在偏差。
2.村级政务公开目录尚未全面建立，部分村公开事项随意性大。
3.负责信息公开的工作人员年龄偏大，使用网站后台和新媒体的能力不足。
（三）下一步改进措施
1.组织农技人员、驻村干部进村入户宣讲惠农政策，用方言和案例讲清楚政策要点。
2.指导各村参照标准目录梳理公开事项，实现村级公开目录全覆盖。
3.选配年轻干部充实信息公开队伍，加强网站后台操作等技能培训。
`,
    problems: [e('1.惠农政策解读不够接地气', 'policy-interpretation'), e('2.村级政务公开目录尚未全面建立', 'standardization'), e('3.负责信息公开的工作人员年龄偏大', 'staff-capacity')],
    improvements: [e('1.组织农技人员、驻村干部', 'policy-interpretation'), e('2.指导各村参照标准目录', 'standardization'), e('3.选配年轻干部充实信息公开队伍', 'staff-capacity')],
    priorDone: 1,
  },
  {
    id: 'h20-c07-city-ecology-2023',
    // Last year's fixes listed (1)(2) after measures numbered (1)(2)(3) the same way.
    text: `五、存在的主要问题及改进情况
（一）存在问题
(1)空气质量、水环境质量等信息发布不够及时，月度环境质量状况常推迟到次月下旬才公布。
(2)对重点排污单位环境信息公开的监督不够，部分企业未按要求公开排污信息。
(3)在建设项目环评审批过程中听取群众意见的方式较少，群众意见的反馈不够。
（二）改进措施
(1)按月及时发布环境质量状况，原则上每月10日前公布上月数据。
(2)加强对重点排污单位信息公开的执法检查，对未按要求公开的依法处理。
(3)通过座谈会、网络问卷等方式广泛征求群众对建设项目的意见，并公开采纳情况。
（三）上年度问题整改情况
(1)上年度报告提出的网站附件无法打开问题，已完成网站改版升级，问题已解决；
(2)上年度报告提出的政策解读形式单一问题，2023年新增图解解读15篇、视频解读4个。
`,
    problems: [e('(1)空气质量、水环境质量等信息发布不够及时', 'incomplete-disclosure'), e('(2)对重点排污单位环境信息公开的监督不够', 'incomplete-disclosure'), e('(3)在建设项目环评审批过程中', 'public-participation')],
    improvements: [e('(1)按月及时发布环境质量状况', 'incomplete-disclosure'), e('(2)加强对重点排污单位信息公开的执法检查', 'incomplete-disclosure'), e('(3)通过座谈会、网络问卷等方式', 'public-participation')],
    priorDone: 2,
  },
  {
    id: 'h20-c08-county-housing-2019',
    text: `五、存在的主要问题及改进情况
一年来，我局政府信息公开工作取得了一定成绩，但也存在一些问题。
政务公开工作人员对新修订的《条例》学习不够深入，业务不够熟练。
下一步，我局将组织专题学习和业务培训，提升工作人员依法公开的能力水平。
`,
    problems: [e('政务公开工作人员对新修订的《条例》学习不够深入', 'staff-capacity')],
    improvements: [e('组织专题学习和业务培训', 'staff-capacity')],
  },
  {
    id: 'h20-c09-district-transport-2022',
    // The label on the entries' own line without a colon (存在问题 1.… / 改进措施 1.…), entries run on in one paragraph.
    text: `五、存在的主要问题及改进情况
存在问题 1.网站“通知公告”栏目与“政策文件”栏目内容交叉，同一文件在两个栏目同时发布。2.公交线路调整等涉及群众出行的信息发布不够提前，有时调整当天才发布。3.区交通运输局政务公开工作人员仅1名，还承担文秘等其他工作，精力有限。
改进措施 1.理清栏目定位，将文件统一归入“政策文件”栏目，不再在多个栏目同时发布。2.公交线路调整信息至少提前3天向社会发布。3.增配1名政务公开工作人员，专职负责信息公开工作。
`,
    problems: [e('1.网站“通知公告”栏目', 'duplicate-publishing'), e('2.公交线路调整等涉及群众出行的信息', 'incomplete-disclosure'), e('3.区交通运输局政务公开工作人员仅1名', 'staff-capacity')],
    improvements: [e('1.理清栏目定位', 'duplicate-publishing'), e('2.公交线路调整信息至少提前3天', 'incomplete-disclosure'), e('3.增配1名政务公开工作人员', 'staff-capacity')],
  },
  {
    id: 'h20-c10-county-agriculture-2023',
    text: `五、存在的主要问题及改进情况
首先，我局对农村集体“三资”管理等群众关心事项的公开指导不够，部分村集体财务公开流于形式。其次，我局微信公众号以转发为主，原创内容少，关注人数不多。此外，信息公开经费未单独列支，网站维护经费不足。
2024年，我局将加强对村级财务公开的指导检查，推动村集体财务按季度公开收支明细；提升公众号原创内容比例，扩大关注面；积极申请将信息公开工作经费纳入部门预算。
`,
    problems: [e('首先，我局对农村集体', 'incomplete-disclosure'), e('其次，我局微信公众号以转发为主', 'new-media'), e('此外，信息公开经费未单独列支', 'other')],
    improvements: [e('加强对村级财务公开的指导检查', 'incomplete-disclosure'), e('提升公众号原创内容比例', 'new-media'), e('积极申请将信息公开工作经费', 'other')],
  },
  {
    id: 'h20-c11-city-hrss-2024',
    text: `五、存在的主要问题及改进情况
对照《条例》要求和群众期待，我局政务公开工作还存在一些薄弱环节：
（一）就业创业补贴、技能提升补贴等资金发放信息公开不够细，只公开总额，未公开享受对象名单。
（二）社保经办服务大厅设置的政务公开查阅区群众使用不多，作用发挥不明显。
（三）人社政策调整频繁，政策解读跟进不及时，社保待遇调整等热点问题群众咨询多，回应不够及时。
（四）12333热线与局网站政策问答库内容不一致，同一问题两处答复口径不统一。
（五）依申请公开答复中对“信息不存在”的情形说明不充分，存在被申请行政复议的风险。
（六）政务公开工作人员业务培训不够系统，对新情况新问题应对能力不足。
下一步，我局将重点做好以下工作：
1.细化就业创业补贴等资金发放信息公开，在保护个人隐私前提下公开享受对象名单。
2.优化查阅区设置，增加自助查询设备，引导办事群众使用。
3.做到政策文件与解读同步发布，对社保待遇调整等热点问题及时发布权威解读。
4.建立12333热线与网站问答库内容同步更新机制，统一答复口径。
5.规范“信息不存在”等情形的答复说明，降低行政复议风险。
6.制定年度培训计划，分批次开展政务公开业务培训。
`,
    problems: [
      e('（一）就业创业补贴、技能提升补贴等资金发放信息', 'incomplete-disclosure'),
      e('（二）社保经办服务大厅设置的政务公开查阅区', 'reading-room-underused'),
      e('（三）人社政策调整频繁', 'policy-interpretation'),
      // Two channels answering the same question differently: duplicate-publishing.
      e('（四）12333热线与局网站政策问答库内容不一致', 'duplicate-publishing'),
      e('（五）依申请公开答复中', 'request-handling'),
      e('（六）政务公开工作人员业务培训不够系统', 'staff-capacity'),
    ],
    improvements: [
      e('1.细化就业创业补贴等资金发放信息公开', 'incomplete-disclosure'),
      e('2.优化查阅区设置', 'reading-room-underused'),
      e('3.做到政策文件与解读同步发布', 'policy-interpretation'),
      e('4.建立12333热线与网站问答库内容同步更新机制', 'duplicate-publishing'),
      e('5.规范“信息不存在”等情形的答复说明', 'request-handling'),
      e('6.制定年度培训计划', 'staff-capacity'),
    ],
  },
  {
    id: 'h20-c12-county-natural-resources-2021',
    // The second problem's number lost its period (2矿产资源…); heads end with 。 and run on.
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题。1.国土空间规划编制过程中向社会征求意见的范围较窄，群众参与度不高。2矿产资源、地质灾害防治等领域信息公开内容不够完整。
（二）改进措施。1.扩大规划编制征求意见范围，通过网站、公众号、现场公示等多种渠道听取意见。2.全面梳理矿产资源、地质灾害防治领域应公开事项，做到应公开尽公开。
`,
    problems: [e('1.国土空间规划编制过程中', 'public-participation'), e('2矿产资源、地质灾害防治等领域', 'incomplete-disclosure')],
    improvements: [e('1.扩大规划编制征求意见范围', 'public-participation'), e('2.全面梳理矿产资源', 'incomplete-disclosure')],
  },
]
