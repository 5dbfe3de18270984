// Mixed and longer texts: last year's fixes after, before and between this year's lists, problems and
// measures paired under 整改方向：, 关于… points with 下一步，我局将…, ——dash bullets, a 此外 measure,
// nested (1)(2) in a measure, 「三个不够」/「三个着力」 without list markers, sub-points inside numbered
// problems, three problems and two measures. Invented wording, written blind; the answers were set
// before the extractor was run.
import { e, type Holdout11Case } from './entry'

export const MIXED: Holdout11Case[] = [
  {
    id: 'h11-mix-caizheng-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
一是预决算公开质量参差。部分预算单位公开的部门预算说明过于简略，项目支出绩效目标未公开或表述笼统，外界难以看懂钱花在哪里。二是财政专项资金分配结果公开滞后，少数资金在拨付数月后才公开。三是财政政策解读针对性不强，解读材料多为文件摘编。四是政府采购意向公开与采购公告在不同平台发布，信息格式不一，供应商查找不便。
（二）改进措施
一是制定部门预决算公开操作规程和模板，明确绩效目标等公开要素，开展公开情况专项检查。二是专项资金分配结果在下达后20日内公开。三是坚持问题导向，解读材料重点回答“为什么、干什么、怎么干”。四是统一采购意向与采购公告的格式规范，全部归集到政府采购网发布。
（三）2022年度存在问题的整改情况
针对上年度报告所列问题，我局完成了财政政务公开专栏改版，新增“惠企资金直达”栏目，并对全市132家预算单位开展了预决算公开培训。`,
    problems: [
      e('一是预决算公开质量参差', 'incomplete-disclosure'),
      e('二是财政专项资金分配结果', 'incomplete-disclosure'),
      e('三是财政政策解读', 'policy-interpretation'),
      e('四是政府采购意向公开', 'duplicate-publishing'),
    ],
    improvements: [
      e('一是制定部门预决算公开操作规程', 'standardization', 'incomplete-disclosure'),
      e('二是专项资金分配结果', 'incomplete-disclosure'),
      e('三是坚持问题导向', 'policy-interpretation'),
      e('四是统一采购意向', 'duplicate-publishing', 'standardization'),
    ],
    priorDone: 2,
  },
  {
    id: 'h11-mix-shenji-2020',
    text: `五、存在的主要问题及改进情况
2019年度报告中提出的审计结果公告发布拖延的问题，今年已通过建立公告发布时间表得到解决。当前仍存在的问题：审计工作报告解读力度不够；审计发现问题的整改情况公开较少。2021年，我局将一方面在公布审计工作报告的同时发布解读，另一方面适时公开审计发现问题的整改结果。`,
    problems: [
      e('审计工作报告解读力度不够', 'policy-interpretation'),
      e('审计发现问题的整改情况公开较少', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一方面在公布审计工作报告', 'policy-interpretation'),
      e('另一方面适时公开', 'incomplete-disclosure'),
    ],
    priorDone: 1,
  },
  {
    id: 'h11-mix-ziguihua-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）规划信息公开的及时性有待提高。部分控制性详细规划修改批复后未在规定时间内公布。整改方向：规划批复后10个工作日内在局网站和“规划公示”栏目公布，并推送至市政府门户网站。
（二）征地信息公开平台使用不便。平台仅支持按行政村查询，群众按项目名称查不到。整改方向：升级征地信息公开平台，增加按项目、地块编号等多种查询方式。
（三）局属事业单位政务公开工作缺乏统筹。整改方向：将局属单位纳入局政务公开工作统一管理，每半年检查一次。`,
    problems: [
      e('（一）规划信息公开的及时性', 'incomplete-disclosure'),
      e('（二）征地信息公开平台', 'platform-stability'),
      e('（三）局属事业单位', 'other'),
    ],
    improvements: [
      e('规划批复后10个工作日内', 'incomplete-disclosure'),
      e('升级征地信息公开平台', 'platform-stability'),
      e('将局属单位纳入', 'other'),
    ],
  },
  {
    id: 'h11-mix-fagai-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
今年以来，我委认真贯彻政务公开各项部署，工作取得积极成效，但对照新时代政务公开要求，仍存在一些不足。一是重大项目信息公开“重审批、轻过程”，项目建设进度、资金使用等过程性信息公开较少。二是价格信息发布的解读工作跟不上，价格调整的公开说明较为简略，群众对调价依据了解不够。三是委机关部分科室对依申请公开的办理程序不够熟悉，遇到复杂申请时答复依据不够充分。
（二）2022年工作打算
１．推进重大项目全生命周期信息公开，按季度发布项目建设进展。
２．价格调整事项实行“听证+解读”同步公开，听证会全程网络直播。
３．编印依申请公开工作手册，组织科室负责人专题学习。
４．持续推进委网站与市政府门户网站数据同源，避免一事多发、前后不一。`,
    problems: [
      e('一是重大项目信息公开', 'incomplete-disclosure'),
      e('二是价格信息发布的解读', 'policy-interpretation'),
      e('三是委机关部分科室', 'request-handling', 'staff-capacity'),
    ],
    improvements: [
      e('１．推进重大项目全生命周期', 'incomplete-disclosure'),
      e('２．价格调整事项实行', 'policy-interpretation', 'public-participation'),
      e('３．编印依申请公开工作手册', 'request-handling', 'staff-capacity'),
      e('４．持续推进委网站', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h11-mix-weijian-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.医疗卫生机构信息公开推进不平衡，乡镇卫生院公开内容少、更新慢。
2.政策解读的群众视角不足，医保报销、家庭医生签约等政策解读专业性强、可读性弱。
（二）2024年度报告所提问题整改情况
一是已完成局网站“医疗卫生机构”专栏的信息补录，全县23家医疗卫生机构基本信息全部上网；二是已建立依申请公开法律顾问审核制度，全年未发生因依申请公开引发的复议诉讼；三是已组织全系统政务公开培训2场。
（三）下一步工作打算
1.指导乡镇卫生院编制公开事项清单，每月至少更新一次。
2.用“案例+问答”的方式解读医保报销、家庭医生签约等政策。`,
    problems: [
      e('1.医疗卫生机构信息公开推进不平衡', 'incomplete-disclosure', 'update-gap'),
      e('2.政策解读的群众视角不足', 'policy-interpretation'),
    ],
    improvements: [
      e('1.指导乡镇卫生院', 'standardization', 'update-gap'),
      e('2.用“案例+问答”', 'policy-interpretation'),
    ],
    priorDone: 3,
  },
  {
    id: 'h11-mix-jiaoyu-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）关于招生入学信息公开。每年招生季，义务教育学校划片范围、招生计划等信息公布时间偏晚，家长反映“等得心焦”。下一步，我局将在每年5月底前统一公布全县义务教育学校招生政策、划片范围和招生计划，并在各校门口张贴。
（二）关于学校收费公示。个别学校收费公示内容不全，代收费项目未列明标准。下一步，我局将制定全县学校收费公示统一样式，规定必须公示的项目和标准。
（三）关于家校沟通。局长信箱来信较多，但回复周期较长，个别来信超过一个月才答复。下一步，我局将实行局长信箱来信“5日内答复”，答复内容在网站公开。
（四）关于队伍建设。学校信息公开工作多由教师兼任，流动性大。下一步，我局将每年开展一次全县学校信息公开业务培训。`,
    problems: [
      e('（一）关于招生入学信息公开', 'incomplete-disclosure'),
      e('（二）关于学校收费公示', 'standardization'),
      e('（三）关于家校沟通', 'public-participation'),
      e('（四）关于队伍建设', 'staff-capacity'),
    ],
    improvements: [
      e('在每年5月底前', 'incomplete-disclosure'),
      e('制定全县学校收费公示统一样式', 'standardization'),
      e('实行局长信箱来信', 'public-participation'),
      e('每年开展一次全县学校', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-mix-keji-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在的不足：
——科技计划项目立项、验收信息公开不够完整；
——局网站“科技政策”栏目检索困难，政策找不到、找不全；
——对科技型企业关心的政策兑现问题回应不够及时。
改进的方向：
——完善科技计划项目全流程公开，立项、中期检查、验收结果一并公开；
——对“科技政策”栏目进行分类重构，增加按政策类型、发布时间检索；
——开设“政策兑现”问答专区，企业咨询3个工作日内答复。`,
    problems: [
      e('——科技计划项目立项', 'incomplete-disclosure'),
      e('——局网站“科技政策”栏目', 'platform-stability'),
      e('——对科技型企业', 'policy-interpretation'),
    ],
    improvements: [
      e('——完善科技计划项目', 'incomplete-disclosure'),
      e('——对“科技政策”栏目', 'platform-stability'),
      e('——开设“政策兑现”', 'policy-interpretation'),
    ],
  },
  {
    id: 'h11-mix-renfang-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我办政府信息公开工作基础比较薄弱。存在问题：一是人防工程信息公开较少，群众对身边的人防工程位置、用途知之甚少；二是全办只有一名同志兼顾信息公开，工作力量不足。改进措施：一是在办网站开设“人防工程分布”专栏，公开已建人防工程的位置和平时用途；二是调剂一名工作人员专门负责信息公开工作；此外，还将结合“5·12”防灾减灾日开展人防开放活动，邀请市民走进人防工程。`,
    problems: [
      e('一是人防工程信息公开较少', 'incomplete-disclosure'),
      e('二是全办只有一名同志', 'staff-capacity'),
    ],
    improvements: [
      e('一是在办网站开设', 'incomplete-disclosure'),
      e('二是调剂一名工作人员', 'staff-capacity'),
      e('此外，还将结合', 'public-participation'),
    ],
  },
  {
    id: 'h11-mix-xinfang-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
信访工作涉及群众切身利益，信息公开要求高、敏感性强。对照要求，我局还存在：一是信访事项办理结果公开不够，群众对信访事项“办得怎么样”难以查询；二是网上信访平台与政府信息公开平台对接不畅，需人工转录；三是在信息公开中对信访人个人隐私保护措施不够严密。
（二）改进措施
针对上述问题，我局将从以下三个方面加以改进：一是在依法保护隐私前提下，公开信访事项办理情况统计和典型案例；二是推进平台对接：（1）完成网上信访平台与信息公开平台数据接口开发；（2）实现办理结果自动推送；三是制定信访信息公开保密审查和隐私保护规定。`,
    problems: [
      e('一是信访事项办理结果', 'incomplete-disclosure'),
      e('二是网上信访平台', 'platform-stability'),
      e('三是在信息公开中对信访人', 'other'),
    ],
    improvements: [
      e('一是在依法保护隐私前提下', 'incomplete-disclosure'),
      e('二是推进平台对接', 'platform-stability'),
      e('三是制定信访信息公开保密审查', 'other'),
    ],
  },
  {
    id: 'h11-mix-linye-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2025年，我局政务公开工作稳中有进，但仍有“三个不够”：公开主动性不够，林权流转、采伐许可等信息多是“被动公开”，群众来问了才说；互动回应不够，局网站留言板全年收到留言31条，按期回复的不到一半；基础管理不够，公开信息的登记、归档不规范，部分年份资料查找困难。
2026年，我局将做到“三个着力”：着力变被动为主动，将林权流转、采伐许可等信息纳入主动公开目录，定期发布；着力回应关切，留言板留言5个工作日内回复；着力夯实基础，建立公开信息电子台账，按年度整理归档。`,
    problems: [
      e('公开主动性不够', 'incomplete-disclosure'),
      e('互动回应不够', 'public-participation'),
      e('基础管理不够', 'other'),
    ],
    improvements: [
      e('着力变被动为主动', 'incomplete-disclosure', 'standardization'),
      e('着力回应关切', 'public-participation'),
      e('着力夯实基础', 'other'),
    ],
  },
  {
    id: 'h11-mix-tiyu-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.公共体育服务信息公开有短板：一是公共体育场馆开放时间、收费标准等信息未集中公开；二是全民健身赛事活动信息发布零散。
2.政务新媒体运营水平不高，“体育在线”公众号内容以会议新闻为主，粉丝互动少。
3.政务公开工作在局机关“一头热”，业务处室配合不够主动。
（二）改进措施
1.建立公共体育场馆信息公开专栏，集中公布场馆开放时间、收费和预约方式，赛事活动信息统一在专栏发布。
2.调整公众号定位，增加健身指导、赛事预告等服务性内容，开设互动话题。
3.将政务公开工作纳入处室年度考核。`,
    problems: [
      e('1.公共体育服务信息公开有短板', 'incomplete-disclosure'),
      e('2.政务新媒体运营水平不高', 'new-media', 'public-participation'),
      e('3.政务公开工作在局机关', 'awareness'),
    ],
    improvements: [
      e('1.建立公共体育场馆', 'incomplete-disclosure'),
      e('2.调整公众号定位', 'new-media', 'public-participation'),
      e('3.将政务公开工作纳入处室', 'awareness'),
    ],
  },
  {
    id: 'h11-mix-liangchu-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本年度我局政府信息公开工作存在以下问题：一是粮食收购政策、最低收购价执行预案等信息公开晚于收购开始时间；二是局网站与县政府门户网站部门栏目内容不一致；三是依申请公开没有形成固定的受理、审核、答复流程。针对上述问题，下一步我局将重点做好两方面工作：一方面，在每年收购季开始前10日公开收购政策和执行预案，并统一由县政府门户网站部门栏目发布，局网站不再单独发布；另一方面，制定依申请公开工作规程，明确受理、审核、答复各环节时限。`,
    problems: [
      e('一是粮食收购政策', 'incomplete-disclosure'),
      e('二是局网站与县政府门户网站', 'duplicate-publishing'),
      e('三是依申请公开没有形成', 'request-handling'),
    ],
    improvements: [
      e('一方面，在每年收购季', 'incomplete-disclosure', 'duplicate-publishing'),
      e('另一方面，制定依申请公开工作规程', 'request-handling'),
    ],
  },
]
