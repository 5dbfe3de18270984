// Texts as copies hand them over and in the less common shapes (invented bodies): OCR slips (—是, l.,
// spaces, a wrong bracket), PDF line breaks and a page number inside a list, a pdftotext table, a
// Markdown table, half-width punctuation, 其一/其二, 第一/第二, 一方面/另一方面, run-on measures
// separated by commas, written by hand (README.md).
import { e, type Holdout10Case } from './entry'

export const SHAPES: readonly Holdout10Case[] = [
  {
    id: 'h10-shape-ocr-renshe-2022',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
—是社保待遇调整、就业补贴申领等政策解读不够及时，群众来电咨询集中在政策出台后一周内。
二是局网站“人事考试”栏目与省人事考试网信息重复发布，个别考试公告两处内容不一致。
三 是 依申请公开答复的法律依据引用不准确，有1件被复议机关责令重新答复。
（二）改进措施
—是政策出台时同步发布解读，并在12333热线更新答复口径。
二是“人事考试”栏目只保留省人事考试网的链接，不再单独转发公告。
三是对答复书实行法律顾问审核制度，定期组织案例学习。`,
    problems: [
      e('—是社保待遇调整', 'policy-interpretation'),
      e('二是局网站“人事考试”栏目', 'duplicate-publishing'),
      e('三是依申请公开答复', 'request-handling'),
    ],
    improvements: [
      e('—是政策出台时', 'policy-interpretation'),
      e('二是“人事考试”栏目', 'duplicate-publishing'),
      e('三是对答复书实行', 'request-handling'),
    ],
  },
  {
    id: 'h10-shape-ocr-l-minzheng-2023',
    text: `五、存在的主要问题及改进情况
(一)存在的主要问题
l.社会救助对象公示内容要素不统一,各乡镇公示格式五花八门,有的公示了身份证号码全号。
2.养老服务机构名单和星级评定结果未及时调整,网上名单中仍有已关停的机构。
(二)改进措施
l.制定全县社会救助公示模板,统一公示要素,身份证号等个人信息一律隐藏中间位数。
2.每半年更新一次养老服务机构名单和评定结果。`,
    problems: [
      e('l.社会救助对象公示', 'standardization'),
      e('2.养老服务机构名单', 'update-gap'),
    ],
    improvements: [
      e('l.制定全县社会救助公示模板', 'standardization'),
      e('2.每半年更新一次', 'update-gap'),
    ],
  },
  {
    id: 'h10-shape-pdfbreaks-ziranziyuan-2021',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是国土空间规划编制过程中征求公众意见
的渠道较少，规划草案公示期间收到的意
见不多。二是不动产登记办事指南在政务
服务网、局网站、登记大厅三处版本不一。
— 12 —
三是局网站“征地信息”栏目自2020年下半
年起未再更新。
（二）改进措施
一是规划草案公示时同步召开座谈会，通过
公众号征集意见。二是以政务服务网办事指南
为准，局网站和大厅统一引用。三是补充公开
征地批复、征地补偿安置方案等信息，每月更新。`,
    problems: [
      e('一是国土空间规划编制', 'public-participation'),
      e('二是不动产登记办事指南', 'duplicate-publishing'),
      e('三是局网站“征地信息”栏目', 'update-gap'),
    ],
    improvements: [
      e('一是规划草案公示时', 'public-participation'),
      e('二是以政务服务网办事指南', 'duplicate-publishing'),
      e('三是补充公开征地批复', 'update-gap', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h10-shape-pdftable-zhujian-2024',
    text: `五、存在的主要问题及改进情况
序号   存在问题                          整改措施                         完成时限
1      保障性住房分配结果公示不及时        分配结果确定后5个工作日内公示      2025年3月
2      物业服务企业信用评价结果未公开      按季度在局网站公开信用评价结果    2025年6月
3      政务公开工作人员对新修订条例        组织全员学习新修订条例，开展       2025年4月
       掌握不够                          依申请公开专题培训`,
    problems: [
      e('保障性住房分配结果', 'incomplete-disclosure'),
      e('物业服务企业信用评价', 'incomplete-disclosure'),
      e('政务公开工作人员对新修订条例', 'staff-capacity'),
    ],
    improvements: [
      e('分配结果确定后', 'incomplete-disclosure'),
      e('按季度在局网站', 'incomplete-disclosure'),
      e('组织全员学习', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h10-shape-markdown-shichangjianguan-2025',
    text: `五、存在的主要问题及改进情况
| 序号 | 问题 | 改进措施 |
| --- | --- | --- |
| 1 | 食品抽检结果只公布不合格产品，合格产品信息未公开 | 抽检结果全部公开，包括合格产品 |
| 2 | 行政处罚信息在局网站和国家企业信用信息公示系统两处录入，存在漏录 | 以公示系统为准，局网站通过接口自动获取 |
| 3 | 局微信公众号投诉举报留言回复不及时 | 明确专人每日查看留言，2个工作日内回复 |`,
    problems: [
      e('食品抽检结果', 'incomplete-disclosure'),
      e('行政处罚信息在局网站', 'platform-stability', 'duplicate-publishing'),
      e('局微信公众号投诉举报', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('抽检结果全部公开', 'incomplete-disclosure'),
      e('以公示系统为准', 'platform-stability', 'duplicate-publishing'),
      e('明确专人每日查看留言', 'new-media', 'public-participation'),
    ],
  },
  {
    id: 'h10-shape-halfwidth-shuili-2020',
    text: `五、存在的主要问题及改进情况
(一)存在的主要问题.1.水利工程建设项目信息公开不够完整,招投标结果公开了,但合同履约、质量安全监督检查情况没有公开.2.防汛抗旱信息发布依赖局网站,时效性差,群众获取不便.
(二)改进措施.1.按照重大建设项目信息公开要求,补充公开合同履约和质量监督检查信息.2.开通"水利防汛"政务微博,汛期实时发布水情雨情.`,
    problems: [
      e('1.水利工程建设项目', 'incomplete-disclosure'),
      e('2.防汛抗旱信息发布', 'incomplete-disclosure'),
    ],
    improvements: [
      e('1.按照重大建设项目', 'incomplete-disclosure'),
      e('2.开通"水利防汛"政务微博', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h10-shape-qiyi-sifa-2023',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
其一，行政执法“三项制度”相关信息公开不到位，部分执法单位执法结果公示不及时。其二，法治宣传与政策解读结合不紧，对新出台的地方性法规缺少通俗解读。其三，局属单位档案室查阅服务未向社会开放，公众查阅已公开政府信息只能到局机关办公室。
（二）改进措施
其一，督促执法单位执法决定作出后7个工作日内公示执法结果；其二，对新出台法规开展“以案释法”解读，组织法律顾问进社区宣讲；其三，在局政务服务窗口设置政府信息查阅点，提供纸质和电子查阅服务。`,
    problems: [
      e('其一，行政执法“三项制度”', 'incomplete-disclosure'),
      e('其二，法治宣传与政策解读', 'policy-interpretation'),
      e('其三，局属单位档案室', 'reading-room-underused'),
    ],
    improvements: [
      e('其一，督促执法单位', 'incomplete-disclosure'),
      e('其二，对新出台法规', 'policy-interpretation'),
      e('其三，在局政务服务窗口', 'reading-room-underused'),
    ],
  },
  {
    id: 'h10-shape-diyi-weijian-2024',
    text: `五、存在的主要问题及改进情况
本年度，我委政府信息公开工作存在以下问题：第一，医疗机构执业登记、医师执业注册等许可信息公开滞后，部分数据一个月后才上网；第二，委网站“健康科普”和“政策文件”栏目内容交叉，公开目录分类不清。
2025年，我委将：第一，实现许可信息与审批系统同步，审批办结后自动推送公开；第二，按照卫生健康领域基层政务公开标准目录调整栏目分类，科普内容移出政策文件栏目。`,
    problems: [
      e('第一，医疗机构执业登记', 'incomplete-disclosure'),
      e('第二，委网站“健康科普”', 'standardization'),
    ],
    improvements: [
      e('第一，实现许可信息与审批系统同步', 'incomplete-disclosure', 'platform-stability'),
      e('第二，按照卫生健康领域', 'standardization'),
    ],
  },
  {
    id: 'h10-shape-commas-jiaotong-2021',
    text: `五、存在的主要问题及改进情况
存在的问题主要有：网上信箱回复时间长，路政许可结果公开不及时，政务新媒体更新慢。下一步将压缩信箱回复时限至5个工作日，路政许可结果办结即公开，政务新媒体每周更新不少于3次。`,
    problems: [
      e('网上信箱回复时间长', 'public-participation'),
      e('路政许可结果公开不及时', 'incomplete-disclosure'),
      e('政务新媒体更新慢', 'new-media'),
    ],
    improvements: [
      e('压缩信箱回复时限', 'public-participation'),
      e('路政许可结果办结即公开', 'incomplete-disclosure'),
      e('政务新媒体每周更新', 'new-media'),
    ],
  },
  {
    id: 'h10-shape-spaced-ocr-tiyu-2022',
    text: `五、存在的主要问题及改进情况
（ 一 ） 存 在 的 主 要 问 题
一 是 公 共 体 育 设 施 开 放 时 间 、 收 费 标 准 等 信 息 公 开 不 够 完 整 。
二 是 局 网 站 互 动 栏 目 群 众 留 言 少 ， 回 复 质 量 不 高 。
（ 二 ） 改 进 措 施
一 是 在 场 馆 入 口 和 局 网 站 公 开 全 部 公 共 体 育 设 施 的 开 放 时 间 和 收 费 标 准 。
二 是 改 版 互 动 栏 目 ， 建 立 留 言 办 理 回 访 制 度 。`,
    problems: [
      e('一是公共体育设施', 'incomplete-disclosure'),
      e('二是局网站互动栏目', 'public-participation'),
    ],
    improvements: [
      e('一是在场馆入口', 'incomplete-disclosure'),
      e('二是改版互动栏目', 'public-participation'),
    ],
  },
]
