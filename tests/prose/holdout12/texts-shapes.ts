// Shapes: OCR slips (二走 for 二是, 三 是, l、 for 1、, 2， for 2、, a dropped 。), PDF line breaks
// mid-word with a running header and page numbers, a pdftotext table with wrapped cells and a 完成时限
// column, a web table flattened one cell per line, numbering typos (一是 twice, 三是 skipped), nested
// (1)(2) inside numbered measures, ①② inside 一是 points, a Markdown table with a 序号 column.
// Invented bodies and wording, written blind; the answers were set before the extractor was run.
import { e, type Holdout12Case } from './entry'

export const SHAPES: Holdout12Case[] = [
  {
    id: 'h12-shape-ocr-nongye-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
一是涉农补贴资金发放信息公开不够细，只公开补贴总额，未公开到户明细o二走局网站“通知公告”栏目部分信息发布后无法打开附件，群众多次反映。三 是部分业务股室工作人员对政务公开要求不熟悉，报送信息质量不高。
（二）改进措施
一是按照“谁发放、谁公开”原则，将耕地地力保护补贴等涉农补贴发放明细公开到村、到户。二走联系网站运维单位对附件下载功能进行排查修复，定期检查附件链接。三 是每半年组织一次业务股室信息员培训，提高信息报送质量。`,
    problems: [
      e('一是涉农补贴资金发放信息', 'incomplete-disclosure'),
      e('二走局网站“通知公告”栏目', 'platform-stability'),
      e('三 是部分业务股室工作人员', 'staff-capacity'),
    ],
    improvements: [
      e('一是按照“谁发放、谁公开”原则', 'incomplete-disclosure'),
      e('二走联系网站运维单位', 'platform-stability'),
      e('三 是每半年组织一次业务股室信息员培训', 'staff-capacity'),
    ],
  },
  {
    id: 'h12-shape-ocr-numbers-jiaoyu-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在的主要问题：
l、义务教育招生入学政策发布时间偏晚，部分家长准备材料时间不足；
2，教育收费、学生资助等信息在局网站、各学校网站分别发布，口径不统一；
3、局政务新媒体账号对家长留言回复不及时
改进措施：
l、提前一个月发布义务教育招生入学政策，并通过“招生政策解读会”答疑；
2，教育收费、学生资助信息由局统一发布，各学校网站作链接转载；
3、明确专人每日查看、回复公众号留言，确保两个工作日内答复。`,
    problems: [
      e('l、义务教育招生入学政策', 'incomplete-disclosure'),
      e('2，教育收费、学生资助等信息', 'duplicate-publishing'),
      e('3、局政务新媒体账号', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('l、提前一个月发布义务教育招生入学政策', 'incomplete-disclosure', 'policy-interpretation'),
      e('2，教育收费、学生资助信息由局统一发布', 'duplicate-publishing'),
      e('3、明确专人每日查看、回复公众号留言', 'new-media', 'public-participation'),
    ],
  },
  {
    id: 'h12-shape-pdf-lines-county-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年，我县政府信息公开工作存在以下问题：一是部分部门主动公开意识仍然不强，对应公开的行政
处罚、行政许可结果公开不及时、不完整；二是县政府门户网站与部门网站整合后，部分
部门原有栏目内容未完整迁移，历史信息缺失；三是政策解读形式较为单一，以文字解读为

— 9 —

苇塘县人民政府2022年政府信息公开工作年度报告
主，群众喜闻乐见的图解、视频解读较少。
2023年，我县将：一是强化“双公示”工作督查，对行政许可、行政处罚结果公开情况按季度通报；
二是组织各部门对迁移后栏目进行核查，补齐缺失的历史信息；三是推动政策解读多样化，每
个部门每年至少制作2件图解或视频解读产品。`,
    problems: [
      e('一是部分部门主动公开意识仍然不强', 'awareness', 'incomplete-disclosure'),
      e('二是县政府门户网站与部门网站整合后', 'platform-stability'),
      e('三是政策解读形式较为单一', 'policy-interpretation'),
    ],
    improvements: [
      e('一是强化“双公示”工作督查', 'incomplete-disclosure'),
      e('二是组织各部门对迁移后栏目进行核查', 'platform-stability'),
      e('三是推动政策解读多样化', 'policy-interpretation'),
    ],
  },
  {
    id: 'h12-shape-pdftotext-table-shuili-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2024年存在的问题及整改计划如下表：
 问题描述                        整改措施                          完成时限
 水利工程建设项目招投标、        在局网站设立“重大建设项目”专栏，   2025年6月底前
 施工许可等信息分散发布，        集中公开项目批准、招投标、施工
 查找困难                        许可、竣工验收全过程信息
 河湖长制公示牌部分信息          开展公示牌专项排查，更新河湖长    2025年3月底前
 过时，河湖长调整后未更新        姓名和监督电话
 水资源费、水土保持补偿费        编制涉水收费政策问答，在办事      2025年底前
 等收费政策群众不了解            大厅和网站同步公布

— 11 —`,
    problems: [
      e('水利工程建设项目招投标', 'incomplete-disclosure'),
      e('河湖长制公示牌部分信息', 'update-gap'),
      e('水资源费、水土保持补偿费', 'policy-interpretation'),
    ],
    improvements: [
      e('在局网站设立“重大建设项目”专栏', 'incomplete-disclosure'),
      e('开展公示牌专项排查', 'update-gap'),
      e('编制涉水收费政策问答', 'policy-interpretation'),
    ],
  },
  {
    id: 'h12-shape-flat-cells-renshe-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
序号
存在问题
改进措施
1
社会保险待遇调整、就业补贴等政策公开后配套的办事指南更新慢
政策出台后10个工作日内同步更新办事指南
2
局网站在线申请公开系统填报项目过多，群众反映操作复杂
精简在线申请表单，保留法定必填项目
3
依申请公开办理人员对“信息不存在”告知的说理不充分
制定答复说理要点，组织案例培训
4
各科室对政务公开工作重视程度不一
将政务公开纳入科室年度考核`,
    problems: [
      e('社会保险待遇调整、就业补贴', 'update-gap'),
      e('局网站在线申请公开系统', 'platform-stability', 'request-handling'),
      e('依申请公开办理人员', 'request-handling'),
      e('各科室对政务公开工作重视程度不一', 'awareness'),
    ],
    improvements: [
      e('政策出台后10个工作日内', 'update-gap'),
      e('精简在线申请表单', 'platform-stability', 'request-handling'),
      e('制定答复说理要点', 'request-handling', 'staff-capacity'),
      e('将政务公开纳入科室年度考核', 'awareness'),
    ],
  },
  {
    id: 'h12-shape-numbering-typo-minzheng-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
一是社会救助信息公开的精准度不够，低保、特困人员名单公示中仍有个别地方公开了身份证号码等个人信息。
一是养老服务机构名录、收费标准等信息未集中公开，群众选择养老机构时查询不便。
二是婚姻登记、殡葬服务等办事指南在不同平台表述不一。
（二）改进措施
一是规范社会救助公示内容，公示前由县级民政部门审核，严禁公开与救助无关的个人信息。
二是在局网站开设养老服务专栏，集中公布养老机构名录、床位、收费标准。
四是以省政务服务网事项为准，统一各平台办事指南。`,
    problems: [
      e('一是社会救助信息公开的精准度不够', 'other'),
      e('一是养老服务机构名录', 'incomplete-disclosure'),
      e('二是婚姻登记、殡葬服务', 'duplicate-publishing'),
    ],
    improvements: [
      e('一是规范社会救助公示内容', 'other'),
      e('二是在局网站开设养老服务专栏', 'incomplete-disclosure'),
      e('四是以省政务服务网事项为准', 'duplicate-publishing'),
    ],
  },
  {
    id: 'h12-shape-nested-chengguan-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
1.存在问题
（1）执法信息公开不到位。行政处罚决定公开率不高，简易程序处罚未公开。
（2）对市民关注的占道经营整治、停车收费等热点问题回应不够主动。
（3）局机关政务公开工作人员少，全局仅办公室一人兼职负责。
2.改进措施
（1）全面公开执法信息：①一般程序行政处罚决定在作出后7个工作日内公开；②定期汇总公开简易程序处罚情况。
（2）主动回应社会关切：①在局公众号开设“城管答疑”栏目；②对热线集中反映的问题每月发布答复。
（3）充实政务公开工作力量，各科室明确一名信息员。`,
    problems: [
      e('（1）执法信息公开不到位', 'incomplete-disclosure'),
      e('（2）对市民关注的占道经营', 'policy-interpretation'),
      e('（3）局机关政务公开工作人员少', 'staff-capacity'),
    ],
    improvements: [
      e('（1）全面公开执法信息', 'incomplete-disclosure'),
      e('（2）主动回应社会关切', 'policy-interpretation'),
      e('（3）充实政务公开工作力量', 'staff-capacity'),
    ],
  },
  {
    id: 'h12-shape-circled-inside-gongan-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是公开内容与群众需求有差距。主要表现在：①户籍、出入境等办事指南更新滞后于政策调整；②交通违法处理、车辆年检等高频事项的公开信息分散。二是网上平台不够便民。公安政务服务平台与局网站未打通，群众需在两处分别查询。
- 14 -
下一步，我局将：一是围绕群众需求完善公开内容，①政策调整后同步更新办事指南，②整合高频事项信息集中公开；二是推进平台整合，实现局网站与公安政务服务平台统一身份认证、统一查询。`,
    problems: [
      e('一是公开内容与群众需求有差距', 'incomplete-disclosure', 'update-gap'),
      e('二是网上平台不够便民', 'platform-stability'),
    ],
    improvements: [
      e('一是围绕群众需求完善公开内容', 'incomplete-disclosure', 'update-gap'),
      e('二是推进平台整合', 'platform-stability'),
    ],
  },
  {
    id: 'h12-shape-markdown-xinfang-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
| 序号 | 存在问题 | 整改措施 |
| --- | --- | --- |
| 1 | 信访事项办理流程、时限等信息公开不够，群众不清楚办理进度 | 在网上信访平台公开办理流程和时限，提供进度查询 |
| 2 | 网上信访平台高峰期经常卡顿、提交失败 | 申请服务器扩容，优化提交功能 |
| 3 | 群众来访接待场所未设置政府信息查阅区 | 在来访接待大厅设置查阅区，摆放信访法规和办事指南 |`,
    problems: [
      e('信访事项办理流程、时限', 'incomplete-disclosure'),
      e('网上信访平台高峰期', 'platform-stability'),
      e('群众来访接待场所未设置', 'reading-room-underused'),
    ],
    improvements: [
      e('在网上信访平台公开办理流程', 'incomplete-disclosure'),
      e('申请服务器扩容', 'platform-stability'),
      e('在来访接待大厅设置查阅区', 'reading-room-underused'),
    ],
  },
  {
    id: 'h12-shape-page-break-fagai-2020',
    text: `五、存在的主要问题及改进情况
（一）主要问题。1.价格信息公开不够及时。重要商品和服务价格调整信息发布有滞后，个别
听证会结果未在规定时间内公布。2.重大项目信息公开不系统。项目审批、核准、备案信息
分别在投资项目在线审批监管平台和局网站发布，内容不一致。3.部分科室对

- 5 -

信息公开工作重视不够，认为是办公室的事。
（二）改进措施。1.价格调整信息在执行前及时公开，听证会结果5个工作日内公布。2.以投
资项目在线审批监管平台数据为准，局网站统一转载，消除信息不一致。3.将信息公开工
作纳入科室年度目标管理，由局长办公会定期研究部署。`,
    problems: [
      e('1.价格信息公开不够及时', 'incomplete-disclosure'),
      e('2.重大项目信息公开不系统', 'duplicate-publishing'),
      e('3.部分科室对', 'awareness'),
    ],
    improvements: [
      e('1.价格调整信息在执行前及时公开', 'incomplete-disclosure'),
      e('2.以投资项目在线审批监管平台数据为准', 'duplicate-publishing'),
      e('3.将信息公开工作纳入科室年度目标管理', 'awareness'),
    ],
  },
]
