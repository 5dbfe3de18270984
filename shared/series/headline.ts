// The headline figures of a report: KPI tiles, the bodies comparison and the workbook's overview
// sheet all use this one list.
import type { FieldDef } from './types'
import { sumOrNull } from './arith'
import {
  litigationCorrected,
  litigationTotal,
  requestTotal,
  requestsReceived,
  reviewCorrected,
  reviewTotal,
} from './figures'

export const HEADLINE_FIELDS: FieldDef[] = [
  {
    key: 'requestsReceived',
    labelZh: '本年新收申请',
    labelEn: 'Requests received',
    unitZh: '件',
    betterWhen: 'neutral',
    get: (i) => requestsReceived(i.extraction.report),
  },
  {
    key: 'handledTotal',
    labelZh: '办理总计',
    labelEn: 'Requests handled',
    unitZh: '件',
    betterWhen: 'neutral',
    get: (i) => requestTotal(i.extraction.report, 'handledTotal'),
  },
  {
    key: 'activeDisclosureItems',
    labelZh: '主动公开信息',
    labelEn: 'Items disclosed',
    unitZh: '条',
    betterWhen: 'higher',
    get: (i) => i.extraction.report.metrics.activeDisclosureItems,
  },
  {
    key: 'indexRank',
    labelZh: '政务公开指数排名',
    labelEn: 'Openness index rank',
    unitZh: '名',
    betterWhen: 'lower',
    get: (i) => i.extraction.report.metrics.indexRank,
  },
  {
    key: 'hotlineCalls',
    labelZh: '12345热线来电',
    labelEn: '12345 hotline calls',
    // Calls are counted in 件 (受理来电6,789件), as the reports count them.
    unitZh: '件',
    betterWhen: 'neutral',
    get: (i) => i.extraction.report.metrics.hotlineCalls,
  },
  {
    key: 'messagesReceived',
    labelZh: '网上留言',
    labelEn: 'Messages received',
    unitZh: '件',
    betterWhen: 'neutral',
    get: (i) => i.extraction.report.metrics.messagesReceived,
  },
  {
    key: 'reviewTotal',
    labelZh: '行政复议',
    labelEn: 'Review cases',
    unitZh: '件',
    betterWhen: 'lower',
    get: (i) => reviewTotal(i.extraction.report),
  },
  {
    key: 'litigationTotal',
    labelZh: '行政诉讼',
    labelEn: 'Litigation cases',
    unitZh: '件',
    betterWhen: 'lower',
    get: (i) => litigationTotal(i.extraction.report),
  },
  {
    key: 'corrected',
    labelZh: '复议诉讼纠正',
    labelEn: 'Cases corrected',
    unitZh: '件',
    betterWhen: 'lower',
    get: (i) => sumOrNull([reviewCorrected(i.extraction.report), litigationCorrected(i.extraction.report)]),
  },
]
