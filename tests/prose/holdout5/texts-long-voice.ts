// Holdout 5, part 5: long entries in the official voice (filler phrases around the point), and less
// common words for the same things (体验区, 查阅室, 僵尸栏目, 头条号/视频号/小程序, 以案释法, 动漫说法,
// 开放日, 专干, 不愿公开、不敢公开, 信息未打通). Written by hand (helper j13e) without sight of the
// matcher, the taxonomy code or the earlier sets' texts.
import { e, type Holdout5Case } from './entry'

export const LONG_VOICE: Holdout5Case[] = [
  {
    id: 'city-justice/long-paragraph-entries-official-voice',
    text: [
      '2024年，我局政务公开工作在市政府办公室的指导下取得了一定成效，但对照新时代政务公开工作的新要求、人民群众的新期待，仍存在一些差距和不足，主要表现在：',
      '一是公开质效还需持续提升。部分业务处室公开的信息以工作动态为主，群众真正关心的法律援助申请条件、公证收费标准等服务类信息发布偏少，信息的实用性、针对性不强。',
      '二是以案释法等解读形式运用不够。普法宣传和政策解读仍以转发文件、刊发新闻为主，结合典型案例开展解读的做法还不多，“一图读懂”“动漫说法”等群众喜闻乐见的形式运用较少。',
      '三是政务公开体验区功能较为单一。局机关一楼设置的政务公开体验区仅摆放宣传折页，缺少查询终端和讲解人员，全年到访群众寥寥。',
      '下一步，我局将以问题为导向，持续发力、久久为功：',
      '一是聚焦群众需求，重点加大法律援助、公证、人民调解等公共法律服务信息公开力度，让群众“找得到、看得懂、用得上”。',
      '二是创新解读方式，每季度遴选典型案例开展以案释法，制作“动漫说法”系列短视频，增强解读的吸引力和感染力。',
      '三是升级政务公开体验区，配置自助查询终端，安排法律服务志愿者定时值守，为群众提供查询、咨询服务。',
    ].join('\n'),
    problems: [e('一是公开质效', 'incomplete-disclosure'), e('二是以案释法', 'policy-interpretation'), e('三是政务公开体验区', 'reading-room-underused')],
    improvements: [e('一是聚焦群众需求', 'incomplete-disclosure'), e('二是创新解读方式', 'policy-interpretation'), e('三是升级政务公开体验区', 'reading-room-underused')],
  },
  {
    id: 'county-culture-tourism/zombie-columns-account-matrix',
    text: [
      '（一）存在的主要问题',
      '1.局网站部分栏目成了“僵尸栏目”。“文物保护”“非遗传承”两个栏目自开设以来仅发布过3条信息，最近一条停留在2023年3月。',
      '2.新媒体矩阵管理松散。局里先后开通了头条号、视频号、小程序等6个账号，由不同股室分头维护，发布口径不统一，有的账号发布的景区开放信息与局网站不一致。',
      '3.政府信息公开申请办理经验不足。全年收到申请5件，其中涉及文物保护单位保护范围的申请，因对申请内容理解偏差，首次答复被申请人提出异议后重新答复。',
      '（二）改进措施',
      '1.对“僵尸栏目”进行清理，保留的栏目确定责任股室和更新频次，做到常更常新。',
      '2.制定局新媒体管理办法，对6个账号进行整合，景区开放等信息由办公室统一审核后在各平台同步发布。',
      '3.加强与申请人沟通，对申请内容不明确的及时告知补正，必要时请法律顾问参与答复。',
    ].join('\n'),
    problems: [e('1.局网站部分栏目', 'update-gap'), e('2.新媒体矩阵', 'new-media', 'duplicate-publishing'), e('3.政府信息公开申请', 'request-handling')],
    improvements: [e('1.对“僵尸栏目”', 'update-gap'), e('2.制定局新媒体', 'new-media', 'duplicate-publishing'), e('3.加强与申请人', 'request-handling')],
  },
  {
    id: 'district-offices-admin/reluctance-succession-inline-titles',
    text: '存在的主要问题：一是少数干部对政务公开仍有顾虑，存在“不愿公开、不敢公开”的心态，担心公开后被挑毛病；二是政务公开专干青黄不接，老同志即将退休，年轻同志还没能独当一面；三是公共机构节能、公务用车等管理信息公开内容较少，社会关注的“三公”经费相关信息公开不够细。改进措施：一是组织干部学习条例和典型案例，打消“不敢公开”的顾虑；二是实行老带新结对帮带，确保工作平稳交接；三是细化公务用车、公共机构节能等信息公开内容。',
    problems: [e('一是少数干部', 'awareness'), e('二是政务公开专干', 'staff-capacity'), e('三是公共机构节能', 'incomplete-disclosure')],
    improvements: [e('一是组织干部', 'awareness'), e('二是实行老带新', 'staff-capacity'), e('三是细化公务用车', 'incomplete-disclosure')],
  },
  {
    id: 'town/measure-after-dui-ci-typo-lan-repeated-er',
    text: '我镇政务公开工作还有不少短板。一是部分村的村务公开拦长期不换内容，有的还贴着去年的财务收支表，对此，我们将每月检查各村公开栏更新情况并通报；二是镇里重大事项决策前听取群众意见不够，对此，镇里将在重大事项决策前召开村民代表会议征求意见；二是镇政务公开工作人员兼职多、变动快，对此，我们将保持人员相对稳定，新调整人员先培训后上岗。',
    problems: [e('一是部分村', 'update-gap'), e('二是镇里重大', 'public-participation'), e('二是镇政务公开', 'staff-capacity')],
    improvements: [e('每月检查各村', 'update-gap'), e('在重大事项决策前', 'public-participation'), e('保持人员相对稳定', 'staff-capacity')],
  },
  {
    id: 'provincial-market-regulation/headed-paragraph-measures-no-markers',
    text: [
      '（一）存在的主要问题',
      '（1）信用信息公示与政府网站公开衔接不畅。行政许可、行政处罚信息需在信用信息公示系统、“信用中国”网站、局门户网站多处公示，各系统数据标准不一，人工重复录入工作量大。',
      '（2）12315投诉举报平台与局网站“政民互动”栏目信息未打通，群众在网站提交的咨询投诉办理进度查询不便。',
      '（3）全省市场监管系统基层所政务公开工作参差不齐，部分基层所对标准目录应用不到位。',
      '（二）2025年工作打算',
      '推动数据共享。协调省信用信息平台，实现行政许可、行政处罚信息一次录入、多平台共享。',
      '优化互动服务。推动12315平台与局网站对接，群众可在网站实时查询咨询投诉办理进度。',
      '深化基层两化。组织基层所对照标准目录逐项对标，年底前完成全省基层所公开事项清单编制。',
    ].join('\n'),
    problems: [e('（1）信用信息', 'duplicate-publishing'), e('（2）12315', 'platform-stability', 'public-participation'), e('（3）全省市场监管', 'standardization')],
    improvements: [e('推动数据共享', 'duplicate-publishing'), e('优化互动服务', 'platform-stability', 'public-participation'), e('深化基层两化', 'standardization')],
  },
  {
    id: 'sub-district/shown-in-aspects-measures-without-stops',
    text: '我街道政务公开工作存在的不足主要表现在以下几个方面：一是街道政府信息查阅室设在三楼，居民找不到、不愿去，全年接待查阅不足10人次；二是“政务公开开放日”活动只办了1次，居民代表参与人数少；三是辖区物业管理、小区停车收费等居民关注事项的公开不深入，只公开了收费标准，没有公开收支明细。\n下一步，我街道将着力抓好以下工作：1.将查阅室调整至一楼党群服务中心，与社区书屋合并设置 2.每季度举办一次“政务公开开放日”，邀请居民代表、人大代表走进街道 3.督促物业服务企业公开停车收费收支明细。',
    problems: [e('一是街道政府信息查阅室', 'reading-room-underused'), e('二是“政务公开开放日”', 'public-participation'), e('三是辖区物业管理', 'incomplete-disclosure')],
    improvements: [e('1.将查阅室', 'reading-room-underused'), e('2.每季度', 'public-participation'), e('3.督促物业', 'incomplete-disclosure')],
  },
  {
    id: 'city-education/nested-problem-di-yi-measures',
    text: '一是教育重点领域信息公开还有盲区。（1）校外培训机构“白名单”“黑名单”公布滞后于实际变化；（2）义务教育学校划片范围公布较晚，部分学校在报名前一周才公布；（3）教育收费公示在部分学校流于形式。二是局网站与各区教育局、学校网站之间缺乏统筹，同一招生政策各处发布的版本不一致，家长无所适从。三是教育系统政务公开工作人员多为兼职教师，专业能力不足。\n针对以上问题，我局将重点从以下三个方面加以改进。第一，扩大重点领域公开范围，按月公布校外培训机构名单，划片范围在报名前一个月公布，开展教育收费公示专项检查。第二，招生政策统一由市教育局网站首发，各区、各校转载时一律链接原文。第三，组织教育系统政务公开培训，逐步建立专兼结合的工作队伍。',
    problems: [e('一是教育重点领域', 'incomplete-disclosure'), e('二是局网站与', 'duplicate-publishing'), e('三是教育系统', 'staff-capacity')],
    improvements: [e('第一', 'incomplete-disclosure'), e('第二', 'duplicate-publishing'), e('第三', 'staff-capacity')],
  },
  {
    id: 'industrial-park/typo-shen-qing-short',
    text: '存在问题：依申情公开答复文书中未完整告知申请人救济途径，3件答复中有2件存在此问题。改进措施：严格使用省统一的答复文书模板，确保要素齐全；加强业务学习，办理人员年内参加培训不少于2次。',
    problems: [e('依申情公开', 'request-handling')],
    improvements: [e('严格使用省统一', 'request-handling'), e('加强业务学习', 'staff-capacity')],
  },
]
