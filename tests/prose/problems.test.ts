// splitProblems on invented section 五 texts: every numbering style, sub-headings in either order,
// transition sentences, nested sub-lists, unnumbered points and boilerplate.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'

const starts = (entries: { text: string }[], n = 6) => entries.map((e) => e.text.slice(0, n))

describe('splitProblems: numbered points and a transition sentence', () => {
  it('splits 一是… then "2024年，我们将…" then 一是…, keeping the marker in the text', () => {
    const text = [
      '2023年，我局政务公开工作取得一定成效，但也存在一些问题：一是栏目更新不及时，部分栏目出现',
      '断档。二是政策解读形式单一。',
      '2024年，我们将继续严格贯彻落实《条例》，推动政务公开工作高质量发展。',
      '一是强化栏目动态维护。建立更新台账。',
      '二是丰富政策解读形式。推行图解、视频解读。',
    ].join('\n')
    const r = splitProblems(text)
    expect(starts(r.problems)).toEqual(['一是栏目更新', '二是政策解读'])
    expect(starts(r.improvements)).toEqual(['一是强化栏目', '二是丰富政策'])
    expect(r.problems[0]?.text).toBe('一是栏目更新不及时，部分栏目出现断档。')
  })

  it('keeps a nested 一是…二是… inside the item it belongs to', () => {
    const text =
      '存在以下问题：一是平台对接不畅。二是不同平台标准不一，造成重复发布。一是个别部门要求不公开；二是个别单位重复录入。三是查阅点利用率不高。' +
      '下一步，我们将采取以下措施：一是完善平台功能。二是统一发布标准。三是建设政务公开专区。'
    const r = splitProblems(text)
    expect(starts(r.problems)).toEqual(['一是平台对接', '二是不同平台', '三是查阅点利'])
    expect(r.problems[1]?.text).toContain('二是个别单位重复录入')
    expect(starts(r.improvements)).toEqual(['一是完善平台', '二是统一发布', '三是建设政务'])
  })

  it('splits （一）（二） items and 1. 2. / 1、2、 items', () => {
    const paren = splitProblems('一是公开意识不强；二是业务能力不足。2025年，我们将采取以下措施加以改进：（一）强化组织领导。一是明确分工。（二）加强业务培训。（三）完善公开目录。')
    expect(starts(paren.problems)).toEqual(['一是公开意识', '二是业务能力'])
    expect(starts(paren.improvements)).toEqual(['（一）强化组', '（二）加强业', '（三）完善公'])
    expect(paren.improvements[0]?.text).toContain('一是明确分工')
    const dotted = splitProblems('（一）存在的主要问题\n1.政务新媒体管理不规范。\n2.依申请公开答复不规范。\n（二）改进措施\n1、规范政务新媒体管理。\n2、提升依申请公开办理水平。')
    expect(starts(dotted.problems)).toEqual(['1.政务新媒', '2.依申请公'])
    expect(starts(dotted.improvements)).toEqual(['1、规范政务', '2、提升依申'])
  })
})

describe('splitProblems: converter debris', () => {
  it('ignores a stray quote mark on its own line', () => {
    const r = splitProblems('存在一些问题：一是账号存在“僵尸号”睡眠号”隐患。二是\n“\n信息发布系统存在技术短板。\n“\n2024年，我镇将继续严格贯彻落实《条例》。\n一是推进平台优化升级。')
    expect(starts(r.problems, 10)).toEqual(['一是账号存在“僵尸号', '二是信息发布系统存在'])
    expect(starts(r.improvements)).toEqual(['一是推进平台'])
  })
})

describe('splitProblems: ASCII punctuation from converted pages', () => {
  it('splits at ";" and ":" as at "；" and "："', () => {
    const r = splitProblems('仍存在以下问题:\n一是队伍建设不够稳定;二是公开内容较少,不够丰富。\n针对以上问题,我局从以下几个方面着手:\n一是加大培训力度;二是丰富公开内容。')
    expect(starts(r.problems)).toEqual(['一是队伍建设', '二是公开内容'])
    expect(r.problems.map((e) => e.categories)).toEqual([['staff-capacity'], ['incomplete-disclosure']])
    expect(starts(r.improvements)).toEqual(['一是加大培训', '二是丰富公开'])
  })
})

