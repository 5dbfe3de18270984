// Mixed and longer texts: last year's fixes reported as done (after the lists, between them, before
// them, in a sentence), a problem and its measure in one sentence (…，我们将…), measures opened by
// 针对…的问题，, this year's fixes under 整改情况 (measures, not last year's), measures with no boundary
// line at all, points by field. Invented bodies and wording, written blind; the answers were set before
// the extractor was run.
import { e, type Holdout12Case } from './entry'

export const MIXED: Holdout12Case[] = [
  {
    id: 'h12-mix-same-sentence-sifa-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是行政复议决定书公开数量少，全年仅公开8件，我们将在依法做好隐私保护的前提下，扩大复议决定书公开范围。二是公共法律服务信息分散在多个平台，我们将依托“法律服务网”集中发布律师、公证、法律援助机构信息。三是普法宣传与信息公开结合不紧，我们将把以案释法纳入政策解读，定期发布典型案例解读。`,
    problems: [
      e('一是行政复议决定书公开数量少', 'incomplete-disclosure'),
      e('二是公共法律服务信息分散', 'duplicate-publishing'),
      e('三是普法宣传与信息公开结合不紧', 'policy-interpretation'),
    ],
    improvements: [
      e('在依法做好隐私保护的前提下', 'incomplete-disclosure'),
      e('依托“法律服务网”集中发布', 'duplicate-publishing'),
      e('把以案释法纳入政策解读', 'policy-interpretation'),
    ],
  },
  {
    id: 'h12-mix-zhendui-caizheng-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我局政府信息公开工作仍存在一些问题：部分预算单位的预决算公开说明过于简单，“三公”经费变化原因说明不清；政府采购意向公开不及时，个别单位在采购活动开始前才公开意向；财政专项资金管理办法的解读工作薄弱。
针对预决算公开说明简单的问题，我们将印发预决算公开说明模板，逐项要求说明增减变化原因。
针对采购意向公开不及时的问题，我们将督促各预算单位在采购活动开始30日前公开采购意向，并纳入财政监督检查。
针对专项资金政策解读薄弱的问题，我们将对新出台的专项资金管理办法全部配发解读，并在政策申报期组织线上答疑。`,
    problems: [
      e('部分预算单位的预决算公开说明', 'incomplete-disclosure'),
      e('政府采购意向公开不及时', 'incomplete-disclosure'),
      e('财政专项资金管理办法的解读', 'policy-interpretation'),
    ],
    improvements: [
      e('针对预决算公开说明简单的问题', 'standardization', 'incomplete-disclosure'),
      e('针对采购意向公开不及时的问题', 'incomplete-disclosure'),
      e('针对专项资金政策解读薄弱的问题', 'policy-interpretation'),
    ],
  },
  {
    id: 'h12-mix-prior-between-tongji-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）本年度存在的问题
1.统计数据发布后配套的数据解读少，社会公众对指标含义理解有偏差。
2.局网站统计数据库查询系统版本老旧，不支持导出数据，使用者反映不便。
（二）上年度问题整改情况
对2022年度报告中提出的“统计公报发布时间偏晚”问题，今年已将公报发布时间提前至3月中旬；对“数据发布日程表未公开”问题，已于年初在局网站公布全年数据发布日程。
（三）下一步改进措施
1.主要统计数据发布时同步发布数据解读和指标解释，重要数据召开新闻发布会。
2.升级统计数据库查询系统，增加数据下载和图表展示功能。`,
    problems: [
      e('1.统计数据发布后配套的数据解读少', 'policy-interpretation'),
      e('2.局网站统计数据库查询系统版本老旧', 'platform-stability'),
    ],
    improvements: [
      e('1.主要统计数据发布时同步发布数据解读', 'policy-interpretation'),
      e('2.升级统计数据库查询系统', 'platform-stability'),
    ],
    priorDone: 2,
  },
  {
    id: 'h12-mix-prior-after-zhujian-county-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2024年，我局政府信息公开工作存在以下不足：一是建设工程质量安全监督信息公开偏少，对违法违规行为的处理结果公开不全；二是商品房预售许可、网签备案等信息查询入口隐蔽，购房群众不易找到；三是少数股室信息报送不积极，全年报送信息不足5条。
2025年，我局将：一是按月公开工程质量安全监督检查和处理结果；二是在局网站首页设置“房产信息查询”入口；三是建立信息报送月通报制度，通报结果与股室考评挂钩。
另外，上年度年报中提出的“公开指南未及时修订”“政策解读比例偏低”两项问题，今年已分别完成公开指南修订和规范性文件解读全覆盖，整改到位。`,
    problems: [
      e('一是建设工程质量安全监督信息', 'incomplete-disclosure'),
      e('二是商品房预售许可、网签备案', 'platform-stability'),
      e('三是少数股室信息报送不积极', 'awareness'),
    ],
    improvements: [
      e('一是按月公开工程质量安全监督检查', 'incomplete-disclosure'),
      e('二是在局网站首页设置“房产信息查询”入口', 'platform-stability'),
      e('三是建立信息报送月通报制度', 'awareness'),
    ],
    priorDone: 2,
  },
  {
    id: 'h12-mix-prior-first-kejiju-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）2024年度报告所提问题的整改情况
一是针对“科技项目立项信息公开不全”的问题，已在局网站公开全部立项项目名称、承担单位和资助金额。二是针对“政策解读形式单一”的问题，已制作科技政策图解8期、短视频4期。三是针对“工作人员培训不足”的问题，已组织专题培训2次。
（二）2025年存在的问题
一是科技项目验收结果、绩效评价结果公开不够。二是科技成果转化类政策咨询量大，但网站互动栏目答复周期较长。
（三）改进措施
一是按年度公开科技项目验收和绩效评价结果。二是建立互动栏目分办督办机制，咨询答复时限压缩至5个工作日。`,
    problems: [
      e('一是科技项目验收结果', 'incomplete-disclosure'),
      e('二是科技成果转化类政策咨询量大', 'public-participation'),
    ],
    improvements: [
      e('一是按年度公开科技项目验收', 'incomplete-disclosure'),
      e('二是建立互动栏目分办督办机制', 'public-participation'),
    ],
    priorDone: 3,
  },
  {
    id: 'h12-mix-this-year-fixes-tuijun-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
一是优待证办理、退役安置等政策宣传不够到位，部分退役军人对申领条件、流程不了解。二是局网站栏目设置与上级部门要求的标准目录不一致，部分事项无对应栏目。三是依申请公开工作处于起步阶段，经办人员缺乏经验。
（二）整改情况
一是编印退役军人优待政策明白纸，通过乡镇退役军人服务站发放到人。二是对照标准目录调整网站栏目，补建缺失栏目。三是安排经办人员到市局跟班学习依申请公开办理流程。`,
    problems: [
      e('一是优待证办理、退役安置', 'policy-interpretation'),
      e('二是局网站栏目设置与上级部门', 'standardization'),
      e('三是依申请公开工作处于起步阶段', 'request-handling', 'staff-capacity'),
    ],
    improvements: [
      e('一是编印退役军人优待政策明白纸', 'policy-interpretation'),
      e('二是对照标准目录调整网站栏目', 'standardization'),
      e('三是安排经办人员到市局跟班学习', 'request-handling', 'staff-capacity'),
    ],
  },
  {
    id: 'h12-mix-no-boundary-shengtai-fenju-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我分局信息公开工作存在的问题：一是建设项目环评审批公示期间，公众意见反馈渠道单一，收到的意见很少；二是企业环境信息依法披露的监督检查结果未向社会公开；三是分局网站“环境质量”栏目数据更新滞后，空气质量日报时有中断。
畅通环评公示期间公众意见反馈渠道，增加电子邮件、在线留言等方式，并对意见处理情况作出说明。定期公开企业环境信息依法披露监督检查结果。落实“环境质量”栏目专人维护，确保空气质量日报每日更新。`,
    problems: [
      e('一是建设项目环评审批公示期间', 'public-participation'),
      e('二是企业环境信息依法披露', 'incomplete-disclosure'),
      e('三是分局网站“环境质量”栏目', 'update-gap'),
    ],
    improvements: [
      e('畅通环评公示期间公众意见反馈渠道', 'public-participation'),
      e('定期公开企业环境信息依法披露', 'incomplete-disclosure'),
      e('落实“环境质量”栏目专人维护', 'update-gap'),
    ],
  },
  {
    id: 'h12-mix-prior-sentence-wenlv-2020',
    text: `五、存在的主要问题及改进情况
上年度报告中提出的旅游景区信息更新慢问题已基本解决。本年度仍存在以下问题：（一）文化旅游惠民政策解读不够，疫情期间文旅企业纾困政策发布后，企业咨询量大、答复不及时；（二）公共文化场馆开放信息在不同平台发布不一致，有群众按网站公布的时间前往却遇闭馆；（三）政务公开工作制度不够健全，信息发布审核环节存在漏洞。
2021年，我局将：（一）组织纾困政策专题解读，开设咨询专线；（二）统一由场馆在局网站发布开放信息，公众号、景区平台同步转载；（三）修订局政府信息发布审核制度，明确各环节责任。`,
    problems: [
      e('（一）文化旅游惠民政策解读不够', 'policy-interpretation'),
      e('（二）公共文化场馆开放信息', 'duplicate-publishing'),
      e('（三）政务公开工作制度不够健全', 'other'),
    ],
    improvements: [
      e('（一）组织纾困政策专题解读', 'policy-interpretation'),
      e('（二）统一由场馆在局网站发布开放信息', 'duplicate-publishing'),
      e('（三）修订局政府信息发布审核制度', 'other'),
    ],
    priorDone: 1,
  },
  {
    id: 'h12-mix-fields-yibao-county-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）主动公开方面。医保基金使用情况、定点医药机构名单调整信息公开不及时。下一步，我局将按季度公开医保基金收支情况，定点机构名单变动后5个工作日内更新。
（二）政策解读方面。参保缴费、异地就医备案等政策解读形式单一，老年群众看不懂。下一步，我局将制作方言音频和漫画解读，在村（社区）医保服务站点播放、张贴。
（三）平台建设方面。医保服务网上大厅与局网站信息不互通，群众需分别登录。下一步，我局将推动两个平台统一入口、统一账号。
（四）队伍建设方面。基层医保经办人员对信息公开工作不熟悉。下一步，我局将把信息公开纳入医保经办人员年度培训内容。`,
    problems: [
      e('（一）主动公开方面', 'incomplete-disclosure'),
      e('（二）政策解读方面', 'policy-interpretation'),
      e('（三）平台建设方面', 'platform-stability'),
      e('（四）队伍建设方面', 'staff-capacity'),
    ],
    improvements: [
      e('按季度公开医保基金收支情况', 'incomplete-disclosure'),
      e('制作方言音频和漫画解读', 'policy-interpretation'),
      e('推动两个平台统一入口', 'platform-stability'),
      e('把信息公开纳入医保经办人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h12-mix-problems-only-shenji-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
今年以来，我局按照上年度报告提出的改进方向，已完成以下工作：审计结果公告实现按项目公开，审计整改情况在整改期满后统一公布。对照新要求，我局仍存在审计工作报告解读不够通俗、审计查出问题整改跟踪信息公开不连续两方面问题，将在明年工作中持续改进。`,
    problems: [
      e('审计工作报告解读不够通俗', 'policy-interpretation'),
      e('审计查出问题整改跟踪信息公开不连续', 'incomplete-disclosure'),
    ],
    improvements: [],
    priorDone: 2,
  },
]
