// Eighth holdout: 开发区、新区 管委会 and 公共企事业单位 (schools, hospitals, utilities; invented), written blind.
import { e, type Holdout8Case } from './entry'

export const ZONES_PUBLIC: Holdout8Case[] = [
  {
    id: 'h8-zone-lindu-jkq-2022',
    text: `五、存在的主要问题及改进情况
开发区管委会政务公开工作起步较晚，存在的问题主要有：一是公开目录尚未覆盖管委会全部职能，招商引资、企业服务等事项没有列入目录；二是入驻企业对开发区产业扶持政策了解不多，政策“最后一公里”没有打通；三是管委会网站由第三方公司托管，后台操作繁琐，信息发布经常出现格式错乱。
下一步，管委会将：一是对照职能清单补充完善公开目录；二是开展“政策进园区、进企业”活动，面对面为企业讲解扶持政策；三是与托管公司协商升级网站后台，解决发布格式问题。`,
    problems: [
      e('一是公开目录尚未覆盖', 'standardization'),
      e('二是入驻企业对开发区产业扶持政策', 'policy-interpretation'),
      e('三是管委会网站由第三方公司托管', 'platform-stability'),
    ],
    improvements: [
      e('一是对照职能清单', 'standardization'),
      e('二是开展“政策进园区', 'policy-interpretation'),
      e('三是与托管公司协商', 'platform-stability'),
    ],
  },
  {
    id: 'h8-school-qingwu-syzx-2023',
    text: `五、存在的主要问题及改进情况
学校信息公开工作还存在以下不足：（一）学校网站的“信息公开”专栏内容不全，部分栏目只有标题没有内容；（二）对学生资助、评优评先等与学生和家长切身相关事项的公示时间偏短；（三）家长对学校收费、食堂管理等方面的意见建议没有畅通的反馈渠道。
今后，学校将：（一）按照教育部学校信息公开清单补齐专栏内容；（二）学生资助、评优结果公示期不少于5个工作日；（三）开通校长信箱，每学期召开一次家长委员会会议，听取家长意见。`,
    problems: [
      e('（一）学校网站的“信息公开”专栏', 'update-gap'),
      e('（二）对学生资助、评优评先', 'incomplete-disclosure'),
      e('（三）家长对学校收费', 'public-participation'),
    ],
    improvements: [
      e('（一）按照教育部学校信息公开清单', 'update-gap'),
      e('（二）学生资助、评优结果公示期', 'incomplete-disclosure'),
      e('（三）开通校长信箱', 'public-participation'),
    ],
  },
  {
    id: 'h8-hospital-hechuan-rmyy-2024',
    text: `五、存在的主要问题及改进情况
1. 医院信息公开内容以医院新闻为主，医疗服务价格、药品价格、患者就医须知等信息公开不够全面。
2. 医院门诊大厅设置的信息公开查询机使用率低，多数患者不知道查询机的用途。
3. 医院负责信息公开的宣传科人员少，信息公开工作与宣传工作混在一起。
针对以上问题，医院将采取以下措施：1. 在医院网站和微信服务号开设价格公示专栏，及时公开医疗服务和药品价格；2. 在查询机旁设置引导标识，由导医人员协助患者查询；3. 明确宣传科一名同志专门负责信息公开工作。`,
    problems: [
      e('1. 医院信息公开内容以医院新闻为主', 'incomplete-disclosure'),
      e('2. 医院门诊大厅设置的信息公开查询机', 'reading-room-underused'),
      e('3. 医院负责信息公开的宣传科人员少', 'staff-capacity'),
    ],
    improvements: [
      e('1. 在医院网站和微信服务号', 'incomplete-disclosure'),
      e('2. 在查询机旁设置引导标识', 'reading-room-underused'),
      e('3. 明确宣传科一名同志', 'staff-capacity'),
    ],
  },
  {
    id: 'h8-zone-zhiyang-gxq-2025',
    text: `五、存在的主要问题及改进情况
首先，高新区部分职能由区直部门派驻机构承担，信息公开责任边界不够清晰，存在同一事项管委会和派驻机构都发、或者都不发的现象；其次，企业投资项目审批信息公开不够及时，项目核准、备案结果普遍滞后一个月以上公开；最后，管委会政务公开工作人员均为聘用人员，流动性大。
第一、厘清管委会与派驻机构的公开职责，制定公开责任清单；第二、审批结果实行“办结即公开”，由审批系统自动推送；第三、稳定政务公开队伍，对聘用人员实行岗位补贴并加强培训。`,
    problems: [
      e('首先，高新区部分职能', 'duplicate-publishing', 'incomplete-disclosure'),
      e('其次，企业投资项目审批信息', 'incomplete-disclosure'),
      e('最后，管委会政务公开工作人员', 'staff-capacity'),
    ],
    improvements: [
      e('第一、厘清管委会与派驻机构', 'standardization'),
      e('第二、审批结果实行“办结即公开”', 'incomplete-disclosure'),
      e('第三、稳定政务公开队伍', 'staff-capacity'),
    ],
  },
  {
    id: 'h8-utility-hechuan-gdgs-2023',
    text: `五、存在的主要问题及改进情况
公司信息公开工作存在的主要问题：停电信息通知覆盖面不够，计划停电信息主要通过营业厅公告和公司网站发布，部分老年用户和偏远村组用户无法及时获知。改进措施：拓展停电信息发布渠道，通过短信、村广播和网格员微信群同步通知受影响用户。`,
    problems: [e('停电信息通知覆盖面不够', 'incomplete-disclosure')],
    improvements: [e('拓展停电信息发布渠道', 'incomplete-disclosure')],
  },
  {
    id: 'h8-centre-huaianxian-ggzy-2021',
    text: `五、存在的主要问题及改进情况
（一）存在的问题。一是交易信息在中心网站和省公共资源交易平台两处发布，部分项目两处公告时间不一致；二是交易平台系统年内发生3次故障，影响开标；三是对投标企业关心的评标程序、异议处理等问题解答不够。
（二）改进措施。一是交易公告统一由省平台推送，中心网站同步展示，不再人工重复录入；二是与平台开发商签订运维保障协议，建立故障应急预案；三是编印交易流程问答手册，在中心服务大厅和网站提供。`,
    problems: [
      e('一是交易信息在中心网站', 'duplicate-publishing'),
      e('二是交易平台系统年内发生3次故障', 'platform-stability'),
      e('三是对投标企业关心的', 'policy-interpretation'),
    ],
    improvements: [
      e('一是交易公告统一由省平台推送', 'duplicate-publishing'),
      e('二是与平台开发商签订运维保障协议', 'platform-stability'),
      e('三是编印交易流程问答手册', 'policy-interpretation'),
    ],
  },
  {
    id: 'h8-zone-qifeng-xq-2020',
    text: `五、存在的主要问题及改进情况
2020年，新区政务公开工作还存在一些差距，一是对政务公开工作重要性的认识有待加强，部分部门存在应付思想，二是重点项目、征地拆迁等领域信息公开深度不够，三是政务公开工作机制还需完善。2021年，新区将进一步加强组织领导，把政务公开列入新区党工委、管委会重要议事日程。同时，围绕重点项目建设和征地拆迁，全过程公开项目审批、补偿标准和安置情况。另外，健全信息发布审核和保密审查制度，杜绝泄密和错误信息上网。`,
    problems: [
      e('一是对政务公开工作重要性的认识', 'awareness'),
      e('二是重点项目、征地拆迁等领域', 'incomplete-disclosure'),
      e('三是政务公开工作机制还需完善', 'other'),
    ],
    improvements: [
      e('进一步加强组织领导', 'awareness'),
      e('同时，围绕重点项目建设和征地拆迁', 'incomplete-disclosure'),
      e('另外，健全信息发布审核和保密审查制度', 'other'),
    ],
  },
  {
    id: 'h8-utility-lindu-gjjt-2024',
    text: `五、存在的主要问题及改进情况
| 序号 | 问题 | 改进措施 |
|---|---|---|
| 1 | 公交线路、站点调整信息发布滞后，个别调整在实施当天才公告 | 线路调整方案确定后提前7日在官网、公众号和站牌同步公告 |
| 2 | 乘客投诉处理结果没有公开，乘客反映“投诉石沉大海” | 每月在公众号公布乘客投诉受理和处理情况 |
| 3 | 官网“服务指南”栏目长期未维护，首末班时间与实际不符 | 每季度核对一次服务指南，发现不符当即更正 |`,
    problems: [
      e('公交线路、站点调整信息发布滞后', 'incomplete-disclosure'),
      e('乘客投诉处理结果没有公开', 'incomplete-disclosure', 'public-participation'),
      e('官网“服务指南”栏目长期未维护', 'update-gap'),
    ],
    improvements: [
      e('线路调整方案确定后提前7日', 'incomplete-disclosure'),
      e('每月在公众号公布乘客投诉', 'incomplete-disclosure'),
      e('每季度核对一次服务指南', 'update-gap'),
    ],
  },
  {
    id: 'h8-school-hechuan-zyjsxy-2022',
    text: `五、存在的主要问题及改进情况
学院信息公开工作还存在一些问题。在公开内容上，招生录取、财务收支等信息公开比较全面，但对学生关注的奖助学金评审过程公开不够。在公开载体上，学院网站信息公开网页版式老旧，手机端浏览不便，检索功能不好使。在工作力量上，二级学院没有明确信息公开联络员。
下一步，学院将完善奖助学金评审信息公开，公示评审办法、评审过程和结果；改版信息公开网页，适配手机浏览并优化检索；各二级学院确定一名信息公开联络员，纳入学院信息公开工作体系。`,
    problems: [
      e('在公开内容上', 'incomplete-disclosure'),
      e('在公开载体上', 'platform-stability'),
      e('在工作力量上', 'staff-capacity'),
    ],
    improvements: [
      e('完善奖助学金评审信息公开', 'incomplete-disclosure'),
      e('改版信息公开网页', 'platform-stability'),
      e('各二级学院确定一名信息公开联络员', 'staff-capacity'),
    ],
  },
  {
    id: 'h8-utility-yunling-swgs-2023',
    text: `五、存在的主要问题及改进情况
存在的主要问题：一是水质检测信息只公布出厂水检测结果，管网末梢水检测结果未公开；二是营业厅公开栏水价标准仍为调价前标准。
改进措施：一是按月公开出厂水和管网末梢水检测结果；二是立即更换营业厅公开栏内容，今后水价调整后3日内更换到位。
上年度问题整改情况：上年度提出的计划停水通知滞后的问题已整改，计划停水提前24小时通过短信通知用户。`,
    problems: [
      e('一是水质检测信息只公布出厂水', 'incomplete-disclosure'),
      e('二是营业厅公开栏水价标准', 'update-gap'),
    ],
    improvements: [
      e('一是按月公开出厂水和管网末梢水', 'incomplete-disclosure'),
      e('二是立即更换营业厅公开栏内容', 'update-gap'),
    ],
    priorDone: 1,
  },
  {
    id: 'h8-hospital-sangyu-rmyy-2025',
    text: `五、存在的主要问题及改进情况
本年度医院信息公开存在两方面不足。一方面，医院在“健康桑榆”公众号上发布的内容以院内新闻为主，就医指南、专家排班等实用信息少，患者留言回复不及时；另一方面，医院信息公开工作缺乏统一的公开目录，各科室报送内容随意性大。
2026年，医院将调整公众号内容结构，每周发布专家排班和就医指南，留言48小时内回复；参照上级卫生健康部门的要求编制医院信息公开目录，明确公开事项和责任科室。`,
    problems: [
      e('一方面，医院在“健康桑榆”公众号上', 'new-media', 'public-participation'),
      e('另一方面，医院信息公开工作缺乏统一的公开目录', 'standardization'),
    ],
    improvements: [
      e('调整公众号内容结构', 'new-media', 'public-participation'),
      e('参照上级卫生健康部门的要求', 'standardization'),
    ],
  },
  {
    id: 'h8-centre-hechuan-bdcdj-2022',
    text: `五、存在的主要问题及改进情况
一是不动产登记办事指南在中心网站、政务服务网和大厅窗口三处不一致，群众按不同指南准备材料，往返跑的情况时有发生。二是不动产登记信息查询系统高峰期访问缓慢，时常卡顿。三是窗口人员对政府信息公开申请与不动产登记资料查询的区别把握不准，有的按信息公开申请答复登记资料查询。
下一步工作打算：一是以政务服务网办事指南为唯一标准，中心网站和窗口同步修订。二是对查询系统进行扩容改造。三是对窗口人员开展专题培训，厘清政府信息公开申请与登记资料查询的办理界限。`,
    problems: [
      e('一是不动产登记办事指南', 'duplicate-publishing'),
      e('二是不动产登记信息查询系统', 'platform-stability'),
      e('三是窗口人员对政府信息公开申请', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('一是以政务服务网办事指南为唯一标准', 'duplicate-publishing'),
      e('二是对查询系统进行扩容改造', 'platform-stability'),
      e('三是对窗口人员开展专题培训', 'staff-capacity', 'request-handling'),
    ],
  },
]