describe('splitProblems: other transitions', () => {
  it('starts the improvements at "为此，" or "改进措施方面，", and tolerates the section heading left in', () => {
    const r = splitProblems('五、存在的主要问题及改进情况\n一是公开意识不强。二是培训不足。为此，一是强化组织领导。二是加强业务培训。')
    expect(starts(r.problems)).toEqual(['一是公开意识', '二是培训不足'])
    expect(starts(r.improvements)).toEqual(['一是强化组织', '二是加强业务'])
    const r2 = splitProblems('存在问题：一是查阅点闲置。二是目录不全。在改进措施方面，一是建设公开专区。二是完善公开目录。')
    expect(starts(r2.improvements)).toEqual(['一是建设公开', '二是完善公开'])
  })
})

describe('splitProblems: sub-headings', () => {
  it('reads headings on their own lines and inline with a colon', () => {
    const lines = splitProblems('（一）主要问题\n机构调整后，原有栏目和公开目录结构无法满足发布需要。\n（二）改进情况\n根据上述问题，采取以下措施：一是开设新专栏。二是调整公开目录。')
    expect(starts(lines.problems)).toEqual(['机构调整后，'])
    expect(starts(lines.improvements)).toEqual(['一是开设新专', '二是调整公开'])
    const inline = splitProblems('（一）存在的主要问题：标准化规范化水平有待提升；各部门工作开展还不够均衡；政务新媒体互动效果有待加强。（二）改进措施：一是加强日常管理。二是强化新媒体监管。')
    expect(starts(inline.problems)).toEqual(['标准化规范化', '各部门工作开', '政务新媒体互'])
    expect(starts(inline.improvements)).toEqual(['一是加强日常', '二是强化新媒'])
  })

  it('reads a heading line that names its subject', () => {
    const r = splitProblems('（一）政务公开工作存在的主要问题\n一是栏目更新不及时。\n（二）下一步工作打算\n一是强化栏目维护。')
    expect(starts(r.problems)).toEqual(['一是栏目更新'])
    expect(starts(r.improvements)).toEqual(['一是强化栏目'])
  })

  it('reads the reverse order: last year\'s improvements first, this year\'s problems second', () => {
    const text = [
      '（一）2024 年工作中存在问题的改进情况',
      '针对 2024 年工作中存在的主要问题，重点采取如下改进措施。',
      '一是提升政策公开质效。二是优化网站检索功能。',
      '（二）2025 年工作中存在的主要问题',
      '总体来看，仍需进一步提升：一是政策信息分散于多个平台；二是网站用户体验有待改善。',
    ].join('\n')
    const r = splitProblems(text)
    expect(starts(r.improvements)).toEqual(['一是提升政策', '二是优化网站'])
    expect(starts(r.problems)).toEqual(['一是政策信息', '二是网站用户'])
  })
})

