// Phrase rules for how a site keeps its content: update-gap, platform-stability, duplicate-publishing (see rules.ts).
import type { CategoryRule } from './category-rule'

/**
 * Two channels set against each other whose answers differ or are made one ("12333热线与门户网站答复口径不一致",
 * "建立热线与网站统一的…知识库，统一答复口径"): whether the channels agree, a duplicate's. (Said without 不一/统一,
 * "热线与门户网站答复口径时有不一", the writers gave interpretation: left to the answers' rule.)
 */
const ANSWER_LINE_OF_TWO = /(?:热线|窗口|网站|平台)(?:与|和)[^。；]{0,24}(?:(?:答复|解答)口径不(?:一致|统一|一)|统一(?:答复|解答)口径)/

export const SITE_RULES: CategoryRule[] = [
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
      // Upkeep left undone or late, said of anything put up (session 36: "栏目维护不及时", "功能数据未及时维护", "长期未维护",
      // "自上线后从未维护") and content checked and brought up to date ("逐项核对更新"): every tunable set's gold,
      // update-gap on each of the 14 entries these words reach.
      /未能?及时维护|维护不及时|(?:长期|多年|从未|再未|一直)未?维护|核对更新/,
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
      // The server a site runs on aged, enlarged, upgraded or replaced (session 36: "网站服务器老化", "升级网站服务器",
      // "对交易平台服务器扩容"): every tunable set's gold, platform-stability on each of the 11 entries these words reach.
      // (Not 迁移: a move named in last year's fix.)
      /(?:扩容|升级|更换|老化|老旧)[^，。；]{0,8}服务器|服务器[^，。；]{0,4}(?:扩容|升级|更换|老化|老旧)/,
      // Not the staff's stability ("队伍不稳定，人员更换频繁": staff-capacity).
      /(?<!(?:队伍|人员|力量)[^，。；]{0,4})(?:不稳定|稳定性)|运行不畅|无法(?:正常)?(?:访问|下载|打开|显示)|乱码/,
      // Broken links: "把关政府信息公开网站无效链接", "杜绝出现“死链”“错链”".
      /无效链接|链接(?:已|均已|全部|大多)?失效|失效链接|死链|错链/,
      /技术短板|技术保障|技术故障|故障/,
      // A site or an app that stalls or crashes ("系统高峰期经常卡顿", "手机端频繁闪退").
      /卡顿|闪退/,
      // The back end itself, not a person's skill in using it ("对网站后台操作不熟练" is staff-capacity).
      // (Nor messages left through an account's back end, "后台留言": participation's.)
      // (Nor the back end as what staff are able to use, "使用网站后台和新媒体的能力不足": session 36.)
      /(?<!(?:使用|运用)[^，。；]{0,4})(?:后台|前台)(?!操作|留言|[^，。；]{0,8}能力)/,
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
      // The taxonomy's "the same item published several times" said as a repeat (session 35): content repeated with
      // words between ("内容大量重复", "交叉重复"), an item pushed or posted over and over or in two places at once
      // ("反复推送", "同时挂出", "两处都发", "一稿多挂"), one source sent everywhere ("一源多发"). Every tunable set's gold
      // holds duplicate-publishing on each of the 15 entries these words reach.
      /交叉重复|内容[^，。；]{0,4}重复|反复(?:推送|发布|挂网|挂出)|重复推送|(?:同时|重复)挂(?:出|网)|[两三多]处都发|一稿多挂|一源多发/,
      // (Data shared as what an integration of two systems brings, "推进平台与业务系统对接，实现数据共享", is the
      // platform's integration: session 36, 2 of 2 such entries in every tunable set's gold.)
      /多个平台|多平台|平台数据共享|(?<!对接[^。；]{0,16})数据共享|互联互通|一次发布|多端共享/,
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
      /两头录入|分别录入|(?:两|多)个版本|(?<!目录)对不上|(?:[两三四多]处|两边)[^，。；]{0,10}(?:相差|不一致|不同步|有出入|口径)|同时维护|[两三多]个(?:平台|网站|系统)[^，。；]{0,8}(?:不一致|不统一)/,
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
      // (Its differing said in the duplicate's other words too, family-rules-s34.ts's DIFFER: "医院官网与公众号发布的须知
      // 存在差异"; session 35: duplicate-publishing in the gold of each of the 3 tunable entries these words reach.)
      /与[^，。；]{0,20}(?:发布|公开|公布|张贴|公示)的[^，。；]{0,10}(?:不(?:完全)?一致|存在差异|有差异|有出入|不尽一致|各不相同)/,
      /之间[^，。；]{0,2}(?:不同步|不一致|有出入)|为唯一(?:标准|来源|依据|出口)|(?<![少周月天日年季])发布一次|一律链接|链接引用|(?:予以|改为|只做|只作)链接|(?:统一在|集中公开)[^。；]{0,24}(?:设置|设立|改为)链接/,
    ],
  },
]
