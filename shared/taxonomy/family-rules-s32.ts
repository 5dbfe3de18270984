// Category phrases of session 32 (s532), written from problem-taxonomy.md's meaning and probed against the
// gold of every labelled set before they were written (read with the other phrase rules: each decides
// wherever it appears, beside what the others found).
import type { ProblemCategory } from '../model/report'

export const FAMILY_RULES_S32: { category: ProblemCategory; anywhere: RegExp[] }[] = [
  {
    // The people who do the work named as the ones who cannot tell or judge ("办理人员对是否属于政府信息判断不准",
    // "执法人员对公开申请与投诉举报区分不清"), trained for it ("对经办人员开展依申请公开专题轮训") or handing it
    // over when they change ("人员调整时逐件交接"): the taxonomy's staff "training and professional skill", beside
    // the work's own category. Not 把握不准/经验不足 said of a unit or of the work ("个别单位对…认定把握不准",
    // "依申请公开答复期限把握不准": request-handling's alone in the sets' gold, 16 of 16). Probe over every
    // labelled set: person named 7 staff / 0 not (the one not, 工作人员…隐私…把握不准 gold other, was staff already).
    // A mindset not grasped ("工作人员保密意识和公开意识把握不准") is awareness's (category-causes.test.ts).
    category: 'staff-capacity',
    anywhere: [
      /(?:人员|经办人|公证员|教职工|干部)(?:(?!意识|认识|观念)[^，。；]){0,24}(?:判断不准|把握不准|区分不清|经验不足|不熟悉|不够熟悉|理解不透)|(?:对|向)[^，。；]{0,6}(?:经办|工作|执法|业务)人员[^，。；]{0,10}(?:轮训|培训)|人员(?:调整|变动)[^，。；]{0,12}交接/,
    ],
  },
]
