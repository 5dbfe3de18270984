// Holdout 21, health commissions, hospitals, a health supervision office, a disease-control centre, schools
// and colleges (12 texts). Invented bodies and wordings; answers by problem-taxonomy.md's definitions only.
import { e, type Holdout21Case } from './entry'

export const HEALTH: Holdout21Case[] = [
  {
    id: 'h21-c01-city-health-commission-2022',
    // Drafts of uneven quality, taken down and corrected again and again: low-quality disclosure.
    text: `五、存在的主要问题及改进情况
存在问题：①医疗机构执业登记、医师注册等许可信息只在办事大厅公示，网站上查不到；②委机关各处室提供的稿件质量参差不齐，有的信息发布后又多次撤回修改；③委网站“政民互动”板块群众留言答复平均用时超过15天。
改进措施：（一）推动许可信息网上公开。将医疗机构、医师执业许可信息全部在委网站公开。（二）建立稿件审核把关制度。各处室稿件须经处室负责人审核后报送。（三）压缩留言答复时限。群众留言原则上5个工作日内答复。
`,
    problems: [
      e('①医疗机构执业登记', 'incomplete-disclosure'),
      e('②委机关各处室提供的稿件', 'incomplete-disclosure'),
      e('③委网站“政民互动”板块', 'public-participation'),
    ],
    improvements: [
      e('（一）推动许可信息网上公开', 'incomplete-disclosure'),
      e('（二）建立稿件审核把关制度', 'incomplete-disclosure'),
      e('（三）压缩留言答复时限', 'public-participation'),
    ],
  },
  {
    id: 'h21-c02-county-hospital-2023',
    // No heading and no numbers: each paragraph a problem with its measure after 今后医院将 (kept).
    text: `五、存在的主要问题及改进情况
医院官网“院务公开”栏目中的药品价格、医用耗材价格信息还是2021年的数据，今后医院将安排价格科每月核对更新。
门诊楼设置的信息公开查询一体机位置偏僻，患者很少使用，今后医院将把一体机移至门诊挂号大厅并安排导诊人员协助查询。
医院公开工作由院办一名干事兼管，缺乏专门力量，今后医院将在院办设立信息公开专岗。
`,
    problems: [
      e('医院官网“院务公开”栏目中的药品价格', 'update-gap'),
      e('门诊楼设置的信息公开查询一体机', 'reading-room-underused'),
      e('医院公开工作由院办一名干事兼管', 'staff-capacity'),
    ],
    improvements: [
      e('今后医院将安排价格科', 'update-gap'),
      e('今后医院将把一体机移至', 'reading-room-underused'),
      e('今后医院将在院办设立', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-c03-district-health-supervision-2024',
    // No boundary at all: the measures' 一是 starts again in the same paragraph. Two platforms whose
    // publishing periods differ are two rules that clash (duplicate-publishing).
    text: `五、存在的主要问题及改进情况
一是“双随机、一公开”抽查结果公开不够及时，部分抽查任务完成后一个多月才公开结果。二是执法人员对政务公开的重要性理解不够，普遍认为执法工作才是主业。三是所里的行政处罚信息同时在区政府网站和“信用中国”网站公示，两个平台公示期限要求不同，处理起来容易出错。一是抽查任务完成后20个工作日内公开抽查结果。二是通过所务会、专题党课等形式，引导执法人员树立公开就是执法一部分的理念。三是对照两个平台的要求分别建立公示期限台账，避免出错。
`,
    problems: [
      e('一是“双随机、一公开”', 'incomplete-disclosure'),
      e('二是执法人员对政务公开的重要性', 'awareness'),
      e('三是所里的行政处罚信息', 'duplicate-publishing'),
    ],
    improvements: [
      e('一是抽查任务完成后', 'incomplete-disclosure'),
      e('二是通过所务会', 'awareness'),
      e('三是对照两个平台的要求', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h21-c04-city-cdc-2020',
    text: `五、存在的主要问题及改进情况
1.疫情期间中心发布的防控知识以转发文件为主，缺少群众看得懂的解读，社会上对核酸检测收费等问题的疑问未能及时回应。
2.中心网站访问量激增时多次宕机，最长一次中断服务近6小时。
3.中心从事信息公开的人员全部为兼职，且今年有两人因抗疫工作调整岗位。
改进打算：
（1）建立专家解读机制，对公众关注的防控措施及时以问答、视频形式解读。
（2）对网站服务器扩容并建立应急备份，确保高峰期访问畅通。
（3）配备专职信息公开人员，做好岗位交接。
`,
    problems: [
      e('1.疫情期间中心发布的防控知识', 'policy-interpretation'),
      e('2.中心网站访问量激增时', 'platform-stability'),
      e('3.中心从事信息公开的人员', 'staff-capacity'),
    ],
    improvements: [
      e('（1）建立专家解读机制', 'policy-interpretation'),
      e('（2）对网站服务器扩容', 'platform-stability'),
      e('（3）配备专职信息公开人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-c05-vocational-college-2021',
    // Items hard to find and a site search that finds nothing: usability (platform-stability). A disclosure
    // list is the catalogue (standardization). Last year's fix after the measures.
    text: `五、存在的主要问题及改进情况
学院信息公开工作存在的主要问题有：第一、招生章程、录取结果等信息虽已公开，但发布位置分散，考生和家长查找困难，网站站内搜索经常无结果。第二、学院信息公开清单多年未修订，与教育部最新清单要求不一致。第三、学生对学院收费、奖助等事项的意见建议缺少反映渠道，学院开展的座谈活动很少。第四、学院官方微博、抖音账号多个部门都能发布，内容审核责任不清。
下一步，学院将重点在以下四个方面发力：一是整合招生信息发布位置，优化站内搜索功能；二是对照教育部清单修订学院信息公开清单；三是每学期召开学生代表座谈会，开通网上意见征集专栏；四是明确官方新媒体账号发布审核责任部门。
关于上一年度问题的整改：上一年度发现的网站内容更新慢问题，已通过落实栏目责任人制度基本解决。
`,
    priorDone: 1,
    problems: [
      e('第一、招生章程、录取结果', 'platform-stability'),
      e('第二、学院信息公开清单', 'standardization'),
      e('第三、学生对学院收费', 'public-participation'),
      e('第四、学院官方微博', 'new-media'),
    ],
    improvements: [
      e('一是整合招生信息发布位置', 'platform-stability'),
      e('二是对照教育部清单', 'standardization'),
      e('三是每学期召开学生代表座谈会', 'public-participation'),
      e('四是明确官方新媒体账号', 'new-media'),
    ],
  },
  {
    id: 'h21-c06-city-tcm-hospital-2025',
    // Problems told by what patients meet. The same experts printed differently on the site and on the
    // account: two channels printing one item two ways (duplicate-publishing), though one is new media.
    text: `五、存在的主要问题及改进情况
◆ 患者反映在医院网站上找不到专家出诊时间表，电话询问后才知道网站表格已停在三个月前。
◆ 医院只公开了部分医疗服务价格，大型设备检查、耗材等收费项目未向社会公开。
◆ 医院个别科室在患者投诉后才想起公开相关制度，平时对公开工作不上心。
◆ 医院公众号推送的专家介绍与官网信息不一致，有的专家已退休仍在公众号上“坐诊”。
整改措施：
◆ 专家出诊信息实行每周更新，由门诊部负责。
◆ 全面公开医疗服务价格和耗材价格。
◆ 院领导班子带头抓公开，召开科主任会议专题部署，扭转科室“重医疗、轻公开”的观念。
◆ 公众号与官网专家信息实行同源发布、同步更新。
`,
    problems: [
      e('◆ 患者反映在医院网站上', 'update-gap'),
      e('◆ 医院只公开了部分医疗服务价格', 'incomplete-disclosure'),
      e('◆ 医院个别科室在患者投诉后', 'awareness'),
      e('◆ 医院公众号推送的专家介绍', 'duplicate-publishing'),
    ],
    improvements: [
      e('◆ 专家出诊信息实行每周更新', 'update-gap'),
      e('◆ 全面公开医疗服务价格', 'incomplete-disclosure'),
      e('◆ 院领导班子带头抓公开', 'awareness'),
      e('◆ 公众号与官网专家信息', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h21-c07-county-middle-school-2019',
    // Each measure on its own line under its problem after 对策： (label left out).
    text: `五、存在的主要问题及改进情况
（一）校务公开栏内容多年未换，公开栏里仍贴着前任校长的分工。
对策：由校办每学期初更换校务公开栏内容。
（二）学校教职工对信息公开工作了解不多，没有参加过相关培训。
对策：邀请县教育局业务人员来校开展专题辅导。
（三）学校食堂收费、代办费收支情况没有向家长公开。
对策：每学期末向家长公开食堂和代办费收支明细。
`,
    problems: [
      e('（一）校务公开栏内容多年未换', 'update-gap'),
      e('（二）学校教职工对信息公开工作', 'staff-capacity'),
      e('（三）学校食堂收费', 'incomplete-disclosure'),
    ],
    improvements: [
      e('由校办每学期初更换', 'update-gap'),
      e('邀请县教育局业务人员', 'staff-capacity'),
      e('每学期末向家长公开', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h21-c08-maternal-child-hospital-2022',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
【公开内容】医院对孕产妇保健、儿童保健服务项目的公开停留在项目名称层面，服务流程、预约方式等群众最需要的内容缺失。
【依申请公开】年内收到的2件依申请公开，答复时未按规定出具书面答复，仅电话告知。
【平台建设】医院官网移动端适配差，手机打开后页面排版混乱，无法正常浏览。
（二）改进情况
【公开内容】细化保健服务项目公开内容，补充服务流程、预约方式和收费标准。
【依申请公开】严格按规定出具书面答复，建立依申请公开台账。
【平台建设】完成官网移动端改版，实现手机端正常浏览。
`,
    problems: [
      e('【公开内容】医院对孕产妇保健', 'incomplete-disclosure'),
      e('【依申请公开】年内收到的2件', 'request-handling'),
      e('【平台建设】医院官网移动端适配差', 'platform-stability'),
    ],
    improvements: [
      e('【公开内容】细化保健服务项目', 'incomplete-disclosure'),
      e('【依申请公开】严格按规定出具书面答复', 'request-handling'),
      e('【平台建设】完成官网移动端改版', 'platform-stability'),
    ],
  },
  {
    id: 'h21-c09-city-second-hospital-2023',
    // Sub-points ①② stay inside the first problem. The second: offices passing the work to each other and
    // leaders seldom asking after it (awareness).
    text: `五、存在的主要问题及改进情况
一方面，院务公开的内容不够全面。①医疗质量、患者满意度调查结果等信息未公开；②重大设备采购结果只在院内公示。另一方面，信息公开工作合力不足，各职能科室各管一段，遇到跨科室的公开事项互相推诿，院领导过问不多。
2024年，医院将：第一，把医疗质量指标、满意度调查结果和重大采购结果纳入主动公开范围；第二，成立由分管院领导任组长的院务公开领导小组，定期研究公开工作。
`,
    problems: [
      e('一方面，院务公开的内容不够全面', 'incomplete-disclosure'),
      e('另一方面，信息公开工作合力不足', 'awareness'),
    ],
    improvements: [
      e('第一，把医疗质量指标', 'incomplete-disclosure'),
      e('第二，成立由分管院领导', 'awareness'),
    ],
  },
  {
    id: 'h21-c10-county-health-bureau-2024',
    // Last year's fix in one sentence before the problems (2023年度报告中提出…). No online way to apply
    // is how requests are handled (request-handling).
    text: `五、存在的主要问题及改进情况
2023年度报告中提出的“乡镇卫生院公开栏内容陈旧”问题，今年已督促全县21家卫生院全部更新。
当前仍存在以下问题：
1.家庭医生签约服务政策调整后，群众对签约费用由谁承担等问题存在疑问，我局的政策说明没有跟上。
2.局网站依申请公开栏目只有申请表下载，没有在线申请渠道，群众只能到现场或邮寄提交。
3.全县卫生健康系统政务公开事项目录尚未编制，各医疗机构公开内容各搞一套。
2025年度工作打算：
1.围绕家庭医生签约等群众关心的政策，制作问答和短视频进行解读。
2.开通依申请公开网上提交渠道。
3.编制全县卫生健康系统政务公开事项目录，统一公开内容。
`,
    priorDone: 1,
    problems: [
      e('1.家庭医生签约服务政策调整后', 'policy-interpretation'),
      e('2.局网站依申请公开栏目', 'request-handling'),
      e('3.全县卫生健康系统政务公开事项目录', 'standardization'),
    ],
    improvements: [
      e('1.围绕家庭医生签约', 'policy-interpretation'),
      e('2.开通依申请公开网上提交渠道', 'request-handling'),
      e('3.编制全县卫生健康系统', 'standardization'),
    ],
  },
  {
    id: 'h21-c11-normal-university-2020',
    text: `五、存在的主要问题及改进情况
经梳理，学校信息公开工作主要存在以下几方面问题：
(1)意识方面：部分二级学院领导认为信息公开可有可无，布置的公开任务常常拖着不办。
(2)队伍方面：学校信息公开工作由党政办一名科员负责，二级单位联络员多为临时指定的研究生助理。
(3)互动方面：学校信息公开网“意见箱”开通两年仅收到留言7条，师生知晓率低。
针对以上问题，学校今后将：
(1)在党委常委会上专题研究信息公开工作，推动二级学院领导提高重视程度。
(2)配备专职工作人员，二级单位指定在编人员担任联络员。
(3)通过校园网、迎新手册等渠道宣传信息公开网意见箱，鼓励师生建言。
`,
    problems: [
      e('(1)意识方面', 'awareness'),
      e('(2)队伍方面', 'staff-capacity'),
      e('(3)互动方面', 'public-participation'),
    ],
    improvements: [
      e('(1)在党委常委会上', 'awareness'),
      e('(2)配备专职工作人员', 'staff-capacity'),
      e('(3)通过校园网、迎新手册', 'public-participation'),
    ],
  },
  {
    id: 'h21-c12-county-tcm-hospital-2021',
    // One heading 一、/二、 per list, one paragraph per entry, no numbers.
    text: `五、存在的主要问题及改进情况
一、存在问题
医院微信公众号、视频号开通后由宣传科一人兼管，推送不定期，有时一个多月没有新内容，粉丝留言也无人回复。
医院政务公开专栏与上级卫健部门平台公开的医院基本信息、床位数等数据不一致。
二、改进措施
组建由宣传科牵头、各科室通讯员参与的新媒体运营团队，每周固定推送。
建立数据发布前核对机制，确保医院网站与上级平台数据一致。
`,
    problems: [
      e('医院微信公众号、视频号开通后', 'new-media'),
      e('医院政务公开专栏与上级卫健部门平台', 'duplicate-publishing'),
    ],
    improvements: [
      e('组建由宣传科牵头', 'new-media'),
      e('建立数据发布前核对机制', 'duplicate-publishing'),
    ],
  },
]
