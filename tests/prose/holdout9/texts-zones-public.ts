// 开发区/高新区/综保区 管委会 and 公共企事业单位 (医院, 学校, 燃气, 公积金, 疾控, 轨道交通, 图书馆):
// section 五 as invented bodies write it (see README.md).
import { e, type Holdout9Case } from './entry'

export const ZONES_PUBLIC: readonly Holdout9Case[] = [
  {
    id: 'h9-zone-lanchuan-jingkai-2022',
    text: `五、存在的主要问题及改进情况
开发区政府信息公开工作还存在以下问题：一是管委会网站与区政府网站信息公开平台尚未完全对接，部分信息需手工转录，时有遗漏；二是招商引资、土地出让等经济管理类信息公开不够充分；三是管委会内设机构调整后，信息公开工作职责尚未理顺。
2023年，开发区将：一是推动管委会网站与区政府网站信息公开平台实现数据自动同步；二是梳理经济管理类信息公开事项，能公开的全部公开；三是明确党政办公室为信息公开工作牵头部门，理顺各局室之间的信息报送和审核职责。`,
    problems: [e('一是管委会网站与区政府网站', 'platform-stability'), e('二是招商引资', 'incomplete-disclosure'), e('三是管委会内设机构调整后', 'other')],
    improvements: [e('一是推动管委会网站', 'platform-stability'), e('二是梳理经济管理类', 'incomplete-disclosure'), e('三是明确党政办公室', 'other')],
  },
  {
    id: 'h9-zone-qinglan-gaoxin-2024',
    text: `五、存在的主要问题及改进情况
（一）存在问题
1.企业服务政策分散在多个部门的网页中，企业查找困难，同一惠企政策在管委会网站、“青岚高新”公众号和企业服务平台上版本不一。
2.惠企政策兑现信息公开不够，兑现结果只公开总金额，未公开兑现企业名单和依据。
3.政务公开工作人员流动性大，专业化程度不高。
（二）下一步工作打算
首先，建设惠企政策统一发布平台，实现政策“一站式”查询；其次，按季度公开惠企政策兑现企业名单、兑现依据和金额；再次，加强政务公开工作人员培训；最后，开展政策“直播间”活动，由政策制定部门负责人在线解读、答疑。`,
    problems: [e('1.企业服务政策分散', 'duplicate-publishing'), e('2.惠企政策兑现信息', 'incomplete-disclosure'), e('3.政务公开工作人员流动性', 'staff-capacity')],
    improvements: [e('首先，建设惠企政策', 'duplicate-publishing'), e('其次，按季度公开', 'incomplete-disclosure'), e('再次，加强政务公开', 'staff-capacity'), e('最后，开展政策“直播间”', 'policy-interpretation')],
  },
  {
    id: 'h9-public-luobin-eryuan-2023',
    text: `五、存在的主要问题及改进情况
我院信息公开工作主要存在以下不足：一是医疗服务价格、药品价格公示主要依靠院内电子屏，网站公示内容未随价格调整而同步修改；二是患者对就医流程、医保报销政策等咨询较多，院内咨询解答跟不上；三是信息公开工作由院办一名同志兼职负责，专业能力不足。
下一步，我院将：1.建立价格信息调整与网站公示联动机制，价格调整后3个工作日内更新；2.在门诊大厅设置医保政策咨询服务台，编印就医指南和医保报销问答；3.加强信息公开工作人员业务培训。`,
    problems: [e('一是医疗服务价格', 'update-gap'), e('二是患者对就医流程', 'policy-interpretation'), e('三是信息公开工作由院办', 'staff-capacity')],
    improvements: [e('1.建立价格信息调整', 'update-gap'), e('2.在门诊大厅设置', 'policy-interpretation'), e('3.加强信息公开工作人员', 'staff-capacity')],
  },
  {
    id: 'h9-public-hongan-ranqi-2024',
    text: `五、存在的主要问题及改进情况
1.计划停气、检修等信息主要通过营业厅张贴公告发布，用户知晓不及时，部分用户未收到通知。
2.燃气价格调整、收费标准等信息在公司网站、县发改局网站均有公布，但两处更新时间不一致，用户存在疑问。
3.用户投诉和咨询渠道较为单一，主要依靠服务热线，线上互动渠道缺乏。
改进措施：
1.通过短信、微信公众号、社区微信群等多渠道推送停气通知。
2.燃气价格信息以县发改局公布为准，公司网站同步更新。
3.开通微信公众号在线客服和留言功能，24小时内答复用户诉求。`,
    problems: [e('1.计划停气', 'incomplete-disclosure'), e('2.燃气价格调整', 'duplicate-publishing'), e('3.用户投诉和咨询渠道', 'public-participation')],
    improvements: [e('1.通过短信', 'incomplete-disclosure'), e('2.燃气价格信息以县发改局', 'duplicate-publishing'), e('3.开通微信公众号在线客服', 'public-participation')],
  },
  {
    id: 'h9-public-gongjijin-2025',
    text: `五、存在的主要问题及改进情况
（一）存在的主要问题
一是公积金政策调整频繁，政策解读的及时性和通俗性不够；二是部分县区管理部公开栏内容陈旧，办事指南仍为2023年版本；三是公积金服务大厅政务公开查阅区利用率低，前来查阅的群众很少。
（二）改进措施
一是政策调整时同步发布问答式解读，并在服务大厅设置政策讲解员；二是统一规范各管理部公开栏内容，办事指南随政策调整即时更新；三是在查阅区增设导办人员，引导办事群众就近查阅。`,
    problems: [e('一是公积金政策调整频繁', 'policy-interpretation'), e('二是部分县区管理部', 'update-gap'), e('三是公积金服务大厅', 'reading-room-underused')],
    improvements: [e('一是政策调整时同步', 'policy-interpretation'), e('二是统一规范各管理部', 'update-gap'), e('三是在查阅区增设', 'reading-room-underused')],
  },
  {
    id: 'h9-public-tongxi-xiaoxue-2024',
    text: `五、存在的主要问题及改进情况
学校信息公开工作还有不少需要改进的地方。比如，学校网站“信息公开”栏目更新慢，招生、收费信息主要通过家长群发布；又比如，家长委员会参与学校重大事项决策的机制不够健全，家长意见反馈渠道不畅；再比如，学校公众号和班级群发布的通知有时不一致，家长无所适从。
今后，学校将做到：招生、收费等信息在学校网站和公示栏同步公开并及时更新；完善家长委员会工作章程，重大事项提交家委会讨论；学校通知统一由公众号发布，班级群只转发不另行编辑。`,
    problems: [e('比如，学校网站', 'update-gap'), e('又比如，家长委员会', 'public-participation'), e('再比如，学校公众号', 'duplicate-publishing')],
    improvements: [e('招生、收费等信息', 'update-gap'), e('完善家长委员会', 'public-participation'), e('学校通知统一由公众号', 'duplicate-publishing')],
  },
  {
    id: 'h9-public-jizhou-jikong-2022',
    text: `五、存在的主要问题及改进情况
2022年，本中心信息公开工作存在的问题：1. 疫情防控信息发布频次高，部分信息与卫健委发布内容重复，口径不够统一；2. 传染病防治知识宣传以转载为主，原创科普内容少；3. 中心网站服务器老旧，多次出现无法访问的情况。
2023年改进措施：1. 疫情防控信息统一由市卫健委发布，中心网站予以链接；2. 组织专业人员制作原创健康科普作品；3. 完成网站迁移至市政府网站集约化平台。`,
    problems: [e('1. 疫情防控信息发布频次高', 'duplicate-publishing'), e('2. 传染病防治知识', 'other'), e('3. 中心网站服务器', 'platform-stability')],
    improvements: [e('1. 疫情防控信息统一', 'duplicate-publishing'), e('2. 组织专业人员', 'other'), e('3. 完成网站迁移', 'platform-stability')],
  },
  {
    id: 'h9-zone-cangya-zongbao-2023',
    text: `五、存在的主要问题及改进情况
存在的主要问题。一是综保区作为省级派出机构，信息公开工作起步晚，主动公开目录尚未编制完成；二是企业关注的通关便利、税收优惠等政策，解读材料少，企业获取渠道有限；三是综保区门户网站建设滞后，目前依托管委会微信公众号发布信息，公开载体不规范。
改进措施。一是年内完成主动公开目录编制并在网上公布；二是联合海关、税务部门举办政策宣讲会，编制企业政策汇编；三是启动综保区门户网站建设，规范公众号信息发布。`,
    problems: [e('一是综保区作为省级', 'standardization'), e('二是企业关注的通关便利', 'policy-interpretation'), e('三是综保区门户网站', 'platform-stability', 'new-media')],
    improvements: [e('一是年内完成主动公开目录', 'standardization'), e('二是联合海关', 'policy-interpretation'), e('三是启动综保区门户网站', 'platform-stability', 'new-media')],
  },
  {
    id: 'h9-public-lanchuan-guidao-2025',
    text: `五、存在的主要问题及改进情况
运营服务信息发布的及时性仍有不足，线路调整、临时停运信息有时晚于乘客出行。下一步，集团将优化运营信息发布流程，临时停运等突发信息在10分钟内通过APP、车站广播和官方微博同步发布。`,
    problems: [e('运营服务信息发布', 'incomplete-disclosure')],
    improvements: [e('优化运营信息发布流程', 'incomplete-disclosure')],
  },
  {
    id: 'h9-zone-hongan-kaifaqu-2020',
    text: `五、存在的主要问题及改进情况
一是信息公开工作在开发区内部的重视程度不够，各部门报送信息积极性不高。二是信息公开的内容不够丰富，重点项目建设、环境保护等信息公开较少。三是信息公开工作人员业务素质有待提高。
2021年工作打算：
（一）提高思想认识。把信息公开工作摆上重要议事日程，定期研究部署。
（二）丰富公开内容。重点做好项目建设、环境保护、安全生产等领域信息公开。
（三）强化业务培训。`,
    problems: [e('一是信息公开工作在开发区内部', 'awareness'), e('二是信息公开的内容不够丰富', 'incomplete-disclosure'), e('三是信息公开工作人员业务素质', 'staff-capacity')],
    improvements: [e('（一）提高思想认识', 'awareness'), e('（二）丰富公开内容', 'incomplete-disclosure'), e('（三）强化业务培训', 'staff-capacity')],
  },
  {
    id: 'h9-public-qinglan-tushuguan-2023',
    text: `五、存在的主要问题及改进情况
我馆信息公开工作存在的主要问题：（1）馆藏资源、开放时间调整、讲座活动预告等信息有时只在馆内张贴，网站和公众号未同步；（2）读者意见箱和网站留言回复不及时，部分读者建议长期无回音。
改进措施：（1）建立信息发布清单，馆内、网站、公众号“三同步”；（2）安排专人每周处理读者意见箱和网站留言，一周内回复。`,
    problems: [e('（1）馆藏资源', 'incomplete-disclosure'), e('（2）读者意见箱', 'public-participation')],
    improvements: [e('（1）建立信息发布清单', 'incomplete-disclosure'), e('（2）安排专人每周', 'public-participation')],
  },
]
