// Holdout 6, 开发区/高新区/新区/综保区管委会, organisations acting under a law's authority
// (公积金中心, 医保, 供水, 红十字会) and 派出机构 (written blind, answers by hand; see README.md).
import { e, type Holdout6Case } from './entry'

export const ZONES_AUTHORISED: Holdout6Case[] = [
  {
    id: 'development-zone/yi-shi-skips-two-page-number',
    text: [
      '五、存在的主要问题及改进情况',
      '2024年，开发区政务公开工作还存在以下短板：一是部分局办对政务公开重视程度不够，信息报送靠催；三是惠企政策发布后解读跟进少，企业对申报条件理解不一；四是开发区网站与市政府网站集约化平台数据同步存在延迟，',
      '— 8 —',
      '部分信息前台显示滞后2至3天。',
      '下一步，管委会将：一是由管委会主要领导定期听取公开工作汇报，压实局办主体责任；二是对每项惠企政策配发申报指南和图解，并组织政策宣讲会；三是协调集约化平台运维方解决数据同步延迟问题。',
    ].join('\n'),
    problems: [e('一是部分局办', 'awareness'), e('三是惠企政策', 'policy-interpretation'), e('四是开发区网站', 'platform-stability')],
    improvements: [e('一是由管委会主要领导', 'awareness'), e('二是对每项惠企政策', 'policy-interpretation'), e('三是协调集约化平台', 'platform-stability')],
  },
  {
    id: 'high-tech-zone/full-width-paren-numbers',
    text: [
      '（一）存在问题',
      '（1）高新区基层政务公开标准化规范化工作起步较晚，园区企业服务、安全生产等领域标准目录尚未编制完成；',
      '（2）政务服务大厅政务公开专区设置后，企业办事人员使用较少，专区资料长期无人整理；',
      '（3）高新区“科创高新”微信公众号与管委会网站发布的同一政策文件存在标题、附件不一致的情况。',
      '（二）整改情况',
      '（1）年内完成企业服务、安全生产等领域标准目录编制并在网站公布；',
      '（2）在专区安排专人值守，定期更新资料，并为企业提供政策查询、申请代办服务；',
      '（3）明确政策文件以网站为准，公众号转发时原文链接、附件一并转发。',
    ].join('\n'),
    problems: [e('（1）高新区基层', 'standardization'), e('（2）政务服务大厅', 'reading-room-underused'), e('（3）高新区“科创高新”', 'duplicate-publishing')],
    improvements: [e('（1）年内完成', 'standardization'), e('（2）在专区安排专人', 'reading-room-underused'), e('（3）明确政策文件', 'duplicate-publishing')],
  },
  {
    id: 'provident-fund-centre/plain-paragraphs-first-then-last',
    text: [
      '五、存在的主要问题及改进情况',
      '中心作为法律法规授权的管理公共事务的事业单位，政务公开工作仍有不少提升空间。',
      '公积金缴存、提取、贷款政策调整较为频繁，但政策调整的解读说明不够及时，缴存职工对新旧政策衔接存在疑问。',
      '中心网站“公积金查询”系统高峰期经常无法登陆，个人账户明细查询响应慢。',
      '中心各管理部政务公开工作由业务人员兼职，对政府信息公开申请的受理和答复程序不够熟悉。',
      '下一步，中心将：首先，政策调整时同步发布问答和图解；其次，对查询系统进行扩容升级，错峰开展数据批量处理；最后，组织各管理部兼职人员开展依申请公开专题培训，制定答复文书范本。',
    ].join('\n'),
    problems: [e('公积金缴存', 'policy-interpretation'), e('中心网站“公积金查询”', 'platform-stability'), e('中心各管理部', 'staff-capacity', 'request-handling')],
    improvements: [e('首先', 'policy-interpretation'), e('其次', 'platform-stability'), e('最后', 'staff-capacity', 'request-handling')],
  },
  {
    id: 'medical-insurance/prior-sentence-circled-then-dots',
    text: [
      '五、存在的主要问题及改进情况',
      '2023年年报中反映的“医保定点机构名单更新滞后”问题已于2024年一季度整改完成，定点机构名单实现按月更新。',
      '本年度存在的问题：①医保基金使用情况公开不够充分，仅公开年度收支总额；②医保政策宣传解读以发放宣传单为主，参保群众特别是老年人对门诊共济等政策理解有偏差；③部分医保经办窗口依申请公开受理登记不规范，存在口头答复未留存记录的情况。',
      '改进措施：1.按季度公开医保基金收支及结余情况；2.采取进社区、进村居宣讲和制作方言短视频等方式，开展门诊共济政策解读；3.统一依申请公开受理登记表，口头咨询转为书面申请的按程序登记办理。',
    ].join('\n'),
    problems: [e('①医保基金', 'incomplete-disclosure'), e('②医保政策宣传解读', 'policy-interpretation'), e('③部分医保经办窗口', 'request-handling')],
    improvements: [e('1.按季度公开', 'incomplete-disclosure'), e('2.采取进社区', 'policy-interpretation'), e('3.统一依申请公开', 'request-handling')],
    priorDone: 1,
  },
  {
    id: 'water-supply/inline-headings-semicolons',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在问题：停水通知发布渠道单一，主要依靠小区张贴，部分用户未能及时获知；水质检测信息公开频次偏低，目前为每季度公开一次；公司网站“信息公开”栏目中的水价标准、收费依据等内容为2021年版本，未随调价更新。',
      '（二）改进措施：计划停水信息提前24小时通过网站、微信服务号和短信同时发布；出厂水、管网水水质检测结果改为按月公开；立即更新水价标准及收费依据，并建立调价后3个工作日内更新机制。',
    ].join('\n'),
    problems: [e('停水通知', 'incomplete-disclosure'), e('水质检测信息', 'incomplete-disclosure'), e('公司网站', 'update-gap')],
    improvements: [e('计划停水信息', 'incomplete-disclosure'), e('出厂水', 'incomplete-disclosure'), e('立即更新水价', 'update-gap')],
  },
  {
    id: 'market-supervision-station/zhen-dui-zhe-yi-wen-ti',
    text: [
      '本所政务公开存在的主要问题及改进情况如下：',
      '1.辖区个体工商户较多，涉企检查结果公示不及时，针对这一问题，我所将在检查结束后5个工作日内通过公示栏和县局网站公示结果。',
      '2.所内仅有执法人员6名，公开工作由内勤兼任，信息报送经常延误，针对这一问题，我们将明确公开工作AB岗，确保有人顶岗。',
    ].join('\n'),
    problems: [e('1.辖区个体工商户', 'incomplete-disclosure'), e('2.所内仅有', 'staff-capacity')],
    improvements: [e('在检查结束后', 'incomplete-disclosure'), e('明确公开工作AB岗', 'staff-capacity')],
  },
  {
    id: 'new-area/full-width-year-missing-stop-besides',
    text: [
      '２０２４年，新区管委会政务公开工作存在的问题主要有三点。1)重大行政决策事项目录公布后，部分决策事项未按目录开展公众参与程序，征求意见环节走过场 2)新区网站政策文件库检索功能不完善，按发文机关、发文时间组合查询时结果不准确。3)对政务公开工作人员的培训针对性不强，全年虽组织培训3次，但内容以传达文件为主。另外，新区各街道政务公开专区的群众使用率普遍不高。',
      '2025年，新区将：1)严格执行重大行政决策公众参与程序，对未经征求意见的决策事项不予提交审议；2)优化政策文件库检索，增加多条件组合检索和模糊检索；3)培训采取案例教学、现场观摩等方式，提升实操能力；4)结合便民服务站建设，推动政务公开专区进驻社区。',
    ].join('\n'),
    problems: [e('1)重大行政决策', 'public-participation'), e('2)新区网站', 'platform-stability'), e('3)对政务公开工作人员', 'staff-capacity'), e('另外', 'reading-room-underused')],
    improvements: [e('1)严格执行', 'public-participation'), e('2)优化政策文件库', 'platform-stability'), e('3)培训采取', 'staff-capacity'), e('4)结合便民服务站', 'reading-room-underused')],
  },
  {
    id: 'bonded-zone/titled-dots-long',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在的主要问题',
      '综保区政务公开工作起步晚、基础弱，主要体现在三个方面。',
      '1.主动公开的广度和深度有限。对外贸企业关心的通关流程、保税政策、仓储收费标准等信息公开较少，已公开的也多为原则性表述，缺少操作层面的细则。',
      '2.信息公开专栏内容长期停留在2022年，“通知公告”“政策文件”两个子栏目近一年未发布信息。',
      '3.工作机制不够健全。信息公开发布前的保密审查和审核签发程序执行不严，个别信息未经分管领导签发即上网。',
      '（二）下步打算',
      '1.梳理通关、保税、仓储等企业高频关注事项，编制操作指引并公开。',
      '2.明确专栏各子栏目责任人，做到每月至少更新一次。',
      '3.严格执行“先审后发”，落实保密审查和分级签发制度，杜绝未经审核的信息上网。',
    ].join('\n'),
    problems: [e('1.主动公开的广度', 'incomplete-disclosure'), e('2.信息公开专栏', 'update-gap'), e('3.工作机制', 'other')],
    improvements: [e('1.梳理通关', 'incomplete-disclosure'), e('2.明确专栏', 'update-gap'), e('3.严格执行', 'other')],
  },
  {
    id: 'provident-fund-branch/comma-markers',
    text: '公积金管理部存在的问题：1，办事指南中提取材料要求与市中心最新规定不一致，群众多跑路；2，管理部服务大厅公开栏信息张贴杂乱，更新慢。\n改进措施：1，对照市中心最新规定修订办事指南，线上线下同步替换；2，规范公开栏版面，每月更新一次。',
    problems: [e('1，办事指南', 'update-gap'), e('2，管理部服务大厅', 'update-gap')],
    improvements: [e('1，对照市中心', 'update-gap'), e('2，规范公开栏', 'update-gap')],
  },
  {
    id: 'county-government-service-office/titled-yi-shi-hotline',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）问题',
      '一是政务公开专区与政务服务“一件事”窗口衔接不够，专区提供的主要是纸质文件汇编，群众更需要的办事政策查询功能较弱。',
      '二是12345热线受理的政策咨询类诉求中，有相当一部分是因为政策公开后无人解释，热线知识库更新滞后于政策出台。',
      '三是政务服务网办事指南要素与实际办理要求不符的情况仍有发生，群众据此准备材料后被告知要补件。',
      '（二）措施',
      '一是在专区增设政策查询一体机，按“一件事”主题归集相关政策，提供打印服务。',
      '二是建立新出台政策同步推送热线知识库机制，部门发布政策时一并提供解读口径。',
      '三是开展办事指南要素准确性专项核查，群众反映一件核查一件。',
    ].join('\n'),
    problems: [e('一是政务公开专区', 'reading-room-underused'), e('二是12345热线', 'policy-interpretation'), e('三是政务服务网', 'incomplete-disclosure')],
    improvements: [e('一是在专区增设', 'reading-room-underused'), e('二是建立新出台政策', 'policy-interpretation'), e('三是开展办事指南', 'incomplete-disclosure')],
  },
  {
    id: 'red-cross/semicolons-year-lead-in',
    text: [
      '五、存在的主要问题及改进情况',
      '我会政府信息公开工作存在的问题：捐赠款物接收和使用信息公开不够及时、不够细化，部分定向捐赠的使用去向未逐笔公开；会网站没有互动栏目，公众对捐赠使用的意见建议只能通过电话反映；信息公开工作由综合部1名同志兼职，专业能力不足。',
      '2025年，我会将：按月公开捐赠款物接收情况，按项目公开使用情况，定向捐赠逐笔公开去向；在会网站开设“意见建议”栏目，接受公众对捐赠使用的监督和留言；增配1名兼职信息公开联络员，并参加市政务公开办组织的培训。',
    ].join('\n'),
    problems: [e('捐赠款物', 'incomplete-disclosure'), e('会网站没有互动栏目', 'public-participation'), e('信息公开工作由综合部', 'staff-capacity')],
    improvements: [e('按月公开捐赠款物', 'incomplete-disclosure'), e('在会网站开设', 'public-participation'), e('增配1名', 'staff-capacity')],
  },
]
