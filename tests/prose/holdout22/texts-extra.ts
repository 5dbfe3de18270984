// Holdout 22, tuning texts written after the blind run (session 38), of the kinds of miss named from holdouts 20
// and 21's parts set aside (read only to name the kinds; no sentence of theirs copied): a pair's topic heading
// before its 存在问题： label, two channels (a site and an account) set against each other, a reporting channel or a
// call for clues from the public, specialists lacking, data checked before publishing so that two places agree.
// Never set aside (aside.ts sets aside every 4th of the 60 blind texts only): a training figure from the start.
import { e, type Holdout22Case } from './entry'

export const EXTRA: Holdout22Case[] = [
  {
    id: 'h22-x01-county-office-2023',
    text: `五、存在的主要问题及改进情况
（一）关于办事指南
存在问题：县政府网站与县政务服务网上的部分办事指南材料要求不一致，群众无所适从。
改进措施：以县政务服务网为准，统一核对修改县政府网站上的办事指南。
（二）关于公开队伍
存在问题：各部门懂政策、会写作的专业人才缺乏，信息公开多由新入职人员兼管。
改进措施：每年举办两期信息公开业务培训班，选派骨干跟班学习。
（三）关于群众监督
存在问题：县里面向社会征集营商环境问题线索的渠道知晓度不高，全年收到的线索很少。
改进措施：在县政府网站首页和政务服务大厅公布问题线索征集渠道，定期公开线索办理情况。
`,
    problems: [
      e('县政府网站与县政务服务网上的部分办事指南', 'duplicate-publishing'),
      e('各部门懂政策、会写作的专业人才缺乏', 'staff-capacity'),
      e('县里面向社会征集营商环境问题线索', 'public-participation'),
    ],
    improvements: [
      e('以县政务服务网为准', 'duplicate-publishing'),
      e('每年举办两期信息公开业务培训班', 'staff-capacity'),
      e('在县政府网站首页和政务服务大厅公布问题线索征集渠道', 'public-participation'),
    ],
  },
  {
    id: 'h22-x02-hospital-2024',
    text: `五、存在的主要问题及改进情况
我院2024年信息公开工作存在以下问题：
1.医院网站与医院微信公众号公布的门诊排班时间不一致，部分患者按网站时间来院扑空。
2.医院统计数据发布前缺少核对，年报中的门诊量与卫健部门平台公布的数字有出入。
3.院内举报投诉渠道宣传不够，患者不知道向哪里反映问题。
改进措施：
1.门诊排班信息由门诊部统一录入，网站和公众号同时调用同一数据。
2.建立统计数据发布前复核机制，确保与卫健部门平台数据一致。
3.在门诊大厅和住院部公示举报投诉电话和邮箱，定期公开办理结果。
`,
    problems: [
      e('1.医院网站与医院微信公众号公布的门诊排班', 'duplicate-publishing'),
      e('2.医院统计数据发布前缺少核对', 'duplicate-publishing'),
      e('3.院内举报投诉渠道宣传不够', 'public-participation'),
    ],
    improvements: [
      e('1.门诊排班信息由门诊部统一录入', 'duplicate-publishing'),
      e('2.建立统计数据发布前复核机制', 'duplicate-publishing'),
      e('3.在门诊大厅和住院部公示举报投诉电话', 'public-participation'),
    ],
  },
  {
    id: 'h22-x03-street-2022',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是街道信息分散在街道网站、街道公众号和社区微信群等多个渠道，同一通知各处说法不一。
二是街道缺少熟悉政务公开业务的专业人才，信息审核把关能力弱。
三是居民参与街道事务的积极性不高，街道开展的“民情恳谈会”参加人数少。
（二）改进措施
一是明确街道网站为信息首发平台，公众号和社区微信群统一转发，不得自行改写。
二是引进1名具有新闻或法律专业背景的工作人员，加强业务培训。
三是丰富“民情恳谈会”议题，提前在社区公告栏和微信群发布议题，吸引居民参与。
`,
    problems: [
      e('一是街道信息分散在街道网站、街道公众号', 'duplicate-publishing'),
      e('二是街道缺少熟悉政务公开业务的专业人才', 'staff-capacity'),
      e('三是居民参与街道事务的积极性不高', 'public-participation'),
    ],
    improvements: [
      e('一是明确街道网站为信息首发平台', 'duplicate-publishing'),
      e('二是引进1名具有新闻或法律专业背景', 'staff-capacity'),
      e('三是丰富“民情恳谈会”议题', 'public-participation'),
    ],
  },
  {
    id: 'h22-x04-ecology-2025',
    text: `五、存在的主要问题及改进情况
（一）环境信息公开方面
存在问题：局网站公布的空气质量月报与市统计平台发布的数据有出入。
改进措施：数据发布前由监测站和办公室双人核对，确保两处发布一致。
（二）公众监督方面
存在问题：环境违法行为有奖举报制度宣传不到位，群众举报线索少。
改进措施：在局网站、社区宣传栏公布有奖举报办法和举报电话，按季度公开举报办理情况。
`,
    problems: [
      e('局网站公布的空气质量月报', 'duplicate-publishing'),
      e('环境违法行为有奖举报制度宣传不到位', 'public-participation'),
    ],
    improvements: [
      e('数据发布前由监测站和办公室双人核对', 'duplicate-publishing'),
      e('在局网站、社区宣传栏公布有奖举报办法', 'public-participation'),
    ],
  },
  {
    id: 'h22-x05-town-2021',
    text: `五、存在的主要问题及改进情况
存在问题
镇政府信息公开专栏部分内容长期未更新。
如“财政信息”专栏仍停留在2019年，“重大项目”专栏全年没有新内容。
镇里缺乏既懂业务又懂网络的专业人才，信息公开工作主要靠党政办一人应付。
改进措施
建立专栏更新月检查制度，由分管领导每月检查一次。
通过公开招聘引进1名专业技术人员，同时加强对现有人员的培训。
`,
    problems: [
      e('镇政府信息公开专栏部分内容长期未更新', 'update-gap'),
      e('镇里缺乏既懂业务又懂网络的专业人才', 'staff-capacity'),
    ],
    improvements: [
      e('建立专栏更新月检查制度', 'update-gap'),
      e('通过公开招聘引进1名专业技术人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h22-x06-market-2020',
    text: `五、存在的主要问题及改进情况
（一）投诉举报信息方面
存在问题：12315投诉举报处理结果公开较少，消费者对处理进度不了解。
改进措施：每季度公开投诉举报受理和处理情况，典型案例及时向社会发布。
（二）信息发布方面
存在问题：局网站与“市场监管”公众号发布的抽检结果表述不同，个别产品名称前后不一。
改进措施：抽检结果统一由食品科审核定稿，网站与公众号使用同一文本。
`,
    problems: [
      e('12315投诉举报处理结果公开较少', 'incomplete-disclosure'),
      e('局网站与“市场监管”公众号发布的抽检结果', 'duplicate-publishing'),
    ],
    improvements: [
      e('每季度公开投诉举报受理和处理情况', 'incomplete-disclosure'),
      e('抽检结果统一由食品科审核定稿', 'duplicate-publishing'),
    ],
  },
]