describe('splitProblems: unnumbered points', () => {
  it('splits sentences, and clauses after 主要是： / 如…等', () => {
    const sentences = splitProblems('（一）存在的主要问题：政策解读形式不够丰富。政务公开渠道有限，新媒体宣传难以满足需要。（二）改进措施：一是丰富解读形式。')
    expect(starts(sentences.problems)).toEqual(['政策解读形式', '政务公开渠道'])
    const cue = splitProblems('2024 年，全区工作虽取得一定成绩，但仍存在一些不足，主要是：个别部门研判能力不足，答复文书规范性有待提升，政务新媒体运维还需加强等。\n针对存在问题，2025 年我们将切实抓好以下工作：一是规范答复。')
    expect(starts(cue.problems, 8)).toEqual(['个别部门研判能力', '答复文书规范性有', '政务新媒体运维还'])
    expect(cue.problems[2]?.text).toBe('政务新媒体运维还需加强')
    const ru = splitProblems('2023 年，工作取得一定的成效，但对照上级要求，仍存在一定差距。如依申请公开规范性有待提高、公开内容深度不够、队伍建设有待加强等。下一步，将抓好以下工作：一是规范办理。')
    expect(starts(ru.problems)).toEqual(['依申请公开规', '公开内容深度', '队伍建设有待'])
  })

  it('splits one improvement paragraph at "；" and drops the transition lead-in', () => {
    const r = splitProblems('主要表现在：一是政策解读质量仍需提升；二是队伍建设还需加强。\n针对存在问题，下一步，我市将着力加强政策解读质效，开发可视化解读产品；建立健全“传帮带”机制，定期组织业务培训。')
    expect(starts(r.improvements, 8)).toEqual(['着力加强政策解读', '建立健全“传帮带'])
  })

  it('gives nothing for boilerplate only', () => {
    const r = splitProblems('2019年，我镇政府信息公开工作运行平稳，暂未发现需要报告的突出问题。下一步，我镇将继续认真贯彻落实《条例》要求，不断提升政府信息公开工作水平。')
    expect(r).toEqual({ problems: [], improvements: [], priorDone: [] })
    expect(splitProblems('')).toEqual({ problems: [], improvements: [], priorDone: [] })
  })

  it('classifies every entry and keeps the deciding words', () => {
    const r = splitProblems('一是政务新媒体作用发挥不够。二是工作经费保障不足。2025年，我局将采取以下措施：一是规范政务新媒体管理。')
    expect(r.problems.map((e) => e.categories)).toEqual([['new-media'], ['other']])
    expect(r.problems[0]?.matchedWords?.['new-media']).toEqual(['政务新媒体'])
  })
})

describe('splitProblems: last year\'s measures reported as done', () => {
  it('keeps 上年度问题整改情况 apart from this year\'s problems and measures', () => {
    const r = splitProblems(
      '（一）上年度问题整改情况\n针对上年度报告指出的问题，已完成整改：一是栏目维护台账已建立。二是业务培训已组织两次。\n（二）存在的主要问题\n一是政策解读形式单一。\n（三）改进措施\n一是丰富政策解读形式。',
    )
    expect(starts(r.priorDone)).toEqual(['一是栏目维护', '二是业务培训'])
    expect(starts(r.problems)).toEqual(['一是政策解读'])
    expect(starts(r.improvements)).toEqual(['一是丰富政策'])
  })
})

describe('splitProblems: last year\'s fixes placed before this year\'s problems', () => {
  const problems = '一是部分栏目更新不及时。二是政策解读形式单一。'
  const measures = '一是建立栏目维护机制。二是丰富政策解读形式。'
  it('reads an inline 上年度问题整改情况： and a problems heading after a paragraph break', () => {
    for (const text of [
      `上年度问题整改情况：一是更新台账已建立。二是业务培训已组织两次。\n存在的问题：${problems}\n改进措施：${measures}`,
      `（一）上年度问题整改情况\n一是更新台账已建立。二是业务培训已组织两次。\n存在的问题：${problems}\n下一步，${measures}`,
      `关于上年度问题整改情况，我局已建立更新台账，组织业务培训两次。存在的主要问题：${problems}改进措施：${measures}`,
    ]) {
      const r = splitProblems(text)
      expect(starts(r.problems), text).toEqual(['一是部分栏目', '二是政策解读'])
      expect(r.problems[1]?.text, text).toBe('二是政策解读形式单一。')
      expect(starts(r.improvements), text).toEqual(['一是建立栏目', '二是丰富政策'])
      expect(r.priorDone.length, text).toBeGreaterThan(0)
      expect(r.priorDone.map((e) => e.text).join(''), text).not.toContain('栏目更新不及时')
    }
  })

  it('starts this year\'s problems at a sentence that announces them (仍存在以下问题：) inside last year\'s passage', () => {
    const r = splitProblems(`2023年度报告所列问题整改情况：一是更新台账已建立。二是业务培训已组织两次。\n但仍存在以下不足：${problems}\n2025年，我局将：${measures}`)
    expect(starts(r.priorDone)).toEqual(['一是更新台账', '二是业务培训'])
    expect(starts(r.problems)).toEqual(['一是部分栏目', '二是政策解读'])
    expect(starts(r.improvements)).toEqual(['一是建立栏目', '二是丰富政策'])
  })

  it('reads 存在的问题及改进措施 as one heading: problems first, then the measures after the transition', () => {
    const r = splitProblems(`一、上年度问题整改情况\n一是更新台账已建立。二是业务培训已组织两次。\n二、存在的问题及改进措施\n${problems}\n下一步，${measures}`)
    expect(starts(r.priorDone)).toEqual(['一是更新台账', '二是业务培训'])
    expect(r.problems.map((e) => e.text)).toEqual(['一是部分栏目更新不及时。', '二是政策解读形式单一。'])
    expect(starts(r.improvements)).toEqual(['一是建立栏目', '二是丰富政策'])
  })
})

