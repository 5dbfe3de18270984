// Phrase rules for what is disclosed and answered: incomplete-disclosure, reading room, requests, interpretation (see rules.ts).
import type { CategoryRule } from './category-rule'

export const DISCLOSURE_RULES: CategoryRule[] = [
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
      // or by an item kept where they cannot see it ("验收结果只在内部流转", "只在窗口张贴"); not a request's own steps
      // inside the body ("简化依申请公开内部流转环节": session 36).
      // (Not a firm's access to explanations: "解读材料少，企业获取渠道有限" is interpretation's.)
      /(?:群众|公众|居民|村民|用户|乘客|市民)[^，。；]{0,6}获取(?:渠道[^，。；]{0,2}(?:有限|少|单一)|不便|较少|少|难|困难)|到达率|只在[^，。；]{0,10}(?:张贴|流转|传递)|(?<!申请[^，。；]{0,8})内部(?:传递|流转)/,
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
      // The time limit kept or broken said without 内 (session 36): "严格按照规定时限公开…", "超过法定期限公示",
      // "严格执行…公示时限规定" (a 公示期限 is how long a notice stays up: a consultation's, left out). Every tunable
      // set's gold: incomplete-disclosure on 12 of the 12 entries these words reach.
      /按照?(?:规定|法定)的?时限[^，。；]{0,4}(?:公开|公示|发布)|(?:超过|超出)(?:规定|法定)(?:时限|期限)[^，。；]{0,8}(?:公开|公示|发布)|严格执行[^，。；]{0,12}(?:公开|公示)时限/,
      /公开(?:内容)?的?(?:深度和广度|广度和深度|深度|广度)/,
      /扩大[^，。；]{0,8}公开[^，。；]{0,3}(?:范围|内容)|扩大公开范围|应公开尽公开/,
      /全过程公开|过程信息公开|公开的?(?:及时性|准确性)/,
      // "按月度公开区政府民生实事项目、按季度公开重点工作等落实情况", "定期公开重点工作任务执行进度"
      // (每月: "每月两次定期…").
      // (Not the public's opinions and what became of them: "定期公开意见采纳情况" is participation.)
      /(?<!不)(?:按(?:月|季|年)度?|每月|每季度?|定期)公开(?!意见|采纳|征集)/,
      // (A column's content thin is left to what the column is about: "“政策解读”栏目内容单薄" is interpretation's.)
      /公开的?内容[^，。；]{0,4}(?:较少|偏少|不够丰富|不丰富|单一|单薄)/,
      // Content disclosed but thin in itself (session 35: 简单, 笼统, 空泛 as 单薄): "公开内容较简单", "财务公开内容过于笼统".
      // Not a reply's or an interpretation's content (答复内容过于简单, 解读…内容过于简单): disclosed content only.
      /公开的?(?:信息)?内容[^，。；]{0,4}(?:简单|笼统|空泛)/,
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
    // (Session 36: nor messages left on the site, "建立留言办理督办机制，提高答复质量", as the inHead rule below; nor a review
    // named as a kind of information disclosed, "行政复议、行政执法监督等信息公开的主动性不强".)
    anywhere: [/(?<!主动公开[与和及、])依申请公开|申请件|答复文书|答复书|(?<!(?:咨询|信箱|热线|12345|诉求|来信|问答|知识库|留言)[^。；]{0,16})(?:答复质量|答复不规范)/, /行政复议(?!决定)(?![^，。；]{0,12}(?:信息|结果|情况)[^，。；]{0,3}公开)|行政诉讼|复议诉讼|败诉|(?<!发布)纠错/,
      // A request called by its short name (公开申请) and what is done with it ("对申请人提出的公开申请存在推诿现象",
      // "公开申请答复超期"; 信息公开申请 is read in the title below). Not a platform's way of taking one ("公开申请只能线下提交").
      /(?:对|受理|办理|处理|答复|提出|递交|提交)[^，。；]{0,10}(?<!信息)公开申请(?!只能|系统|平台)|(?<!信息)公开申请[^，。；]{0,8}(?:推诿|受理|办理|答复|处理|登记|区分)/,
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
      /(?:集中|(?<!申.|信息)公开)(?:发布)?(?:答复|回应|解答)|个案答复|问答形式|(?<!(?:热线|窗口|网站|平台)(?:与|和)[^。；]{0,12})政策问答(?!知识库)|答问|答疑|以案[说释]法|风险提示(?<!发布[^。；]{0,12}风险提示)(?![^。；]{0,12}发布)/,
      // The answers a hotline gives to what the public asks (problem-taxonomy: 12345 answers); explaining a
      // rule or a result to those it concerns ("解释工作跟不上", "做好…解释说明", "逐条讲解补偿标准",
      // "常见问题解答", "流程问答手册"); a policy its public does not know ("政策知晓度不高", "对…政策了解不多").
      // (A hotline and a site answering differently, "热线与网站答复口径不一致", is a duplicate's.)
      // (Nor a hotline named beside the messages or the mailbox the public writes to, "通过12345热线、网站留言反映的问题答复不够
      // 及时", "开设“书记信箱”，对12345转办件限时回复": the public's exchange with the body, participation's (session 36).)
      /(?:热线|12345)(?<!(?:留言|信箱)[^。；]{0,24})(?![与和])(?![^。；]{0,24}口径)(?![^。；]{0,30}(?:留言|信箱))[^。；]{0,16}(?:答复|回复|解答)|解释(?:说明|工作)|讲解[^，。；]{0,8}(?:政策|标准|流程|规定)|问题解答|问答手册|流程问答/,
      // A policy explained to its public (解释, 说明 as 解读; session 35): "价格政策说明不到位", "相关政策解释多停留在口头答复".
      // Every tunable set's gold holds interpretation on each of the 11 entries these words reach.
      /政策[^，。；]{0,6}(?:解释|说明)(?!会)/,
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
      // (Nor the questions and answers two channels keep, set against each other, "热线与网站问答库内容同步更新": whether
      // the channels agree, a duplicate's, as ANSWER_LINE_OF_TWO; session 36.)
      /(?<!智能|(?:热线|窗口|网站|平台)(?:与|和)[^。；]{0,12})问答(?!知识库|功能|系统)|(?<!(?:查阅点|查阅室|专区)[^，。；]{0,10})明白[纸卡]|宣讲|(?:政策|个性化|一对一)[^，。；]{0,4}解答/,
    ],
    inHead: [/解读/],
  },
]
