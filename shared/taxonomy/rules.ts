// The dictionaries behind classifyProblem: for each category of problem-taxonomy.md, the phrases that
// put a problem or an improvement into it. Phrases rather than single words, so that a passing
// mention ("平台", "互动", "目录") does not decide. Two strengths:
//  - `anywhere`: decides wherever it appears in the entry;
//  - `inHead`: decides only in the entry's first sentence (its title: "一是…。"), because in the
//    explanation that follows such words are usually context ("聚焦…重点领域", "政策文件及解读").
import type { ProblemCategory } from '../model/report'
import { FAMILY_RULES } from './family-rules'

export interface CategoryRule {
  category: ProblemCategory
  anywhere: RegExp[]
  inHead?: RegExp[]
}

/**
 * Two channels set against each other whose answers differ or are made one ("12333热线与门户网站答复口径不一致",
 * "建立热线与网站统一的…知识库，统一答复口径"): whether the channels agree, a duplicate's. (Said without 不一/统一,
 * "热线与门户网站答复口径时有不一", the writers gave interpretation: left to the answers' rule.)
 */
const ANSWER_LINE_OF_TWO = /(?:热线|窗口|网站|平台)(?:与|和)[^。；]{0,24}(?:(?:答复|解答)口径不(?:一致|统一|一)|统一(?:答复|解答)口径)/

