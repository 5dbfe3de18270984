// Holdout 20, public enterprises and institutions: water, power, gas, a city investment group, a bus group,
// universities and colleges, hospitals (12 texts). Invented bodies and wordings; answers by
// problem-taxonomy.md's definitions only.
import { e, type Holdout20Case } from './entry'

export const UNITS: Holdout20Case[] = [
  {
    id: 'h20-e01-city-water-2023',
    text: `五、存在的主要问题及改进情况
（一）存在问题
1.公司网站“停水公告”栏目维护不及时，有的计划停水已结束，公告仍挂在首页未撤下，新的停水信息却未补充。
2.水价、水质检测等信息公开频次偏低，水质检测结果按季度才公布一次。
（二）改进措施
1.指定专人维护“停水公告”栏目，做到停水信息及时发布、过期公告及时清理。
2.将水质检测结果改为按月公布。
`,
    problems: [e('1.公司网站“停水公告”栏目维护不及时', 'update-gap'), e('2.水价、水质检测等信息公开频次偏低', 'incomplete-disclosure')],
    improvements: [e('1.指定专人维护“停水公告”栏目', 'update-gap'), e('2.将水质检测结果改为按月公布', 'incomplete-disclosure')],
  },
  {
    id: 'h20-e02-university-2022',
    text: `五、存在的主要问题及改进情况
学校信息公开工作还存在以下问题：
一是信息公开的深度和广度仍需拓展。招生录取、财务收支等信息公开较为原则，师生关心的具体收费标准、奖助学金评定结果等公开不够。
二是二级单位信息公开工作重视程度不一，部分学院认为信息公开是学校层面的事，二级网站信息公开栏目内容长期未更新。
三是校内各类新媒体账号数量多，部分院系、社团以学校名义开设的账号管理缺位，发布内容把关不严。
四是依申请公开工作制度有待完善，受理、答复流程尚未形成书面规范，答复文书格式不一。
五是信息公开工作队伍变动大，各单位信息员多为兼职，更换频繁。
针对上述问题，学校将采取以下改进措施：
一是进一步细化信息公开内容，重点做好收费标准、奖助学金评定结果等师生关心信息的公开。
二是加强对二级单位的督促检查，推动各学院提高重视程度，定期更新二级网站信息公开栏目。
三是开展新媒体账号清理登记，实行账号备案管理，规范内容审核流程。
四是制定《依申请公开工作规程》，统一受理、答复流程和文书格式。
五是稳定信息员队伍，建立信息员培训和交接制度。
`,
    problems: [
      e('一是信息公开的深度和广度仍需拓展', 'incomplete-disclosure'),
      // Colleges that think little of disclosure, and their columns left stale: both named.
      e('二是二级单位信息公开工作重视程度不一', 'awareness', 'update-gap'),
      e('三是校内各类新媒体账号数量多', 'new-media'),
      e('四是依申请公开工作制度有待完善', 'request-handling'),
      e('五是信息公开工作队伍变动大', 'staff-capacity'),
    ],
    improvements: [
      e('一是进一步细化信息公开内容', 'incomplete-disclosure'),
      e('二是加强对二级单位的督促检查', 'awareness', 'update-gap'),
      e('三是开展新媒体账号清理登记', 'new-media'),
      e('四是制定《依申请公开工作规程》', 'request-handling'),
      e('五是稳定信息员队伍', 'staff-capacity'),
    ],
  },
  {
    id: 'h20-e03-county-hospital-2024',
    // A self-service query terminal in the hall that patients do not use: a service point hardly used.
    text: `五、存在的主要问题及改进情况
首先，医院官网医疗服务价格栏目仍为2022年的价格标准，未根据最新调价情况及时调整。其次，门诊大厅设置的院务公开查询机使用率低，多数患者不知道有查询机。
下一步，医院将：一是及时更新官网价格栏目；二是在门诊大厅设置导引标识，安排志愿者引导患者使用查询机。
`,
    problems: [e('首先，医院官网医疗服务价格栏目', 'update-gap'), e('其次，门诊大厅设置的院务公开查询机', 'reading-room-underused')],
    improvements: [e('一是及时更新官网价格栏目', 'update-gap'), e('二是在门诊大厅设置导引标识', 'reading-room-underused')],
  },
  {
    id: 'h20-e04-city-gas-2021',
    // Each problem carries its measure after ，为此，我公司将 in the same sentence.
    text: `五、存在的主要问题及改进情况
一是公司官网与“燃气服务”微信公众号发布的燃气价格、收费标准存在不一致，为此，我公司将对两个平台的收费信息统一核对、统一发布。二是燃气安全知识和价格政策的宣传解读方式单一，为此，我公司将制作动漫、短视频等通俗易懂的宣传解读产品。三是客服热线对用户咨询的答复不够专业，用户满意度不高，为此，我公司将建立客服热线答复质量回访制度，提高答复的专业性和满意度。
`,
    problems: [e('一是公司官网与“燃气服务”微信公众号', 'duplicate-publishing'), e('二是燃气安全知识和价格政策的宣传解读方式单一', 'policy-interpretation'), e('三是客服热线对用户咨询的答复不够专业', 'public-participation')],
    improvements: [e('为此，我公司将对两个平台的收费信息', 'duplicate-publishing'), e('为此，我公司将制作动漫、短视频', 'policy-interpretation'), e('为此，我公司将建立客服热线答复质量回访制度', 'public-participation')],
  },
  {
    id: 'h20-e05-city-hospital-2023',
    text: `五、存在的主要问题及改进情况
（一）院务公开内容不够充分。药品和医用耗材集中采购、大型设备购置等信息公开较少。
（二）患者意见反馈渠道作用有限。院长信箱、意见箱收到的患者意见处理不及时，很少向患者反馈处理结果。
（三）信息公开申请答复不够规范。对患者申请公开医院管理信息的，答复时有未告知救济途径的情况。
（四）信息公开工作人员对相关法规学习不够，工作水平有待提高。
改进措施：
1．扩大院务公开范围，主动公开药品耗材集中采购、大型设备购置信息。
2．完善患者意见处理机制，意见箱、院长信箱意见7日内答复反馈。
3．规范信息公开申请答复，答复书须告知申请人救济途径。
4．组织信息公开工作人员系统学习相关法规，提升工作水平。
`,
    problems: [e('（一）院务公开内容不够充分', 'incomplete-disclosure'), e('（二）患者意见反馈渠道作用有限', 'public-participation'), e('（三）信息公开申请答复不够规范', 'request-handling'), e('（四）信息公开工作人员对相关法规学习不够', 'staff-capacity')],
    improvements: [e('1．扩大院务公开范围', 'incomplete-disclosure'), e('2．完善患者意见处理机制', 'public-participation'), e('3．规范信息公开申请答复', 'request-handling'), e('4．组织信息公开工作人员系统学习', 'staff-capacity')],
  },
  {
    id: 'h20-e06-county-power-2020',
    text: `五、存在的主要问题及改进情况
（1）停电信息公开提前量不足，个别计划停电通知发布距停电时间不足24小时；（2）供电营业厅设置的信息公开查阅点无人问津。
改进措施：（1）计划停电信息至少提前7天通过网站、营业厅和短信平台发布；（2）在营业厅醒目位置标明查阅点，由值班人员引导用户查询。
`,
    problems: [e('（1）停电信息公开提前量不足', 'incomplete-disclosure'), e('（2）供电营业厅设置的信息公开查阅点', 'reading-room-underused')],
    improvements: [e('（1）计划停电信息至少提前7天', 'incomplete-disclosure'), e('（2）在营业厅醒目位置标明查阅点', 'reading-room-underused')],
  },
  {
    id: 'h20-e07-city-investment-group-2024',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是对国有企业信息公开的认识还不够到位，个别子公司认为企业经营信息涉及商业秘密，公开意愿不强。
二是集团信息公开目录尚未编制，哪些信息应公开、由谁公开、何时公开缺乏明确规定。
三是集团网站服务器老化，今年多次出现宕机，网站无法正常访问。
四是公开信息发布前的审核流程不严，曾出现公开内容涉及企业商业秘密被要求撤回的情况。
（二）改进措施
一是组织子公司负责人专题学习国有企业信息公开有关规定，提高公开意识。
二是年内完成集团信息公开目录编制，明确公开事项、公开主体和公开时限。
三是更换集团网站服务器，建立网站运行监测机制。
四是建立信息发布“三审”制度，严格商业秘密审查。
`,
    problems: [
      e('一是对国有企业信息公开的认识还不够到位', 'awareness'),
      e('二是集团信息公开目录尚未编制', 'standardization'),
      e('三是集团网站服务器老化', 'platform-stability'),
      // Review before publishing (trade secrets): other.
      e('四是公开信息发布前的审核流程不严', 'other'),
    ],
    improvements: [e('一是组织子公司负责人专题学习', 'awareness'), e('二是年内完成集团信息公开目录编制', 'standardization'), e('三是更换集团网站服务器', 'platform-stability'), e('四是建立信息发布“三审”制度', 'other')],
  },
  {
    id: 'h20-e08-vocational-college-2021',
    text: `五、存在的主要问题及改进情况
学院信息公开工作存在的主要问题：一是信息公开网部分栏目内容空白，如“收费项目”栏目一直没有内容；二是信息公开工作缺乏专门人员，由党政办工作人员兼任。下步，学院将：一是补齐空缺栏目内容；二是设置信息公开专岗。
`,
    problems: [e('一是信息公开网部分栏目内容空白', 'update-gap'), e('二是信息公开工作缺乏专门人员', 'staff-capacity')],
    improvements: [e('一是补齐空缺栏目内容', 'update-gap'), e('二是设置信息公开专岗', 'staff-capacity')],
  },
  {
    id: 'h20-e09-tcm-hospital-2022',
    // Last year's fixes listed 一是/二是 in a block before the problems.
    text: `五、存在的主要问题及改进情况
（一）上年度问题整改情况
一是针对上年度院务公开栏内容陈旧问题，已对院务公开栏全面更换，并建立按月更新制度；二是针对政务公开人员不足问题，已增配1名专职人员。
（二）存在问题
1、医院微信公众号、视频号等新媒体平台发布内容以活动新闻为主，就医指南、医保政策等实用信息少。
2、医保报销政策宣传解读不足，患者对报销比例、报销流程咨询较多。
（三）改进措施
1、调整新媒体发布内容结构，增加就医指南、医保政策等实用信息的比重。
2、在门诊、住院部设置医保政策咨询台，编印报销流程明白纸。
`,
    problems: [e('1、医院微信公众号、视频号等新媒体平台', 'new-media'), e('2、医保报销政策宣传解读不足', 'policy-interpretation')],
    improvements: [e('1、调整新媒体发布内容结构', 'new-media'), e('2、在门诊、住院部设置医保政策咨询台', 'policy-interpretation')],
    priorDone: 2,
  },
  {
    id: 'h20-e10-bus-group-2023',
    text: `五、存在的主要问题及改进情况
1.公交线路调整、站点变更信息公开不够提前，部分线路调整当天才对外公布。
2.公交集团网站“线路查询”功能数据未及时维护，查询结果与实际运营线路不符，页面经常打不开。
3.乘客通过热线、网站留言反映的问题较多，但处理结果反馈率不高，乘客参与线网优化的渠道少。
4.集团下属分公司信息公开工作缺乏统一规范，公开内容、格式、时限各不相同。
针对上述问题，集团将：
1.线路调整、站点变更信息至少提前5天向社会公布。
2.对“线路查询”数据进行全面核对更新，升级网站服务器。
3.畅通乘客意见反馈渠道，定期开展线网优化意见征集。
4.制定集团信息公开工作规范，统一各分公司公开内容、格式和时限。
`,
    problems: [
      e('1.公交线路调整、站点变更信息公开不够提前', 'incomplete-disclosure'),
      // Stale data in the query, and pages that will not open: both named.
      e('2.公交集团网站“线路查询”功能', 'update-gap', 'platform-stability'),
      e('3.乘客通过热线、网站留言反映的问题较多', 'public-participation'),
      // One rule for what, how and when every branch publishes: standardization.
      e('4.集团下属分公司信息公开工作缺乏统一规范', 'standardization'),
    ],
    improvements: [
      e('1.线路调整、站点变更信息至少提前5天', 'incomplete-disclosure'),
      e('2.对“线路查询”数据进行全面核对更新', 'update-gap', 'platform-stability'),
      e('3.畅通乘客意见反馈渠道', 'public-participation'),
      e('4.制定集团信息公开工作规范', 'standardization'),
    ],
  },
  {
    id: 'h20-e11-normal-college-2024',
    // Measures 1.…3. inline after 改进措施：; last year's fix one sentence after the measures.
    text: `五、存在的主要问题及改进情况
（1）学校信息公开网与学校主页、各学院网站发布的同一通知存在版本不一的情况，部分通知修改后未同步更新。
（2）依申请公开答复流程较长，个别申请答复超出了规定期限。
（3）学校对信息公开工作考核不够，未纳入二级单位年度考核指标。
改进措施：1.建立统一发布机制，同一通知由信息公开网首发，其他网站链接引用；2.简化依申请公开内部流转环节，确保在规定期限内答复；3.将信息公开工作纳入二级单位年度考核。
2023年度报告中提出的信息公开网栏目空白问题，学校已于2024年上半年完成整改。
`,
    problems: [e('（1）学校信息公开网与学校主页', 'duplicate-publishing'), e('（2）依申请公开答复流程较长', 'request-handling'), e('（3）学校对信息公开工作考核不够', 'other')],
    improvements: [e('1.建立统一发布机制', 'duplicate-publishing'), e('2.简化依申请公开内部流转环节', 'request-handling'), e('3.将信息公开工作纳入二级单位年度考核', 'other')],
    priorDone: 1,
  },
  {
    id: 'h20-e12-maternal-hospital-2020',
    // One run-on paragraph split by ； only; 2021年，我院将 leads the measures.
    text: `五、存在的主要问题及改进情况
我院信息公开工作存在的不足：医院网站“院务公开”栏目与“新闻动态”栏目内容交叉，部分信息在两个栏目重复出现；孕产妇保健服务项目和收费标准公开不够详细；部分医务人员对院务公开工作不重视，认为与临床工作关系不大。2021年，我院将理顺网站栏目设置，避免信息重复；细化保健服务项目和收费标准公开内容；加强院务公开宣传教育，提高医务人员重视程度。
`,
    problems: [e('医院网站“院务公开”栏目', 'duplicate-publishing'), e('孕产妇保健服务项目和收费标准公开不够详细', 'incomplete-disclosure'), e('部分医务人员对院务公开工作不重视', 'awareness')],
    improvements: [e('理顺网站栏目设置', 'duplicate-publishing'), e('细化保健服务项目和收费标准公开内容', 'incomplete-disclosure'), e('加强院务公开宣传教育', 'awareness')],
  },
]
