// Extra shapes: the heading 存在的主要问题和改进措施, 首先是/其次是/再次是, problems written 虽然…但…
// in the first person, this year's problems with this year's fixes under 整改情况 (not last year's), points
// by field (（一）数据开放方面) with 下步将, a one-line 乡 text, a 原因分析 block between problems and
// measures, a long county text, a vertical body with full-width １．, a problem that runs on into a
// second paragraph, 另外 opening a second problem. Invented wording, written blind; the answers were set
// before the extractor was run.
import { e, type Holdout11Case } from './entry'

export const EXTRA: Holdout11Case[] = [
  {
    id: 'h11-extra-shangwu-county-2020',
    text: `五、存在的主要问题和改进措施
我局2020年政府信息公开工作虽然有了一定进步，但还存在一些问题。首先是对外贸易、招商引资等领域的政策信息公开不及时，企业往往从其他渠道先获知；其次是信息公开工作缺乏专门经费和专职人员；再次是局网站部分栏目内容长期空缺。
下一步，我局将从三个方面改进：首先，建立涉企政策信息第一时间公开机制；其次，争取专项经费，配备专职信息员；最后，全面梳理网站栏目，空缺栏目限期补充。`,
    problems: [
      e('首先是对外贸易', 'incomplete-disclosure'),
      e('其次是信息公开工作缺乏', 'staff-capacity'),
      e('再次是局网站部分栏目', 'update-gap'),
    ],
    improvements: [
      e('首先，建立涉企政策信息', 'incomplete-disclosure'),
      e('其次，争取专项经费', 'staff-capacity'),
      e('最后，全面梳理网站栏目', 'update-gap'),
    ],
  },
  {
    id: 'h11-extra-yuanlin-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
回顾一年来的工作，我们也看到了不足。虽然我局建立了信息发布审核制度，但执行中仍有“走过场”的现象，个别信息出现了错别字。虽然公园绿地建设项目都按要求进行了公示，但公示期间收集到的市民意见不多，市民对绿化建设的参与度不高。
针对这些不足，我们将严格执行“一事一审”，发布前由分管领导签批；同时，在重大绿化项目规划阶段通过网上问卷、现场开放日等方式广泛听取市民意见。`,
    problems: [
      e('虽然我局建立了信息发布审核制度', 'other'),
      e('虽然公园绿地建设项目', 'public-participation'),
    ],
    improvements: [
      e('严格执行“一事一审”', 'other'),
      e('同时，在重大绿化项目', 'public-participation'),
    ],
  },
  {
    id: 'h11-extra-jiaotong-county-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
1.年中自查发现，局网站“行政处罚”栏目存在信息发布不及时的情况，部分处罚决定作出两个月后仍未上网。
2.个别依申请公开答复书未载明救济途径。
（二）整改情况
1.已对“行政处罚”栏目进行集中补录，并明确处罚决定作出后7个工作日内公开。
2.已对答复书模板进行修订，补充救济途径告知内容，并对承办人员进行了提醒谈话。`,
    problems: [
      e('1.年中自查发现', 'update-gap'),
      e('2.个别依申请公开答复书', 'request-handling'),
    ],
    improvements: [
      e('1.已对“行政处罚”栏目', 'update-gap'),
      e('2.已对答复书模板进行修订', 'request-handling'),
    ],
  },
  {
    id: 'h11-extra-city-fields-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）数据开放方面。全市公共数据开放平台开放数据集1200余个，但有效更新的不足四成，部分数据集以图片格式上传，无法直接利用。下步将建立数据集更新责任清单，推动数据以可机读格式开放。
（二）网站集约化方面。全市政府网站已完成集约化，但部分部门子站仍存在栏目空转、长期不更新的问题。下步将开展子站常态化监测，每季度通报。
（三）政务新媒体方面。个别政务新媒体存在“娱乐化”“庸俗化”倾向。下步将严格执行政务新媒体内容审核制度，对违规账号限期整改。`,
    problems: [
      e('（一）数据开放方面', 'update-gap', 'incomplete-disclosure'),
      e('（二）网站集约化方面', 'update-gap'),
      e('（三）政务新媒体方面', 'new-media'),
    ],
    improvements: [
      e('建立数据集更新责任清单', 'update-gap', 'incomplete-disclosure'),
      e('开展子站常态化监测', 'update-gap'),
      e('严格执行政务新媒体内容审核制度', 'new-media'),
    ],
  },
  {
    id: 'h11-extra-township-oneline-2020',
    text: `五、存在的主要问题及改进情况
我乡政务公开工作存在的主要问题是公开内容少、公开形式单一。2021年将进一步丰富公开内容和形式。`,
    problems: [
      e('公开内容少', 'incomplete-disclosure'),
      e('公开形式单一', 'incomplete-disclosure'),
    ],
    improvements: [
      e('进一步丰富公开内容和形式', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h11-extra-kaifang-daxue-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）主要问题
一是学校信息公开网与学校门户网站栏目重叠，同一文件两处发布、版本不一。二是招生章程、收费标准等公开事项的发布时间晚于教育部门的要求。
（二）原因分析
学校信息公开工作由党政办公室牵头，各职能部门各自维护所属栏目，缺少统一的发布规范；同时，部分部门负责人对信息公开的时限要求重视不够。
（三）改进措施
一是将学校信息公开网并入门户网站，实行统一发布。二是制定信息公开事项年度发布日历，按日历发布并督办。`,
    problems: [
      e('一是学校信息公开网与学校门户网站', 'duplicate-publishing'),
      e('二是招生章程、收费标准', 'incomplete-disclosure'),
    ],
    improvements: [
      e('一是将学校信息公开网并入', 'duplicate-publishing'),
      e('二是制定信息公开事项年度发布日历', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h11-extra-county-gov-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2025年，我县政务公开工作总体有序，但对照“十四五”收官之年的目标任务还有一些差距：一是政府常务会议开放不够，全年仅2次邀请群众代表列席，会议议题和决定的解读不多；二是政府信息公开工作档案分散在各科室，没有统一归档；三是部分乡镇政务公开“最后一公里”未打通，村级公开栏内容长期不换，形同虚设；四是新入职公务员对政务公开“一无所知”，岗前培训缺少政务公开内容。
2026年，我县将：一是扩大政府常务会议群众代表列席范围，会后及时发布会议解读；二是建立政务公开档案集中管理制度，由县政务公开办统一归档；三是开展村级公开栏规范化建设，明确公开内容和更新频次；四是将政务公开纳入新录用公务员初任培训必修内容。`,
    problems: [
      e('一是政府常务会议开放不够', 'public-participation', 'policy-interpretation'),
      e('二是政府信息公开工作档案', 'other'),
      e('三是部分乡镇政务公开', 'update-gap'),
      e('四是新入职公务员', 'staff-capacity'),
    ],
    improvements: [
      e('一是扩大政府常务会议', 'public-participation', 'policy-interpretation'),
      e('二是建立政务公开档案', 'other'),
      e('三是开展村级公开栏规范化建设', 'standardization', 'update-gap'),
      e('四是将政务公开纳入新录用公务员', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-extra-jinrong-fenju-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本分局信息公开工作存在的主要问题有：１．行政处罚信息公开存在滞后；２．金融消费者权益保护相关的风险提示发布频次低、覆盖面窄。
改进措施：１．行政处罚决定作出后7个工作日内公开；２．围绕非法集资、电信诈骗等热点，按月发布风险提示，并通过地方政务新媒体转发扩大覆盖面。`,
    problems: [
      e('１．行政处罚信息公开存在滞后', 'incomplete-disclosure'),
      e('２．金融消费者权益保护', 'incomplete-disclosure'),
    ],
    improvements: [
      e('１．行政处罚决定作出后', 'incomplete-disclosure'),
      e('２．围绕非法集资', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h11-extra-street-runon-paragraph-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
1.街道政务公开工作制度不够健全。目前仍沿用2018年制定的工作制度，与新修订的《条例》要求不完全一致。
在这套制度下，街道与社区之间信息报送的流程也不清晰，社区上报的信息常常需要多次退改。
2.居民对街道公开信息的关注度不高，街道网站年度访问量偏低。
（二）改进措施
1.修订街道政务公开工作制度，理顺街道、社区两级信息报送流程。
2.通过社区微信群、楼道公告栏等居民常用渠道推送公开信息，提高知晓率。`,
    problems: [
      e('1.街道政务公开工作制度', 'other'),
      e('2.居民对街道公开信息的关注度', 'incomplete-disclosure'),
    ],
    improvements: [
      e('1.修订街道政务公开工作制度', 'other'),
      e('2.通过社区微信群', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h11-extra-linkong-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
我委政府信息公开工作主要表现为公开的主动性和系统性不足，规划建设、征地拆迁类信息多为零星发布。另外，政务公开工作队伍以临时聘用人员为主，人员流动大。
下一步，我委将(1)编制规划建设、征地拆迁信息公开目录，按目录定期集中发布；(2)逐步配备在编人员负责政务公开工作，建立岗位交接制度。`,
    problems: [
      e('公开的主动性和系统性不足', 'incomplete-disclosure'),
      e('另外，政务公开工作队伍', 'staff-capacity'),
    ],
    improvements: [
      e('(1)编制规划建设', 'standardization', 'incomplete-disclosure'),
      e('(2)逐步配备在编人员', 'staff-capacity'),
    ],
  },
]
