// Eighth holdout: texts carrying the slips of real copies (OCR and PDF-copy errors, typos, numbering
// slips, half-width punctuation, bullets), invented bodies, written blind (see README.md).
import { e, type Holdout8Case } from './entry'

export const SLIPS: Holdout8Case[] = [
  {
    id: 'h8-slip-huaianxian-zfb-2022',
    text: `五、存在的主要问题及改进情况
2022年,我办政府信息公开工作仍存在一些问题:一 是部分单位对政策解读重视不够,解读材料质量不高,存在"为解读而解读"的情况;二 是政府网站个别栏目存在"空白栏目",如"人事信息"栏目全年未发布信息;三 是依申请公开答复期限意识不强,个别单位临近期限才提交答复意见.
改进措旅:一 是落实政策解读"三同步"要求,对解读材料实行质量评议;二 是对空白栏目进行清理,确无内容的予以合并;三 是建立依申请公开办理进度提醒制度,对承办单位实行限时办结.`,
    problems: [
      e('一 是部分单位对政策解读', 'policy-interpretation'),
      e('二 是政府网站个别栏目', 'update-gap'),
      e('三 是依申请公开答复期限', 'request-handling'),
    ],
    improvements: [
      e('一 是落实政策解读', 'policy-interpretation'),
      e('二 是对空白栏目进行清理', 'update-gap'),
      e('三 是建立依申请公开办理进度', 'request-handling'),
    ],
  },
  {
    id: 'h8-slip-qingwu-gov-2024',
    text: `五、存在的主要问题及改进情况
2024年，我县政务公开工作取得了一定成效，但对照新要求还存在一些不足：一
是基层政务公开标准目录落实不到位，部分乡镇公开事项与目录对应不上；二是政
府网站智能问答功能答非所问，群众使用体验不佳；三是个别部门政务新媒体存
                                  -6-
在错别字、表述不严谨等问题，被上级通报1次。
2025年，我县将：一是开展基层政务公开标准目录落实情况专项检查，逐乡镇核对公开事项；二是优化智能问答知识库，提高答复的准确率；三是严格落实政务新媒体信息发布“三审三校”制度。`,
    problems: [
      e('一是基层政务公开标准目录', 'standardization'),
      e('二是政府网站智能问答功能', 'platform-stability'),
      e('三是个别部门政务新媒体', 'new-media'),
    ],
    improvements: [
      e('一是开展基层政务公开标准目录', 'standardization'),
      e('二是优化智能问答知识库', 'platform-stability'),
      e('三是严格落实政务新媒体', 'new-media'),
    ],
  },
  {
    id: 'h8-slip-yunling-nyncj-2021',
    text: `五、存在的主要问题及改进情况
(1)惠农资金公开不既时，部分补贴资金发放后两个月才在网站公开；(2)局网站“三农政策”栏目转载文件多、本地政策少，有的栏目载止年底仍是空白；（3）对农民群众关心的土地承包、宅基地政策解读不够通俗。
下一步，我局将：(1)坚待惠农资金“一卡通”发放信息按月公开；(2)充实“三农政策”栏目本地内容，做为年度考核的重要内容；（3）用方言广播、图解等群众喜闻乐见的方式解读土地、宅基地政策。`,
    problems: [
      e('(1)惠农资金公开不既时', 'incomplete-disclosure'),
      e('(2)局网站“三农政策”栏目', 'update-gap'),
      e('（3）对农民群众关心的', 'policy-interpretation'),
    ],
    improvements: [
      e('(1)坚待惠农资金', 'incomplete-disclosure'),
      e('(2)充实“三农政策”栏目', 'update-gap'),
      e('（3）用方言广播', 'policy-interpretation'),
    ],
  },
  {
    id: 'h8-slip-shimen-cgj-2023',
    text: `五、存在的主要问题及改进情况
我局政府信息公开工作存在的主要问题有：1.城市管理执法信息公示不全，执法检查结果、处罚决定公示滞后；2.占道经营、渣土运输等群众投诉热点问题的处理结果没有定期公开；3.局政务公开工作人员业务培训少，对公开属性认定把握不准下一步，我局将：1.落实执法决定信息7个工作日内公示；2.每季度公开群众投诉热点问题办理情况；3.加强公开属性认定培训，印发公开属性认定指引。`,
    problems: [
      e('1.城市管理执法信息公示不全', 'incomplete-disclosure'),
      e('2.占道经营、渣土运输', 'incomplete-disclosure', 'policy-interpretation'),
      e('3.局政务公开工作人员业务培训少', 'staff-capacity'),
    ],
    improvements: [
      e('1.落实执法决定信息', 'incomplete-disclosure'),
      e('2.每季度公开群众投诉', 'incomplete-disclosure', 'policy-interpretation'),
      e('3.加强公开属性认定培训', 'staff-capacity', 'standardization'),
    ],
  },
  {
    id: 'h8-slip-hechuan-fgw-2020',
    text: `五、存在的主要问题及改进情况
（一）重大建设项目批准和实施信息公开不够系统，项目审批、招标、施工、验收等环节信息分散在不同部门网站，群众难以查到项目全貌。
(二)价格听证会的代表遴选和听证结果公开不充分，社会关注度不高。
（四）委机关部分科室信息报送意识淡薄，需要办公室反复催要。
2021年，我委将：一要建设重大建设项目信息公开专栏，归集项目全流程信息；二要完善价格听证信息公开，听证会前公开代表名单，会后及时公布听证结果和采纳情况；三要强化科室公开责任，将信息报送情况纳入科室年度评价。`,
    problems: [
      e('（一）重大建设项目批准和实施', 'incomplete-disclosure'),
      e('(二)价格听证会的代表遴选', 'public-participation', 'incomplete-disclosure'),
      e('（四）委机关部分科室', 'awareness'),
    ],
    improvements: [
      e('一要建设重大建设项目信息公开专栏', 'incomplete-disclosure'),
      e('二要完善价格听证信息公开', 'public-participation', 'incomplete-disclosure'),
      e('三要强化科室公开责任', 'awareness'),
    ],
  },
  {
    id: 'h8-slip-sangyu-gov-2023',
    text: `五、存在的主要问题及改进情况
2023年，全县政府信息公开工作还存在一些问题：一是政务公开工作发展不平衡，县直部门之间、乡镇之间工作质量差距较大;二是政府网站建设还有短板，（1）部分部门子站仍使用旧版模板，与县政府网站风格不统一；（2）站内搜索只能按标题检索，无法全文检索;三是政策解读的及时性不够，个别政策文件发布一周后才上线解读；四是依申请公开办理中存在答复格式不统一的情况
针对上述问题，2024年我县将：一是加强对县直部门、乡镇的督促指导，对排名靠后的单位进行约谈；二是推进部门子站统一改版，升级站内全文检索功能；三是严格执行政策文件与解读同步发布要求；四是统一全县依申请公开答复文书格式。`,
    problems: [
      e('一是政务公开工作发展不平衡', 'other'),
      e('二是政府网站建设还有短板', 'platform-stability'),
      e('三是政策解读的及时性不够', 'policy-interpretation'),
      e('四是依申请公开办理中', 'request-handling'),
    ],
    improvements: [
      e('一是加强对县直部门、乡镇的督促指导', 'other'),
      e('二是推进部门子站统一改版', 'platform-stability'),
      e('三是严格执行政策文件与解读', 'policy-interpretation'),
      e('四是统一全县依申请公开答复文书', 'request-handling'),
    ],
  },
  {
    id: 'h8-slip-lindu-lyj-2025',
    text: `五、存在的主要问题及改进情况
（一）存在问题
—是林业行政许可和行政处罚信息“双公示”存在遗漏，个别林木采伐许可未在规定时限内公示；二是森林防火期内火险预警信息主要依靠局网站发布，护林员和林区群众获取不及时；三是局机关负责政务公开的同志同时承担文秘、档案等工作，精力分散。
（二）下步打算
—是建立“双公示”台账，逐件核对许可和处罚信息的公示情况；二是通过应急广播、短信平台向林区群众推送火险预警信息；三是调整内部分工，确保政务公开有专人负责。`,
    problems: [
      e('—是林业行政许可和行政处罚信息', 'incomplete-disclosure'),
      e('二是森林防火期内火险预警信息', 'incomplete-disclosure'),
      e('三是局机关负责政务公开的同志', 'staff-capacity'),
    ],
    improvements: [
      e('—是建立“双公示”台账', 'incomplete-disclosure'),
      e('二是通过应急广播、短信平台', 'incomplete-disclosure'),
      e('三是调整内部分工', 'staff-capacity'),
    ],
  },
  {
    id: 'h8-slip-qingwu-slj-2022',
    text: `五、存在的主要问题及改进情况
存在的主要问题：
● 水利工程建设项目信息公开不全面，项目招投标、资金拨付情况公开较多，工程质量检测、竣工验收信息公开较少。
● 河湖长制工作信息陈旧，县河长制公示牌上的河长姓名未随人员变动及时更换。
● 对水利政策的解读以转发为主，原创解读少。
改进措施：
● 全面公开水利工程建设项目质量检测和竣工验收信息。
● 开展河长公示牌专项排查，人员变动后15日内更换公示牌信息。
● 围绕农村供水保障、水土保持等政策，组织业务科室撰写解读文章。`,
    problems: [
      e('● 水利工程建设项目信息公开', 'incomplete-disclosure'),
      e('● 河湖长制工作信息陈旧', 'update-gap'),
      e('● 对水利政策的解读以转发为主', 'policy-interpretation'),
    ],
    improvements: [
      e('● 全面公开水利工程建设项目', 'incomplete-disclosure'),
      e('● 开展河长公示牌专项排查', 'update-gap'),
      e('● 围绕农村供水保障', 'policy-interpretation'),
    ],
  },
  {
    id: 'h8-slip-qifeng-gov-2021',
    text: `五、存在的主要问题及改进情况
2021年，我区政府信息公开工作还存在以下不足：一是部分单位公开的政府信息存在标题不规范、发文日期缺失等问题；二是区政府门户网站无障碍浏览功能不完善，老年人、视障人士使用不便；三是重大行政决策预公开的范围偏窄，全年仅有3项决策事项向社会公开征求意见。
2022年，我区将：一是制定政府信息发布规范，统一标题、文号、日期等要素；二是完成门户网站适老化和无障碍改造；三是扩大重大行政决策预公开范围，涉及群众切身利益的决策事项一律公开征求意见。
此外，上一年度报告中提出的政务公开专区建设问题已整改完成，全区12个街道均已建成政务公开专区。`,
    problems: [
      e('一是部分单位公开的政府信息存在标题不规范', 'standardization'),
      e('二是区政府门户网站无障碍浏览功能', 'platform-stability'),
      e('三是重大行政决策预公开的范围偏窄', 'public-participation'),
    ],
    improvements: [
      e('一是制定政府信息发布规范', 'standardization'),
      e('二是完成门户网站适老化', 'platform-stability'),
      e('三是扩大重大行政决策预公开范围', 'public-participation'),
    ],
    priorDone: 1,
  },
  {
    id: 'h8-slip-yunling-gov-2025-empty',
    text: `五、存在的主要问题及改进情况
无。`,
    problems: [],
    improvements: [],
  },
]
