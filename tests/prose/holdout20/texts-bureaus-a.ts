// Holdout 20, county and city bureaus: development and reform, education, public security, civil affairs,
// justice, finance (12 texts). Invented bodies and wordings; answers by problem-taxonomy.md's definitions only.
import { e, type Holdout20Case } from './entry'

export const BUREAUS_A: Holdout20Case[] = [
  {
    id: 'h20-b01-county-fgw-2023',
    text: `五、存在的主要问题及改进情况
（一）存在问题
1.重大建设项目批准和实施领域信息公开不够及时、完整，部分项目招投标信息、施工信息未按要求公开。
2.价格政策解读较少，群众对价格调整政策的疑问得不到及时解答。
（二）改进措施
1.督促项目单位及时、完整公开项目审批、招投标、施工等信息。
2.在价格政策出台时同步发布解读材料，通过热线电话和网站答疑及时回应群众疑问。
`,
    problems: [e('1.重大建设项目批准和实施领域', 'incomplete-disclosure'), e('2.价格政策解读较少', 'policy-interpretation')],
    improvements: [e('1.督促项目单位及时、完整公开', 'incomplete-disclosure'), e('2.在价格政策出台时同步发布解读材料', 'policy-interpretation')],
  },
  {
    id: 'h20-b02-city-education-2024',
    text: `五、存在的主要问题及改进情况
2024年，我局政府信息公开工作虽然取得一定成效，但也存在一些问题：
（1）局属学校信息公开工作发展不平衡，部分学校网站招生、收费栏目更新滞后，有的栏目自开设以来一直没有内容。
（2）招生入学政策解读形式单一，主要以文件原文加文字说明为主，家长看不懂、理解难的问题仍然存在。
（3）依申请公开件办理质量不高，有的答复未说明不予公开的理由和依据。
（4）教育系统政务新媒体数量多、管理散，个别学校公众号发布内容审核把关不严。
（5）对信息公开工作的考核评价机制不健全，考核结果运用不够。
针对以上问题，2025年我局将重点抓好以下工作：
1.督促局属学校定期更新招生、收费等栏目信息，对长期空白栏目进行清理整合。
2.采用图解、短视频、直播访谈等方式解读招生入学政策，让家长看得懂、用得上。
3.规范依申请公开答复，对不予公开的，逐一说明理由和法律依据。
4.加强教育系统政务新媒体管理，落实“三审三校”制度。
5.完善信息公开工作考核办法，将考核结果纳入学校年度综合考评。
`,
    problems: [
      e('（1）局属学校信息公开工作发展不平衡', 'update-gap'),
      e('（2）招生入学政策解读形式单一', 'policy-interpretation'),
      e('（3）依申请公开件办理质量不高', 'request-handling'),
      e('（4）教育系统政务新媒体数量多', 'new-media'),
      // Appraisal (考核) is none of the named categories: other.
      e('（5）对信息公开工作的考核评价机制不健全', 'other'),
    ],
    improvements: [
      e('1.督促局属学校定期更新', 'update-gap'),
      e('2.采用图解、短视频、直播访谈等方式', 'policy-interpretation'),
      e('3.规范依申请公开答复', 'request-handling'),
      e('4.加强教育系统政务新媒体管理', 'new-media'),
      e('5.完善信息公开工作考核办法', 'other'),
    ],
  },
  {
    id: 'h20-b03-county-police-2022',
    // One run-on paragraph with half-width , ; : and a half-width full stop before 下一步.
    text: `五、存在的主要问题及改进情况
我局政府信息公开工作还存在一些不足,主要是:一是警务公开内容以工作动态为主,群众关心的办事指南、执法依据等信息公开得不够;二是部分民警对政府信息公开工作认识不足,认为公开是办公室一家的事;三是窗口单位的政务公开查阅点很少有群众使用.下一步,我局将:一是梳理完善办事指南和执法依据,做到应公开尽公开;二是加强全警政务公开教育,树立“公开是常态”的意识;三是在户籍大厅等窗口醒目位置公示查阅点位置和功能,提高使用率。
`,
    problems: [e('一是警务公开内容以工作动态为主', 'incomplete-disclosure'), e('二是部分民警对政府信息公开工作认识不足', 'awareness'), e('三是窗口单位的政务公开查阅点', 'reading-room-underused')],
    improvements: [e('一是梳理完善办事指南和执法依据', 'incomplete-disclosure'), e('二是加强全警政务公开教育', 'awareness'), e('三是在户籍大厅等窗口醒目位置', 'reading-room-underused')],
  },
  {
    id: 'h20-b04-district-civil-affairs-2021',
    text: `五、存在的主要问题及改进情况
1.社会救助、养老服务等领域信息公开内容不够细化，低保对象公示信息要素不完整。
2.民政政策宣传解读不够，困难群众对救助政策知晓率不高。
3.信息公开专门工作人员少，业务培训不多。
改进措施：
1.细化社会救助领域公开内容，按要求完整公示低保、特困对象信息。
2.深入社区开展民政政策宣讲，制作通俗易懂的政策明白卡。
3.充实信息公开工作力量，每年组织2次以上业务培训。
上年度问题整改情况：
(1)针对2020年度报告中指出的网站栏目内容陈旧问题，已对网站栏目进行全面梳理，清理空白栏目5个；
(2)针对依申请公开答复文书格式混乱问题，已聘请法律顾问对答复文书进行审核。
`,
    problems: [e('1.社会救助、养老服务等领域', 'incomplete-disclosure'), e('2.民政政策宣传解读不够', 'policy-interpretation'), e('3.信息公开专门工作人员少', 'staff-capacity')],
    improvements: [e('1.细化社会救助领域公开内容', 'incomplete-disclosure'), e('2.深入社区开展民政政策宣讲', 'policy-interpretation'), e('3.充实信息公开工作力量', 'staff-capacity')],
    priorDone: 2,
  },
  {
    id: 'h20-b05-county-justice-2020',
    text: `五、存在的主要问题及改进情况
首先，行政复议、行政执法监督等信息公开的主动性不强，公开内容偏少。其次，局网站法律服务栏目与省法律服务网内容多有交叉，同一信息多头发布，口径也不统一。
今后，我局将：首先，主动公开行政复议决定书等信息，扩大公开范围；其次，理顺各平台信息发布职责，同一信息统一口径、只在一处发布，其他平台做链接。
`,
    problems: [e('首先，行政复议、行政执法监督等信息', 'incomplete-disclosure'), e('其次，局网站法律服务栏目', 'duplicate-publishing')],
    improvements: [e('首先，主动公开行政复议决定书', 'incomplete-disclosure'), e('其次，理顺各平台信息发布职责', 'duplicate-publishing')],
  },
  {
    id: 'h20-b06-city-finance-2024',
    // The measures run on after 2025年，我局将 (a lead), split by ； only.
    text: `五、存在的主要问题及改进情况
一是部分预算单位预决算公开质量不高，绩效目标、“三公”经费说明过于简单，且公开时间晚于规定时限。二是财政政策解读的针对性不强，对减税降费、惠企资金等企业关心的政策回应不够。三是财政信息公开平台与部门预决算公开系统数据对接不顺畅，数据需要人工二次录入。
2025年，我局将督促各预算单位严格按时限、按要求公开预决算，细化绩效目标和“三公”经费说明；围绕企业关心的惠企政策开展精准解读；协调技术单位优化两个系统的数据接口，实现数据自动推送。
`,
    problems: [e('一是部分预算单位预决算公开质量不高', 'incomplete-disclosure'), e('二是财政政策解读的针对性不强', 'policy-interpretation'), e('三是财政信息公开平台与部门预决算公开系统', 'platform-stability')],
    improvements: [e('督促各预算单位严格按时限', 'incomplete-disclosure'), e('围绕企业关心的惠企政策', 'policy-interpretation'), e('协调技术单位优化两个系统的数据接口', 'platform-stability')],
  },
  {
    id: 'h20-b07-city-traffic-police-2023',
    // Full-width 1．; a hotline and message board answering late is public participation.
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
１．交通管理信息公开的及时性不够，部分路段施工交通管制信息发布滞后。
２．对群众通过12345热线、网站留言反映的交通问题答复不够及时、针对性不强。
（二）改进情况
１．建立交通管制信息提前发布机制，确保管制信息提前3日向社会公布。
２．完善群众诉求办理机制，明确答复时限，提高答复质量。
`,
    problems: [e('１．交通管理信息公开的及时性不够', 'incomplete-disclosure'), e('２．对群众通过12345热线', 'public-participation')],
    improvements: [e('１．建立交通管制信息提前发布机制', 'incomplete-disclosure'), e('２．完善群众诉求办理机制', 'public-participation')],
  },
  {
    id: 'h20-b08-district-education-2021',
    // Entries split by ； only, no markers.
    text: `五、存在的主要问题及改进情况
存在的主要问题：教育收费、学生资助等信息公开的主动性还不够；个别学校校务公开栏长期没有变化，内容陈旧；教育系统政务公开工作人员以兼职为主，变动较多。
改进情况：进一步加大教育收费、学生资助信息的主动公开力度；督促学校每学期至少更新一次校务公开栏；保持政务公开工作人员相对稳定，加强业务指导。
`,
    problems: [e('教育收费、学生资助等信息公开的主动性还不够', 'incomplete-disclosure'), e('个别学校校务公开栏长期没有变化', 'update-gap'), e('教育系统政务公开工作人员以兼职为主', 'staff-capacity')],
    improvements: [e('进一步加大教育收费、学生资助信息', 'incomplete-disclosure'), e('督促学校每学期至少更新一次校务公开栏', 'update-gap'), e('保持政务公开工作人员相对稳定', 'staff-capacity')],
  },
  {
    id: 'h20-b09-city-civil-affairs-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的问题
一是信息公开的广度和深度还需拓展。养老机构等级评定、社会组织年检结果等信息公开还不够，部分信息仅公开结果、未公开依据。
二是网站个别栏目长期处于空白状态，“社会组织”栏目近一年未发布信息，同时网站搜索功能不能按文号查询，群众查找信息不便。
三是对公开信息的保密审查还不够严格，曾出现公开文件中包含个人身份证号码的情况。
四是政务公开工作人员调整后交接不到位，新任人员对依申请公开办理流程不熟悉，出现过超期答复的情况。
（二）改进措施
为此，我局将采取以下措施：
一是拓展公开的广度和深度，将养老机构等级评定、社会组织年检结果及其依据全部纳入公开范围。
二是全面排查网站栏目，对空白栏目限期补充内容；升级网站搜索功能，增加按文号、按时间检索。
三是严格落实公开前保密审查制度，坚持“先审查、后公开”。
四是建立工作交接制度，加强新任人员依申请公开业务培训，严格按照法定时限答复申请。
`,
    problems: [
      e('一是信息公开的广度和深度还需拓展', 'incomplete-disclosure'),
      // An empty column and a search that cannot find by document number: both named.
      e('二是网站个别栏目长期处于空白状态', 'update-gap', 'platform-stability'),
      // Secrecy review before publishing: other.
      e('三是对公开信息的保密审查还不够严格', 'other'),
      // Staff handover and skill, and a late reply to a request: both named.
      e('四是政务公开工作人员调整后交接不到位', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('一是拓展公开的广度和深度', 'incomplete-disclosure'),
      e('二是全面排查网站栏目', 'update-gap', 'platform-stability'),
      e('三是严格落实公开前保密审查制度', 'other'),
      e('四是建立工作交接制度', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h20-b10-county-finance-2020',
    // Two problems, one measure sentence that names both (fewer measures than problems).
    text: `五、存在的主要问题及改进情况
2020年我局信息公开工作存在的问题主要是：1、财政资金直达基层信息公开不够及时；2、政府采购信息公开渠道分散，在多个网站同时发布，内容表述不一致。下一步，我局将严格按照规定时限公开财政资金直达基层信息，并统一政府采购信息发布口径。
`,
    problems: [e('1、财政资金直达基层信息公开不够及时', 'incomplete-disclosure'), e('2、政府采购信息公开渠道分散', 'duplicate-publishing')],
    improvements: [e('严格按照规定时限公开财政资金直达基层信息', 'incomplete-disclosure', 'duplicate-publishing')],
  },
  {
    id: 'h20-b11-district-police-2024',
    // Last year's fix is one sentence before the problems.
    text: `五、存在的主要问题及改进情况
2023年度报告中提出的依申请公开答复文书不规范问题，我局已通过制定统一答复模板整改完成。当前，我局政府信息公开工作仍存在以下问题：
①政务公开工作在部分基层所队还没有摆上应有位置，个别负责同志认为公安工作涉密多，能不公开就不公开。
②户籍、出入境等办事指南更新滞后，部分已调整的办理材料在网站上仍是旧版本。
③单位官方抖音号、微博开通后运维不力，发布内容少，个别账号已停更半年以上。
改进措施：
①加强对基层所队负责同志的教育引导，牢固树立“以公开为常态、不公开为例外”的理念。
②建立办事指南动态调整机制，政策调整后5个工作日内完成网上更新。
③对所属政务新媒体账号进行清理整合，无力运维的账号予以关停。
`,
    problems: [e('①政务公开工作在部分基层所队', 'awareness'), e('②户籍、出入境等办事指南更新滞后', 'update-gap'), e('③单位官方抖音号、微博', 'new-media')],
    improvements: [e('①加强对基层所队负责同志的教育引导', 'awareness'), e('②建立办事指南动态调整机制', 'update-gap'), e('③对所属政务新媒体账号进行清理整合', 'new-media')],
    priorDone: 1,
  },
  {
    id: 'h20-b12-city-justice-2022',
    // 2. printed twice, and the measures numbered on from 4: kept as printed.
    text: `五、存在的主要问题及改进情况
（一）存在问题
1.行政执法“三项制度”相关信息公开不够完整，执法结果公示存在遗漏。
2.政务公开专业人才缺乏，现有人员法律知识和信息技术知识兼备的较少。
2.依申请公开案件的办理程序仍需规范，个别案件未按规定出具补正告知书。
（二）改进措施
4.全面梳理行政执法公示事项，确保执法结果应公开尽公开。
5.通过以案代训、集中培训等方式提升工作人员综合能力。
6.完善依申请公开办理流程，规范补正告知等程序性文书的使用。
`,
    problems: [e('1.行政执法“三项制度”', 'incomplete-disclosure'), e('2.政务公开专业人才缺乏', 'staff-capacity'), e('2.依申请公开案件的办理程序', 'request-handling')],
    improvements: [e('4.全面梳理行政执法公示事项', 'incomplete-disclosure'), e('5.通过以案代训', 'staff-capacity'), e('6.完善依申请公开办理流程', 'request-handling')],
  },
]
