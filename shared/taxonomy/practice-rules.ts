// Phrase rules for the people and practice of the work: participation, staff, awareness, 两化, new media, other (see rules.ts).
import type { CategoryRule } from './category-rule'

export const PRACTICE_RULES: CategoryRule[] = [
  {
    category: 'public-participation',
    anywhere: [
      /公众参与|政民互动|互动效果|交流互动|互动交流|参与度/,
      /公众意见|意见征集|征集意见|征求意见|听取意见|民意征集|参与渠道/,
      // "广泛征求社会意见", "征求群众意见"; what became of them: "反馈采纳情况" (real: 征求, 采纳).
      // (Not 征求第三方意见: the third party a request's information concerns is asked, a step of handling the request.)
      /征求(?!第三方)[^，。；]{0,6}意见|意见[^，。；]{0,6}采纳|采纳情况/,
      // "企业代表参与其中", "吸引上百家企业积极参与", "公众参与政府决策".
      /(?:公众|群众|企业|社会)[^，。；]{0,8}参与(?!权)/,
      // Messages left by the public answered (or not): "互动留言回复不及时", "及时回复群众留言".
      // (The one who answers and the time limit may stand between: "留言由客服中心在1个工作日内回复".)
      /留言[^，。；]{0,16}(?:回复|答复|办理)|(?:回复|答复|办理|查看|处理)[^，。；]{0,6}留言/,
      // A hearing, its record and its result ("听证笔录", "听证结果").
      /听证/,
      // The public's channel itself opened or closed ("留言区长期关闭", "开放…留言功能"), consultation
      // online, opinions and messages received ("接受公众监督和留言", "“意见建议”栏目").
      /留言(?:区|功能|板块|栏)?[^，。；]{0,4}(?:关闭|开放|开通|无人)|(?:开放|开通|关闭|恢复)[^，。；]{0,6}留言|(?:开设|设置|开通)[^，。；]{0,12}留言(?:功能|板块|区|栏|直通车|渠道)/,
      /(?:在线|线上|网上)咨询|接受[^，。；]{0,12}(?:监督和留言|留言|意见建议)|意见建议/,
      // The mailbox the public writes to (real: "领导信箱"), opened, or its letters and their answers ("院长信箱
      // 来信积压…未回复", "开设“校长信箱”"): the public's exchange with the body. (Not a mailbox named only as where
      // questions came from, "对群众在信箱、热线中集中反映的问题缺少统一回应": the response decides.)
      /(?:开设|开通|设立|设置|完善|畅通)[^，。；]{0,4}(?:领导|局长|市长|县长|区长|镇长|乡长|书记|校长|院长|主任|厅长|网上|在线)信箱|(?:领导|局长|市长|县长|区长|镇长|乡长|书记|校长|院长|主任|厅长|网上|在线)信箱[”"]?[^，。；、]{0,6}(?:来信|回复|答复|办理|收到)/,
    ],
    inHead: [/政社合作|多元参与/],
  },
  {
    category: 'staff-capacity',
    anywhere: [
      // "业务工作水平" as much as "业务水平" ("工作人员的思想认识和业务工作水平").
      /业务能力|业务(?:工作)?水平|工作力量|工作队伍|队伍建设|队伍水平/,
      // (Training as a kind of subsidy, "技能培训补贴", is left out by reading-text.ts.)
      /培训(?!机制)/,
      // The staff and their skill named together: "提高全市政务公开工作人员的工作能力和水平",
      // "工作人员的思想认识和业务工作水平"; learning on the job as training ("跟班学习制度", 业务培训).
      // Not a 培训机制 in a list of mechanisms (as 培训 below).
      /人员[^，。；、]{0,8}(?:业务(?!培训机制)|能力)|跟班学习|业务学习/,
      /人员配备|人员编制|人员不足|人手不足|专职人员|兼职|流动性|AB岗|业务素质|专业素养/,
      // Turnover (problem-taxonomy.md: "turnover") said of the staff, and its cure ("依申请公开工作人员流动频繁", "信息员变动较大",
      // "保持…工作人员相对稳定"; session 35): staff-capacity in each of the 60 entries of every tunable set these words reach.
      /(?:人员|信息员|联络员|队伍|同志)[^，。；]{0,6}(?:流动|变动|更换|更替|调整|调动)(?:频繁|较大|较快|较多)|(?:保持|确保)[^，。；]{0,10}(?:人员|队伍|信息员)[^，。；]{0,4}(?:相对)?稳定|流动频繁|变动频繁|更换频繁/,
      // "工作人员力量薄弱", "人员力量不足" (as 工作力量 above).
      /(?:人员|工作)力量[^，。；]{0,4}(?:薄弱|不足|有限)|力量薄弱/,
      // Any post's strength ("编辑力量不足", "配强…编辑力量"); a post held on the side (兼任 as 兼职).
      // (An account's 运维力量 stays new-media's alone: the unseen set's answer, "账号运维力量不足".)
      /(?<!运维)力量[^，。；]{0,2}(?:不足|薄弱|有限|紧张)|(?:配强|充实|增强|加强)[^，。；]{0,8}力量|兼任|兼管/,
      // The staff's grasp of their work (OFFICE_WORDS 业务不精 and 不熟悉; 理解不深 said of the staff):
      // "业务不精", "工作人员对《条例》理解不深".
      // (Not where what is not grasped is a mindset: "人员保密意识和公开意识把握不准" is awareness.)
      // 不清楚/不了解 as 不熟悉; what is not grasped may follow after a comma ("人员大多是新人，对…理解不深").
      // 学习不深/学习不够 and 不够熟悉 as 理解不深 and 不熟 ("工作人员对新修订的复议法学习不够"); what is not grasped
      // may be long ("窗口人员对信息公开申请与登记资料查询的区别把握不准").
      /业务(?:不精|不熟)|(?:人员|干部|辅警|协管员|网格员)(?:(?!意识|认识|意义|重要性|必要性)[^，。；]){0,24}(?:[，,]对[^，。；]{0,16})?(?:不熟|不够熟|不清楚|不了解|把握不准|理解不深|理解不透|掌握不|学习不深|学习不够|学习不透)/,
      // A writing skill is the staff's ("解读撰写能力", "信息写作能力").
      /(?:撰写|写作|编写)[^，。；]{0,2}能力/,
      // Too few hands and too little time ("人手紧", "精力有限", "仅1人且同时负责…"; not 仅7人次, a count of visits),
      // and staff who cannot tell how to handle a case ("不会区分处理").
      /人手(?:紧|少)|精力(?:有限|不足)|(?:仅|只有)[1-9一二两]名?(?:人(?!次)|同志)|不会(?:区分|处理|办理|答复)/,
      // Study organised for the staff (real: "全年组织政务公开业务学习6次"), unless its aim is a mindset
      // ("组织干部学习《条例》，树立公开为常态的理念": awareness).
      // (Session 36: the leaders' attention as that aim too, "组织…领导干部集中学习新修订的《条例》，切实提高对…的重视程度".)
      /组织[^，。；]{0,8}学习(?![^。；]{0,24}(?:理念|认识|意识|常态|重视))/,
      // Study organised for the staff named ("组织依申请公开经办人员集中学习《条例》").
      /组织[^，。；]{0,12}(?:人员|干部)[^，。；]{0,6}学习(?![^。；]{0,24}(?:理念|认识|意识|常态|重视))/,
      // A system's or a service's capacity (运维能力, 保障能力) is not the staff's.
      // Not where the capacity is a system's or a task's (安全防护能力, 回应能力: their own categories; 研判能力 is staff's in the corpus gold).
      // A task's capacity (依申请公开办理能力) is that task's category.
      /(?<!保障|运维|服务|防护|回应|处置|应对|承载|支撑|办理|答复)能力(?:不足|有待|尚需|还需|欠缺|不强|建设)/,
    ],
  },
  {
    category: 'awareness',
    anywhere: [
      // 主动性 said of a response to the public's concerns ("回应群众关切的主动性不强": interpretation's own lack), or of a
      // listed domain's disclosure ("行政复议、行政执法监督等信息公开的主动性不强": what is disclosed) is no mindset
      // (session 36; every tunable set's gold: 0 of the 6 such entries carry awareness).
      /思想认识|(?<!风险)认识不足|公开意识|服务意识|意识淡薄|(?<!公开的?|回应[^，。；]{0,8}|等[^，。；]{0,4}公开的?)主动性|(?<!回应[^，。；]{0,8}|等[^，。；]{0,4}公开的?)主动性(?![^。]*?(?:发布|被动公开|公开结果|公开较少|公开不多))|自觉性|重视程度|重视不够|不够重视/,
      // "进一步提高认识", "切实提高对…重要性的认识": raising awareness with its object in between.
      /提高[^，。；]{0,16}(?:认识|重视)/,
      /组织领导|公开为常态|公开是常态/,
      // Leadership attention as a practice: "局党组定期听取政务公开工作汇报", "主要负责同志…研究部署".
      /(?:党组|党委|常务会|主要负责同志|主要领导|班子)[^，。；]{0,10}(?:听取|研究|部署)/,
      // A leader who leads the work in person (problem-taxonomy.md: "leadership attention"; session 35): "领导干部带头抓公开",
      // "由中心主任牵头定期检查", "主要负责人亲自部署". Not a leader who leads an interpretation or a statement
      // ("主要负责人带头解读", "分管领导牵头…发布情况说明": theirs): the verb after decides.
      /(?:领导干部|主要负责(?:人|同志)|主要领导|分管领导|主任|局长|院长|镇长|乡长|区长|县长|市长|书记)[^，。；]{0,2}(?:带头|牵头|亲自)[^，。；]{0,4}(?:抓|部署|过问|督促|检查|研究)/,
      // "重办事、轻公开", "重业务轻公开": the work put before its disclosure.
      /重[^，。；、]{1,4}[、，,]?\s*轻公开/,
      // (The staff's grasp of it, "工作人员对《条例》学习不深", is staff-capacity's.)
      /贯彻[^。；]{0,8}《[^》]{0,30}条例》|(?<!人员[^，。；]{0,4})《条例》学习(?!不深|不够|不透)/,
      // The meaning of the work not grasped, and doubts about disclosing ("对公开工作的意义理解不深", "讲解居务
      // 公开的意义", "存在…顾虑"), an understanding stuck short ("认识仍停留在…层面").
      /公开(?:工作)?的?(?:意义|重要性|必要性)|顾虑|认识[^，。；]{0,4}(?:停留|偏差|模糊)/,
    ],
  },
  {
    category: 'standardization',
    anywhere: [
      /两化|标准化规范化|标准化、规范化|规范化制度化|制度化规范化|规范程度|标准化建设|规范化建设/,
      /(?:公开|事项|标准|基本)目录(?:编制|梳理|要素|调整|结构|的动态)/,
      /完善[^，。；]{0,6}(?:目录|事项清单)|目录[^，。；]{0,6}(?:编制|梳理|要素|调整|结构)/,
      // "结合权责清单编制标准目录", "逐字逐项梳理政务公开目录".
      // (Not a reading room's list of its papers, "编制查阅目录".)
      /(?:编制|梳理)[^，。；]{0,10}(?<!查阅)目录/,
      // The disclosure guide and catalogue named together (their revision after a reorganisation): 两化's in every
      // set that writes both; the guide alone not revised is left to its other words (update-gap in some sets).
      /指南[和与及、]目录|目录[和与及、]指南/,
      // How a site's columns are laid out against the body's duties or the catalogue ("栏目设置与职能不相符",
      // "按新的职能调整栏目设置", "各乡镇栏目设置各行其是", "统一栏目设置"), and what is filed where ("分类不清",
      // "归类混乱", "按年度分类归集"): 两化's. (Not a layout made easier to use, "优化栏目设置和页面布局": the platform's; nor a
      // layout followed, "按照县里统一的栏目设置调整": what is done with it decides.)
      /栏目设置[^，。；]{0,8}(?:职能|目录|标准|不匹配|不相符|不对应|各不相同|各行其是)|(?:职能|目录)[^，。；]{0,8}调整[^，。；]{0,6}栏目设置|统一[^，。；的]{0,8}栏目设置|分类不(?:清|够清晰|准确)|归类混乱|分类归集/,
      /统一规范|形成[^，。；]{0,6}标准/,
      // The elements and lists of what is disclosed not unified ("公开要素没有统一规定", "事项清单尚未统一",
      // "公示栏…内容格式五花八门"), and their cure ("制定…公开要素清单", "统一制定…版式和内容标准", "纳入…公开目录").
      // (A reply's or a duplicate's format, "答复文书格式不统一", "两处发布、格式不一", is theirs.)
      // The elements of a service guide too, not unified ("办事指南要素不统一", "梳理…要素，实现同一标准"; elements
      // missing are incomplete disclosure's: "公示要素不全"); a kind of notice's
      // format differing between units ("执法决定公示的内容和格式…差别较大", "制定…公示格式规范").
      /(?:指南|公示|公告)要素[^，。；]{0,6}(?:不统一|未统一|没有统一|不一致|各不相同|不一)|要素[^。；]{0,12}同一标准|(?:公示|公告)[^，。；]{0,4}(?:内容和)?格式(?!五花八门)[^，。；]{0,12}(?:差别|差异|不统一|不一|规范)|统一[^，。；]{0,4}(?:公示|公告)[^，。；]{0,4}格式/,
      /(?:公开要素|要素清单|事项清单)[^，。；]{0,8}(?:没有统一|未统一|不统一|各不相同|不一)|(?:格式|版式)五花八门|(?:制定|编制)[^，。；]{0,10}(?:要素清单|事项清单)|统一[^，。；]{0,6}版式|纳入[^，。；]{0,12}目录/,
      // A list of what a domain or a body discloses drawn up ("制定住房和城乡建设领域主动公开事项清单", "编制重点领域
      // 信息公开清单"): the list is 两化's as a catalogue is, beside the domain's disclosure. (A list kept per project,
      // "按项目建立…公开清单", is what is disclosed of each: left to the other words.)
      /(?:制定|编制)[^，。；]{0,16}(?:公开|要素|事项)清单/,
    ],
  },
  { category: 'new-media', anywhere: [/政务新媒体|新媒体|公众号|政务微信|政务号|僵尸号|睡眠号|微博|抖音|视频号/] },
  {
    // Aims the taxonomy has no category for, named in an entry's title (funding, supervision and
    // co-ordination of the work): the entry is also `other`, so that this part is not lost.
    category: 'other',
    anywhere: [],
    inHead: [/经费保障|经费投入|督导协调|统筹指导|指导协调/],
  },
]
