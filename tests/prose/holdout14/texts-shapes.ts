// Shapes: OCR slips, PDF line breaks with page numbers and running headers, a pdftotext table, a
// Markdown table, a web table flattened one cell per line, numbering typos. Invented bodies and
// wording, written blind; the answers were set before the extractor was run.
import { e, type Holdout14Case } from './entry'

export const SHAPES: Holdout14Case[] = [
  {
    id: 'h14-shape-ocr-dangxiao-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我校政府信息公开工作仍存在一些不足o -是主动公开的内容以新闻动态为主，干部教育培训计划、
办班信息等公开较少;二昰学校网站信息公开专栏的部分子栏目自2019年后再未维护，出现断档;
三 是负责信息公开的教职工对公开、不公开的界限把握不准，存在“一律不公开”的保守倾向o
下一步，我校将:-是在网站公开年度培训计划和主体班次安排;二昰明确各子栏目责任部门，每
月检查一次更新情况;三 是组织相关人员参加省里的信息公开业务培训，学习典型案例o`,
    problems: [
      e('-是主动公开的内容以新闻动态为主', 'incomplete-disclosure'),
      e('二昰学校网站信息公开专栏', 'update-gap'),
      e('三 是负责信息公开的教职工', 'staff-capacity'),
    ],
    improvements: [
      e('-是在网站公开年度培训计划', 'incomplete-disclosure'),
      e('二昰明确各子栏目责任部门', 'update-gap'),
      e('三 是组织相关人员参加省里的信息公开业务培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h14-shape-pdf-lines-minzu-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
一是少数民族发展资金项目公示内容简单，只公示项目名称和金
额，没有公示受益群众和绩效情况。二是局网站“民族政策”栏目
与上级政策同步不够，2023年新出台的几项政策未及时转载
链接。三是面向少数民族群众的双语政策宣传材料少，解读
               — 6 —
某某县民族宗教事务局2023年政府信息公开工作年度报告
工作没有深入到村寨。
（二）改进措施
一是完善项目公示内容，增加受益对象、资金拨付进度和绩效目
标。二是安排专人每周比对上级网站，及时转载新出台政策。三
是组织双语干部编印政策问答，深入村寨开展面对面讲解。`,
    problems: [
      e('一是少数民族发展资金项目公示内容简单', 'incomplete-disclosure'),
      e('二是局网站“民族政策”栏目', 'update-gap'),
      e('三是面向少数民族群众的双语政策宣传材料少', 'policy-interpretation'),
    ],
    improvements: [
      e('一是完善项目公示内容', 'incomplete-disclosure'),
      e('二是安排专人每周比对上级网站', 'update-gap'),
      e('三是组织双语干部编印政策问答', 'policy-interpretation'),
    ],
  },
  {
    id: 'h14-shape-pdftotext-table-jiaotong-zhen-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
经梳理，我局2024年信息公开工作存在的问题及整改安排如下表：
序号    问题表现                        整改举措                          完成时限
1       农村公路建设项目的招标、          项目开工前公开招标结果、           2025年6月
        施工单位和质量监督信息            施工单位和监督电话，
        公开不及时                        竣工后公开验收结果
2       局网站与“交通出行”公众号         以局网站为准统一发布，             2025年3月
        发布的客运班线停运信息不          公众号只转发并注明来源
        一致
3       依申请公开答复文书格式不          统一答复文书模板，答复前           2025年4月
        统一，个别未写明救济途径          由法规股审核
4       科室对信息公开重视不够，         将信息公开纳入科室年度            长期坚持
        报送信息需反复催促                考核，每季度通报`,
    problems: [
      e('农村公路建设项目的招标', 'incomplete-disclosure'),
      e('局网站与“交通出行”公众号', 'duplicate-publishing'),
      e('依申请公开答复文书格式不', 'request-handling'),
      e('科室对信息公开重视不够', 'awareness'),
    ],
    improvements: [
      e('项目开工前公开招标结果', 'incomplete-disclosure'),
      e('以局网站为准统一发布', 'duplicate-publishing'),
      e('统一答复文书模板', 'request-handling'),
      e('将信息公开纳入科室年度', 'awareness'),
    ],
  },
  {
    id: 'h14-shape-markdown-shuili-county-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
| 序号 | 存在问题 | 改进措施 |
| --- | --- | --- |
| 1 | 水利工程建设项目信息公开不全，移民安置资金使用情况未公开 | 按项目建立公开台账，移民安置资金按年度公开到户 |
| 2 | 河长制公示牌信息陈旧，部分河长已调整但公示牌未更换 | 开展公示牌排查，河长调整后一个月内完成更换 |
| 3 | 防汛抗旱政策宣传以发文为主，群众看不懂 | 制作防汛避险图解和短视频，通过村村通广播播放 |`,
    problems: [
      e('水利工程建设项目信息公开不全', 'incomplete-disclosure'),
      e('河长制公示牌信息陈旧', 'update-gap'),
      e('防汛抗旱政策宣传以发文为主', 'policy-interpretation'),
    ],
    improvements: [
      e('按项目建立公开台账', 'incomplete-disclosure'),
      e('开展公示牌排查', 'update-gap'),
      e('制作防汛避险图解和短视频', 'policy-interpretation'),
    ],
  },
  {
    id: 'h14-shape-flat-cells-gongshang-lian-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
序号
问题
措施
1
涉企优惠政策分散在多个部门网站，企业查找不便，很多企业不知道自己能享受哪些政策
建设涉企政策汇集专栏，按行业和企业规模分类，提供一键查询
2
与企业家的政策沟通多为会议形式，企业意见收集后没有反馈
建立政企恳谈会意见反馈制度，每条意见在15个工作日内书面回复并公开办理结果
3
机关干部对政府信息公开条例不熟悉，答复企业申请时把握不准
开展条例专题学习，安排干部到市政务公开办跟岗学习`,
    problems: [
      e('涉企优惠政策分散在多个部门网站', 'incomplete-disclosure', 'platform-stability'),
      e('与企业家的政策沟通多为会议形式', 'public-participation'),
      e('机关干部对政府信息公开条例不熟悉', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('建设涉企政策汇集专栏', 'incomplete-disclosure', 'platform-stability'),
      e('建立政企恳谈会意见反馈制度', 'public-participation'),
      e('开展条例专题学习', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h14-shape-typos-renshe-county-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.就业补贴、技能培训补贴发放名单公示不及时，个别批次延迟两个多月。
2.社保经办政策变化快，窗口工作人员解释口径不一，群众多次往返。
2.局网站办事服务栏目中部分表格为扫描图片，无法复制和检索。
4.劳动保障监察案件处理结果公开少，欠薪企业曝光力度不够。
（二）改进措施
(1)补贴名单在资金发放后10个工作日内公示。
(2)编制社保经办政策口径汇编，窗口人员每周集中学习一次。
(4)将办事表格全部改为可编辑的电子文档，支持在线填写。
(4)定期公开欠薪案件处理结果和重大劳动保障违法行为。`,
    problems: [
      e('1.就业补贴、技能培训补贴发放名单', 'incomplete-disclosure'),
      e('2.社保经办政策变化快', 'policy-interpretation', 'staff-capacity'),
      e('2.局网站办事服务栏目中部分表格', 'platform-stability'),
      e('4.劳动保障监察案件处理结果公开少', 'incomplete-disclosure'),
    ],
    improvements: [
      e('(1)补贴名单在资金发放后', 'incomplete-disclosure'),
      e('(2)编制社保经办政策口径汇编', 'policy-interpretation', 'staff-capacity'),
      e('(4)将办事表格全部改为可编辑的电子文档', 'platform-stability'),
      e('(4)定期公开欠薪案件处理结果', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h14-shape-header-page-street-2020',
    text: `五、存在的主要问题及改进情况
2020年，本街道政府信息公开工作还存在以下问题：
1、疫情期间社区封控、物资发放等信息主要通过网格员口头通知，书面
公开不够，居民对信息的准确性有疑虑；
2、街道政务公开栏目中的“财政信息”“重点工作”两个栏目全年仅更新
                                                       第 5 页 共 8 页
石桥街道办事处2020年度政府信息公开工作年度报告
两次；
3、社区居务公开栏与街道公开内容衔接不紧，群众反映“两张皮”。
下步打算：
1、突发事件期间通过街道公众号、社区公示栏同步发布书面通知；
2、明确栏目更新责任人，每月至少更新一次；
3、统一街道和社区公开内容清单，社区公开栏按清单设置。`,
    problems: [
      e('1、疫情期间社区封控', 'incomplete-disclosure'),
      e('2、街道政务公开栏目中的“财政信息”', 'update-gap'),
      e('3、社区居务公开栏与街道公开内容衔接不紧', 'standardization'),
    ],
    improvements: [
      e('1、突发事件期间通过街道公众号', 'incomplete-disclosure'),
      e('2、明确栏目更新责任人', 'update-gap'),
      e('3、统一街道和社区公开内容清单', 'standardization'),
    ],
  },
  {
    id: 'h14-shape-halfwidth-yanjiushi-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题:1)门户网站栏目设置与部门职能不匹配,有些栏目长期空白;2)政策文件发布后缺少配套的答疑,群众来电咨询多;3)依申请公开登记、审批、答复等环节没有形成闭环,档案资料不完整.
改进措施:1)对照部门职能调整栏目设置,撤销空白栏目;2)对新出台文件同步编写答疑材料;3)建立依申请公开全流程台账,办结后及时归档.`,
    problems: [
      e('1)门户网站栏目设置与部门职能不匹配', 'update-gap'),
      e('2)政策文件发布后缺少配套的答疑', 'policy-interpretation'),
      e('3)依申请公开登记、审批、答复等环节', 'request-handling'),
    ],
    improvements: [
      e('1)对照部门职能调整栏目设置', 'update-gap'),
      e('2)对新出台文件同步编写答疑材料', 'policy-interpretation'),
      e('3)建立依申请公开全流程台账', 'request-handling'),
    ],
  },
  {
    id: 'h14-shape-yishi-typos-caizheng-county-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本年度我局政府信息公开工作存在的主要问题：一是部门预算公开说明过于简略，对重大支出项目的绩效目标未作说明。二是政府采购意向公开时间晚于规定，个别项目在采购公告发布前才补充公开意向。二是局网站财政资金直达栏目数据只更新到第三季度，年底数据缺失。
下一步，我局将着力抓好以下工作：一是指导各部门在预算公开中详细说明重大项目绩效目标；三是对采购意向公开实行事前提醒，未按时公开意向的项目不予受理采购计划；四是按月更新财政资金直达栏目数据，年底前完成全年数据的核对补录。`,
    problems: [
      e('一是部门预算公开说明过于简略', 'incomplete-disclosure'),
      e('二是政府采购意向公开时间晚于规定', 'incomplete-disclosure'),
      e('二是局网站财政资金直达栏目', 'update-gap'),
    ],
    improvements: [
      e('一是指导各部门在预算公开中详细说明', 'incomplete-disclosure'),
      e('三是对采购意向公开实行事前提醒', 'incomplete-disclosure'),
      e('四是按月更新财政资金直达栏目数据', 'update-gap'),
    ],
  },
]
