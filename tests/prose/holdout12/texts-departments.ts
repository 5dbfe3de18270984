// County and city departments: five problems and five measures, half-width (1)(2), 1、 with a wrapped
// line, 问题一/措施一 pairs, the variant headings (存在的主要问题和改进措施, 存在问题及改进情况), a
// measure list with more points than the problems, a closing sentence that is no entry. Invented
// bodies and wording, written blind; the answers were set before the extractor was run.
import { e, type Holdout12Case } from './entry'

export const DEPARTMENTS: Holdout12Case[] = [
  {
    id: 'h12-dept-five-five-shichang-county-2020',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是行政处罚信息公示不全面，部分简易程序案件未公示。二是食品生产经营许可信息在省局系统与县局网站之间存在“两张皮”，数据不一致。三是“企业信用信息公示”宣传不够，不少个体工商户不知道要年报。四是局网站“政策法规”栏目更新滞后，新修订的法律法规未及时更新。五是所属市场监管所信息公开工作基础薄弱，无专人负责。
（二）改进措施
一是全面公示行政处罚信息，简易程序案件按月汇总公示。二是以省局系统为准，县局网站不再单独录入许可信息，改为链接调用。三是利用市场监管所、个体劳动者协会开展年报政策宣传，发放年报操作指南。四是每月对“政策法规”栏目进行一次梳理更新。五是各市场监管所确定一名信息公开联络员，由局办公室统一指导。`,
    problems: [
      e('一是行政处罚信息公示不全面', 'incomplete-disclosure'),
      e('二是食品生产经营许可信息', 'duplicate-publishing'),
      e('三是“企业信用信息公示”宣传不够', 'policy-interpretation'),
      e('四是局网站“政策法规”栏目更新滞后', 'update-gap'),
      e('五是所属市场监管所信息公开工作基础薄弱', 'staff-capacity'),
    ],
    improvements: [
      e('一是全面公示行政处罚信息', 'incomplete-disclosure'),
      e('二是以省局系统为准', 'duplicate-publishing'),
      e('三是利用市场监管所、个体劳动者协会', 'policy-interpretation'),
      e('四是每月对“政策法规”栏目', 'update-gap'),
      e('五是各市场监管所确定一名信息公开联络员', 'staff-capacity'),
    ],
  },
  {
    id: 'h12-dept-halfwidth-weijian-county-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题:(1)突发公共卫生事件信息发布的时效性有待提高,个别疫情防控信息发布晚于社会传播;(2)医疗机构执业许可、医师执业注册等信息公开不全;(3)局政务微博长期未更新,近一年无原创内容。
改进措施:(1)完善突发公共卫生事件信息发布机制,第一时间发布权威信息;(2)按照卫生健康领域公开目录,补齐医疗机构和医务人员执业信息;(3)关停政务微博,集中力量办好局微信公众号。`,
    problems: [
      e('(1)突发公共卫生事件信息发布', 'incomplete-disclosure', 'policy-interpretation'),
      e('(2)医疗机构执业许可', 'incomplete-disclosure'),
      e('(3)局政务微博长期未更新', 'new-media'),
    ],
    improvements: [
      e('(1)完善突发公共卫生事件信息发布机制', 'incomplete-disclosure', 'policy-interpretation'),
      e('(2)按照卫生健康领域公开目录', 'incomplete-disclosure', 'standardization'),
      e('(3)关停政务微博', 'new-media'),
    ],
  },
  {
    id: 'h12-dept-wenti-cuoshi-pairs-ziran-city-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
问题一：不动产登记办事指南与实际办理要求不一致，群众按指南准备材料后仍被要求补充。
措施一：全面核对不动产登记办事指南，与窗口实际要求统一，调整后及时公开。
问题二：矿业权出让信息只公开成交结果，出让方案、评估结果等过程信息未公开。
措施二：按照矿业权出让信息公开要求，全流程公开出让公告、评估结果和成交信息。
问题三：局机关对依申请公开答复的法律审核环节缺失，被申请人复议后败诉1件。
措施三：依申请公开答复一律经法规科法律审核后出具。`,
    problems: [
      e('问题一：不动产登记办事指南', 'incomplete-disclosure'),
      e('问题二：矿业权出让信息', 'incomplete-disclosure'),
      e('问题三：局机关对依申请公开答复', 'request-handling'),
    ],
    improvements: [
      e('措施一：全面核对不动产登记办事指南', 'incomplete-disclosure'),
      e('措施二：按照矿业权出让信息公开要求', 'incomplete-disclosure'),
      e('措施三：依申请公开答复一律经法规科', 'request-handling'),
    ],
  },
  {
    id: 'h12-dept-variant-heading-nongye-city-2023',
    text: `五、存在的主要问题和改进措施
（一）存在的主要问题
1、农业农村领域政策性文件多，但配套解读少，部分解读只是简单摘录文件条文。
2、农产品质量安全抽检结果公开不及时，个别批次抽检结果在抽检结束三个月后才公布。
3、“三农”服务热线与网上留言回复由不同科室负责，答复内容有时相互矛盾。
（二）改进措施
1、坚持政策文件与解读同步发布，解读重点说明政策变化、适用对象和办理方式。
2、抽检结果在检测完成后15个工作日内公开。
3、建立热线和留言统一答复知识库，由办公室统一审核答复口径。
4、邀请种养大户、农民合作社代表参加政策征求意见座谈会，听取意见建议。`,
    problems: [
      e('1、农业农村领域政策性文件多', 'policy-interpretation'),
      e('2、农产品质量安全抽检结果', 'incomplete-disclosure'),
      e('3、“三农”服务热线与网上留言回复', 'policy-interpretation', 'public-participation'),
    ],
    improvements: [
      e('1、坚持政策文件与解读同步发布', 'policy-interpretation'),
      e('2、抽检结果在检测完成后', 'incomplete-disclosure'),
      e('3、建立热线和留言统一答复知识库', 'policy-interpretation', 'public-participation'),
      e('4、邀请种养大户、农民合作社代表', 'public-participation'),
    ],
  },
  {
    id: 'h12-dept-variant-heading-fgw-county-2024',
    text: `五、存在问题及改进情况
今年，我委政府信息公开工作还存在一些问题：
1. 重大建设项目批准和实施领域信息公开不够全面，部分项目只公开批复文件，未公开招标投标、施工和竣工信息。
2. 价格监测信息发布形式单一，群众对“菜篮子”价格变化关注高，但发布的价格表可读性差。
3. 我委网站与县投资项目在线审批平台信息未打通，项目审批信息需要人工二次录入。
2025年工作打算：
1. 按照重大建设项目信息公开目录，全流程公开项目信息。
2. 用图表形式发布重要民生商品价格监测信息，必要时配发价格走势分析。
3. 推进网站与投资项目在线审批平台数据对接，实现审批结果自动推送。
我委将以此次年报为契机，进一步提高政府信息公开工作水平。`,
    problems: [
      e('1. 重大建设项目批准和实施领域', 'incomplete-disclosure'),
      e('2. 价格监测信息发布形式单一', 'policy-interpretation'),
      e('3. 我委网站与县投资项目在线审批平台', 'platform-stability'),
    ],
    improvements: [
      e('1. 按照重大建设项目信息公开目录', 'incomplete-disclosure', 'standardization'),
      e('2. 用图表形式发布重要民生商品价格', 'policy-interpretation'),
      e('3. 推进网站与投资项目在线审批平台', 'platform-stability'),
    ],
  },
  {
    id: 'h12-dept-jiaoyu-city-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的问题
一是校外培训机构监管信息公开不够，黑白名单更新频率低，家长难以辨别。
二是局网站“招生考试”专题与中考招生平台存在两个发布口，同一政策文件在两个地方版本不一致。
三是教育系统新媒体矩阵账号数量多，个别学校账号存在发布内容把关不严、长期不更新的情况。
四是局属学校信息公开工作差异较大，部分学校网站信息公开目录形同虚设。
（二）改进措施
一是按月更新公布校外培训机构黑白名单，并在各学校家长群推送。
二是撤销局网站“招生考试”专题中的文件发布功能，统一以中考招生平台为准。
三是开展教育系统新媒体账号清理整顿，建立账号备案和内容审核制度。
四是对局属学校信息公开工作开展年度评估，评估结果通报全系统。`,
    problems: [
      e('一是校外培训机构监管信息', 'update-gap'),
      e('二是局网站“招生考试”专题', 'duplicate-publishing'),
      e('三是教育系统新媒体矩阵账号数量多', 'new-media'),
      e('四是局属学校信息公开工作差异较大', 'other'),
    ],
    improvements: [
      e('一是按月更新公布校外培训机构黑白名单', 'update-gap'),
      e('二是撤销局网站“招生考试”专题', 'duplicate-publishing'),
      e('三是开展教育系统新媒体账号清理整顿', 'new-media'),
      e('四是对局属学校信息公开工作开展年度评估', 'other'),
    ],
  },
  {
    id: 'h12-dept-dangan-2020',
    text: `五、存在的主要问题及改进情况
我馆作为政府信息公开查阅场所之一，存在的主要问题有：1.现行文件查阅中心收集的政府公开信息不全，部分部门未按要求报送；2.查阅中心利用率不高，全年接待查阅仅百余人次；3.馆内信息公开工作人员年龄偏大，对信息化查询手段不熟悉。
下一步，我馆将：1.会同县政府办督促各部门按时向查阅中心报送公开信息；2.在馆网站公布查阅中心开放时间和查阅方式，开展“档案开放日”活动吸引群众；3.组织馆内工作人员学习电子文件查询系统的使用。`,
    problems: [
      e('1.现行文件查阅中心收集的', 'reading-room-underused'),
      e('2.查阅中心利用率不高', 'reading-room-underused'),
      e('3.馆内信息公开工作人员年龄偏大', 'staff-capacity'),
    ],
    improvements: [
      e('1.会同县政府办督促各部门', 'reading-room-underused'),
      e('2.在馆网站公布查阅中心开放时间', 'reading-room-underused', 'public-participation'),
      e('3.组织馆内工作人员学习', 'staff-capacity'),
    ],
  },
  {
    id: 'h12-dept-wrapped-1dun-zhujian-city-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题。1、保障性住房分配信息公开还有欠缺，轮候排序、分配结果公开不
及时；2、物业服务收费、维修资金使用等群众关心信息公开不够；3、“住建在线”公众号功能单
一，未开通在线查询和留言功能。
（二）改进措施。1、每季度公开保障性住房轮候和分配结果；2、督促物业服务企业在小区显著位置公示收费标准和维修资金使用情况；3、升级“住建在线”公众号，开通查询和留言功能，留言3个工作日内回复。`,
    problems: [
      e('1、保障性住房分配信息公开还有欠缺', 'incomplete-disclosure'),
      e('2、物业服务收费、维修资金使用', 'incomplete-disclosure'),
      e('3、“住建在线”公众号功能单一', 'new-media'),
    ],
    improvements: [
      e('1、每季度公开保障性住房轮候', 'incomplete-disclosure'),
      e('2、督促物业服务企业', 'incomplete-disclosure'),
      e('3、升级“住建在线”公众号', 'new-media', 'public-participation'),
    ],
  },
  {
    id: 'h12-dept-sub-heading-mzj-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）公开内容有待丰富
社会组织登记、年检结果等信息只公开名单，缺少对社会组织违规行为处理结果的公开。
（二）工作队伍有待加强
局机关负责信息公开的同志同时负责信访、档案工作，业务培训参加较少。
（三）平台功能有待完善
局网站无障碍浏览功能不完善，老年人、视障人士使用不便。
针对以上问题，2026年我局将：（一）扩大社会组织信息公开范围，公开违规处理结果和抽查情况；（二）明确专人从事信息公开工作，每年参加业务培训不少于2次；（三）完成网站适老化和无障碍改造。`,
    problems: [
      e('（一）公开内容有待丰富', 'incomplete-disclosure'),
      e('（二）工作队伍有待加强', 'staff-capacity'),
      e('（三）平台功能有待完善', 'platform-stability'),
    ],
    improvements: [
      e('（一）扩大社会组织信息公开范围', 'incomplete-disclosure'),
      e('（二）明确专人从事信息公开工作', 'staff-capacity'),
      e('（三）完成网站适老化和无障碍改造', 'platform-stability'),
    ],
  },
  {
    id: 'h12-dept-huanbao-district-2020',
    text: `五、存在的主要问题及改进情况
2020年，我局政府信息公开工作存在的不足：一是环境违法企业处罚信息公开滞后，个别处罚决定作出一个月后才公开；二是对群众关注的垃圾焚烧发电项目、污水处理厂排放等问题，解读和回应不够主动，引发部分群众误解；三是环境信息公开工作缺乏统一的发布流程，各科室自行发布，存在同一信息多次发布、内容不一致的情况；四是未开展环保设施向公众开放活动。
2021年，我局将：一是严格落实环境行政处罚决定7日内公开；二是针对重点项目建立舆情研判和主动回应机制，邀请专家解读；三是制定环境信息发布流程，由办公室统一审核发布；四是每季度组织一次环保设施公众开放日活动。`,
    problems: [
      e('一是环境违法企业处罚信息公开滞后', 'incomplete-disclosure'),
      e('二是对群众关注的垃圾焚烧发电项目', 'policy-interpretation'),
      e('三是环境信息公开工作缺乏统一的发布流程', 'duplicate-publishing'),
      e('四是未开展环保设施向公众开放活动', 'public-participation'),
    ],
    improvements: [
      e('一是严格落实环境行政处罚决定7日内公开', 'incomplete-disclosure'),
      e('二是针对重点项目建立舆情研判', 'policy-interpretation'),
      e('三是制定环境信息发布流程', 'duplicate-publishing'),
      e('四是每季度组织一次环保设施公众开放日', 'public-participation'),
    ],
  },
]
