// More bodies and shapes: 社保中心 (three problems, four measures), 公安局 (1. problems, ① measures),
// a 镇 text OCR'd with a space between characters and a page number, problems and measures as
// title-sentences without markers, 不动产登记中心 with last year's fixes after the lists, a county with
// five and five, a 市政府办公厅 with last year's improvements first and this year's problems only,
// a school with the dot of 1. lost, 水文局, 区政府办 with 针对这一问题 after each point, 综保区 with
// ——整改措施： on the problem's line, a 乡 in a three-column table. Invented wording, written blind; the
// answers were set before the extractor was run.
import { e, type Holdout11Case } from './entry'

export const MORE: Holdout11Case[] = [
  {
    id: 'h11-more-shebao-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的问题和不足
（1）社保经办政策变化快，中心网站“政策法规”栏目转发上级文件多，结合本地实际的办事说明少，参保人看了还是不知道怎么办。
（2）依申请公开中涉及个人参保信息查询的申请较多，部分申请本应通过查询渠道办理，却按信息公开程序答复，处理方式不统一。
（3）中心微信公众号后台留言较多，回复不够及时。
（二）下一步打算
一是编写参保缴费、待遇领取等高频事项“明白纸”，在网站和服务大厅同步发布。二是区分政府信息公开申请与个人参保信息查询，印发处理指引，统一答复口径。三是增加公众号留言回复值班人员，确保留言3个工作日内回复。四是每半年组织一次经办人员政务公开知识培训。`,
    problems: [
      e('（1）社保经办政策变化快', 'policy-interpretation'),
      e('（2）依申请公开中涉及个人参保信息', 'request-handling'),
      e('（3）中心微信公众号后台留言', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('一是编写参保缴费', 'policy-interpretation'),
      e('二是区分政府信息公开申请', 'request-handling'),
      e('三是增加公众号留言回复值班人员', 'new-media', 'public-participation'),
      e('四是每半年组织一次', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-more-gongan-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题：
1.警务公开与政府信息公开工作衔接不够，部分执法信息在警务公开平台发布后未在政府网站同步公开，两边内容不一。
2.户籍、出入境等办事指南网上版本更新跟不上，窗口执行标准与网上公布的要求有出入。
3.个别单位在信息公开时审核不严，公布的执法信息未对当事人姓名作去标识化处理。
改进措施：
①统筹警务公开平台与政府网站的发布，建立信息同步推送机制；
②对户籍、出入境等办事指南开展全面核对，做到线上线下一致；
③严格落实信息公开保密审查和个人信息保护要求。`,
    problems: [
      e('1.警务公开与政府信息公开工作衔接不够', 'duplicate-publishing'),
      e('2.户籍、出入境等办事指南', 'update-gap', 'duplicate-publishing'),
      e('3.个别单位在信息公开时审核不严', 'other'),
    ],
    improvements: [
      e('①统筹警务公开平台', 'duplicate-publishing'),
      e('②对户籍、出入境等办事指南', 'duplicate-publishing'),
      e('③严格落实信息公开保密审查', 'other'),
    ],
  },
  {
    id: 'h11-more-town-ocr-spaced-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
(一）存在问题
一 是 镇 政 务 公 开 网 页 部 分 栏 目 内 容 陈 旧 ， 有 的 栏 目 半 年 未 更 新 。 二 是 村（社区）公开栏 内 容 不 规 范 ，公开 的 时 间 、 形 式 五 花 八 门 。
— 5 —
三是镇干部对政务公开的认识有偏差，认为公开是“额外负担”。
(二）改进措施
一是落实栏目责任人，每月检查栏目更新情况。二是统一村（社区）公开栏的格式、内容和公开时限。三是把政务公开纳入镇年度考核，与干部评优挂钩。`,
    problems: [
      e('一是镇政务公开网页', 'update-gap'),
      e('二是村（社区）公开栏内容不规范', 'standardization'),
      e('三是镇干部对政务公开的认识', 'awareness'),
    ],
    improvements: [
      e('一是落实栏目责任人', 'update-gap'),
      e('二是统一村（社区）公开栏的格式', 'standardization'),
      e('三是把政务公开纳入镇年度考核', 'awareness'),
    ],
  },
  {
    id: 'h11-more-town-titles-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题
公开内容质量不高。部分信息只有标题和附件，没有正文说明，群众下载打开后才知道内容。
线下查阅渠道冷清。镇便民服务中心设置的政府信息查阅点，全年仅接待查阅群众3人次。
改进措施
提升公开质量。要求信息发布时附正文摘要，附件统一转换为可直接浏览的格式。
激活查阅点。在查阅点放置惠民政策汇编，结合赶集日开展政策宣讲。`,
    problems: [
      e('公开内容质量不高', 'incomplete-disclosure'),
      e('线下查阅渠道冷清', 'reading-room-underused'),
    ],
    improvements: [
      e('提升公开质量', 'incomplete-disclosure'),
      e('激活查阅点', 'reading-room-underused'),
    ],
  },
  {
    id: 'h11-more-budongchan-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）存在的主要问题
对标企业群众“办事更便捷、信息更透明”的期待，我中心信息公开工作还存在一些弱项：一是登记办理进度查询渠道不畅，“不动产登记网上服务平台”在业务高峰期响应慢，群众查询只能打电话或跑窗口；二是登记收费、办理时限等办事信息公示不够醒目，部分服务网点公示牌内容与网站公布的不一致；三是依申请公开与不动产登记资料查询界限把握不清，个别应按查询办理的事项按信息公开程序答复。
（二）改进措施
1.对网上服务平台进行扩容升级，新增短信推送办理进度功能。
2.统一各服务网点和网站公示内容，由中心办公室统一制作、统一更新。
3.编制不动产登记资料查询与政府信息公开申请区分处理指引，组织窗口人员学习。
（三）上年度问题整改落实情况
1.上年度提出的“网站栏目内容陈旧”问题已整改，各栏目已完成内容更新。
2.上年度提出的“新媒体互动不足”问题已整改，中心公众号开通了在线咨询功能。`,
    problems: [
      e('一是登记办理进度查询渠道不畅', 'platform-stability'),
      e('二是登记收费、办理时限', 'incomplete-disclosure', 'duplicate-publishing'),
      e('三是依申请公开与不动产登记资料查询', 'request-handling'),
    ],
    improvements: [
      e('1.对网上服务平台进行扩容升级', 'platform-stability'),
      e('2.统一各服务网点和网站公示内容', 'duplicate-publishing'),
      e('3.编制不动产登记资料查询', 'request-handling', 'staff-capacity'),
    ],
    priorDone: 2,
  },
  {
    id: 'h11-more-county-five-2022',
    text: `五、政府信息公开工作存在的主要问题及改进情况
2022年，全县政务公开工作取得了新的进展，但与上级要求和群众期盼相比，仍存在一些问题和不足：
1.政务公开标准目录动态调整不及时，部分部门目录事项与实际职责脱节；
2.政府信息公开申请办理质量有待提高，全年发生行政复议2件，其中1件被纠错；
3.政策解读“重形式、轻内容”，部分解读材料只是把文件重新排版；
4.基层政务公开专区硬件到位但服务跟不上，群众使用率低；
5.政务公开工作人员业务能力与工作要求不相适应，培训的系统性不够。
2023年，我县将重点做好以下工作：
1.建立标准目录年度动态调整机制，机构职能变化后1个月内调整到位；
2.落实依申请公开“一案一审”，复杂申请提交县政府法律顾问审核；
3.推行政策解读“三看”标准：看背景、看要点、看变化，杜绝“文件翻版”；
4.推动乡镇政务公开专区与便民服务中心一体运行，配备专人提供查询、咨询服务；
5.制定年度培训计划，分层分类开展政务公开业务培训。`,
    problems: [
      e('1.政务公开标准目录', 'standardization'),
      e('2.政府信息公开申请办理质量', 'request-handling'),
      e('3.政策解读“重形式', 'policy-interpretation'),
      e('4.基层政务公开专区', 'reading-room-underused'),
      e('5.政务公开工作人员业务能力', 'staff-capacity'),
    ],
    improvements: [
      e('1.建立标准目录年度动态调整机制', 'standardization'),
      e('2.落实依申请公开', 'request-handling'),
      e('3.推行政策解读', 'policy-interpretation'),
      e('4.推动乡镇政务公开专区', 'reading-room-underused'),
      e('5.制定年度培训计划', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-more-bangongting-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
（一）2023年工作中存在问题的改进情况
针对2023年工作中存在的主要问题，今年重点采取了以下改进措施：一是集中清理了市政府规章和规范性文件，在门户网站发布了现行有效文件汇编；二是修订了依申请公开办理规程，办理时限平均缩短3个工作日；三是开通了“政策直通车”栏目，对惠企政策开展图解和视频解读。
（二）2024年工作中存在的主要问题
对照企业群众的新期待，我市政务公开工作在以下方面仍需加强：一是市政府网站政策文件库检索功能弱，企业按行业、按主题查找政策仍不方便；二是部分区县政府网站互动栏目留言办理时间长，群众满意度不高；三是基层政务公开工作人员变动较大，业务连续性受影响。`,
    problems: [
      e('一是市政府网站政策文件库', 'platform-stability'),
      e('二是部分区县政府网站互动栏目', 'public-participation'),
      e('三是基层政务公开工作人员', 'staff-capacity'),
    ],
    improvements: [],
    priorDone: 3,
  },
  {
    id: 'h11-more-school-nodot-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在问题
1 学校信息公开网站栏目设置不全，缺少“招生考试”“收费项目”等栏目
2 学校重大事项决策前听取师生和家长意见不够
改进措施
1 按照学校信息公开事项清单增设栏目
2 重大事项决策前通过教代会、家长委员会广泛征求意见`,
    problems: [
      e('1 学校信息公开网站栏目设置不全', 'standardization'),
      e('2 学校重大事项决策前', 'public-participation'),
    ],
    improvements: [
      e('1 按照学校信息公开事项清单', 'standardization'),
      e('2 重大事项决策前通过教代会', 'public-participation'),
    ],
  },
  {
    id: 'h11-more-shuiwen-2021',
    text: `五、政府信息公开工作存在的主要问题及改进情况
本局信息公开工作中还存在以下不足：水情、雨情等实时信息主要通过专业系统发布，社会公众获取渠道有限；局网站建设相对滞后，页面老旧，部分功能无法使用；信息公开工作由综合科兼职人员负责，专业水平有待提高。
2022年，本局将：
（1）在局网站和微信公众号开设“实时水情”专栏，每日发布主要站点水位、雨量信息；
（2）配合上级局推进网站集约化迁移，迁移完成前做好现有网站的运维；
（3）选派兼职人员参加上级局组织的业务培训。`,
    problems: [
      e('水情、雨情等实时信息', 'incomplete-disclosure'),
      e('局网站建设相对滞后', 'platform-stability'),
      e('信息公开工作由综合科兼职人员负责', 'staff-capacity'),
    ],
    improvements: [
      e('（1）在局网站和微信公众号开设', 'incomplete-disclosure'),
      e('（2）配合上级局推进网站集约化', 'platform-stability'),
      e('（3）选派兼职人员', 'staff-capacity'),
    ],
  },
  {
    id: 'h11-more-district-zfb-2025',
    text: `五、政府信息公开工作存在的主要问题及改进情况
一是政府信息公开年报编制质量不高，个别部门年报数据前后矛盾、表格漏填。针对这一问题，我办将制作年报编制指引和数据校验表，年报发布前逐一审核。二是区政府网站“政民互动”栏目回复质量不高，答非所问、简单推诿的情况仍有发生。针对这一问题，我办将建立留言回复质量抽查制度，每月通报。三是政务公开第三方评估发现的问题整改不彻底，部分问题年年出现。针对这一问题，我办将建立问题整改台账，逐项销号。`,
    problems: [
      e('一是政府信息公开年报编制质量', 'other'),
      e('二是区政府网站“政民互动”', 'public-participation'),
      e('三是政务公开第三方评估', 'other'),
    ],
    improvements: [
      e('制作年报编制指引', 'other'),
      e('建立留言回复质量抽查制度', 'public-participation'),
      e('建立问题整改台账', 'other'),
    ],
  },
  {
    id: 'h11-more-zongbaoqu-2023',
    text: `五、政府信息公开工作存在的主要问题及改进情况
1.区内企业对海关、税务等驻区监管部门的政策信息需求大，管委会网站转载不及时。——整改措施：与驻区监管部门建立信息共享机制，政策发布后2个工作日内转载。
2.管委会政务公开工作尚无专门制度。——整改措施：制定《管委会政务公开工作办法》，明确发布、审核、归档流程。`,
    problems: [
      e('1.区内企业对海关', 'incomplete-disclosure'),
      e('2.管委会政务公开工作尚无专门制度', 'other'),
    ],
    improvements: [
      e('与驻区监管部门建立', 'incomplete-disclosure'),
      e('制定《管委会政务公开工作办法》', 'other'),
    ],
  },
  {
    id: 'h11-more-township-table-2024',
    text: `五、政府信息公开工作存在的主要问题及改进情况
存在的问题                     整改措施                          整改时限
政务公开栏目设置与县级标准     对照县级标准目录调整栏目          2025年3月底
目录不一致
乡政府公众号更新少、互动少     明确专人运营，每周至少推送2次，   长期坚持
                               留言及时回复`,
    problems: [
      e('政务公开栏目设置与县级标准', 'standardization'),
      e('乡政府公众号更新少', 'new-media', 'public-participation'),
    ],
    improvements: [
      e('对照县级标准目录调整栏目', 'standardization'),
      e('明确专人运营', 'new-media', 'public-participation'),
    ],
  },
]
