// Session 35 (zi35): the measures' heading run into the last problem's line ("• …有待完善整改措施："), as a
// bullet or numbered point that lost its full stop leaves it; and bullets written •, ● or · each one entry.
// Texts written for these tests (invented bodies and wordings).
import { describe, expect, it } from 'vitest'
import { gluedMeasuresHeading } from '../../shared/extract/glued-measures-heading'
import { splitProblems } from '../../shared/extract/problems'

const texts = (t: string) => {
  const r = splitProblems(t)
  return { problems: r.problems.map((e) => e.text), improvements: r.improvements.map((e) => e.text) }
}

describe('a measures heading glued to the last problem', () => {
  it('opens the measures after a bullet point without its full stop', () => {
    const t =
      '存在问题：\n• 政策解读形式不够丰富，很少用图表图解解读文件\n• 政务新媒体更新不及时，栏目维护缺少专人负责整改措施：\n' +
      '• 丰富政策解读形式，多用图表图解\n• 加强政务新媒体管理，明确专人维护栏目'
    expect(texts(t)).toEqual({
      problems: ['政策解读形式不够丰富，很少用图表图解解读文件', '政务新媒体更新不及时，栏目维护缺少专人负责'],
      improvements: ['丰富政策解读形式，多用图表图解', '加强政务新媒体管理，明确专人维护栏目'],
    })
  })

  it('opens them with 改进措施： too, the bullets middle dots', () => {
    const t =
      '存在问题：\n· 依申请公开答复格式不统一，个别答复未写明救济途径\n· 公开栏内容陈旧，多数公示超期未换改进措施：\n' +
      '· 统一答复文书格式，逐件写明救济途径\n· 每月检查公开栏，及时更换过期公示'
    expect(texts(t)).toEqual({
      problems: ['依申请公开答复格式不统一，个别答复未写明救济途径', '公开栏内容陈旧，多数公示超期未换'],
      improvements: ['统一答复文书格式，逐件写明救济途径', '每月检查公开栏，及时更换过期公示'],
    })
  })

  it('reads a middle dot · as a bullet: each dotted line one entry', () => {
    const t = '存在问题：\n· 依申请公开答复格式不统一，个别答复未写明救济途径\n· 公开栏内容陈旧，多数公示超期未换\n改进措施：\n· 统一答复文书格式\n· 每月检查公开栏'
    expect(texts(t)).toEqual({
      problems: ['依申请公开答复格式不统一，个别答复未写明救济途径', '公开栏内容陈旧，多数公示超期未换'],
      improvements: ['统一答复文书格式', '每月检查公开栏'],
    })
  })

  it('opens them after a numbered point, the list after the heading on the same line', () => {
    const t = '存在问题：\n1.办事指南要素缺项，部分事项未写办理时限\n2.网站栏目设置混乱，群众查找不便整改措施：1.逐项补全办事指南要素。2.重新梳理网站栏目。'
    expect(texts(t).improvements).toEqual(['1.逐项补全办事指南要素。', '2.重新梳理网站栏目。'])
    expect(texts(t).problems).toHaveLength(2)
  })

  it('is no heading where 措施 is the object of the point’s own words', () => {
    expect(gluedMeasuresHeading('• 针对上述问题，我局研究制定整改措施：')).toBeNull()
    expect(gluedMeasuresHeading('• 对照要求采取以下改进措施：')).toBeNull()
    expect(gluedMeasuresHeading('• 存在的问题及整改措施：')).toBeNull()
    // Mid-line, with the point's own words after it: no heading.
    expect(gluedMeasuresHeading('• 栏目更新不及时整改措施：未见落实')).toBeNull()
    expect(gluedMeasuresHeading('• 栏目维护缺少专人负责整改措施：')).toEqual({ point: '• 栏目维护缺少专人负责', heading: '整改措施：', rest: '' })
  })
})
