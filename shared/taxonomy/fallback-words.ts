// Words read after the category rules (rules.ts), each where no rule placed an entry: the kinds of
// information section 二 counts and the key domains, named with a disclosure verb (what is disclosed),
// and someone named to do a task (staffing only when the task is no category's). Used by classify.ts.

/**
 * The kinds of information the template's section 二 itself counts (规章, 规范性文件, 行政许可,
 * 行政处罚, 行政强制, 行政事业性收费, 政府集中采购; ../shared/spec/background-template-and-rules.md; and
 * 行政执法 as a whole, yueqing-gov_2020: "全面推行行政执法公示制度，依法通过政府网站公开行政执法职…"),
 * named together with a disclosure verb ("行政处罚信息公示不够及时", "建立处罚信息公开台账"). An entry
 * that no other rule or concept places, and that is about disclosing one of these, is about what is
 * disclosed: `incomplete-disclosure`.
 */
export const DISCLOSED_KIND =
  /(?:规章|规范性文件|行政许可|行政处罚|处罚|行政强制|行政执法|行政事业性收费|收费|政府(?:集中)?采购)[^，。；]{0,8}(?:公开|公示|发布)|(?:公开|公示|发布)[^，。；]{0,4}(?:规章|规范性文件|行政许可|行政处罚|处罚决定|行政强制|行政执法|收费|政府(?:集中)?采购|重大(?:建设)?项目)/

/**
 * The key domains' information real reports list beside those kinds (涉农补贴, 财政资金, 低保救助, 征收,
 * 义务教育的招生; real: "围绕…低保救助、惠农补贴发放等重点工作，及时公开政策文件"), named with a
 * disclosure verb: weaker than DISCLOSED_KIND (a format or a column said of them decides first:
 * "统一补贴信息公开格式" is standardization's), so read only after the collocations.
 */
export const DOMAIN_DISCLOSED =
  /(?:补贴|补助|资金|救助|征收|招生)[^，。；]{0,10}(?:公开|公示|发布)|(?:公开|公示|发布)[^，。；]{0,4}(?:补贴|补助|资金|救助|征收|招生)/

/**
 * Someone named to do a task ("明确专人负责政务公开工作", "指定专人负责日常政府信息公开工作"):
 * staffing only when the task itself is no category's. "安排专人负责专栏维护" is about the upkeep of
 * a column (update-gap), the person is how it is done. Study organised for the staff likewise (real:
 * "全年组织政务公开业务学习6次"): "组织干部学习《条例》，树立公开为常态的理念" is awareness's.
 */
export const ASSIGNED_STAFF = /专人|专门人员|组织[^，。；]{0,8}学习/
