// Run-on shapes: one long paragraph with the boundary inside it, problems and measures joined by ；,
// 首先/其次/第三/最后 with 一要/二要 measures, one paragraph per point with no marker, a street with
// problems and only a closing sentence, 一是/二是 joined by ， in one sentence. Invented bodies and
// wording, written blind; the answers were set before the extractor was run.
import { e, type Holdout15Case } from './entry'

export const RUN_ON: Holdout15Case[] = [
  {
    id: 'h15-run-paragraph-county-gov-luxi-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年，我县政府信息公开工作虽然取得了一定成效，但对照新时代政务公开要求，仍然存在一些问题，主要是部分部门主动公开意识还不强，习惯于把公开当作上级布置的任务来完成，重大决策预公开事项偏少且征求意见往往走过场，群众提的意见采纳了多少、没采纳的原因是什么都没有说明，县政府网站的“政策解读”栏目多为文件内容的复述，缺少对群众关心问题的针对性说明，乡镇政务公开专区硬件虽已配齐，但日常管理缺位，电脑长期不开机，专区成了摆设。针对这些问题，2023年我县将把政务公开纳入县直部门和乡镇年度目标考核，加大考核权重，扩大重大决策预公开范围，对征求意见采纳情况一律公开说明理由，提高解读材料质量，推行部门主要负责人解读政策，同时制定乡镇政务公开专区管理办法，明确专人值守，每月通报专区运行情况。`,
    problems: [
      e('部分部门主动公开意识还不强', 'awareness'),
      e('重大决策预公开事项偏少', 'public-participation'),
      e('县政府网站的“政策解读”栏目', 'policy-interpretation'),
      e('乡镇政务公开专区硬件虽已配齐', 'reading-room-underused'),
    ],
    improvements: [
      e('把政务公开纳入县直部门和乡镇年度目标考核', 'awareness'),
      e('扩大重大决策预公开范围', 'public-participation'),
      e('提高解读材料质量', 'policy-interpretation'),
      e('同时制定乡镇政务公开专区管理办法', 'reading-room-underused'),
    ],
  },
  {
    id: 'h15-run-semicolons-renshe-district-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我局政府信息公开工作还存在以下不足：就业补贴、技能培训补贴等资金发放名单公示覆盖面窄，部分补贴只在街道公示，区局网站没有汇总；劳动保障监察执法结果公开较少，重大劳动保障违法行为社会公布不够及时；社保经办窗口的政策咨询答复不够统一，不同窗口对同一问题的解释存在差异；网上办事大厅部分事项申报页面设计复杂，群众反映“找不到入口、看不懂表格”。下一步，我局将汇总各类补贴发放名单，在区局网站统一公示；按季度向社会公布重大劳动保障违法行为，执法结果在作出决定后及时公开；梳理社保经办常见问题，形成统一答复口径，并定期组织窗口人员学习；简化网上办事申报页面，增加办事导航和填表示例。`,
    problems: [
      e('就业补贴、技能培训补贴等资金发放名单', 'incomplete-disclosure'),
      e('劳动保障监察执法结果公开较少', 'incomplete-disclosure'),
      e('社保经办窗口的政策咨询答复', 'policy-interpretation'),
      e('网上办事大厅部分事项申报页面', 'platform-stability'),
    ],
    improvements: [
      e('汇总各类补贴发放名单', 'incomplete-disclosure'),
      e('按季度向社会公布重大劳动保障违法行为', 'incomplete-disclosure'),
      e('梳理社保经办常见问题', 'policy-interpretation', 'staff-capacity'),
      e('简化网上办事申报页面', 'platform-stability'),
    ],
  },
  {
    id: 'h15-run-yiyao-fagai-city-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2023年，我委政府信息公开工作还有不少需要改进的地方。首先，价格监测数据发布周期偏长，重要民生商品价格只按月发布，价格异常波动时群众无法及时获取信息。其次，政府定价目录调整后，配套的成本监审报告和定价听证情况没有全部公开，社会对定价依据存在疑问。第三，我委网站“政策解读”栏目中，多数解读由文件起草处室撰写，专业术语多，群众读起来费劲。最后，委机关部分处室信息公开联络人由新入职人员担任，对公开与不公开的界限把握不准。
对此，我们将：一要缩短价格监测数据发布周期，重要民生商品价格在异常波动期间按日发布；二要在定价目录调整后同步公开成本监审报告摘要和听证会情况；三要改进解读写法，邀请媒体记者参与解读稿的编写，多用群众语言；四要对新任联络员开展岗前培训，讲清公开属性认定的基本要求。`,
    problems: [
      e('首先，价格监测数据发布周期偏长', 'incomplete-disclosure'),
      e('其次，政府定价目录调整后', 'incomplete-disclosure'),
      e('第三，我委网站“政策解读”栏目中', 'policy-interpretation'),
      e('最后，委机关部分处室信息公开联络人', 'staff-capacity'),
    ],
    improvements: [
      e('一要缩短价格监测数据发布周期', 'incomplete-disclosure'),
      e('二要在定价目录调整后', 'incomplete-disclosure'),
      e('三要改进解读写法', 'policy-interpretation'),
      e('四要对新任联络员开展岗前培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h15-run-paras-sifa-district-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我局在政府信息公开工作中存在的问题主要有三个方面。
法律援助、人民调解等公共法律服务事项的办理流程和服务网点信息公开得不够详细。群众想申请法律援助，在网上只能查到一个咨询电话，具体的受理条件、所需材料和就近的服务网点都找不到。
行政执法“三项制度”落实中，执法决定公示存在滞后现象。部分执法单位在执法决定作出后一个多月才报送公示，有的甚至没有报送。
普法宣传与政策解读结合得不紧密。我局开展的普法活动以发放资料为主，对群众身边的法律问题讲解不够生动，听的人不多。
2024年，我局将重点抓好三方面工作。
全面梳理公共法律服务事项，编制服务指南，标明受理条件、所需材料和服务网点地址，在网站和服务大厅同步公开。
督促各执法单位在执法决定作出之日起7个工作日内完成公示，每季度对公示情况进行检查。
以以案释法、法律明白人进村等形式开展普法宣传，每季度开展一次“法律进社区”活动。`,
    problems: [
      e('法律援助、人民调解等公共法律服务事项', 'standardization', 'incomplete-disclosure'),
      e('行政执法“三项制度”落实中', 'incomplete-disclosure'),
      e('普法宣传与政策解读结合得不紧密', 'policy-interpretation'),
    ],
    improvements: [
      e('全面梳理公共法律服务事项', 'standardization', 'incomplete-disclosure'),
      e('督促各执法单位在执法决定作出之日起', 'incomplete-disclosure'),
      e('以以案释法、法律明白人进村等形式', 'policy-interpretation'),
    ],
  },
  {
    id: 'h15-run-problems-only-street-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本年度我街道政府信息公开工作存在的问题：一是社区网格员对政务公开相关知识掌握不多，群众询问时答不上来；二是辖区部分小区物业公开栏被广告遮挡，公开的维修基金使用情况无人注意。我街道将高度重视上述问题，在下一年度工作中切实加以整改。`,
    problems: [
      e('一是社区网格员对政务公开相关知识', 'staff-capacity'),
      e('二是辖区部分小区物业公开栏', 'reading-room-underused'),
    ],
    improvements: [],
  },
  {
    id: 'h15-run-commas-town-tieshan-2020',
    text: `五、存在的主要问题及改进情况
今年我镇政府信息公开工作存在的不足主要有一是镇村两级公开内容重形式轻实效，一些公开只是把文件贴上墙，群众关心的事项反而公开得少，二是村级小微权力清单虽已编制，但与实际运行脱节，群众对照清单办事仍然遇到问题，三是镇政务公开工作以党政办为主，其他站所认为与己无关，参与很少。对此，我镇将组织各站所、各村按照群众需求调整公开内容，结合运行实际修订小微权力清单，建立站所负责人政务公开责任制。`,
    problems: [
      e('一是镇村两级公开内容重形式轻实效', 'incomplete-disclosure'),
      e('二是村级小微权力清单', 'standardization'),
      e('三是镇政务公开工作以党政办为主', 'awareness'),
    ],
    improvements: [
      e('组织各站所、各村按照群众需求调整公开内容', 'incomplete-disclosure'),
      e('结合运行实际修订小微权力清单', 'standardization'),
      e('建立站所负责人政务公开责任制', 'awareness'),
    ],
  },
]
