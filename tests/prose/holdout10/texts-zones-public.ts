// 开发区/高新区/港区 管委会 and 公共企事业单位 (供水, 公交, 电力, 中医院, 中学, 公证处, 殡仪馆,
// 水库管理处), invented, written by hand (README.md).
import { e, type Holdout10Case } from './entry'

export const ZONES_PUBLIC: readonly Holdout10Case[] = [
  {
    id: 'h10-zone-jinsha-gaoxin-2022',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是园区企业服务政策分散在管委会各局网站和“金沙高新”公众号，同一项扶持政策出现多个版本，企业反映难以确认最新版本。二是管委会机构改革后部分职能划转，政府信息公开指南、主动公开目录未同步修订。三是依申请公开数量逐年增加，涉及土地出让、厂房租赁的申请较多，答复中对商业秘密的认定把握不准，存在法律风险。
（二）改进措施
一是建立企业服务政策统一发布库，所有扶持政策在管委会门户网站一处发布，公众号只推送摘要和链接。二是年内完成信息公开指南和主动公开目录修订。三是聘请法律顾问参与涉及商业秘密的申请答复，必要时征求第三方意见。`,
    problems: [
      e('一是园区企业服务政策', 'duplicate-publishing'),
      e('二是管委会机构改革后', 'standardization'),
      e('三是依申请公开数量', 'request-handling'),
    ],
    improvements: [
      e('一是建立企业服务政策', 'duplicate-publishing'),
      e('二是年内完成信息公开指南', 'standardization'),
      e('三是聘请法律顾问', 'request-handling'),
    ],
  },
  {
    id: 'h10-zone-lingang-2024',
    text: `五、存在的主要问题及改进情况
2024年，港区政府信息公开工作仍有不足之处：港口建设项目环评、安评等信息公开不及时，周边群众对项目情况了解不多；管委会网站2024年6月迁移至市级集约化平台后，部分历史信息未迁移，原有链接失效；管委会各部门信息公开联络员多为临时借调人员，流动性大。
2025年，港区将着力抓好三方面工作：一是督促项目建设单位及时公开环评、安评报告，在项目现场设置公示牌；二是补齐历史信息迁移，对失效链接逐一修复；三是固定各部门信息公开联络员，实行AB岗。`,
    problems: [
      e('港口建设项目环评', 'incomplete-disclosure'),
      e('管委会网站2024年6月迁移', 'platform-stability'),
      e('管委会各部门信息公开联络员', 'staff-capacity'),
    ],
    improvements: [
      e('一是督促项目建设单位', 'incomplete-disclosure'),
      e('二是补齐历史信息迁移', 'platform-stability'),
      e('三是固定各部门', 'staff-capacity'),
    ],
  },
  {
    id: 'h10-public-gongshui-2021',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
1.计划停水信息公开渠道单一，主要通过公司网站和报纸发布，部分老年用户未能及时获知，引发投诉。
2.水价调整听证会代表的产生方式和听证意见采纳情况公开不够。
3.公司网站“服务指南”栏目中的报装流程、收费标准仍是2019年版本，与现行规定不符。
（二）改进措施
1.增加停水信息发布渠道，通过短信、小区公告栏、社区网格群同步通知用户，提前24小时发布。
2.今后组织价格听证时，提前公开听证代表名单及产生办法，听证结束后公开意见采纳情况。
3.全面修订“服务指南”栏目内容，建立每半年复核一次的机制。`,
    problems: [
      e('1.计划停水信息', 'incomplete-disclosure'),
      e('2.水价调整听证会', 'public-participation'),
      e('3.公司网站“服务指南”', 'update-gap'),
    ],
    improvements: [
      e('1.增加停水信息发布渠道', 'incomplete-disclosure'),
      e('2.今后组织价格听证时', 'public-participation'),
      e('3.全面修订“服务指南”', 'update-gap'),
    ],
  },
  {
    id: 'h10-public-gongjiao-2023',
    text: `五、存在的主要问题及改进情况
一是线路调整信息发布后，乘客对调整原因和换乘方案有疑问，公司未及时解答，网上负面评论较多。二是“城市公交”APP实时公交查询功能时常卡顿，数据延迟较大，老年乘客反映不会使用。
下一步，我公司将在发布线路调整信息时同步发布调整说明和换乘指引，在客服热线设置专席解答乘客咨询；联系软件开发商对APP进行升级，增加适老化模式，优化实时数据接口。`,
    problems: [
      e('一是线路调整信息发布后', 'policy-interpretation'),
      e('二是“城市公交”APP', 'platform-stability'),
    ],
    improvements: [
      e('在发布线路调整信息时', 'policy-interpretation'),
      e('联系软件开发商', 'platform-stability'),
    ],
  },
  {
    id: 'h10-public-zhongyiyuan-2022',
    text: `五、存在的主要问题及改进情况
（一）存在的问题
①医院信息公开工作由院办兼管，没有专职人员，医务、财务、采购等部门配合不够紧密；
②医疗服务价格、药品价格公示屏更新滞后，个别项目价格调整后公示屏未及时修改；
③患者满意度调查结果和投诉处理情况从未对外公开。
（二）整改措施
①成立医院院务公开领导小组，院长任组长，各职能部门负责人为成员，明确各部门公开职责；
②价格调整后由物价科当天更新公示屏和医院网站；
③每季度在医院网站公布患者满意度调查结果及投诉处理情况。`,
    problems: [
      e('①医院信息公开工作', 'staff-capacity'),
      e('②医疗服务价格', 'update-gap'),
      e('③患者满意度调查结果', 'incomplete-disclosure'),
    ],
    improvements: [
      e('①成立医院院务公开领导小组', 'awareness'),
      e('②价格调整后', 'update-gap'),
      e('③每季度在医院网站', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h10-public-zhongxue-2020',
    text: `五、存在的主要问题及改进情况
我校信息公开工作存在的主要问题：一是学校收费、招生等信息公开不够及时，有家长反映开学前查不到收费标准；二是家长对学校重大事项的知情和参与渠道较少，家长委员会作用发挥不充分。
改进措施：一是每学期开学前两周在学校网站和校门口公示栏公开收费项目、标准及依据；二是完善家长委员会制度，学校食堂、校服采购等事项听取家长委员会意见，并公开结果。`,
    problems: [
      e('一是学校收费、招生等信息', 'incomplete-disclosure'),
      e('二是家长对学校重大事项', 'public-participation'),
    ],
    improvements: [
      e('一是每学期开学前两周', 'incomplete-disclosure'),
      e('二是完善家长委员会制度', 'public-participation'),
    ],
  },
  {
    id: 'h10-public-gongzhengchu-2025',
    text: `五、存在的主要问题及改进情况
（一）存在问题
公证事项收费标准、办理时限在服务大厅和网站公示的内容不一致，当事人时有疑问；公证员对政府信息公开申请与公证档案查阅的区别把握不准，曾将一件档案查询当作信息公开申请办理。
（二）改进措施
统一服务大厅和网站的公示内容，以网站为准定期核对；组织公证员学习政府信息公开条例，明确公证档案查阅按公证相关规定办理，不作为政府信息公开申请处理。`,
    problems: [
      e('公证事项收费标准', 'duplicate-publishing'),
      e('公证员对政府信息公开申请', 'request-handling', 'staff-capacity'),
    ],
    improvements: [
      e('统一服务大厅和网站', 'duplicate-publishing'),
      e('组织公证员学习', 'request-handling', 'staff-capacity'),
    ],
  },
  {
    id: 'h10-public-shuiku-2023',
    text: `五、存在的主要问题及改进情况
我处政务公开工作存在的主要问题是信息公开的主动性不强，汛期水库调度、泄洪预警信息主要报送上级和属地政府，向下游群众直接发布不够。下一步，我处将在汛前公布水库调度运用方案，泄洪前通过应急广播、短信和下游村组微信群提前发布预警信息。`,
    problems: [
      e('信息公开的主动性不强', 'incomplete-disclosure'),
    ],
    improvements: [
      e('在汛前公布水库调度', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h10-zone-baishui-jingkai-2021',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是管委会领导班子对政务公开工作研究不多，年度工作要点中没有政务公开内容；二是园区企业对涉企政策的知晓度不高，政策兑现信息只在内部系统流转；三是管委会政务公开目录中仍保留已划转给区政府的行政审批事项。
（二）改进措施
一是将政务公开列入管委会党工委会议年度议题，每年至少专题研究一次；二是建立涉企政策兑现结果公示制度，在管委会网站设立“惠企政策”专栏，并由招商服务专员上门向企业讲解政策；三是对照现有职能清理政务公开目录。`,
    problems: [
      e('一是管委会领导班子', 'awareness'),
      e('二是园区企业对涉企政策', 'policy-interpretation', 'incomplete-disclosure'),
      e('三是管委会政务公开目录', 'standardization'),
    ],
    improvements: [
      e('一是将政务公开列入', 'awareness'),
      e('二是建立涉企政策兑现结果', 'incomplete-disclosure', 'policy-interpretation'),
      e('三是对照现有职能', 'standardization'),
    ],
  },
  {
    id: 'h10-public-binyiguan-2024',
    text: `五、存在的主要问题及改进情况
1.存在的问题：殡葬服务收费项目在馆内公示，但网站未公开；基本殡葬服务免费政策宣传不够，部分群众不了解可以减免费用。
2.改进措施：在网站和“民政服务”公众号公开全部殡葬服务收费项目和标准；印制惠民殡葬政策宣传单，由村（社区）发放到户，并在服务大厅安排专人讲解。`,
    problems: [
      e('殡葬服务收费项目', 'incomplete-disclosure'),
      e('基本殡葬服务免费政策', 'policy-interpretation'),
    ],
    improvements: [
      e('在网站和“民政服务”公众号', 'incomplete-disclosure'),
      e('印制惠民殡葬政策宣传单', 'policy-interpretation'),
    ],
  },
]