describe('splitProblems: a lead-in before the measures\' list', () => {
  it('does not leave 下一步，/下一阶段，/对此， stuck to the end of the last problem', () => {
    for (const lead of ['下一步，', '下一阶段，', '今后，', '对此，', '针对上述问题，', '下一步：', '下一步，\n', '\n下一步\n', '2025年，']) {
      const text = `存在的问题：一是部分栏目更新不及时。二是政策解读形式单一。${lead}一是建立栏目维护机制。二是丰富政策解读形式。`
      const r = splitProblems(text)
      expect(r.problems.map((e) => e.text), JSON.stringify(lead)).toEqual(['一是部分栏目更新不及时。', '二是政策解读形式单一。'])
      expect(starts(r.improvements), JSON.stringify(lead)).toEqual(['一是建立栏目', '二是丰富政策'])
    }
  })
})

describe('splitProblems: layouts of the hostile review', () => {
  it('reads 问题一：…整改措施：… pairs, 第一，第二， lists, and drops the running header and a 发现， clause', () => {
    const pairs = splitProblems('问题一：查阅点利用率低。整改措施：迁至大厅。\n问题二：答复不规范。整改措施：制定答复模板。')
    expect(pairs.problems.map((e) => e.text)).toEqual(['问题一：查阅点利用率低。', '问题二：答复不规范。'])
    expect(pairs.improvements.map((e) => e.text)).toEqual(['迁至大厅。', '制定答复模板。'])
    const di = splitProblems('存在的问题：第一，公开意识不强；第二，培训不足。下一步，我局将：第一，强化公开意识；第二，加强业务培训。')
    expect(starts(di.problems)).toEqual(['第一，公开意', '第二，培训不'])
    expect(starts(di.improvements)).toEqual(['第一，强化公', '第二，加强业'])
    const header = splitProblems('（一）存在的问题\n一是栏目更新不及时，部分栏目\n某县人民政府2024年政府信息公开工作年度报告\n长期空白。二是培训不足。\n（二）改进措施\n一是建立更新台账。二是加强培训。')
    expect(header.problems[0]?.text).toBe('一是栏目更新不及时，部分栏目长期空白。')
    const seen = splitProblems('本年度工作中发现，部分政策文件未同步解读。政务公开人员多为兼职。下一阶段，我局将坚持同步解读；配齐专职人员。')
    expect(starts(seen.problems)).toEqual(['部分政策文件', '政务公开人员'])
  })
})