export const CATEGORY_RULES: CategoryRule[] = [
  ...FAMILY_RULES, // session 13's wording families; the disclosure's 主动性 followed by what is published is theirs, not awareness
  {
    category: 'update-gap',
    anywhere: [
      // Not a catalogue's (standardization: "事项目录…目录更新不及时").
      /(?<!(?:目录|清单|专区|查阅点|查阅室|知识库|口径库?|问答库?)[^，。；]{0,4})更新[^，。；]{0,4}(?:不及时|不够及时|滞后|断档)/,
      // "“重大项目”栏目自2024年3月起未再更新": a date may stand between the column and its state.
      // (无内容/没有内容: a column empty, as 空白 and 为空.)
      /(?:栏目|专栏)[^，。；]{0,12}(?:更新|断档|空白|为空|空置|维护不到位|中断|停更|无内容|没有内容)/,
      // Other things put up to be read and left stale: a notice board, a sign, a register or a list of
      // bodies, a service guide ("公示栏长期不换", "名录更新周期长", "指南仍为2022年版本", "公示牌信息已过时"),
      // and their upkeep ("一月一换", "更换公示牌", "核对…名单"). (The 信息公开指南 not revised is
      // standardization's in one set and update-gap's in others: left to the words it has.)
      /(?:公示栏|公开栏|公告栏|公示牌|站牌|名录|名单|办事指南|业务指南)[^，。；]{0,12}(?:长期不换|长期未换|不及时更换|未及时更换|未更换|过时|过期|陈旧|更新周期|仍挂|仍为|旧版)/,
      /(?:更换|更新|核对)[^，。；]{0,8}(?:公示栏|公开栏|公告栏|公示牌|站牌|名录|名单|公示内容)|(?:公开|公示)内容更换|更换[^，。；]{0,4}公开内容|(?:公示栏|公开栏|公示牌|站牌)[^，。；]{0,8}(?:专项检查|更换|更新|排查|巡查)|一月一换|换新/,
      // A register or list of bodies not adjusted when they change ("机构名录未及时调整", "名单调整滞后"),
      // and its cure ("名单动态调整机制").
      /(?:名录|名单)[^，。；]{0,8}(?:未及时调整|调整(?:不及时|滞后)|未随[^，。；]{0,6}调整|动态调整)/,
      // Content that stops at a date or an old version: "多数内容停留在上半年", "仍为2022年版本",
      // a feed broken off and its return ("日报自9月起中断", "恢复…日报发布"), an update that trails a
      // change ("调整后…滞后一周以上才更新", "调整一家、更新一家").
      /停留在[^，。；]{0,3}(?:上半年|下半年|年初|年中|去年|\d{4}年|[一二三四五六七八九十\d]{1,2}月)|仍为[^，。；]{0,6}版本?|仍是\d{4}年的?版本?|旧版本|自[^，。；]{0,8}起(?:中断|停更|未再更新)|恢复[^，。；]{0,8}(?:发布|更新)/,
      /滞后[^，。；]{0,8}才?更新|调整(?:后|一[家个项])[^，。；]{0,8}更新/,
      // A column's upkeep and its checks as the measure ("落实栏目专人维护", "每月开展一次栏目自查",
      // real: "栏目维护", "自查"), either order.
      /(?:栏目|专栏)[^，。；]{0,6}(?:维护|自查|巡查|检查)|(?:维护|自查|巡查)[^，。；]{0,4}(?:栏目|专栏)/,
      // What a column publishes comes late: "专栏信息发布不及时", "栏目…数据发布存在滞后" (断更: 断档 said of updates).
      /(?:栏目|专栏)[^，。；]{0,12}(?:发布|更新|上传)[^，。；]{0,4}(?:不及时|滞后)|(?:栏目|专栏)[^，。；]{0,8}未(?:能)?及时(?:发布|更新|上传)|断更/,
      // Late only where a column or the site's news is what comes late ("动态信息发布滞后"); an item published late
      // is disclosure's (below), an interpretation published late ("权威解读发布滞后") interpretation's own lack.
      /空白栏目|僵尸栏目|空壳栏目|长期未更新|内容陈旧|(?<=(?:栏目|专栏|动态)[^，。；]{0,12})(?<!解读[^，。；]{0,6})发布滞后|及时更新(?!专区|查阅)/,
      // "定期维护内容更新", "实时更新", "按月度公开": updating on a schedule.
      // Not a catalogue or list kept current (standardization's: "标准目录编制后未动态更新"), nor a
      // reading room's materials ("定期更新专区资料").
      /(?<!不|(?:目录|清单)[^，。；]{0,6}|(?:知识库|口径库?|问答库?)[^。；]{0,12})(?:定期|实时|动态|按月|每月)[^，。；]{0,6}?更新(?!专区|查阅|资料)/,
      // (An item's publication timeliness, "信息发布时效性不强", is disclosure's: below.)
      /信息更新|更新时效|发布时效(?!性)|时效管理/,
      // Updating at once or within a set time ("立即更新…", "调整后3个工作日内更新").
      /(?:立即|即时|随时)更新|日内更新/,
      // A column still holding what is no longer in force, and its clearing ("“法规文件”栏目中有已废止的文件未作
      // 说明", "对栏目中的过期通知逐条清理", "清理过时内容"): content not kept current. Not a link broken
      // (链接失效: the platform's). (Without a column named, marking a file's validity is 两化's in one set and
      // disclosure's in another: left to the other words.)
      /(?:栏目|专栏)[^。；]{0,16}(?<!链接|链)(?:失效|废止|过时|过期)|(?<!链接|链)(?:失效|废止|过时|过期)[^。；]{0,20}(?:栏目|专栏)|清理过时|过时内容/,
    ],
  },
  {
    category: 'platform-stability',
    anywhere: [
      // Not the staff's stability ("队伍不稳定，人员更换频繁": staff-capacity).
      /(?<!(?:队伍|人员|力量)[^，。；]{0,4})(?:不稳定|稳定性)|运行不畅|无法(?:正常)?(?:访问|下载|打开|显示)|乱码/,
      // Broken links: "把关政府信息公开网站无效链接", "杜绝出现“死链”“错链”".
      /无效链接|链接失效|失效链接|死链|错链/,
      /技术短板|技术保障|技术故障|故障/,
      // A site or an app that stalls or crashes ("系统高峰期经常卡顿", "手机端频繁闪退").
      /卡顿|闪退/,
      // The back end itself, not a person's skill in using it ("对网站后台操作不熟练" is staff-capacity).
      // (Nor messages left through an account's back end, "后台留言": participation's.)
      /(?:后台|前台)(?!操作|留言)/,
      // Integration with another platform (problem-taxonomy.md: "integration troubles"): "平台与省级平台对接…",
      // synthetic/real: "确保前后台数据同步"; the vendor who keeps it running ("平台技术支持单位").
      // Data not joined up between them ("两个平台数据未完全打通") is the same integration trouble.
      /(?:平台|网站|系统|服务网)[^，。；]{0,10}对接|数据(?:不)?同步|数据[^，。；]{0,4}未[^，。；]{0,3}(?:打通|互通|贯通)|技术支持/,
      // (A reply's account of the search made for a request, "检索说明", "写明检索范围、检索方式", its 检索过程/检索记录, is the reply's.)
      /优化升级|用户体验|检索(?!说明|范围|方式|过程|记录)|搜索功能|易用性|不好用|打不开|访问速度|功能模块/,
      // Logging in twice, capacity, an answering system ("统一身份认证，实现一次登录", "扩容改造", "智能问答"; a
      // 知识库 alone is the hotline's answers, not a system).
      /身份认证|单点登录|一次登录|重复登录|扩容|智能(?:问答|客服)/,
      /(?:政府网站|门户网站)[^。；]{0,14}(?:第一平台|功能)/,
      /网站[^，。；]{0,8}功能|适老化|无障碍/,
      // (Not across a quoted name: "网站“重大建设项目”栏目" names a column.)
      /网站[^，。；“”]{0,4}(?:建设|改版|服务功能)/,
      /系统[^，。；]{0,6}(?:功能|运行)|平台运行/,
    ],
  },
  {
    category: 'duplicate-publishing',
    anywhere: [
      // Not a standard of the work itself ("各地公开工作标准不统一": 两化's).
      // (The answers given to requests or to consultations, "依申请公开答复口径", "政策咨询答复口径不一", are
      // request-handling's and interpretation's.)
      /(?<!工作)标准不(?:统一|一)|(?<!(?:申请|咨询)[^，。；]{0,8})(?<!答复|解答|回复)口径不(?:统一|一)|发布要求不一/,
      // The answers' line (答复口径) is a duplicate's only where two channels are set against each other and said
      // to differ or made one ("热线与网站答复口径不一致"); one channel's answers are interpretation's (below).
      ANSWER_LINE_OF_TWO,
      // The same item said differently: "同一活动信息时间和内容不一致".
      // A difference said in other words (存在差异, 有出入) is the same finding; the places it is
      // published may stand in between ("同一信息在网站、公众号发布的时间和内容存在差异").
      /同一[^，。；]{0,8}(?:信息|文件|政策|内容|事项)(?:(?!目录)[^，。；]){0,16}(?:不一致|不统一|不一|存在差异|有差异|有出入|不相同)/,
      // Two places named, then their versions differing ("办事指南与网上公布的版本不一致", "在两个平台表述
      // 不一致"): the taxonomy's "published several times in differing versions".
      // (Not catalogues worded differently: "同一事项在乡镇和部门目录中表述不一" is 两化's.)
      /(?:与|和|两个?|多个|各)(?:(?!目录)[^。；]){0,24}(?:版本|表述)[^，。；]{0,4}(?:不一致|不统一|不一|存在差异|有差异|有出入)|(?:平台|网站|渠道|栏目)[^。；]{0,24}内容[^，。；]{0,2}(?:不一致|存在差异|有出入)/,
      // The same content set up twice, and its cure, one source kept for every place
      // ("栏目重复设置", "撤并重复内容", "一处维护、多端同步").
      /重复(?:设置|内容|栏目)|(?:内容|栏目)重复|(?:一个源头|同一源头|一处)[^，。；]{0,2}维护|(?:两端|多端|多处)[^，。；]{0,2}同步/,
      /重复(?:发布|公开|录入|挂网)|多头录入|多头发布|同一信息多|多处发布/,
      /多个平台|多平台|平台数据共享|数据共享|互联互通|一次发布|多端共享/,
      // "统一信息发布标准"; one source made the rule for all ("以政务服务网数据为准").
      // (Not a standard for the work: "形成统一规范的公开标准" is 两化's.)
      /统一[^，。；的]{0,8}(?:发布|公示)标准|以[^，。；]{0,16}为准/,
      // The same item published apart on several sites, or once for all of them: "在政府网站和部门网站
      // 分别发布", "一处发布、多处同步" (as 一次发布、多端共享 above).
      // "一次采集、多端发布" as "一次发布、多端共享".
      // 挂网, 上传: other words for putting an item online.
      /(?:分别|多次|多处)(?:发布|公示|公开|挂网|上传)|一(?:处|键)发布|多(?:处|端|平台)(?:同步|发布)|一次采集/,
      // The rules of several platforms set side by side (the taxonomy's "different platforms' rules clash"):
      // real: "理顺各平台发布口径".
      /各(?:个)?(?:发布)?平台[^，。；]{0,8}(?:规则|标准|要求|口径|分工)/,
      // The same item kept by hand in two places and differing ("两头录入", "分别录入…两个版本", "两处相差",
      // "两边更新不同步", "三个平台信息字段不一致", "数据对不上"). (One place named to publish for all,
      // "统一在县政府网站专栏发布", is left out: where an account is closed it is the account's measure.)
      /两头录入|分别录入|(?:两|多)个版本|对不上|(?:[两三四多]处|两边)[^，。；]{0,10}(?:相差|不一致|不同步|有出入|口径)|同时维护|[两三多]个(?:平台|网站|系统)[^，。；]{0,8}(?:不一致|不统一)/,
      // The measure mirrors its problem: 口径不统一 -> "统一…发布口径".
      /(?<!(?:申请|咨询|诉求)[^，。；]{0,6})统一(?![^，。；]{0,12}(?:申请|咨询|热点问题))[^，。；]{0,12}(?<!答复|解答|回复)口径/,
      // Two platforms named together with their (lack of) sync, the taxonomy's "different platforms":
      // "政府网站与政务新媒体信息发布不同步", "建立网站与新媒体同步发布机制".
      // (Data kept in sync between two systems, "与集约化平台数据同步存在延迟", is integration: platform.)
      /(?:网站|平台)(?:与|和)[^，。；]{0,8}(?:新媒体|平台|网站|公众号|微博)[^，。；]{0,10}(?<!数据)(?:同步|不一致)/,
      // Several places listed, then "之间不同步" ("在局网站、公众号和官网之间不同步"); one place made the only
      // source, the others linking to it ("以…为唯一标准", "只在文件库发布一次，其他网站一律链接",
      // "统一在…平台集中公开，部门网站设置链接").
      // Places counted, then how they differ, a comma allowed between ("招生简章在官网、APP和公众号三处刊登，
      // 报名时间各不相同", "两处版本不一"); an item kept by hand in two places ("两处录入").
      // (Not 不同步, read above with its places named.)
      /(?:[两三四多]处(?!室|长)|两边|[两三多]个(?:平台|网站|系统|渠道))[^。；]{0,16}(?:不一(?!样)|不同(?!步)|各不相同|不完全一致|各异|说法不)|[两三多]处(?:录入|维护|上传)|两套系统/,
      // One place's published item set against another's: "村里张贴的名单与乡政府公布的不一致".
      /与[^，。；]{0,20}(?:发布|公开|公布|张贴|公示)的[^，。；]{0,10}不(?:完全)?一致/,
      /之间[^，。；]{0,2}(?:不同步|不一致|有出入)|为唯一(?:标准|来源|依据|出口)|发布一次|一律链接|链接引用|(?:予以|改为|只做|只作)链接|(?:统一在|集中公开)[^。；]{0,24}(?:设置|设立|改为)链接/,
    ],
  },
  {
    category: 'incomplete-disclosure',
    anywhere: [
      // "发布不够全面" as much as "公开不全面"; 公示 is a way of disclosing ("全流程公示").
      // Not where what falls short is someone's understanding or a catalogue ("对信息公开工作认识不到位",
      // "公开标准目录落实不到位": awareness, standardization), nor a column's ("专栏信息发布不及时": update-gap).
      /公开(?:(?!更新|更换|认识|意识|目录|栏|要素)[^，。；]){0,6}(?:不够全面|不全面|不全|不完整|不够完整|不够及时|不及时|不够到位|不到位)|(?<!作用[^，。；]{0,4})公开不够?充分|(?<!(?:栏目|专栏|账号|新媒体|公众号|微博|微信)[^，。；]{0,8})发布不够?(?:全面|及时)|全面公[开示]|信息的?完整性/,
      // How far down disclosure reaches: "仅公开到村，未公开到户", "将补贴信息公开到村到户".
      /公开到(?:村|户|人)/,
      // Published in one place but not where the people it concerns look ("网上没有同步发布", "网上公示不同步",
      // "未通过网络平台发布"), and the cure, every channel at once ("多渠道同步发布", "现场、网上同步发布"); not
      // two versions differing (duplicate-publishing's). ("同步在网站和公众号发布" names only where another
      // category's item goes: left to that item.)
      /(?:没有|未能?|不)同步(?:发布|公开|公示)|(?:网上|线上)[^，。；]{0,4}(?:公示|发布)不同步|未通过[^，。；]{0,8}(?:发布|公开|公示)|多渠道[^，。；]{0,4}(?:发布|推送)|(?:现场|线下)[、，,和]?(?:网上|线上)同步/,
      // 披露 as another word for 公开 ("环境信息依法披露…披露内容缺项"), and all of an item disclosed ("全部公开").
      /(?:信息|内容)[^，。；]{0,4}披露|披露(?:内容|信息)|全部公开/,
      // Notices and warnings reaching every home ("预警信息进村入户", "接收率偏低").
      /(?:信息|通知|预警)[^，。；]{0,8}(?:进村入户|接收率)/,
      // One channel only, so the people concerned hear late ("发布渠道单一，仅在局网站发布", "主要依靠网站
      // 发布，…获取不及时"), and the cure, the item pushed to them ("向林区群众推送预警信息").
      /发布渠道[^，。；]{0,2}(?:单一|较少|有限|窄)|获取[^，。；]{0,2}不及时|向[^，。；]{0,10}(?:群众|居民|村民|乘客|游客|企业|家长)推送[^，。；]{0,10}(?:信息|通知|预警)/,
      // What reaches the public, said from their side ("村民获取不便", "预警短信到达率偏低")
      // or by an item kept where they cannot see it ("验收结果只在内部流转", "只在窗口张贴").
      // (Not a firm's access to explanations: "解读材料少，企业获取渠道有限" is interpretation's.)
      /(?:群众|公众|居民|村民|用户|乘客|市民)[^，。；]{0,6}获取(?:渠道[^，。；]{0,2}(?:有限|少|单一)|不便|较少|少|难|困难)|到达率|只在[^，。；]{0,10}(?:张贴|流转|传递)|内部(?:传递|流转)/,
      // An item published late after the event it reports (the taxonomy's "late"): "公开的时效性不强", "会议
      // 纪要形成后半月才上网", "严格执行发布时限", "未能及时发布" an item (not a column's or an account's: update-gap,
      // new-media).
      // An item's own 发布滞后 ("年度报告发布滞后", "行政处罚信息发布滞后"), not a column's or an interpretation's.
      /(?<!(?:栏目|专栏|动态|解读)[^，。；]{0,12})发布滞后/,
      /公开的?时效性|发布的?时效性|(?:发生|出具|形成|作出|召开)[^，。；]{0,12}后[^，。；]{0,8}才(?:发布|公开|上网|公示)|发布时限|(?<!(?:栏目|专栏|账号|新媒体|公众号|微博|微信|更新)[^，。；]{0,8})未能?及时发布/,
      // How much public data is opened (open data is disclosure too): "数据开放程度不高", "可开放的数据集偏少",
      // "扩大…数据开放". (Data sets left stale, "开放数据集…从未更新", are update-gap's.)
      /(?:数据开放(?:的)?(?:广度|范围|程度|工作|不够|不足)|开放[^，。；]{0,6}数据集|数据集[^，。；]{0,6}(?:偏少|较少|少|不多|有限)|扩大[^，。；]{0,12}数据(?:集)?开放)(?![^。；]{0,16}(?:更新|陈旧))/,
      // Left undisclosed: "未在网站公开", "未按要求公开" (not 不予公开, a request's answer).
      // (未公开反馈: the public's messages left unanswered, participation's.)
      // (What became of the public's opinions left undisclosed, "意见采纳情况未公开", is participation's.)
      /(?<!(?:意见|采纳)[^，。；]{0,4})未(?:按要求|按规定|及时|同步)?(?:在[^，。；]{0,8})?(?:公开|公示)(?!属性|反馈|回复)/,
      // Disclosing what suits the body only (OFFICE_WORDS).
      /选择性公开|避重就轻/,
      // How widely disclosure reaches ("信息公开的覆盖面不够广"); the 覆盖面 of an activity or an account
      // ("扩大政策信息传播覆盖面", synthetic: new-media) is its own category's.
      /公开的?覆盖面/,
      // Published within a time limit, or not (the taxonomy's "late"): "在规定时限内公开分配结果",
      // "检查结束后20个工作日内公示" (real: "按照公开时限").
      /(?:工作日|时限|日)内[^，。；]{0,6}(?:公开|公示)/,
      /公开(?:内容)?的?(?:深度和广度|广度和深度|深度|广度)/,
      /扩大[^，。；]{0,8}公开[^，。；]{0,3}(?:范围|内容)|扩大公开范围|应公开尽公开/,
      /全过程公开|过程信息公开|公开的?(?:及时性|准确性)/,
      // "按月度公开区政府民生实事项目、按季度公开重点工作等落实情况", "定期公开重点工作任务执行进度"
      // (每月: "每月两次定期…").
      // (Not the public's opinions and what became of them: "定期公开意见采纳情况" is participation.)
      /(?<!不)(?:按(?:月|季|年)度?|每月|每季度?|定期)公开(?!意见|采纳|征集)/,
      // (A column's content thin is left to what the column is about: "“政策解读”栏目内容单薄" is interpretation's.)
      /公开的?内容[^，。；]{0,4}(?:较少|偏少|不够丰富|不丰富|单一|单薄)/,
      // Posted or published, but not all of it ("须知张贴不全").
      /(?:张贴|公布|发布)[^，。；]{0,2}(?:不全|不完整|不充分)/,
      /(?:预公开|公开)程度[^，。；]{0,4}(?:需|有待|不够|不足|不高)/,
      // (Not a column opened for the public's opinions or for interpretation: their categories.)
      /(?<!(?:清单|目录)[^，。；]{0,6})(?:开设|新增|增设)(?:(?!意见|留言|互动|解读|咨询|问答)[^，。；]){0,12}(?:专栏|栏目)/,
    ],
    // A domain's disclosure named in the title, as real reports list their key domains: "深化医疗卫生
    // 领域信息公开", "积极推进教育领域信息公开" (in the explanation it is context, as 重点领域 is).
    // "细化医疗卫生领域公开清单": a domain's disclosure as much as its 信息公开.
    // The quality of disclosure named in the title; in the explanation it is what a lack leads to
    // ("…兼顾多项工作，难以保证公开质量": the staff's entry).
    // (A key domain's catalogue, "纳入重点领域公开目录", is the catalogue's: standardization.)
    inHead: [/重点领域(?!公开目录|目录)/, /领域[^，。；]{0,4}(?:信息)?公开(?!标准|目录)/, /公开的?(?:质量|质效)|质量水平/],
  },
  {
    category: 'reading-room-underused',
    anywhere: [/查阅点|查阅场所|查阅室|阅览室|查阅设施|查阅区|查阅台/, /公开专区|线下公开场所|专区/],
  },
  {
    category: 'request-handling',
    // A review decision made public (行政复议决定书公开) is a kind of information disclosed, not the handling of a case.
    // The quality of answers to a hotline's or a mailbox's callers is not a request's (as inHead below).
    anywhere: [/依申请公开|申请件|答复文书|答复书|(?<!(?:咨询|信箱|热线|12345|诉求|来信|问答|知识库)[^。；]{0,16})(?:答复质量|答复不规范)/, /行政复议(?!决定)|行政诉讼|复议诉讼|败诉|纠错/,
      // The third party a request's information concerns, asked before the answer (条例 第三十二条): "征求第三方意见",
      // "第三方意见征询程序" (every tuned set's gold: request-handling in 5 of 5, session 25).
      /第三方意见/],
    // 答复 to a message left on the site (留言) is the exchange with the public, not a request's reply
    // (prompted by a miss in the hand-written set, tests/prose/hostile; synthetic: "互动栏目留言数量偏少").
    // 答复口径 (what a hotline and a site each answer) is whether channels agree, duplicate-publishing's.
    // Nor the body's answers to what the public asks in general ("集中答复不够", "多为个案答复"): interpretation's.
    // Nor answers to the public's consultations, letters to a mailbox, hotline calls, concerns, or a
    // system's answers ("在线咨询答复慢", "局长信箱来信…答复", "12345…诉求答复", "智能问答…答复的准确率"), whether named
    // before 答复 or as its object after it ("答复群众留言", "意见箱…未及时答复": session 34).
    inHead: [/信息公开申请|疑难|(?<!留言[^。；]{0,24}|(?:咨询|信箱|意见|热线|12345|诉求|来信|问答|知识库|关切)[^。；]{0,24}|集中|个案|(?<!申.|信息)公开)答复(?!口径|[^，。；]{0,6}(?:留言|来信|来电|咨询|意见|诉求|提问))/],
  },
  {
    category: 'policy-interpretation',
    anywhere: [
      /政策解读|解读回应|政策宣传解读|解读材料/,
      /回应[^，。；]{0,4}关切|关切回应|舆情回应|热点回应/,
      // Answering what the public asks about a policy, for all at once (the taxonomy's "response to public
      // concerns"): "集中答复不够", "缺少公开回应", "多为个别答复", "以问答形式", "编制…政策问答", "发布答问",
      // "答疑", and plain-language forms ("以案说法" as 以案释法, "风险提示").
      // (Not a request's reply: 依申请公开答复 and its typo 依申情公开答复, 信息公开答复, 个别答复文书; nor a knowledge base.)
      /(?:集中|(?<!申.|信息)公开)(?:发布)?(?:答复|回应|解答)|个案答复|问答形式|政策问答(?!知识库)|答问|答疑|以案[说释]法|风险提示(?<!发布[^。；]{0,12}风险提示)(?![^。；]{0,12}发布)/,
      // The answers a hotline gives to what the public asks (problem-taxonomy: 12345 answers); explaining a
      // rule or a result to those it concerns ("解释工作跟不上", "做好…解释说明", "逐条讲解补偿标准",
      // "常见问题解答", "流程问答手册"); a policy its public does not know ("政策知晓度不高", "对…政策了解不多").
      // (A hotline and a site answering differently, "热线与网站答复口径不一致", is a duplicate's.)
      /(?:热线|12345)(?![与和])(?![^。；]{0,24}口径)[^。；]{0,16}(?:答复|回复|解答)|解释(?:说明|工作)|讲解[^，。；]{0,8}(?:政策|标准|流程|规定)|问题解答|问答手册|流程问答/,
      /(?:咨询|诉求|热点问题)[^，。；]{0,8}(?:(?:答复|解答)口径|统一口径)|统一热点问题答复口径|政策[^，。；]{0,4}(?:知晓度|知晓率|知晓面)|对[^，。；]{0,16}政策[^，。；]{0,2}(?:了解不多|不了解|了解不够)/,
      // The answers to what the public asks falling short in themselves ("企业咨询答复不够专业", "窗口的政策咨询答复不够
      // 统一", "局热线答复口径前后不一": one channel's answers, no second channel set against it): not a request's reply.
      /(?<!申请[^，。；]{0,8})(?:咨询|来电|来信)[^，。；]{0,2}的?答复(?:不够|不)(?:专业|统一|准确|一致)|答复口径前后不一/,
      // The line the answers to the public's questions keep (答复口径, 解答口径, a 口径库 kept current), where no
      // request for information is named anywhere in the entry ("依申请公开答复口径" is a request's reply):
      // every tuned set's gold, session 25: interpretation in 29 of 31 such entries, a duplicate in 2 (two channels
      // set against each other, kept above), a request's in none.
      // (Not where ANSWER_LINE_OF_TWO places a duplicate: two channels set against each other, then 答复口径不一 or 统一答复口径.)
      /(?<!(?:依申请|公开申请|申请公开|类申请|申请件|申请人)[^]*)(?:(?<!(?:热线|窗口|网站|平台)(?:与|和)[^。；]{0,24})(?:答复|解答)口径|(?<=(?:热线|窗口|网站|平台)(?:与|和)[^。；]{0,24})(?<!统一)(?:答复|解答)口径(?!不(?:一致|统一|一)))(?![^]*(?:依申请|公开申请|申请公开|申请件|申请人))/,
      // A policy told to its public in person or on paper in plain words (real: "政策问答", "线下宣讲形式",
      // "开展政策宣讲活动"): "编写…指南和问答", "入户宣讲…政策", "编印明白纸", "一对一政策解答". (Not a site's
      // 智能问答 or a knowledge base, the platform's; nor a leaflet set out in a reading room, the room's.)
      /(?<!智能)问答(?!知识库|功能|系统)|(?<!(?:查阅点|查阅室|专区)[^，。；]{0,10})明白[纸卡]|宣讲|(?:政策|个性化|一对一)[^，。；]{0,4}解答/,
    ],
    inHead: [/解读/],
  },
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
      /组织[^，。；]{0,8}学习(?![^。；]{0,24}(?:理念|认识|意识|常态))/,
      // Study organised for the staff named ("组织依申请公开经办人员集中学习《条例》").
      /组织[^，。；]{0,12}(?:人员|干部)[^，。；]{0,6}学习(?![^。；]{0,24}(?:理念|认识|意识|常态))/,
      // A system's or a service's capacity (运维能力, 保障能力) is not the staff's.
      // Not where the capacity is a system's or a task's (安全防护能力, 回应能力: their own categories; 研判能力 is staff's in the corpus gold).
      // A task's capacity (依申请公开办理能力) is that task's category.
      /(?<!保障|运维|服务|防护|回应|处置|应对|承载|支撑|办理|答复)能力(?:不足|有待|尚需|还需|欠缺|不强|建设)/,
    ],
  },
  {
    category: 'awareness',
    anywhere: [
      /思想认识|认识不足|公开意识|服务意识|意识淡薄|(?<!公开的?)主动性|主动性(?![^。]*?(?:发布|被动公开|公开结果|公开较少|公开不多))|自觉性|重视程度|重视不够|不够重视/,
      // "进一步提高认识", "切实提高对…重要性的认识": raising awareness with its object in between.
      /提高[^，。；]{0,16}(?:认识|重视)/,
      /组织领导|公开为常态|公开是常态/,
      // Leadership attention as a practice: "局党组定期听取政务公开工作汇报", "主要负责同志…研究部署".
      /(?:党组|党委|常务会|主要负责同志|主要领导|班子)[^，。；]{0,10}(?:听取|研究|部署)/,
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
