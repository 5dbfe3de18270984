// Holdout 22, public bodies: development zones, centres, hospitals, schools, public enterprises and
// agencies (12 texts). Invented bodies and wordings; answers by problem-taxonomy.md's definitions only.
import { e, type Holdout22Case } from './entry'

export const PUBLIC: Holdout22Case[] = [
  {
    id: 'h22-p01-devzone-2021',
    text: `五、存在的主要问题及改进情况
（一）存在的问题
开发区管委会信息公开工作起步较晚，基础较为薄弱：一是招商引资优惠政策公开不够系统，企业需要逐个部门咨询；二是管委会网站自2021年初改版后，旧网站信息未能完整迁移，部分链接失效；三是管委会内设机构调整后，信息公开工作的职责分工没有及时明确，出现了推诿现象。
（二）改进措施
一是编制《开发区惠企政策汇编》，在网站设置政策专栏集中公开；二是组织技术人员对旧网站信息进行补迁，逐条修复失效链接；三是印发信息公开工作职责分工方案，明确各内设机构的公开责任。
`,
    problems: [
      e('一是招商引资优惠政策公开不够系统', 'incomplete-disclosure'),
      e('二是管委会网站自2021年初改版后', 'platform-stability'),
      e('三是管委会内设机构调整后', 'other'),
    ],
    improvements: [
      e('一是编制《开发区惠企政策汇编》', 'incomplete-disclosure'),
      e('二是组织技术人员对旧网站信息进行补迁', 'platform-stability'),
      e('三是印发信息公开工作职责分工方案', 'other'),
    ],
  },
  {
    id: 'h22-p02-hospital-2022',
    text: `五、存在的主要问题及改进情况
我院2022年信息公开工作还存在以下问题：
1.医疗服务价格和药品价格公示不够直观，患者在院内自助机上查询价格时操作步骤多。
2.医院官方微信公众号与医院网站发布的专家出诊信息不一致，导致患者白跑。
3.患者满意度调查结果没有对外公开，患者意见建议的反馈渠道不够畅通。
今后，我院将采取以下改进措施：
1.优化自助机价格查询功能，在门诊大厅设置电子屏滚动公示常用药品和服务价格。
2.专家出诊信息由医务部统一维护，网站和公众号同步更新。
3.按季度公开患者满意度调查结果，设立院长信箱并在7个工作日内回复患者意见。
`,
    problems: [
      e('1.医疗服务价格和药品价格公示不够直观', 'incomplete-disclosure', 'platform-stability'),
      e('2.医院官方微信公众号与医院网站', 'duplicate-publishing'),
      e('3.患者满意度调查结果没有对外公开', 'public-participation', 'incomplete-disclosure'),
    ],
    improvements: [
      e('1.优化自助机价格查询功能', 'incomplete-disclosure', 'platform-stability'),
      e('2.专家出诊信息由医务部统一维护', 'duplicate-publishing'),
      e('3.按季度公开患者满意度调查结果', 'public-participation', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h22-p03-school-2023',
    text: `五、存在的主要问题及改进情况
一、存在的主要问题
（一）学校信息公开清单执行不到位。部分学院（部门）未按清单要求公开相关信息，如学科建设、科研经费使用等信息公开不全。
（二）信息公开工作队伍不稳定。各学院（部门）信息公开联络员多由学生助理或临时人员担任，更换频繁。
（三）师生参与学校重大决策的途径有限。学校重大改革事项在出台前征求师生意见不够充分。
二、改进措施
（一）对照高等学校信息公开事项清单逐项落实，对未公开的事项限期补充公开。
（二）各学院（部门）信息公开联络员由在编教职工担任，保持相对稳定。
（三）涉及师生切身利益的重大事项，出台前通过教代会、学代会和校园网充分征求意见。
`,
    problems: [
      e('（一）学校信息公开清单执行不到位', 'standardization', 'incomplete-disclosure'),
      e('（二）信息公开工作队伍不稳定', 'staff-capacity'),
      e('（三）师生参与学校重大决策的途径有限', 'public-participation'),
    ],
    improvements: [
      e('（一）对照高等学校信息公开事项清单', 'standardization', 'incomplete-disclosure'),
      e('（二）各学院（部门）信息公开联络员', 'staff-capacity'),
      e('（三）涉及师生切身利益的重大事项', 'public-participation'),
    ],
  },
  {
    id: 'h22-p04-fund-2024',
    // A housing-fund centre: problems in two paragraphs with no markers; measures 1）2）3）.
    text: `五、存在的主要问题及改进情况
本中心政府信息公开工作存在的问题主要是：住房公积金年度报告和业务数据公开的内容较为简单，缴存使用的分区域数据没有公开；中心网站办事指南与实际办理要求存在出入，个别事项所需材料已经精简但指南没有修改。
此外，中心服务大厅的信息查询终端老化，经常死机，使用的人不多。
下步工作打算：
1）丰富年度报告和业务数据公开内容，增加分区域、分行业的缴存使用数据。
2）开展办事指南全面核查，与实际办理要求不一致的立即修改。
3）更新服务大厅查询终端，安排大堂经理引导缴存职工使用。
`,
    problems: [
      e('住房公积金年度报告和业务数据公开', 'incomplete-disclosure'),
      e('中心网站办事指南与实际办理要求', 'update-gap'),
      e('此外，中心服务大厅的信息查询终端老化', 'reading-room-underused', 'platform-stability'),
    ],
    improvements: [
      e('1）丰富年度报告和业务数据公开内容', 'incomplete-disclosure'),
      e('2）开展办事指南全面核查', 'update-gap'),
      e('3）更新服务大厅查询终端', 'reading-room-underused', 'platform-stability'),
    ],
  },
  {
    id: 'h22-p05-water-2020',
    text: `五、存在的主要问题及改进情况
2020年，我公司在公共企事业单位信息公开方面存在以下不足：
1、停水信息发布不够及时，个别计划停水通知在停水前不足24小时才发布。
2、水价构成、水质检测等信息公开不够详细，用户难以了解。
3、公司信息公开工作缺乏专门制度，各部门职责不清。
下一步，公司将从以下几方面改进：
1、计划停水信息提前48小时通过公司网站、微信公众号和社区公告栏发布。
2、每月公开出厂水和管网末梢水水质检测结果，在营业厅公示水价构成。
3、制定《公司信息公开管理办法》，明确各部门信息公开职责。
`,
    problems: [
      e('1、停水信息发布不够及时', 'incomplete-disclosure'),
      e('2、水价构成、水质检测等信息公开', 'incomplete-disclosure'),
      e('3、公司信息公开工作缺乏专门制度', 'standardization'),
    ],
    improvements: [
      e('1、计划停水信息提前48小时', 'incomplete-disclosure'),
      e('2、每月公开出厂水和管网末梢水', 'incomplete-disclosure'),
      e('3、制定《公司信息公开管理办法》', 'standardization'),
    ],
  },
  {
    id: 'h22-p06-cdc-2019',
    text: `五、存在的主要问题及改进情况
2019年我中心政府信息公开工作仍有一些不足。一是对新修订《条例》的学习宣传还不够，部分职工对信息公开的新要求了解不多；二是传染病疫情信息发布格式不规范，每月疫情通报的统计口径前后不一；三是中心网站技术力量薄弱，网站多次因安全漏洞被上级通报。
2020年，我中心将重点做好以下工作：一是把新《条例》纳入全体职工学习内容；二是统一疫情通报的统计口径和发布格式；三是委托专业机构对网站进行安全加固，定期开展漏洞扫描。
`,
    problems: [
      e('一是对新修订《条例》的学习宣传还不够', 'staff-capacity'),
      e('二是传染病疫情信息发布格式不规范', 'standardization'),
      e('三是中心网站技术力量薄弱', 'platform-stability'),
    ],
    improvements: [
      e('一是把新《条例》纳入全体职工学习内容', 'staff-capacity'),
      e('二是统一疫情通报的统计口径', 'standardization'),
      e('三是委托专业机构对网站进行安全加固', 'platform-stability'),
    ],
  },
  {
    id: 'h22-p07-park-2025',
    // An industrial park: problems as first lines with a body line each; measures under 整改措施 as ◆.
    text: `五、存在的主要问题及改进情况
（一）企业对园区公开的政策信息获取不便
园区政策信息分散在管委会网站、园区公众号和多个工作群中，企业反映找不到、找不全。
（二）涉企收费信息公开不够
园区物业、污水处理等收费项目和标准没有集中公开。
（三）园区政务公开工作人员缺乏专业背景
现有人员均为招商、建设岗位转岗，对公开工作的政策规定不熟悉。
整改措施：
◆建立园区政策“一站式”查询专栏，将分散在各平台的政策集中归集、统一发布。
◆在管委会网站集中公开涉企收费项目、标准和依据。
◆安排工作人员参加市级政务公开业务培训，并到兄弟园区跟班学习。
`,
    problems: [
      e('（一）企业对园区公开的政策信息获取不便', 'duplicate-publishing'),
      e('（二）涉企收费信息公开不够', 'incomplete-disclosure'),
      e('（三）园区政务公开工作人员缺乏专业背景', 'staff-capacity'),
    ],
    improvements: [
      e('◆建立园区政策“一站式”查询专栏', 'duplicate-publishing'),
      e('◆在管委会网站集中公开涉企收费项目', 'incomplete-disclosure'),
      e('◆安排工作人员参加市级政务公开业务培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h22-p08-hospital-2021',
    // A county TCM hospital: two problems, three measures (one measure answers both problems' awareness).
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
我院信息公开工作主要存在两方面问题：一是院务公开栏设置在住院部走廊，位置偏僻，患者和家属很少驻足查看；二是医院个别科室对信息公开工作不够重视，报送院务公开信息不及时。
（二）改进措施
一是将院务公开栏移至门诊大厅，增设电子显示屏。二是将院务公开工作纳入科室绩效考核。三是每季度召开一次院务公开工作会议，通报各科室报送情况。
`,
    problems: [
      e('一是院务公开栏设置在住院部走廊', 'reading-room-underused'),
      e('二是医院个别科室对信息公开工作不够重视', 'awareness'),
    ],
    improvements: [
      e('一是将院务公开栏移至门诊大厅', 'reading-room-underused'),
      e('二是将院务公开工作纳入科室绩效考核', 'awareness'),
      e('三是每季度召开一次院务公开工作会议', 'awareness'),
    ],
  },
  {
    id: 'h22-p09-weather-2022',
    text: `五、存在的主要问题及改进情况
我局2022年政府信息公开工作存在的问题：
一是气象灾害预警信息的发布渠道还不够多，偏远乡村的群众获取预警信息不及时。
二是气象服务信息公开的互动性不强，公众对天气预报的意见建议缺少反馈渠道。
三是局网站部分气象资料栏目长时间没有更新，如“气候公报”栏目仍停留在2020年。
下一步，我局将：
一是拓展预警信息发布渠道，在乡村大喇叭、电子显示屏等终端同步发布预警信息。
二是在局网站和公众号开设“气象服务意见箱”，定期回复公众意见建议。
三是及时发布年度气候公报，补齐历年缺失的气象资料。
`,
    problems: [
      e('一是气象灾害预警信息的发布渠道', 'incomplete-disclosure'),
      e('二是气象服务信息公开的互动性不强', 'public-participation'),
      e('三是局网站部分气象资料栏目', 'update-gap'),
    ],
    improvements: [
      e('一是拓展预警信息发布渠道', 'incomplete-disclosure'),
      e('二是在局网站和公众号开设“气象服务意见箱”', 'public-participation'),
      e('三是及时发布年度气候公报', 'update-gap'),
    ],
  },
  {
    id: 'h22-p10-gas-2023',
    // A gas company: problems in a run with 同时/此外; measures under 改进措施 run with ；.
    text: `五、存在的主要问题及改进情况
存在的主要问题：公司在燃气安全知识和检修计划信息公开方面还有欠缺，部分小区用户反映检修前未收到通知。同时，公司营业厅的信息公开栏内容较少，仅张贴了燃气价格表。此外，公司客服热线对用户咨询的信息公开问题答复不够专业。
改进措施：提前3天通过短信、公众号和小区公告栏发布检修计划，定期推送燃气安全知识；丰富营业厅信息公开栏内容，增加服务承诺、办事流程、收费依据等信息；加强客服人员业务培训，编制常见问题答复口径。
`,
    problems: [
      e('公司在燃气安全知识和检修计划信息公开', 'incomplete-disclosure'),
      e('同时，公司营业厅的信息公开栏内容较少', 'incomplete-disclosure'),
      e('此外，公司客服热线对用户咨询', 'staff-capacity', 'public-participation'),
    ],
    improvements: [
      e('提前3天通过短信、公众号', 'incomplete-disclosure'),
      e('丰富营业厅信息公开栏内容', 'incomplete-disclosure'),
      e('加强客服人员业务培训', 'staff-capacity', 'public-participation'),
    ],
  },
  {
    id: 'h22-p11-archive-2024',
    text: `五、存在的主要问题及改进情况
关于上年度问题整改：2023年度报告中反映的“档案开放目录公开不及时”问题，我馆已按季度公开新开放档案目录，整改到位。
2024年存在的问题：
⒈馆藏开放档案的在线查阅服务还不够便利，网上查档系统只能检索目录，不能在线浏览全文。
⒉档案查阅大厅的利用率不高，全年接待查档者较上年有所下降。
⒊政务公开工作与档案业务工作结合不紧密，现行文件移交后在档案馆公开查阅的机制还不健全。
改进措施：
⒈升级网上查档系统，对已数字化的开放档案提供在线全文浏览。
⒉在查阅大厅开展档案展览、档案宣传进社区等活动，吸引群众走进档案馆。
⒊会同市政府办公室完善现行文件移交和公开查阅机制。
`,
    priorDone: 1,
    problems: [
      e('⒈馆藏开放档案的在线查阅服务', 'platform-stability'),
      e('⒉档案查阅大厅的利用率不高', 'reading-room-underused'),
      e('⒊政务公开工作与档案业务工作结合', 'reading-room-underused'),
    ],
    improvements: [
      e('⒈升级网上查档系统', 'platform-stability'),
      e('⒉在查阅大厅开展档案展览', 'reading-room-underused'),
      e('⒊会同市政府办公室完善现行文件移交', 'reading-room-underused'),
    ],
  },
  {
    id: 'h22-p12-college-2020',
    // A vocational college: problems 1.–4. after a lead line, measures 1.–4. after 学院下一步将：.
    text: `五、存在的主要问题及改进情况
学院2020年信息公开工作虽有进步，但与上级要求仍有差距，主要表现为：
1.招生就业信息公开不够细，毕业生就业质量报告只公开了就业率，就业去向、薪酬水平等内容缺失。
2.学院网站信息公开专栏栏目设置与教育部《高等学校信息公开事项清单》不完全对应。
3.部分二级学院网站长期不更新，学院新闻仍停留在上学期。
4.信息公开工作培训不够，二级学院信息员对公开范围把握不准。
针对以上问题，学院下一步将：
1.完善毕业生就业质量报告，增加就业去向、专业对口率、薪酬水平等内容。
2.对照事项清单调整信息公开专栏栏目设置。
3.建立二级学院网站月度检查通报制度。
4.每学期对二级学院信息员开展一次业务培训。
`,
    problems: [
      e('1.招生就业信息公开不够细', 'incomplete-disclosure'),
      e('2.学院网站信息公开专栏栏目设置', 'standardization'),
      e('3.部分二级学院网站长期不更新', 'update-gap'),
      e('4.信息公开工作培训不够', 'staff-capacity'),
    ],
    improvements: [
      e('1.完善毕业生就业质量报告', 'incomplete-disclosure'),
      e('2.对照事项清单调整信息公开专栏栏目设置', 'standardization'),
      e('3.建立二级学院网站月度检查通报制度', 'update-gap'),
      e('4.每学期对二级学院信息员开展一次业务培训', 'staff-capacity'),
    ],
  },
]
