// Holdout 6, more bodies and voices: 省级厅局 in the long official voice, a 县政府 with 改进方向,
// a 公安派出所, 在……方面 and 第一、 entries, a 供热 centre's short plain text, and more slips
// (written blind, answers by hand; see README.md).
import { e, type Holdout6Case } from './entry'

export const MORE_VOICES: Holdout6Case[] = [
  {
    id: 'province-education/paren-entries-three-skipped-nested-dots',
    text: [
      '五、存在的主要问题及改进情况',
      '2024年，我厅政务公开工作还存在一些不足。',
      '（一）重点领域信息公开的精准度不够。1.高校招生、学位授予等信息虽已公开，但分散在各高校网站，考生查找不便；2.教育经费使用情况公开偏于笼统。',
      '（二）政策解读回应的时效性不强。“双减”、中考改革等政策出台后，社会关注度高，但权威解读发布滞后于网络热议，个别时段出现误读。',
      '（四）厅属单位和直属学校政务公开工作指导不够，部分直属学校信息公开年度报告未按时发布。',
      '（五）政务公开工作人员队伍不稳定，厅机关各处室信息员多为新入职人员。',
      '2025年，我厅将：',
      '一是优化重点领域信息公开。建设全省高校招生信息统一查询入口，细化教育经费使用情况公开。',
      '二是提高政策解读回应时效。重大教育政策出台时同步发布解读，对社会关注热点第一时间发布权威信息。',
      '三是加强对厅属单位和直属学校的指导，年报发布情况纳入年度考核。',
      '四是稳定信息员队伍，新任信息员上岗前集中培训。',
    ].join('\n'),
    problems: [e('（一）重点领域', 'incomplete-disclosure'), e('（二）政策解读回应', 'policy-interpretation'), e('（四）厅属单位', 'other'), e('（五）政务公开工作人员', 'staff-capacity')],
    improvements: [e('一是优化重点领域', 'incomplete-disclosure'), e('二是提高政策解读', 'policy-interpretation'), e('三是加强对厅属单位', 'other'), e('四是稳定信息员', 'staff-capacity')],
  },
  {
    id: 'county-government/sentences-then-direction-first-next',
    text: [
      '五、存在的主要问题及改进情况',
      '（一）存在的问题',
      '一是部分乡镇和部门政府信息公开年度报告编制质量不高，数据前后矛盾、表格勾稽关系不符的情况时有发生。二是政府门户网站“互动交流”栏目网民留言办理时限较长，部分留言答复内容简单、敷衍。三是县政务服务中心政务公开专区与“12345”便民服务热线资源未整合，群众咨询需两头跑。',
      '（二）改进方向',
      '首先，制定年报编制审核要点，县政府办对各单位年报逐一审核后再发布。其次，压缩网民留言办理时限至5个工作日，答复内容由分管领导审签。再次，推动政务公开专区与12345热线咨询资源共享，实现“一次咨询、一站解答”。',
    ].join('\n'),
    problems: [e('一是部分乡镇和部门', 'other'), e('二是政府门户网站', 'public-participation'), e('三是县政务服务中心', 'reading-room-underused')],
    improvements: [e('首先', 'other'), e('其次', 'public-participation'), e('再次', 'reading-room-underused')],
  },
  {
    id: 'town/er-shi-misprinted-rectification-heading',
    text: [
      '五、存在的主要问题及改进情况',
      '存在问题：一是镇政务公开目录编制后没有动态调整，新增的城乡环境整治、农村危房改造等事项未纳入；二时镇村干部对依申请公开程序不熟，群众到镇村提出的信息公开申请未登记即口头答复；三是镇便民服务中心政务公开查阅点设置在院内二楼，群众不方便到达，全年无人查阅。',
      '整改情况：一是结合年度工作重点调整完善公开目录，新增事项全部纳入；二是组织镇村干部学习依申请公开办理程序，规范登记、答复流程；三是将查阅点移至便民服务中心一楼大厅。',
    ].join('\n'),
    problems: [e('一是镇政务公开目录', 'standardization'), e('二时镇村干部', 'request-handling', 'staff-capacity'), e('三是镇便民服务中心', 'reading-room-underused')],
    improvements: [e('一是结合年度工作重点', 'standardization'), e('二是组织镇村干部', 'request-handling', 'staff-capacity'), e('三是将查阅点', 'reading-room-underused')],
  },
  {
    id: 'city-hrss/dots-run-together-missing-stop-wei-ci',
    text: [
      '五、存在的主要问题及改进情况',
      '我局政务公开工作存在的问题：1.部分就业创业补贴政策的申请条件、办理流程公开不够清晰，群众需反复咨询 2.局网站与市政务服务网的社保业务办事指南存在两个版本，材料要求不一致。3.对依申请公开中涉及劳动监察投诉举报的申请甄别不准，个别申请按信访件处理，未在法定期限内作出答复。',
      '为此，我局将梳理各类就业创业补贴申请条件和办理流程，以清单形式公开；以市政务服务网为准统一办事指南，局网站只做链接；规范依申请公开与投诉举报的甄别标准，严格执行答复时限。',
    ].join('\n'),
    problems: [e('1.部分就业创业', 'incomplete-disclosure'), e('2.局网站与市政务服务网', 'duplicate-publishing'), e('3.对依申请公开中', 'request-handling')],
    improvements: [e('梳理各类就业创业', 'incomplete-disclosure'), e('以市政务服务网为准', 'duplicate-publishing'), e('规范依申请公开', 'request-handling')],
  },
  {
    id: 'police-station/next-step-inside-sentence',
    text: '本所2024年政务公开工作存在的不足：一是警务公开栏内容以宣传标语为主，户籍办理须知等实用信息张贴不全，下一步将按户籍、出入境、治安等业务分类张贴办事须知；二是接待群众咨询的辅警对公开政策掌握不够，下一步将由所领导每月组织一次业务学习。',
    problems: [e('一是警务公开栏', 'incomplete-disclosure'), e('二是接待群众咨询', 'staff-capacity')],
    improvements: [e('按户籍', 'incomplete-disclosure'), e('由所领导', 'staff-capacity')],
  },
  {
    id: 'high-tech-zone/prior-block-between-problems-and-plans',
    text: [
      '（一）存在的主要问题',
      '1.惠企政策兑现信息公开不及时，园区企业难以及时了解兑现进度。',
      '2.管委会网站信息发布审核流程不严，年内出现1次文件附件误传、1次错别字被网民指出的情况。',
      '（二）上年度问题整改情况',
      '2023年报告中提出的“政务新媒体更新频率低”问题，已通过建立“一周三更”制度整改完成。',
      '（三）下一步工作打算',
      '1.定期公开惠企政策兑现情况，按季度公布兑现企业名单和金额。',
      '2.完善“三审三校”信息发布审核制度，落实发布前校对责任。',
    ].join('\n'),
    problems: [e('1.惠企政策兑现', 'incomplete-disclosure'), e('2.管委会网站', 'other')],
    improvements: [e('1.定期公开', 'incomplete-disclosure'), e('2.完善“三审三校”', 'other')],
    priorDone: 1,
  },
  {
    id: 'city-natural-resources/zai-fang-mian-entries',
    text: [
      '五、存在的主要问题及改进情况',
      '过去一年，我局政务公开工作在以下方面仍有不足：在规划公开方面，控制性详细规划调整的批前公示意见反馈少，规划公示期间群众参与度不高；在征收公开方面，征收补偿安置方案公开后缺少对补偿标准的解释说明，被征收群众存在疑虑；在队伍建设方面，局机关和各分局公开人员对不动产登记信息查询与政府信息公开的区别把握不准。',
      '下一步，我局将重点抓好以下工作：一是规划批前公示同步在项目现场、社区公告栏张贴，并召开群众座谈会听取意见；二是对征收补偿标准制作图解和问答，逐户上门讲解；三是开展不动产登记信息查询与依申请公开区分处理的专题培训。',
    ].join('\n'),
    problems: [e('在规划公开方面', 'public-participation'), e('在征收公开方面', 'policy-interpretation'), e('在队伍建设方面', 'staff-capacity', 'request-handling')],
    improvements: [e('一是规划批前公示', 'public-participation'), e('二是对征收补偿标准', 'policy-interpretation'), e('三是开展不动产登记', 'staff-capacity', 'request-handling')],
  },
  {
    id: 'heating-centre/line-break-missing-stop',
    text: [
      '五、存在的主要问题及改进情况',
      '中心公共企事业单位信息公开工作刚起步，存在问题：供热收费标准、',
      '退费办理流程等信息未在中心网站公开；热用户报修电话和投诉渠道公开不充分，群众反映问题找不到门',
      '下步，中心将在网站开设“信息公开”栏目，公开收费标准和退费流程；在各换热站、小区公告栏公布报修和投诉电话。',
    ].join('\n'),
    problems: [e('供热收费标准', 'incomplete-disclosure'), e('热用户报修电话', 'incomplete-disclosure')],
    improvements: [e('在网站开设', 'incomplete-disclosure'), e('在各换热站', 'incomplete-disclosure')],
  },
  {
    id: 'province-data-bureau/long-nested-measure',
    text: [
      '五、存在的主要问题及改进情况',
      '2024年，我局政务公开工作仍存在以下问题：',
      '一是政府网站集约化平台运行保障能力有待加强。平台承载全省1200余个网站，年内发生2次较长时间访问中断，部分市县站点检索服务响应超时。',
      '二是政府网站个人信息保护存在薄弱环节。抽查发现部分网站公示材料中含有未遮挡的手机号码、身份证号码等个人信息。',
      '三是12345热线数据公开不够充分，热线受理量、办结率等数据仅在年度总结中提及，未按月向社会公开。',
      '下一步，我局将采取以下措施：',
      '一是提升集约化平台保障能力：（1）完成平台双活数据中心建设；（2）对检索服务进行扩容优化；（3）建立故障分级响应机制。',
      '二是开展政府网站个人信息保护专项检查，建立敏感信息自动识别和人工复核机制。',
      '三是按月公开12345热线受理量、办结率、满意率等运行数据。',
    ].join('\n'),
    problems: [e('一是政府网站集约化平台', 'platform-stability'), e('二是政府网站个人信息', 'other'), e('三是12345热线数据', 'incomplete-disclosure')],
    improvements: [e('一是提升集约化平台', 'platform-stability'), e('二是开展政府网站', 'other'), e('三是按月公开', 'incomplete-disclosure')],
  },
  {
    id: 'sub-district/er-shi-twice-in-measures',
    text: [
      '五、存在的主要问题及改进情况',
      '一是街道微信公众号“和美东坊”以发布活动信息为主，政策类信息少，且留言区长期关闭。二是辖区重大民生事项（如老旧小区加装电梯）决策前征求居民意见的范围较小。',
      '2025年，我街道将：一是调整公众号内容结构，每周至少发布1条政策服务类信息；二是在涉及居民切身利益的事项决策前，通过居民代表会议、线上问卷等方式广泛征求意见；二是开放公众号留言功能，专人负责回复。',
    ].join('\n'),
    problems: [e('一是街道微信公众号', 'new-media', 'public-participation'), e('二是辖区重大民生事项', 'public-participation')],
    improvements: [e('一是调整公众号', 'new-media'), e('二是在涉及居民', 'public-participation'), e('二是开放公众号留言', 'new-media', 'public-participation')],
  },
  {
    id: 'county-audit/di-yi-dun-both-lists',
    text: '我局政务公开工作还存在两点不足。第一、审计结果公告覆盖面不广，全年仅公告本级预算执行审计结果，其他审计项目结果未公告。第二、审计整改情况公开滞后。下一步，我局将：第一、扩大审计结果公告范围，对社会关注的民生资金审计项目一律公告；第二、在审计整改完成后1个月内公开整改情况。',
    problems: [e('第一、审计结果公告', 'incomplete-disclosure'), e('第二、审计整改情况', 'incomplete-disclosure')],
    improvements: [e('第一、扩大', 'incomplete-disclosure'), e('第二、在审计整改', 'incomplete-disclosure')],
  },
]
