// Holdout 21, county, district and city government offices (12 texts). Invented bodies and wordings;
// answers by problem-taxonomy.md's definitions only.
import { e, type Holdout21Case } from './entry'

export const OFFICES: Holdout21Case[] = [
  {
    id: 'h21-e01-county-office-2019',
    // Last year's fixes as the first sub-heading (one sentence, counted 1); the problems and measures under
    // （二）and（三）.
    text: `五、存在的主要问题及改进情况
（一）上年度问题整改情况
针对上年度报告反映的乡镇网站栏目空白、解读形式单一等问题，我县已关停乡镇网站并将内容迁移至县政府门户网站，全年制作图解、视频解读120余件。
（二）存在的问题
一是部分乡镇和部门对公开工作重视不足，主要领导很少过问。
二是政府信息公开平台与部门业务系统尚未打通，信息需人工重复录入。
三是基层政务公开标准化工作进展不平衡，部分乡镇事项清单尚未编制完成。
四是依申请公开答复质量不高，年内有2件被复议机关责令重新答复。
五是县政府门户网站部分专题专栏长时间未维护。
（三）改进措施
一是将政务公开工作列入各乡镇、部门主要负责同志的重要工作日程，定期听取汇报。
二是推进信息公开平台与部门业务系统数据对接，实现一次录入、多端发布。
三是督促未完成事项清单编制的乡镇在年底前完成。
四是建立疑难申请集体会商和法律顾问审核制度。
五是开展专题专栏全面清理，对无法保障更新的予以关停。
`,
    priorDone: 1,
    problems: [
      e('一是部分乡镇和部门对公开工作重视不足', 'awareness'),
      e('二是政府信息公开平台与部门业务系统', 'platform-stability'),
      e('三是基层政务公开标准化工作', 'standardization'),
      e('四是依申请公开答复质量不高', 'request-handling'),
      e('五是县政府门户网站部分专题专栏', 'update-gap'),
    ],
    improvements: [
      e('一是将政务公开工作列入', 'awareness'),
      e('二是推进信息公开平台与部门业务系统', 'platform-stability'),
      e('三是督促未完成事项清单编制', 'standardization'),
      e('四是建立疑难申请集体会商', 'request-handling'),
      e('五是开展专题专栏全面清理', 'update-gap'),
    ],
  },
  {
    id: 'h21-e02-district-office-2020',
    // Labels 存在问题：/改进情况： on the first entry's line (left out). Departments' reports in their own
    // formats: one rule for every branch (standardization).
    text: `五、存在的主要问题及改进情况
存在问题：一是基层群众反映在区政府网站上想找一份去年的拆迁公告，翻了十几页也没找到，网站分类检索功能亟待优化。二是区级部门年报格式、统计口径各不相同，汇总时数据对不上。三是涉及群众切身利益的政策出台前，征求意见时间短，有的只挂网三天。四是乡镇（街道）政务公开工作人员一年换了近一半。
改进情况：一是优化网站分类导航和检索功能。二是印发年报编制指引，统一格式和统计口径。三是规范征求意见程序，征求意见期原则上不少于30日。四是建立工作人员变动报备和交接制度，保持队伍稳定。
`,
    problems: [
      e('一是基层群众反映在区政府网站上', 'platform-stability'),
      e('二是区级部门年报格式', 'standardization'),
      e('三是涉及群众切身利益的政策出台前', 'public-participation'),
      e('四是乡镇（街道）政务公开工作人员', 'staff-capacity'),
    ],
    improvements: [
      e('一是优化网站分类导航', 'platform-stability'),
      e('二是印发年报编制指引', 'standardization'),
      e('三是规范征求意见程序', 'public-participation'),
      e('四是建立工作人员变动报备', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-e03-city-office-2021',
    // A regulation's text printed differently in the gazette and on the site: duplicate-publishing.
    text: `五、存在的主要问题及改进情况
（一）存在的问题
1.重点领域信息公开质量有待提升。部分区县和部门在重大建设项目、公共资源配置领域的公开信息要素不全，有的只有标题没有正文附件。
2.政策解读与文件发布“两张皮”。部分解读材料简单摘抄文件原文，对政策背景、主要变化讲得不透。
3.政务新媒体“重开设、轻运营”问题依然存在，个别账号存在互动回应不及时的情况。
4.政府网站集约化平台部分功能不完善，站群之间信息推送经常失败。
5.政府公报与政府网站刊登的同一规章文本存在不一致。
（二）2022年工作打算
1.开展重点领域信息公开专项检查，对要素不全的逐条整改。
2.推行解读材料与政策文件同步起草、同步审核、同步发布，重点讲清背景和新旧变化。
3.开展政务新媒体常态化检查，对运营不善的账号依规整合关停。
4.组织集约化平台技术优化，解决站群信息推送失败问题。
5.建立政府公报与政府网站文本核校机制。
`,
    problems: [
      e('1.重点领域信息公开质量有待提升', 'incomplete-disclosure'),
      e('2.政策解读与文件发布“两张皮”', 'policy-interpretation'),
      e('3.政务新媒体“重开设、轻运营”', 'new-media'),
      e('4.政府网站集约化平台部分功能', 'platform-stability'),
      e('5.政府公报与政府网站刊登', 'duplicate-publishing'),
    ],
    improvements: [
      e('1.开展重点领域信息公开专项检查', 'incomplete-disclosure'),
      e('2.推行解读材料与政策文件同步起草', 'policy-interpretation'),
      e('3.开展政务新媒体常态化检查', 'new-media'),
      e('4.组织集约化平台技术优化', 'platform-stability'),
      e('5.建立政府公报与政府网站文本核校机制', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h21-e04-county-office-2022',
    // Problems numbered （一）（二）（四） (（三） skipped); measures unnumbered, one a line, each opening on a verb.
    text: `五、存在的主要问题及改进情况
（一）政府信息公开工作人员缺乏系统培训，有的乡镇信息员连政府信息公开条例的基本规定都不清楚。
（二）县政府网站“重大决策预公开”栏目2022年仅发布1条征求意见稿，群众参与决策的渠道没有真正打开。
（四）部分单位主动公开的文件未标注公开属性，不少文件应公开未公开。
下一步打算：
持续加强业务培训，每年对乡镇和部门信息员轮训一遍。
加快完善重大决策预公开制度，让更多群众参与决策。
着力落实公文公开属性源头认定，对应公开未公开的文件逐一补充公开。
`,
    problems: [
      e('（一）政府信息公开工作人员缺乏系统培训', 'staff-capacity'),
      e('（二）县政府网站“重大决策预公开”栏目', 'public-participation'),
      e('（四）部分单位主动公开的文件', 'incomplete-disclosure'),
    ],
    improvements: [
      e('持续加强业务培训', 'staff-capacity'),
      e('加快完善重大决策预公开制度', 'public-participation'),
      e('着力落实公文公开属性源头认定', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h21-e05-city-office-2023',
    // Unnumbered title sentences (公开的精准度不高。…) one a paragraph; measures opened by 在…上，.
    text: `五、存在的主要问题及改进情况
一年来，我市政务公开工作取得了一定成效，但也存在一些不足。
公开的精准度不高。发布的信息以会议、活动类为主，企业和群众关心的办事服务、惠企政策信息偏少。
政民互动效果不好。市长信箱来信办理“重程序、轻实效”，部分回复只是简单转办，群众满意率不高。
基层政务公开专区利用率不高。各县区专区建成后，多数群众仍习惯直接到窗口咨询。
下一步，市政府办公室将着力从以下方面加以改进。
在内容上，压减会议活动类信息，增加办事服务和惠企政策信息发布。
在互动上，健全市长信箱来信办理质量评查，推动群众反映问题真正解决。
在阵地上，在专区配备引导员，开展“政务公开体验日”活动，引导群众用好专区。
`,
    problems: [
      e('公开的精准度不高', 'incomplete-disclosure'),
      e('政民互动效果不好', 'public-participation'),
      e('基层政务公开专区利用率不高', 'reading-room-underused'),
    ],
    improvements: [
      e('在内容上', 'incomplete-disclosure'),
      e('在互动上', 'public-participation'),
      e('在阵地上', 'reading-room-underused'),
    ],
  },
  {
    id: 'h21-e06-district-office-2024',
    // ◇ bullets. The first problem names both the departments' view of the work and their columns left
    // empty; its measure only the columns' upkeep. Work not assessed is appraisal (other). Last year's fix
    // after the measures, opened by 另，.
    text: `五、存在的主要问题及改进情况
◇区直部门网站栏目由区政府网站统一承载后，部分部门认为网站由区政府办管理，本部门栏目长期无人维护，出现“空栏”“断档”。
◇依申请公开办理中，个别部门对“内部事务信息”“过程性信息”理解偏差，不予公开的理由说明不充分。
◇各部门年度政务公开工作要点落实情况缺少评估，工作成效无法衡量。
今后我区将：
◇建立栏目维护责任清单，按月通报各部门栏目维护情况。
◇组织依申请公开案例研讨，规范不予公开理由的说明。
◇开展政务公开工作第三方评估。
另，上年度报告中指出的解读回应不及时问题，已建立政策解读“三同步”制度，整改到位。
`,
    priorDone: 1,
    problems: [
      e('◇区直部门网站栏目', 'awareness', 'update-gap'),
      e('◇依申请公开办理中', 'request-handling'),
      e('◇各部门年度政务公开工作要点', 'other'),
    ],
    improvements: [
      e('◇建立栏目维护责任清单', 'update-gap'),
      e('◇组织依申请公开案例研讨', 'request-handling'),
      e('◇开展政务公开工作第三方评估', 'other'),
    ],
  },
  {
    id: 'h21-e07-county-office-2025',
    // Two problems in one paragraph, the first naming stale columns and part-time staff of uneven skill;
    // the measures run on after 下一步，我县将 (lead left out) as 一方面/另一方面.
    text: `五、存在的主要问题及改进情况
2025年，我县政务公开工作主要存在两方面问题：一是部分乡镇网站栏目内容陈旧、更新缓慢，同时乡镇信息员多为兼职，业务水平参差不齐；二是政策解读仍以文字解读为主，群众喜闻乐见的解读形式运用不多。下一步，我县将一方面落实乡镇栏目更新责任，分批次组织信息员业务培训，另一方面创新解读形式，推广图解、动漫、短视频等解读方式。
`,
    problems: [
      e('一是部分乡镇网站栏目内容陈旧', 'update-gap', 'staff-capacity'),
      e('二是政策解读仍以文字解读为主', 'policy-interpretation'),
    ],
    improvements: [
      e('一方面落实乡镇栏目更新责任', 'update-gap', 'staff-capacity'),
      e('另一方面创新解读形式', 'policy-interpretation'),
    ],
  },
  {
    id: 'h21-e08-county-office-2022',
    // A topic heading per pair and the labels 存在问题：/改进措施： inside the same line (all left out).
    text: `五、存在的主要问题及改进情况
（一）关于政府网站。存在问题：县政府网站部分栏目信息与上级平台推送信息重复，同一文件在网站上出现两到三次。改进措施：清理重复信息，建立信息发布前查重机制。
（二）关于政务公开队伍。存在问题：县直部门政务公开工作人员调整频繁，很多人上岗时没有经过培训。改进措施：建立新上岗人员“必训”制度。
（三）关于政务新媒体。存在问题：部分部门政务新媒体账号长期不更新，有的已无人管理。改进措施：对无力运营的账号一律关停整合。
`,
    problems: [
      e('县政府网站部分栏目信息与上级平台', 'duplicate-publishing'),
      e('县直部门政务公开工作人员调整频繁', 'staff-capacity'),
      e('部分部门政务新媒体账号长期不更新', 'new-media'),
    ],
    improvements: [
      e('清理重复信息', 'duplicate-publishing'),
      e('建立新上岗人员“必训”制度', 'staff-capacity'),
      e('对无力运营的账号', 'new-media'),
    ],
  },
  {
    id: 'h21-e09-district-office-2023',
    // Funds are other (the site's security kit is what the money buys); personal data leaked before
    // publishing is review (other). Rules repealed but shown as in force: their clean-up published late
    // (incomplete-disclosure). Measures one paragraph, each opened by 着力.
    text: `五、存在的主要问题及改进情况
一是政务公开专区功能单一，只摆放了宣传资料，不能提供政府信息查询服务，前来查阅的群众寥寥无几。
二是区级财政对政务公开工作经费保障不足，网站安全防护设备多年未更新。
三是规范性文件清理结果公开不及时，已失效文件仍在网站上以现行有效状态展示。
四是部分部门在公开前对涉及个人隐私的内容把关不严，个别公示材料泄露了当事人电话号码。
关于上年度问题整改情况：上年度存在的依申请公开答复超期问题已整改，本年度所有申请均在法定期限内答复。
改进措施：
着力拓展专区功能，增设自助查询设备，提供政府信息查询服务；着力争取财政支持，将网站安全设备更新列入年度预算；着力及时公开规范性文件清理结果，对失效文件作出醒目标注；着力落实公开前保密审查和隐私保护，杜绝泄露个人信息。
`,
    priorDone: 1,
    problems: [
      e('一是政务公开专区功能单一', 'reading-room-underused'),
      e('二是区级财政对政务公开工作经费', 'other'),
      e('三是规范性文件清理结果公开不及时', 'incomplete-disclosure'),
      e('四是部分部门在公开前', 'other'),
    ],
    improvements: [
      e('着力拓展专区功能', 'reading-room-underused'),
      e('着力争取财政支持', 'other'),
      e('着力及时公开规范性文件清理结果', 'incomplete-disclosure'),
      e('着力落实公开前保密审查', 'other'),
    ],
  },
  {
    id: 'h21-e10-city-office-2024',
    // Sub-points （1）（2） stay inside the first problem.
    text: `五、存在的主要问题及改进情况
对照国务院办公厅政府信息与政务公开办公室的要求，我市还存在以下问题：
1.政府信息公开平台建设有短板。（1）市级平台与部分区县平台尚未实现互联互通；（2）平台移动端页面加载慢，用户体验差。
2.部分部门制定的行政规范性文件没有主动公开，群众只能通过申请获取。
3.涉及群众切身利益的重大事项，部分单位未开展民意调查或听证，群众参与度低。
4.个别单位答复依申请公开时超过法定期限，且未说明延期理由。
2025年，我市将：
1.推进市区平台互联互通，优化移动端页面性能。
2.督促各部门将现行有效规范性文件全部主动公开。
3.对涉及群众切身利益的重大事项，严格落实民意调查和听证程序。
4.建立依申请公开办理时限预警，严格执行延期答复告知程序。
`,
    problems: [
      e('1.政府信息公开平台建设有短板', 'platform-stability'),
      e('2.部分部门制定的行政规范性文件', 'incomplete-disclosure'),
      e('3.涉及群众切身利益的重大事项', 'public-participation'),
      e('4.个别单位答复依申请公开时', 'request-handling'),
    ],
    improvements: [
      e('1.推进市区平台互联互通', 'platform-stability'),
      e('2.督促各部门将现行有效规范性文件', 'incomplete-disclosure'),
      e('3.对涉及群众切身利益的重大事项', 'public-participation'),
      e('4.建立依申请公开办理时限预警', 'request-handling'),
    ],
  },
  {
    id: 'h21-e11-county-office-2021',
    // No boundary: problems （一）…, then the measures numbered 1. straight after. A catalogue that does not
    // match what is published is the catalogue's (standardization); a defaced home page a technical fault.
    text: `五、存在的主要问题及改进情况
（一）公开目录与实际公开内容脱节，目录中列明的部分事项在网站上找不到对应信息。
（二）全县政务公开培训偏重理论讲授，实际操作演练少，信息员上手慢。
（三）县政府网站在节假日期间曾出现首页被篡改的安全事件。
1.开展目录与公开内容对账，做到目录列明的事项都有信息可查。
2.培训增加网站后台操作、依申请公开文书制作等实操内容。
3.加强网站安全监测，实行节假日24小时值守。
`,
    problems: [
      e('（一）公开目录与实际公开内容脱节', 'standardization'),
      e('（二）全县政务公开培训偏重理论讲授', 'staff-capacity'),
      e('（三）县政府网站在节假日期间', 'platform-stability'),
    ],
    improvements: [
      e('1.开展目录与公开内容对账', 'standardization'),
      e('2.培训增加网站后台操作', 'staff-capacity'),
      e('3.加强网站安全监测', 'platform-stability'),
    ],
  },
  {
    id: 'h21-e12-district-office-2022',
    // Last year's fixes in one sentence before the lists (counted 1); 问题清单/整改清单 sub-heads.
    text: `五、存在的主要问题及改进情况
上一年度问题整改情况：上一年度报告所列3个问题均已整改完成。
（一）问题清单
1.部分街道对“五公开”要求落实不到位，决策、执行、管理、服务、结果各环节公开不均衡，结果公开偏弱。
2.区政府网站互动栏目访谈、征集活动少，全年只开展了2次在线访谈。
3.区属国有企业信息公开缺少统一规范，各企业公开什么、在哪公开各行其是。
4.区政府网站与区融媒体中心客户端信息发布口径不一，同一新闻稿标题、数据存在差异。
（二）整改清单
1.督促各街道补齐结果公开短板，重点公开重大决策执行结果。
2.每季度至少开展1次在线访谈或意见征集活动。
3.制定区属国有企业信息公开指引，明确公开事项、渠道和时限。
4.建立区政府网站与融媒体客户端稿件统一审核、统一发布机制。
`,
    priorDone: 1,
    problems: [
      e('1.部分街道对“五公开”要求', 'incomplete-disclosure'),
      e('2.区政府网站互动栏目', 'public-participation'),
      e('3.区属国有企业信息公开缺少统一规范', 'standardization'),
      e('4.区政府网站与区融媒体中心客户端', 'duplicate-publishing'),
    ],
    improvements: [
      e('1.督促各街道补齐结果公开短板', 'incomplete-disclosure'),
      e('2.每季度至少开展1次在线访谈', 'public-participation'),
      e('3.制定区属国有企业信息公开指引', 'standardization'),
      e('4.建立区政府网站与融媒体客户端', 'duplicate-publishing'),
    ],
  },
]
