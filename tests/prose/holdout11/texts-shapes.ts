// Shapes: OCR slips (－是, 二 是, l., 2, and o for 。), PDF line breaks with a page number inside, a
// pdftotext table with a wrapped cell, a Markdown table, half-width punctuation with a running page header,
// nested ①② inside numbered points, 一、二、 inside section 五, one run-on sentence, 【问题1】/【措施】
// pairs, one problem with four measures. Invented wording, written blind; the answers were set before
// the extractor was run.
import { e, type Holdout11Case } from './entry'

export const SHAPES: Holdout11Case[] = [
  {
    id: 'h11-shape-ocr-minzheng-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
－是社会救助信息公开不够及时，低保对象名单按半年公示，与每月动态调整不同步。二 是养老服务机构信息分散在多个平台，口径不一。三是局机关信息公开工作人员调整后，新人业务生疏。
（二）改进措施
－是低保、特困人员名单按月公示。二是建立全县养老服务机构信息统一发布页面，其他平台链接引用。三 是组织新任人员跟班学习，参加市级业务培训。`,
    problems: [
      e('－是社会救助信息', 'incomplete-disclosure'),
      e('二 是养老服务机构', 'duplicate-publishing'),
      e('三是局机关信息公开工作人员', 'staff-capacity'),
    ],
    improvements: [
      e('－是低保、特困人员', 'incomplete-disclosure'),
      e('二是建立全县养老服务机构', 'duplicate-publishing'),
      e('三 是组织新任人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-shape-pdf-lines-shichang-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2024年，我局政府信息公开工作取得了一定成效，但仍存在一
些不足：一是“双随机、一公开”抽查结果公开不够及时，部分
抽查结果在检查结束一个多月后才公开；二是食品安全抽检信息
只发布结果表格，缺少解读和消费提示，群众不易看懂；三是基
层市场监管所政务公开力量薄弱，信息报送跟不上。
— 7 —
2025年，我局将重点做好以下工作：一是严格落实抽查结果
20个工作日内公开的要求；二是在发布抽检结果的同时配发“一
图读懂”和消费提示；三是加强对市场监管所的业务指导，每所
明确一名信息员。`,
    problems: [
      e('一是“双随机、一公开”', 'incomplete-disclosure'),
      e('二是食品安全抽检信息', 'policy-interpretation'),
      e('三是基层市场监管所', 'staff-capacity'),
    ],
    improvements: [
      e('一是严格落实抽查结果', 'incomplete-disclosure'),
      e('二是在发布抽检结果', 'policy-interpretation'),
      e('三是加强对市场监管所', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-shape-table-zhujian-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
序号  存在问题                          整改措施                              责任科室
1     政务公开专栏部分子栏目长期        建立专栏巡检制度，每周巡查一次，      办公室
      未更新                            发现空白及时补充
2     依申请公开答复告知内容不完整      使用统一答复文书模板，增加救济        法规科
                                        途径告知
3     政策解读以文字为主                增加图解、音视频解读                  政策研究室`,
    problems: [
      e('政务公开专栏部分子栏目', 'update-gap'),
      e('依申请公开答复告知', 'request-handling'),
      e('政策解读以文字为主', 'policy-interpretation'),
    ],
    improvements: [
      e('建立专栏巡检制度', 'update-gap'),
      e('使用统一答复文书模板', 'request-handling'),
      e('增加图解、音视频解读', 'policy-interpretation'),
    ],
  },
  {
    id: 'h11-shape-markdown-weijian-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
| 存在的问题 | 改进措施 |
|---|---|
| 1.重点领域信息公开不够系统，疾病防控、医疗机构信息分散在不同页面 | 1.编制卫生健康领域公开事项目录，集中展示 |
| 2.政务新媒体个别账号长期“休眠” | 2.清理整合“休眠”账号，保留的账号明确更新频次 |`,
    problems: [
      e('1.重点领域信息公开不够系统', 'incomplete-disclosure'),
      e('2.政务新媒体个别账号', 'new-media'),
    ],
    improvements: [
      e('1.编制卫生健康领域公开事项目录', 'standardization'),
      e('2.清理整合“休眠”账号', 'new-media'),
    ],
  },
  {
    id: 'h11-shape-halfwidth-sifa-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
(一)存在问题.1.部分行政执法信息未按"谁执法谁公示"要求公开,执法结果公示有遗漏;2.法律援助、人民调解等公共法律服务信息多年未动,有的还是前年的联系电话.
某县司法局2022年政府信息公开工作年度报告
(二)改进措施.1.对照行政执法公示事项,逐项核查执法结果公开情况;2.每季度核对公共法律服务机构名录和联系方式,有变化当即更新.`,
    problems: [
      e('1.部分行政执法信息', 'incomplete-disclosure'),
      e('2.法律援助、人民调解', 'update-gap'),
    ],
    improvements: [
      e('1.对照行政执法公示事项', 'incomplete-disclosure'),
      e('2.每季度核对', 'update-gap'),
    ],
  },
  {
    id: 'h11-shape-ocr-ziran-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的问题
l.公开指南未随机构职能调整及时修订o
2,个别公开申请答复超期，被申请人投诉。
（二）改进措施
l.修订公开指南，明确受理机构、渠道和流程o
2,建立申请办理时限预警，专人督办。`,
    problems: [
      e('l.公开指南未随', 'update-gap'),
      e('2,个别公开申请答复超期', 'request-handling'),
    ],
    improvements: [
      e('l.修订公开指南', 'update-gap'),
      e('2,建立申请办理时限预警', 'request-handling'),
    ],
  },
  {
    id: 'h11-shape-nested-shangwu-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.主动公开还停留在表面。①商贸流通领域扶持资金只公开分配结果，未公开评审过程；②外贸政策解读偏少。
2.门户网站专栏建设滞后。①“消费促进”专栏自设立后更新寥寥；②“对外开放”专栏部分链接打不开。
（二）改进措施
1.扩大扶持资金全过程公开，同步发布外贸政策解读和申报指南。
2.重新规划专栏，落实专人维护，并请网站运维单位修复无效链接。`,
    problems: [
      e('1.主动公开还停留在表面', 'incomplete-disclosure', 'policy-interpretation'),
      e('2.门户网站专栏建设滞后', 'update-gap', 'platform-stability'),
    ],
    improvements: [
      e('1.扩大扶持资金全过程公开', 'incomplete-disclosure', 'policy-interpretation'),
      e('2.重新规划专栏', 'update-gap', 'platform-stability'),
    ],
  },
  {
    id: 'h11-shape-chinese-top-numbers-2020',
    text: `五、存在的主要问题及改进情况
存在的主要问题
一、政府信息公开平台功能不完善，公开申请只能线下提交。
二、部分单位对政府信息公开申请办理的法律后果认识不足，答复随意。
改进情况
一、开通政府信息公开网上申请通道，实现在线提交、进度查询。
二、把依申请公开办理纳入年度法治政府建设考核内容。`,
    problems: [
      e('一、政府信息公开平台功能', 'platform-stability'),
      e('二、部分单位对政府信息公开申请', 'request-handling'),
    ],
    improvements: [
      e('一、开通政府信息公开网上申请通道', 'platform-stability'),
      e('二、把依申请公开办理纳入', 'request-handling', 'awareness'),
    ],
  },
  {
    id: 'h11-shape-run-on-wenlv-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我局政务公开工作存在公开内容不够全面、解读回应不够有力、工作人员专业能力不强等问题，下一步将进一步拓展公开内容，丰富解读形式，加强业务培训，同时积极推进政务公开专区建设，让群众查询更便捷。`,
    problems: [
      e('公开内容不够全面', 'incomplete-disclosure'),
      e('解读回应不够有力', 'policy-interpretation'),
      e('工作人员专业能力不强', 'staff-capacity'),
    ],
    improvements: [
      e('进一步拓展公开内容', 'incomplete-disclosure'),
      e('丰富解读形式', 'policy-interpretation'),
      e('加强业务培训', 'staff-capacity'),
      e('同时积极推进政务公开专区建设', 'reading-room-underused'),
    ],
  },
  {
    id: 'h11-shape-bracket-pairs-yingji-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
【问题1】政务公开工作机制不健全，信息发布、审核、保密审查职责不清。
【措施】制定信息发布审核流程图，明确各环节责任人。
【问题2】基层政务公开工作人员流动大。
【措施】建立工作交接清单，新人上岗前进行岗前培训。`,
    problems: [
      e('【问题1】政务公开工作机制', 'other'),
      e('【问题2】基层政务公开工作人员', 'staff-capacity'),
    ],
    improvements: [
      e('制定信息发布审核流程图', 'other'),
      e('建立工作交接清单', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-shape-one-problem-jiaojing-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年，我支队政府信息公开工作存在的主要问题是交通管理类信息在网站、微博、公众号各发各的，说法不一，群众无所适从。2023年，我支队将：1.整合支队网站、微博、公众号的发布内容，统一口径；2.限行、交通管制等信息提前3日发布；3.对群众关心的违法处理、驾驶证业务开展政策解读；4.定期开展交通管理“开放日”，邀请市民代表参与。`,
    problems: [
      e('交通管理类信息在网站', 'duplicate-publishing'),
    ],
    improvements: [
      e('1.整合支队网站', 'duplicate-publishing'),
      e('2.限行、交通管制等信息', 'incomplete-disclosure'),
      e('3.对群众关心的违法处理', 'policy-interpretation'),
      e('4.定期开展交通管理“开放日”', 'public-participation'),
    ],
  },
]
