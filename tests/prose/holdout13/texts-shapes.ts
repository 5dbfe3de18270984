// Shapes: OCR slips (—是 for 一是, 二足, 三 是, I. for 1., mixed brackets (2）, o for 。), PDF line
// breaks mid-word with running headers and page numbers inside a list, a pdftotext table with wrapped
// cells and a 责任单位 column, a Markdown table, a web table flattened one cell per line, numbering
// typos (二是 twice, 1. 2. 2. 4.). Invented bodies and wording, written blind; the answers were set
// before the extractor was run.
import { e, type Holdout13Case } from './entry'

export const SHAPES: Holdout13Case[] = [
  {
    id: 'h13-shape-ocr-tongji-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在问题
—是统计数据发布后，对数据背后的经济运行情况分析解读偏少，社会公众关注的居民收入、物价等数据缺少通俗说明o二足统计公报、统计年鉴等资料在局网站只提供扫描版PDF，无法检索和复制数据。三 是基层统计调查人员流动性大，对统计数据公开的时限和口径要求掌握不够。
（二）改进措施
—是每季度主要统计数据发布时同步推出图解和数据解读文章o二足统计资料提供可检索的文本版和数据表格下载。三 是举办基层统计人员轮训班，讲解统计数据发布规则。`,
    problems: [
      e('—是统计数据发布后', 'policy-interpretation'),
      e('二足统计公报、统计年鉴等资料', 'platform-stability'),
      e('三 是基层统计调查人员流动性大', 'staff-capacity'),
    ],
    improvements: [
      e('—是每季度主要统计数据发布时', 'policy-interpretation'),
      e('二足统计资料提供可检索的文本版', 'platform-stability'),
      e('三 是举办基层统计人员轮训班', 'staff-capacity'),
    ],
  },
  {
    id: 'h13-shape-ocr-numbers-youzheng-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在的主要问题
I.快递业务经营许可办理结果公开不及时，部分许可决定作出后未在网站公示；
(2）邮政普遍服务网点变动信息没有向社会公告，群众到已撤并的网点办理业务扑空；
3 、局网站“消费者申诉”栏目的申诉处理统计数据停留在上一季度。
改进措施
I.快递业务经营许可决定作出后7个工作日内在网站公示；
(2）网点设置、撤并信息提前30日向社会公告；
3 、每月10日前更新上月申诉处理统计数据。`,
    problems: [
      e('I.快递业务经营许可办理结果', 'incomplete-disclosure'),
      e('(2）邮政普遍服务网点变动信息', 'incomplete-disclosure'),
      e('3 、局网站“消费者申诉”栏目', 'update-gap'),
    ],
    improvements: [
      e('I.快递业务经营许可决定作出后', 'incomplete-disclosure'),
      e('(2）网点设置、撤并信息提前30日', 'incomplete-disclosure'),
      e('3 、每月10日前更新上月申诉处理统计数据', 'update-gap'),
    ],
  },
  {
    id: 'h13-shape-pdf-lines-county-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2023年，我县政府信息公开工作主要存在以下问题：一是财政预决算公开
质量不高，部分部门“三公”经费说明过于简略，未对增减变化原因作出解释；二是部分
乡镇和部门对政务公开工作重视不够，存在“上面催一催、下面动一动”的现象；三是政
务公开平台建设相对滞后，县政府网站信息公开平台功能单一，与省级平台未实现数据互

- 8 -

茅岭县2023年政府信息公开工作年度报告
通；四是政策解读形式单一，群众喜闻乐见的图解、视频解读占比低。
2024年，我县将采取以下措施：一是加强预决算公开审核，对“三公”经费增减变化原因
作出详细说明；二是将政务公开纳入乡镇和部门年度综合考核，加大分值权重；三是推进
县级信息公开平台与省级平台对接，实现数据同步；四是鼓励各单位采用图解、动漫、
短视频等形式开展政策解读，全年解读产品中图解和视频不少于三成。`,
    problems: [
      e('一是财政预决算公开质量不高', 'incomplete-disclosure'),
      e('二是部分乡镇和部门对政务公开工作重视不够', 'awareness'),
      e('三是政务公开平台建设相对滞后', 'platform-stability'),
      e('四是政策解读形式单一', 'policy-interpretation'),
    ],
    improvements: [
      e('一是加强预决算公开审核', 'incomplete-disclosure'),
      e('二是将政务公开纳入乡镇和部门年度综合考核', 'awareness'),
      e('三是推进县级信息公开平台与省级平台对接', 'platform-stability'),
      e('四是鼓励各单位采用图解、动漫', 'policy-interpretation'),
    ],
  },
  {
    id: 'h13-shape-pdftotext-table-yancao-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
针对本年度政务公开工作中发现的问题，我局制定了整改清单：
 序号   存在问题                      整改措施                        责任单位
 1      烟草专卖零售许可证办理        在局网站和办证窗口同步公布      专卖监督
        条件、流程公布不全，申请人    办证条件、材料清单和办理时限，  管理科
        多次往返                      推行一次性告知
 2      局网站“行政处罚公示”栏目     明确专人负责，处罚决定作出后    法规科
        近半年未更新                  7个工作日内公示
 3      举报投诉处理结果未向举报人    建立举报处理结果书面反馈制度，  办公室
        书面反馈                      定期公布举报处理情况

— 12 —`,
    problems: [
      e('烟草专卖零售许可证办理', 'incomplete-disclosure'),
      e('局网站“行政处罚公示”栏目', 'update-gap'),
      e('举报投诉处理结果未向举报人', 'public-participation'),
    ],
    improvements: [
      e('在局网站和办证窗口同步公布', 'incomplete-disclosure'),
      e('明确专人负责，处罚决定作出后', 'update-gap'),
      e('建立举报处理结果书面反馈制度', 'public-participation'),
    ],
  },
  {
    id: 'h13-shape-markdown-table-renfang-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
| 序号 | 存在的问题 | 改进措施 |
| --- | --- | --- |
| 1 | 人防工程建设审批结果和易地建设费收缴情况公开不及时 | 审批结果办结后5个工作日内公开，易地建设费收缴情况按季度公开 |
| 2 | 防空警报试鸣、疏散演练等信息仅在网站发布，社区居民知晓率低 | 通过社区公告栏、短信、广播等多渠道提前发布试鸣和演练信息 |
| 3 | 办公室公开工作人员调整后，新人员对依申请公开流程不熟悉 | 编写依申请公开办理手册，组织新人员跟岗学习 |`,
    problems: [
      e('人防工程建设审批结果', 'incomplete-disclosure'),
      e('防空警报试鸣、疏散演练等信息', 'incomplete-disclosure'),
      e('办公室公开工作人员调整后', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('审批结果办结后5个工作日内公开', 'incomplete-disclosure'),
      e('通过社区公告栏、短信、广播等多渠道', 'incomplete-disclosure'),
      e('编写依申请公开办理手册', 'staff-capacity', 'request-handling'),
    ],
  },
  {
    id: 'h13-shape-flat-cells-dangan-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
问题
措施
馆藏开放档案目录在网上可查的比例低，利用者需到馆才能查询
分批将开放档案目录上网，年内完成民国档案目录上网
查阅大厅设施陈旧，自助查询电脑经常死机
更新查阅大厅设备，增设两台自助查询终端
档案开放审核进度慢，到期档案未能按时向社会开放
组建档案开放审核工作专班，按年度计划推进开放审核`,
    problems: [
      e('馆藏开放档案目录在网上可查的比例低', 'incomplete-disclosure'),
      e('查阅大厅设施陈旧', 'reading-room-underused', 'platform-stability'),
      e('档案开放审核进度慢', 'incomplete-disclosure'),
    ],
    improvements: [
      e('分批将开放档案目录上网', 'incomplete-disclosure'),
      e('更新查阅大厅设备', 'reading-room-underused', 'platform-stability'),
      e('组建档案开放审核工作专班', 'incomplete-disclosure'),
    ],
  },
  {
    id: 'h13-shape-typos-wenti-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是全民健身设施建设、体育彩票公益金使用等信息公开不够细化；二是局门户网站部分栏目存在空白，“体育赛事”栏目长期不更新；二是政策解读方式较为单一，以文字为主。
2024年，我局将：一是按项目公开体育彩票公益金使用情况，接受社会监督；二是梳理网站栏目，对空白栏目进行整合，安排专人维护“体育赛事”栏目；四是运用短视频、图解等形式开展政策解读。`,
    problems: [
      e('一是全民健身设施建设', 'incomplete-disclosure'),
      e('二是局门户网站部分栏目存在空白', 'update-gap'),
      e('二是政策解读方式较为单一', 'policy-interpretation'),
    ],
    improvements: [
      e('一是按项目公开体育彩票公益金使用情况', 'incomplete-disclosure'),
      e('二是梳理网站栏目', 'update-gap'),
      e('四是运用短视频、图解等形式', 'policy-interpretation'),
    ],
  },
  {
    id: 'h13-shape-page-break-xiaofang-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
1.消防行政许可和消防监督检查结果公开
不够及时，个别检查结果超过规定时限才公开。
2.消防安全常识和火灾警示案例宣传多，对消防法规
政策的解读少，单位和群众对消防审验、

— 6 —

备案抽查等政策了解不多。
2.支队及各大队信息公开工作人员均为兼职，专业能力有待加强。
4.“消防开放日”活动次数少，群众参与的途径有限。
（二）改进措施
1.严格执行消防监督检查结果公开时限，实行超期预警。
2.围绕消防审验、备案抽查等制度，推出以案释法和政策答问。
3.开展支队和大队信息公开工作人员集中培训。
4.每季度组织一次“消防开放日”活动，并开展网上意见征集。`,
    problems: [
      e('1.消防行政许可和消防监督检查结果公开', 'incomplete-disclosure'),
      e('2.消防安全常识和火灾警示案例宣传多', 'policy-interpretation'),
      e('2.支队及各大队信息公开工作人员均为兼职', 'staff-capacity'),
      e('4.“消防开放日”活动次数少', 'public-participation'),
    ],
    improvements: [
      e('1.严格执行消防监督检查结果公开时限', 'incomplete-disclosure'),
      e('2.围绕消防审验、备案抽查等制度', 'policy-interpretation'),
      e('3.开展支队和大队信息公开工作人员集中培训', 'staff-capacity'),
      e('4.每季度组织一次“消防开放日”活动', 'public-participation'),
    ],
  },
  {
    id: 'h13-shape-header-inside-street-2020',
    text: `五、存在的主要问题及改进情况
（一）存在问题。1.辖区内老旧小区改造、背街小巷整治项目信息公开
零散，项目资金和施工单位情况未公开；2.街道政务公开专区利用率不高，资料摆
放后少人问津；3.街道工作人员对依申请公开的受理、
柳湾街道办事处2020年政府信息公开工作年度报告
答复流程不熟悉。
（二）改进措施。1.对辖区改造整治项目实行“一项目一公示”，在项目现场和社区公开
栏公布资金、施工单位和监督电话；2.在专区配备专人引导，定期更新资料；3.组织工作
人员学习依申请公开办理流程。`,
    problems: [
      e('1.辖区内老旧小区改造', 'incomplete-disclosure'),
      e('2.街道政务公开专区利用率不高', 'reading-room-underused'),
      e('3.街道工作人员对依申请公开的受理', 'staff-capacity', 'request-handling'),
    ],
    improvements: [
      e('1.对辖区改造整治项目实行“一项目一公示”', 'incomplete-disclosure'),
      e('2.在专区配备专人引导', 'reading-room-underused'),
      e('3.组织工作人员学习依申请公开办理流程', 'staff-capacity', 'request-handling'),
    ],
  },
]
