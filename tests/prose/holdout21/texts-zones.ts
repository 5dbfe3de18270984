// Holdout 21, development zones and parks, centres, public enterprises and other bodies (12 texts).
// Invented bodies and wordings; answers by problem-taxonomy.md's definitions only.
import { e, type Holdout21Case } from './entry'

export const ZONES: Holdout21Case[] = [
  {
    id: 'h21-d01-econ-dev-zone-2022',
    // Each problem and its measure in one 一是 item, the measure opened by 下一步，我们将 (kept).
    text: `五、存在的主要问题及改进情况
开发区政务公开工作仍存在以下问题：一是企业关注的土地出让、招商引资优惠政策公开不够，多数只公开了政策名称，下一步，我们将逐项公开优惠政策的适用条件和申报流程；二是管委会网站与区投资促进局网站发布的招商政策有新有旧，企业不知以哪个为准，下一步，我们将清理两个网站的招商政策，统一由管委会网站发布；三是管委会各部门人员流动快，新进人员不熟悉公开业务，下一步，我们将建立新进人员岗前培训制度。
`,
    problems: [
      e('一是企业关注的土地出让', 'incomplete-disclosure'),
      e('二是管委会网站与区投资促进局网站', 'duplicate-publishing'),
      e('三是管委会各部门人员流动快', 'staff-capacity'),
    ],
    improvements: [
      e('下一步，我们将逐项公开', 'incomplete-disclosure'),
      e('下一步，我们将清理两个网站', 'duplicate-publishing'),
      e('下一步，我们将建立新进人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-d02-high-tech-zone-2023',
    // Items for firms scattered over several columns: disclosure not whole (incomplete-disclosure).
    text: `五、存在的主要问题及改进情况
（一）园区企业服务事项公开不系统，涉企收费清单、惠企政策兑现结果散落在不同栏目；（二）管委会网站服务器老化，年内发生3次无法访问的情况；（三）部分部门负责人对政务公开重视不够，公开工作主要靠办公室推动。
2024年，高新区将：（一）建设惠企政策专栏，集中公开涉企收费清单和政策兑现结果；（二）将网站迁移至市级集约化平台；（三）建立部门主要负责人公开工作责任制。
上年度问题整改情况：上年度报告指出的依申请公开答复不规范问题，已通过修订答复模板整改完毕。
`,
    priorDone: 1,
    problems: [
      e('（一）园区企业服务事项公开不系统', 'incomplete-disclosure'),
      e('（二）管委会网站服务器老化', 'platform-stability'),
      e('（三）部分部门负责人', 'awareness'),
    ],
    improvements: [
      e('（一）建设惠企政策专栏', 'incomplete-disclosure'),
      e('（二）将网站迁移至市级集约化平台', 'platform-stability'),
      e('（三）建立部门主要负责人', 'awareness'),
    ],
  },
  {
    id: 'h21-d03-industrial-park-2019',
    // A guide and a catalogue both left behind a reorganisation: the stale guide (update-gap) and the
    // catalogue (standardization), both named.
    text: `五、存在的主要问题及改进情况
1、园区管委会信息公开指南和目录编制于2015年，机构改革后内设机构已调整，指南目录内容与实际不符。
2、园区环境监测数据、重点排污企业名单未向周边群众公开，群众多次通过信访渠道要求公开。
3、园区在公开工作中缺少与企业、群众的互动，重大规划出台前未征求意见。
改进方向：其一，按照新的机构设置重新编制公开指南和目录；其二，按月公开园区环境监测数据和重点排污企业名单；其三，规划编制阶段通过网站、座谈会征求企业和群众意见。
`,
    problems: [
      e('1、园区管委会信息公开指南和目录', 'update-gap', 'standardization'),
      e('2、园区环境监测数据', 'incomplete-disclosure'),
      e('3、园区在公开工作中缺少', 'public-participation'),
    ],
    improvements: [
      e('其一，按照新的机构设置', 'update-gap', 'standardization'),
      e('其二，按月公开园区环境监测数据', 'incomplete-disclosure'),
      e('其三，规划编制阶段', 'public-participation'),
    ],
  },
  {
    id: 'h21-d04-housing-fund-centre-2020',
    // The problems' 二是 printed twice stays two entries; the measures count on 一…四.
    text: `五、存在的主要问题及改进情况
一是中心网站检索功能简单，缴存职工查找政策文件需要逐页翻看。二是中心网站和“公积金”APP公布的贷款额度计算办法表述不一，引起职工误解。二是个别分中心对信息公开工作不够重视，应报送的信息迟迟不报。四是年度报告编制质量不高，数据核对不细，出现前后数据矛盾。
下步工作：一是升级中心网站检索功能，支持关键词、文号检索。二是统一各渠道贷款额度计算办法的表述。三是召开分中心负责人会议，强调信息公开工作的重要性，压实工作责任。四是建立年度报告数据多人复核机制。
`,
    problems: [
      e('一是中心网站检索功能简单', 'platform-stability'),
      e('二是中心网站和“公积金”APP', 'duplicate-publishing'),
      e('二是个别分中心', 'awareness'),
      e('四是年度报告编制质量不高', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是升级中心网站检索功能', 'platform-stability'),
      e('二是统一各渠道贷款额度', 'duplicate-publishing'),
      e('三是召开分中心负责人会议', 'awareness'),
      e('四是建立年度报告数据多人复核机制', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h21-d05-city-heating-company-2021',
    // Entries split only by ；after a lead. A customer hotline that answers badly: public-participation.
    text: `五、存在的主要问题和改进措施
公司在供热信息公开方面还存在一些问题：供热价格调整和收费依据的公开不够详细；停热、抢修通知发布不及时，用户往往在停热后才看到通知；客服热线高峰期接通率低，用户反映问题得不到及时回应。
公司将在新的供暖季采取以下措施：详细公开供热价格构成和收费依据；停热、抢修信息提前通过短信、公司网站和小区公告栏同步告知；扩充客服热线坐席，高峰期增加人员值守。
`,
    problems: [
      e('供热价格调整和收费依据', 'incomplete-disclosure'),
      e('停热、抢修通知发布不及时', 'incomplete-disclosure'),
      e('客服热线高峰期接通率低', 'public-participation'),
    ],
    improvements: [
      e('详细公开供热价格构成', 'incomplete-disclosure'),
      e('停热、抢修信息提前通过短信', 'incomplete-disclosure'),
      e('扩充客服热线坐席', 'public-participation'),
    ],
  },
  {
    id: 'h21-d06-district-data-bureau-2024',
    // Problems （1）… in one paragraph, measures 1.… inline after 改进措施：. Funds are other.
    text: `五、存在的主要问题及改进情况
（1）区政务公开专区建成后，来访群众大多直接办事，很少有人在专区查阅信息，专区资料架形同摆设。（2）区政府门户网站与区政务服务网之间的办事指南未实现同源管理，同一事项两边的申请材料清单不同。（3）基层政务公开标准目录更新滞后，部分事项已取消但目录中仍然保留。（4）政务服务网统一身份认证系统年内多次故障，群众无法登录。（5）平台运维经费紧张，部分功能升级被迫推迟。
改进措施：1.在专区设置“政策明白人”岗位，主动引导群众查阅。2.推动办事指南“一源多发”，门户网站与政务服务网同源同步。3.组织各部门动态调整基层政务公开标准目录。4.督促运维单位排查认证系统故障，建立故障应急预案。5.积极争取专项资金保障平台运维。
`,
    problems: [
      e('（1）区政务公开专区建成后', 'reading-room-underused'),
      e('（2）区政府门户网站与区政务服务网', 'duplicate-publishing'),
      e('（3）基层政务公开标准目录', 'standardization'),
      e('（4）政务服务网统一身份认证', 'platform-stability'),
      e('（5）平台运维经费紧张', 'other'),
    ],
    improvements: [
      e('1.在专区设置', 'reading-room-underused'),
      e('2.推动办事指南“一源多发”', 'duplicate-publishing'),
      e('3.组织各部门动态调整', 'standardization'),
      e('4.督促运维单位排查', 'platform-stability'),
      e('5.积极争取专项资金', 'other'),
    ],
  },
  {
    id: 'h21-d07-county-weather-bureau-2025',
    // Measures run on after 改进上，我局将 (lead left out), 一是/二是 inside one sentence.
    text: `五、存在的主要问题及改进情况
我局政务公开工作主要问题在于：气象灾害预警信息以专业术语为主，群众看不懂预警等级代表什么、应该怎么防范，而局里对预警信息的通俗说明做得不够；此外，局门户网站“气象服务”栏目中的部分气候公报停留在2022年。
改进上，我局将一是在发布预警信息时同步配发防御指引和图解说明，二是落实栏目专人维护，补齐近两年的气候公报。
`,
    problems: [
      e('气象灾害预警信息以专业术语为主', 'policy-interpretation'),
      e('此外，局门户网站“气象服务”栏目', 'update-gap'),
    ],
    improvements: [
      e('一是在发布预警信息时', 'policy-interpretation'),
      e('二是落实栏目专人维护', 'update-gap'),
    ],
  },
  {
    id: 'h21-d08-city-sasac-2022',
    // Subsidiary firms with no disclosure rules: one rule for what every branch publishes (standardization).
    text: `五、存在的主要问题及改进情况
（一）存在问题
1.监管企业信息公开工作推进不平衡，部分二级企业尚未建立信息公开制度。
2.国有资本经营预算执行情况、企业负责人薪酬等社会关注度高的信息公开不够详细。
3.委网站政策解读多为文字转述，缺少图表、视频等形式。
4.委里受理依申请公开后，承办处室答复前未经法制审核，答复内容存在法律风险。
（二）改进措施
1.指导监管企业制定信息公开制度和公开事项清单，分类推进企业信息公开。
2.细化国有资本经营预算执行和企业负责人薪酬信息公开内容。
3.丰富解读形式，重要政策配发图解或视频解读。
4.依申请公开答复一律经法规处审核后出具。
`,
    problems: [
      e('1.监管企业信息公开工作推进不平衡', 'standardization'),
      e('2.国有资本经营预算执行情况', 'incomplete-disclosure'),
      e('3.委网站政策解读多为文字转述', 'policy-interpretation'),
      e('4.委里受理依申请公开后', 'request-handling'),
    ],
    improvements: [
      e('1.指导监管企业制定信息公开制度', 'standardization'),
      e('2.细化国有资本经营预算执行', 'incomplete-disclosure'),
      e('3.丰富解读形式', 'policy-interpretation'),
      e('4.依申请公开答复一律经法规处审核', 'request-handling'),
    ],
  },
  {
    id: 'h21-d09-city-archives-2023',
    // A reading centre hardly used, and its measure (advertised on the account, an open day) aimed at it.
    // Two systems whose accounts do not work across: integration (platform-stability).
    text: `五、存在的主要问题及改进情况
一是开放档案的检索信息公开不完整，已开放档案的检索信息只有一半在网上可查；二是馆内设立的政府公开信息查阅中心利用率低，全年接待查阅30余人次，且多为查档群众顺路咨询；三是馆网站与“数字档案馆”系统分属不同平台，两套系统账号不互通，群众需要重复注册。
2024年，我馆将：1.完成全部开放档案检索信息的网上公开；2.在馆微信公众号宣传查阅中心，并开展“档案开放日”活动吸引群众走进查阅中心；3.推动馆网站与“数字档案馆”统一身份认证。
`,
    problems: [
      e('一是开放档案的检索信息', 'incomplete-disclosure'),
      e('二是馆内设立的政府公开信息查阅中心', 'reading-room-underused'),
      e('三是馆网站与“数字档案馆”系统', 'platform-stability'),
    ],
    improvements: [
      e('1.完成全部开放档案检索信息', 'incomplete-disclosure'),
      e('2.在馆微信公众号宣传查阅中心', 'reading-room-underused'),
      e('3.推动馆网站与“数字档案馆”', 'platform-stability'),
    ],
  },
  {
    id: 'h21-d10-county-supply-coop-2021',
    // Problem, cause and measure labelled inside each numbered item; the problem keeps its marker and label
    // as printed, the measure starts after 措施：.
    text: `五、存在的主要问题及改进情况
1.主要问题：社属企业改制、资产处置信息公开滞后。原因：相关工作涉及历史遗留问题多，承办人员担心公开引发矛盾。措施：对已完成的改制和资产处置事项，在结果确定后20日内公开。
2.主要问题：社机关人员少，信息公开由财务人员兼任，难以保证工作质量。原因：机构编制有限。措施：从社属企业借调一名熟悉文字工作的人员专职负责。
`,
    problems: [
      e('1.主要问题：社属企业改制', 'incomplete-disclosure'),
      e('2.主要问题：社机关人员少', 'staff-capacity'),
    ],
    improvements: [
      e('对已完成的改制和资产处置事项', 'incomplete-disclosure'),
      e('从社属企业借调', 'staff-capacity'),
    ],
  },
  {
    id: 'h21-d11-city-medical-insurance-2024',
    // Sub-points 1）2） stay inside the first problem. An account run weakly: new-media, not staff.
    text: `五、存在的主要问题及改进情况
（一）医保政策宣传解读覆盖面窄。解读主要通过局网站发布，1）农村老年人上网少，看不到；2）解读文章篇幅长、术语多，群众读不懂。
（二）局政务新媒体运营能力弱。抖音号粉丝不足千人，发布内容多为会议报道，群众关心的报销比例、异地就医等内容少。
（三）医保基金使用情况公开颗粒度粗，只公布全市收支总额。
针对存在的问题，我局下一步将：一是拓展解读渠道，通过村广播、乡镇医保经办窗口发放明白纸等方式把政策送到群众手中，并用通俗语言改写解读材料；二是明确新媒体运营专人，围绕报销比例、异地就医等群众关心的内容策划选题；三是按县区、险种分项公开医保基金收支情况。
`,
    problems: [
      e('（一）医保政策宣传解读覆盖面窄', 'policy-interpretation'),
      e('（二）局政务新媒体运营能力弱', 'new-media'),
      e('（三）医保基金使用情况', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是拓展解读渠道', 'policy-interpretation'),
      e('二是明确新媒体运营专人', 'new-media'),
      e('三是按县区、险种分项公开', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h21-d12-district-emergency-2020',
    // ■ bullets in both lists. Dead links in a column: a technical fault of the site (platform-stability).
    text: `五、存在的主要问题及改进情况
■ 安全生产行政执法结果公开率偏低，年内作出的行政处罚决定仅六成在网上公开。
■ 自然灾害应急避难场所分布信息没有在网上公开，群众不知道就近去哪避险。
■ 局里面向社会征集安全隐患线索的举报渠道只有一部电话，全年收到的线索很少。
■ 局网站应急科普栏目多篇文章链接失效，点开显示“页面不存在”。
下一步，我局将：
■ 做到行政处罚决定全部网上公开。
■ 在局网站和地图APP上公开应急避难场所位置。
■ 开通网上举报和微信举报渠道，对有效线索给予奖励。
■ 全面排查网站失效链接并修复。
`,
    problems: [
      e('■ 安全生产行政执法结果', 'incomplete-disclosure'),
      e('■ 自然灾害应急避难场所', 'incomplete-disclosure'),
      e('■ 局里面向社会征集', 'public-participation'),
      e('■ 局网站应急科普栏目', 'platform-stability'),
    ],
    improvements: [
      e('■ 做到行政处罚决定全部网上公开', 'incomplete-disclosure'),
      e('■ 在局网站和地图APP上', 'incomplete-disclosure'),
      e('■ 开通网上举报和微信举报渠道', 'public-participation'),
      e('■ 全面排查网站失效链接', 'platform-stability'),
    ],
  },
]
