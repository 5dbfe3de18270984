// Mixed: a problem and its measure in one sentence (针对……，我们将……; …，我们将…), last year's fixes
// before, between and after the lists and in one sentence, points by field with 下一步 inside,
// measures with no boundary line, 整改情况 holding this year's measures. Invented bodies and wording,
// written blind; the answers were set before the extractor was run.
import { e, type Holdout14Case } from './entry'

export const MIXED: Holdout14Case[] = [
  {
    id: 'h14-mix-pair-zhenduiwomen-wenlv-county-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
针对A级景区门票优惠政策公开不及时、游客临近出行才知晓的问题，我们将在政策确定后三日内通过局网站和旅游公众号发布；针对文物保护单位修缮项目信息公开较少的问题，我们将按项目公开修缮方案、资金安排和施工单位；针对文化市场执法结果公开迟延的问题，我们将把执法检查结果按月汇总公开。`,
    problems: [
      e('针对A级景区门票优惠政策公开不及时', 'incomplete-disclosure'),
      e('针对文物保护单位修缮项目信息公开较少的问题', 'incomplete-disclosure'),
      e('针对文化市场执法结果公开迟延的问题', 'incomplete-disclosure'),
    ],
    improvements: [
      e('在政策确定后三日内通过局网站', 'incomplete-disclosure'),
      e('按项目公开修缮方案', 'incomplete-disclosure'),
      e('把执法检查结果按月汇总公开', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h14-mix-same-sentence-zhujian-city-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是商品房预售许可、网签备案等信息公开滞后，购房群众难以及时掌握楼盘情况，我局将实现预售许可办结当日公开。二是物业服务收费标准和住宅专项维修资金使用情况公开不透明，业主投诉较多，我局将督促物业企业在小区显著位置公示，并在局网站开设查询入口。三是住房保障政策调整后，局热线答复口径前后不一，我局将统一编制答复口径并定期更新。`,
    problems: [
      e('一是商品房预售许可、网签备案', 'incomplete-disclosure'),
      e('二是物业服务收费标准', 'incomplete-disclosure'),
      e('三是住房保障政策调整后', 'policy-interpretation'),
    ],
    improvements: [
      e('实现预售许可办结当日公开', 'incomplete-disclosure'),
      e('督促物业企业在小区显著位置公示', 'incomplete-disclosure'),
      e('统一编制答复口径并定期更新', 'policy-interpretation'),
    ],
  },
  {
    id: 'h14-mix-prior-between-huanjing-county-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.建设项目环评审批信息公开要素不齐，部分公示未附环评报告简本。
2.重点排污单位自行监测数据公开不连续，有的企业数据中断数月无人过问。
（二）上年度问题整改情况
上年度年报反映的“环境信访件办理结果公开少”问题，已通过每月公开信访件办理情况完成整改；反映的“执法人员公开意识不强”问题，已组织全局执法人员开展专题学习3次。
（三）改进措施
1.制定环评审批公示规范，统一公示要素，公示时一并公开报告简本。
2.建立重点排污单位监测数据巡查制度，数据中断超过7天的责令说明原因并公开。`,
    priorDone: 2,
    problems: [
      e('1.建设项目环评审批信息公开要素不齐', 'standardization'),
      e('2.重点排污单位自行监测数据公开不连续', 'update-gap'),
    ],
    improvements: [
      e('1.制定环评审批公示规范', 'standardization'),
      e('2.建立重点排污单位监测数据巡查制度', 'update-gap'),
    ],
  },
  {
    id: 'h14-mix-prior-after-nongji-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
今年我站政府信息公开工作存在的问题主要有：农机购置补贴申请、审核和兑付进度公开不及时，农户只能电话询问；站网站的补贴机具目录仍是去年版本；乡镇农机服务点的补贴政策宣传资料缺乏，农户看不到新政策。
对此，我站将按月公开补贴兑付进度，及时更换补贴机具目录，并向各乡镇农机服务点配发新版政策资料。
此外，上一年度报告中提出的“网站后台经常无法登录”问题已完成服务器迁移，全年未再发生。`,
    priorDone: 1,
    problems: [
      e('农机购置补贴申请、审核和兑付进度公开不及时', 'incomplete-disclosure'),
      e('站网站的补贴机具目录仍是去年版本', 'update-gap'),
      e('乡镇农机服务点的补贴政策宣传资料缺乏', 'policy-interpretation'),
    ],
    improvements: [
      e('按月公开补贴兑付进度', 'incomplete-disclosure'),
      e('及时更换补贴机具目录', 'update-gap'),
      e('向各乡镇农机服务点配发新版政策资料', 'policy-interpretation'),
    ],
  },
  {
    id: 'h14-mix-prior-first-jiankang-street-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）上一年度问题整改情况
1.关于“社区公开栏内容陈旧”问题，已完成12个社区公开栏的内容更新，建立月度更新制度。
2.关于“居民意见征集渠道少”问题，已在各社区设立意见箱并开通线上征集小程序。
3.关于“工作人员业务不熟”问题，已组织街道和社区工作人员集中培训2次。
（二）本年度存在的问题
1.街道财政支出中涉及民生项目的资金使用情况公开颗粒度粗。
2.辖区内养老、托育服务机构信息分散在多个平台，居民查询不便。
3.意见箱收到的居民意见回复不及时，部分意见一个多月后才回复。
（三）改进措施
1.按项目公开民生资金使用情况，细化到具体社区和项目。
2.整理辖区养老、托育服务机构名录，在街道网页集中公开。
3.建立意见箱定期开箱和限时回复制度，回复情况在社区公开栏张贴。`,
    priorDone: 3,
    problems: [
      e('1.街道财政支出中涉及民生项目', 'incomplete-disclosure'),
      e('2.辖区内养老、托育服务机构信息分散', 'incomplete-disclosure'),
      e('3.意见箱收到的居民意见回复不及时', 'public-participation'),
    ],
    improvements: [
      e('1.按项目公开民生资金使用情况', 'incomplete-disclosure'),
      e('2.整理辖区养老、托育服务机构名录', 'incomplete-disclosure', 'standardization'),
      e('3.建立意见箱定期开箱和限时回复制度', 'public-participation'),
    ],
  },
  {
    id: 'h14-mix-fields-shiyingju-county-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）主动公开方面。食品抽检结果公开不够及时，部分批次抽检不合格信息在抽检完成一个月后才公开。下一步，我局将在抽检结果确认后5个工作日内公开不合格信息及处置情况。
（二）依申请公开方面。个别申请涉及企业商业秘密，征求第三方意见的程序执行不规范。下一步，我局将制定征求第三方意见工作规程，明确书面征询和期限要求。
（三）政策解读方面。药品、医疗器械监管政策解读多为转发上级解读，结合本地实际的以案释法较少。下一步，我局将每季度选取典型案例开展以案释法，在局网站和公众号发布。`,
    problems: [
      e('（一）主动公开方面', 'incomplete-disclosure'),
      e('（二）依申请公开方面', 'request-handling'),
      e('（三）政策解读方面', 'policy-interpretation'),
    ],
    improvements: [
      e('在抽检结果确认后5个工作日内', 'incomplete-disclosure'),
      e('制定征求第三方意见工作规程', 'request-handling'),
      e('每季度选取典型案例开展以案释法', 'policy-interpretation'),
    ],
  },
  {
    id: 'h14-mix-no-boundary-kouan-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我办政府信息公开工作存在的主要问题：一是口岸通关服务信息分散在海关、边检等单位网站，企业需要逐个查找；二是口岸收费目录清单公示不够规范，收费项目名称、标准、依据表述不统一；三是我办对口岸运行数据公开较少，社会各界了解口岸发展情况渠道有限。
会同海关、边检等单位建立口岸服务信息统一发布专栏，各单位信息由专栏集中发布。按照统一格式重新编制口岸收费目录清单，在口岸现场和网站同步公示。每季度公开口岸进出口货运量、出入境人员数量等运行数据。`,
    problems: [
      e('一是口岸通关服务信息分散', 'duplicate-publishing'),
      e('二是口岸收费目录清单公示不够规范', 'standardization'),
      e('三是我办对口岸运行数据公开较少', 'incomplete-disclosure'),
    ],
    improvements: [
      e('会同海关、边检等单位', 'duplicate-publishing'),
      e('按照统一格式重新编制口岸收费目录清单', 'standardization'),
      e('每季度公开口岸进出口货运量', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h14-mix-this-year-fixes-jiaoyu-zhen-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
一是学校招生划片信息公开时间晚，部分家长在报名截止前才得知划片调整；二是教育收费政策解读不足，家长对课后服务收费有误解；三是局网站信息发布审核把关不严，曾出现一份文件因未经保密审查即发布而撤回的情况。
（二）整改情况
一是将划片方案公布时间提前到每年4月底前，并在各学校门口张贴；二是录制课后服务收费政策问答视频，在家长群推送；三是严格执行信息发布“三审”制度，涉密性审查由办公室负责人签字把关。`,
    problems: [
      e('一是学校招生划片信息公开时间晚', 'incomplete-disclosure'),
      e('二是教育收费政策解读不足', 'policy-interpretation'),
      e('三是局网站信息发布审核把关不严', 'other'),
    ],
    improvements: [
      e('一是将划片方案公布时间提前到每年4月底前', 'incomplete-disclosure'),
      e('二是录制课后服务收费政策问答视频', 'policy-interpretation'),
      e('三是严格执行信息发布“三审”制度', 'other'),
    ],
  },
]