describe('splitProblems: layouts of the held-out texts', () => {
  it('keeps a sentence reporting last year\'s problem fixed apart, even with no heading', () => {
    const r = splitProblems('2023年报告中提出的“公开栏更新不及时”问题已整改到位。但我镇仍存在以下不足：一是答复不规范；二是专区功能单一。下一步，一是规范答复；二是拓展专区功能。')
    expect(r.priorDone.map((e) => e.text)).toEqual(['2023年报告中提出的“公开栏更新不及时”问题已整改到位。'])
    expect(starts(r.problems)).toEqual(['一是答复不规', '二是专区功能'])
    expect(starts(r.improvements)).toEqual(['一是规范答复', '二是拓展专区'])
  })

  it('splits three measures in one comma sentence, but not a measure with its stock aim', () => {
    const three = splitProblems('存在问题：一是更新不及时；二是渠道少；三是业务不熟。对此，我街道将及时更新公开栏信息，拓宽居民参与渠道，加强工作人员业务培训。')
    expect(three.improvements.map((e) => e.text)).toEqual(['及时更新公开栏信息', '拓宽居民参与渠道', '加强工作人员业务培训'])
    const aim = splitProblems('存在问题：一是内容不丰富；二是培训不足。下一步，我乡将进一步丰富公开内容，加强业务培训，不断提升政府信息公开工作水平。')
    expect(aim.improvements).toHaveLength(1)
  })

  it('reads bullets and 1）2） markers', () => {
    const bullets = splitProblems('存在的问题：\n● 院务公开内容不够全面。\n● 网站检索不便。\n改进措施：\n● 全面公示收费项目。\n● 优化检索功能。')
    expect(bullets.problems.map((e) => e.text)).toEqual(['院务公开内容不够全面。', '网站检索不便。'])
    const half = splitProblems('2024年度存在的主要问题\n1）数据开放程度不高。\n2）培训覆盖面不广。\n2025年度改进措施\n1）编制数据目录。\n2）扩大培训覆盖面。')
    expect(starts(half.problems)).toEqual(['1）数据开放', '2）培训覆盖'])
    expect(starts(half.improvements)).toEqual(['1）编制数据', '2）扩大培训'])
  })
})

describe('splitProblems: how real reports also enumerate', () => {
  it('reads ① lists, 首先/其次/最后, a skipped or repeated number, and one paragraph per point', () => {
    expect(starts(splitProblems('存在的问题：①栏目更新不及时；②解读形式单一。').problems)).toEqual(['①栏目更新不', '②解读形式单'])
    expect(starts(splitProblems('首先，公开意识不强。其次，培训不足。最后，查阅点闲置。').problems)).toEqual(['首先，公开意', '其次，培训不', '最后，查阅点'])
    expect(starts(splitProblems('一是公开意识不强。三是培训不足。四是查阅点闲置。').problems)).toEqual(['一是公开意识', '三是培训不足', '四是查阅点闲'])
    expect(starts(splitProblems('一是公开意识不强。二是培训不足。二是查阅点闲置。').problems)).toEqual(['一是公开意识', '二是培训不足', '二是查阅点闲'])
    const paragraphs = splitProblems('（一）存在的问题\n公开意识不强。部分科室存在畏难情绪。\n查阅点闲置。群众很少到场。\n（二）改进措施\n强化公开意识。')
    expect(starts(paragraphs.problems)).toEqual(['公开意识不强', '查阅点闲置。'])
  })

  it('finds the measures where the list starts again at 1 with a verb, and a measure inside a problem\'s item', () => {
    const restart = splitProblems('一是公开意识不强。二是培训不足。一是强化公开意识。二是加强业务培训。')
    expect(starts(restart.problems)).toEqual(['一是公开意识', '二是培训不足'])
    expect(starts(restart.improvements)).toEqual(['一是强化公开', '二是加强业务'])
    const own = splitProblems('一是政策解读针对性不强，针对这一问题，我局将推出图解产品。二是查阅点闲置，我局将建设公开专区。')
    expect(own.problems.map((e) => e.text)).toEqual(['一是政策解读针对性不强。', '二是查阅点闲置。'])
    expect(starts(own.improvements)).toEqual(['推出图解产品', '建设公开专区'])
  })
})

describe('splitProblems: paragraphs and wrapped lines', () => {
  it('does not take a wrapped line that happens to end with 。 for the end of a paragraph', () => {
    // PDF text wrapped at 20 characters: one problem per sentence, one paragraph.
    const r = splitProblems('（一）存在的问题\n政策解读形式不够丰富，图解运用较少。公\n开渠道有限，新媒体宣传难以满足需要。\n队伍建设有待加强，人员流动性较大。\n（二）改进措施\n一是丰富解读形式。')
    expect(starts(r.problems)).toEqual(['政策解读形式', '公开渠道有限', '队伍建设有待'])
  })
})
