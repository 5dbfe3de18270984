#!/usr/bin/env python3
"""Writes tests/newuser2: reports of invented bodies in layouts new to tests/newuser and to the
variant generator, and the gold of every cell.

The numbers of each report are set here by hand (per report, below) and checked to add up as a
real table does; the gold is written from the same numbers. Two reports print one arithmetic
error of their own (a row whose 总计 is off, a table 四 总计 that is off): the gold keeps the printed
number and expects the flag. Run from the checkout: python3 tests/newuser2/sources/make.py
(needs soffice for .docx/.pdf). Deterministic: no randomness.
"""
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------- numbers

ROWS19 = ['received', 'carriedOver', 'granted', 'partiallyGranted',
          'withheld.stateSecret', 'withheld.prohibitedByLaw', 'withheld.securityStability', 'withheld.thirdPartyRights',
          'withheld.internalAffairs', 'withheld.processInformation', 'withheld.enforcementFiles', 'withheld.administrativeQuery',
          'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclearAfterCorrection',
          'notProcessed.petition', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.massRepeated', 'notProcessed.confirmOrReissue',
          'otherHandling', 'handledTotal', 'carriedForward']
ROWS21 = [k for k in ROWS19 if k != 'otherHandling']
ROWS21.insert(ROWS21.index('handledTotal'), 'otherHandling.noCorrection')
ROWS21.insert(ROWS21.index('handledTotal'), 'otherHandling.feeUnpaid')
ROWS21.insert(ROWS21.index('handledTotal'), 'otherHandling.other')
OUTCOMES19 = ROWS19[2:-2]
OUTCOMES21 = ROWS21[2:-2]


def requests(template, outcomes, carried_over, carried_forward):
    """outcomes: {row: six cells (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)}; missing rows are 0."""
    keys = OUTCOMES19 if template == '2019' else OUTCOMES21
    rows = {}
    for k in keys:
        six = outcomes.get(k, [0] * 6)
        rows[k] = six
    handled = [sum(rows[k][i] for k in keys) for i in range(6)]
    received = [handled[i] + carried_forward[i] - carried_over[i] for i in range(6)]
    assert all(x >= 0 for x in received), received
    out = {'received': received, 'carriedOver': carried_over}
    out.update(rows)
    out['handledTotal'] = handled
    out['carriedForward'] = carried_forward
    return {k: v + [sum(v)] for k, v in out.items()}


def review(*groups):
    """Each group: (维持, 纠正, 其他, 尚未审结)."""
    names = ['review', 'litigationDirect', 'litigationAfterReview']
    return {n: list(g) + [sum(g)] for n, g in zip(names, groups)}


# ---------------------------------------------------------------- labels

LABEL = {
    'received': '一、本年新收政府信息公开申请数量',
    'carriedOver': '二、上年结转政府信息公开申请数量',
    'granted': '（一）予以公开',
    'partiallyGranted': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'withheld.stateSecret': '1.属于国家秘密',
    'withheld.prohibitedByLaw': '2.其他法律行政法规禁止公开',
    'withheld.securityStability': '3.危及“三安全一稳定”',
    'withheld.thirdPartyRights': '4.保护第三方合法权益',
    'withheld.internalAffairs': '5.属于三类内部事务信息',
    'withheld.processInformation': '6.属于四类过程性信息',
    'withheld.enforcementFiles': '7.属于行政执法案卷',
    'withheld.administrativeQuery': '8.属于行政查询事项',
    'unavailable.notHeld': '1.本机关不掌握相关政府信息',
    'unavailable.needsCreation': '2.没有现成信息需要另行制作',
    'unavailable.unclearAfterCorrection': '3.补正后申请内容仍不明确',
    'notProcessed.petition': '1.信访举报投诉类申请',
    'notProcessed.duplicate': '2.重复申请',
    'notProcessed.publication': '3.要求提供公开出版物',
    'notProcessed.massRepeated': '4.无正当理由大量反复申请',
    'notProcessed.confirmOrReissue': '5.要求行政机关确认或重新出具已获取信息',
    'otherHandling': '（六）其他处理',
    'otherHandling.noCorrection': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'otherHandling.feeUnpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'otherHandling.other': '3.其他',
    'handledTotal': '（七）总计',
    'carriedForward': '四、结转下年度继续办理',
}
# Labels as some offices shorten them: numbering dropped, words cut.
SHORT = {
    'received': '本年新收申请',
    'carriedOver': '上年结转申请',
    'granted': '予以公开',
    'partiallyGranted': '部分公开',
    'withheld.stateSecret': '属于国家秘密',
    'withheld.prohibitedByLaw': '其他法律行政法规禁止公开',
    'withheld.securityStability': '危及“三安全一稳定”',
    'withheld.thirdPartyRights': '保护第三方合法权益',
    'withheld.internalAffairs': '属于三类内部事务信息',
    'withheld.processInformation': '属于四类过程性信息',
    'withheld.enforcementFiles': '属于行政执法案卷',
    'withheld.administrativeQuery': '属于行政查询事项',
    'unavailable.notHeld': '本机关不掌握相关政府信息',
    'unavailable.needsCreation': '没有现成信息需要另行制作',
    'unavailable.unclearAfterCorrection': '补正后申请内容仍不明确',
    'notProcessed.petition': '信访举报投诉类申请',
    'notProcessed.duplicate': '重复申请',
    'notProcessed.publication': '要求提供公开出版物',
    'notProcessed.massRepeated': '无正当理由大量反复申请',
    'notProcessed.confirmOrReissue': '要求行政机关确认或重新出具已获取信息',
    'otherHandling': '其他处理',
    'otherHandling.noCorrection': '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'otherHandling.feeUnpaid': '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'otherHandling.other': '其他',
    'handledTotal': '总计',
    'carriedForward': '结转下年度继续办理',
}
GROUP = {}
for k in ROWS21 + ['otherHandling']:
    if k.startswith('withheld.'):
        GROUP[k] = '（三）不予公开'
    elif k.startswith('unavailable.'):
        GROUP[k] = '（四）无法提供'
    elif k.startswith('notProcessed.'):
        GROUP[k] = '（五）不予处理'
    elif k.startswith('otherHandling.'):
        GROUP[k] = '（六）其他处理'
COLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def num(n, style=''):
    """A count as printed: plain, 千分位, full-width, with 件 or ' 件'."""
    if n is None:
        return ''
    s = f'{n:,}' if 'thousands' in style and abs(n) >= 1000 else str(n)
    if 'fullwidth' in style:
        s = s.translate(FW)
    if 'unit-space' in style:
        s += ' 件'
    elif 'unit' in style:
        s += '件'
    return s


# ---------------------------------------------------------------- IR: paragraphs and tables

def P(text, bold=False):
    return ('p', text, bold)


def T(rows, caption=None):
    """rows: list of rows; a cell is a str or (text, rowspan, colspan)."""
    return ('t', rows, caption)


def cell(c):
    return (c, 1, 1) if isinstance(c, str) else c


def table3(template, rows, *, order=None, labels=LABEL, subtotal_rows=False, total_word='总计', style='', note=True,
           merged=True, split_after=None, group_rows_in_one_col=False):
    """Table 三 as rows of the IR. order: the column order (indexes into COLS, total last).
    subtotal_rows: each group heading (（三）…（六）) printed as a row carrying its group's sums.
    split_after: row key after which the table breaks (returns two tables: the 续表 repeats the header)."""
    order = order or [0, 1, 2, 3, 4, 5, 6]
    cols = [COLS[i] if i != 6 else total_word for i in order]
    keys = [k for k in (ROWS19 if template == '2019' else ROWS21) if k in rows]
    nat = cols.index('自然人')
    org_first = nat != 0
    head = []
    corner = NOTE if note else ''
    lw = 3 if merged else 1
    if org_first:
        head.append([(corner, 3, lw), ('申请人情况', 1, 7)])
        head.append([('法人或其他组织', 1, 5), ('自然人', 2, 1), (total_word, 2, 1)])
        head.append([c for c in cols[:5]])
    else:
        head.append([(corner, 3, lw), ('申请人情况', 1, 7)])
        head.append([('自然人', 2, 1), ('法人或其他组织', 1, 5), (total_word, 2, 1)])
        head.append([c for c in cols[1:6]])

    def cells(v):
        return [num(v[i], style) for i in order]

    body = []  # (key, row)
    outcome_keys = [k for k in keys if k not in ('received', 'carriedOver', 'carriedForward')]
    span = len(outcome_keys)
    groups_done = set()
    if subtotal_rows:
        span += len({GROUP[k] for k in outcome_keys if k in GROUP})
    first = True
    for k in keys:
        lab = labels[k]
        if k in ('received', 'carriedOver', 'carriedForward'):
            body.append((k, [(lab, 1, lw)] + cells(rows[k])))
            continue
        outer = [('三、本年度办理结果', span, 1)] if (first and merged) else []
        first = False
        g = GROUP.get(k)
        if not merged:
            if g and g not in groups_done:
                groups_done.add(g)
                gl = g if labels is LABEL else g[3:]
                if subtotal_rows:
                    sums = [sum(rows[x][i] for x in keys if GROUP.get(x) == g) for i in range(7)]
                    body.append((None, [gl] + cells(sums)))
                else:
                    body.append((None, [gl]))
            body.append((k, [lab] + cells(rows[k])))
            continue
        if not g:
            body.append((k, outer + [(lab, 1, 2)] + cells(rows[k])))
            continue
        if subtotal_rows:
            if g not in groups_done:
                groups_done.add(g)
                n = len([x for x in keys if GROUP.get(x) == g])
                sums = [sum(rows[x][i] for x in keys if GROUP.get(x) == g) for i in range(7)]
                gl = g if labels is LABEL else g[3:]
                body.append((None, outer + [(gl, n + 1, 1), '小计'] + cells(sums)))
                outer = []
            body.append((k, outer + [lab] + cells(rows[k])))
        else:
            if g not in groups_done:
                groups_done.add(g)
                n = len([x for x in keys if GROUP.get(x) == g])
                gl = g if labels is LABEL else g[3:]
                body.append((k, outer + [(gl, n, 1), lab] + cells(rows[k])))
            else:
                body.append((k, outer + [lab] + cells(rows[k])))
    if not merged:
        head = [[('项目', 3, 1)] + head[0][1:], head[1], head[2]]
    if split_after is None:
        return [head + [r for _, r in body]]
    i = [k for k, _ in body].index(split_after) + 1
    return [head + [r for _, r in body[:i]], head + [r for _, r in body[i:]]]


def table4(rv, *, two_line=False, style='', total_word='总计'):
    res = ['结果维持', '结果纠正', '其他结果', '尚未审结', total_word]
    if two_line:
        res = ['结果<br>维持', '结果<br>纠正', '其他<br>结果', '尚未<br>审结', total_word]
    head = [[('行政复议', 2, 5), ('行政诉讼', 1, 10)],
            [('未经复议直接起诉', 1, 5), ('复议后起诉', 1, 5)],
            res * 3]
    data = [num(x, style) for g in ('review', 'litigationDirect', 'litigationAfterReview') for x in rv[g]]
    return head + [data]


# ---------------------------------------------------------------- renderers

def html_of(title, blocks):
    out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', f'<title>{title}</title>',
           '<style>table{border-collapse:collapse} td{border:1px solid #000;padding:2px 4px;font-size:10pt}</style></head><body>']
    for b in blocks:
        if b[0] == 'p':
            out.append(f'<p><strong>{b[1]}</strong></p>' if b[2] else f'<p>{b[1]}</p>')
        elif b[0] == 'page':
            out.append('<p style="page-break-before:always"></p>')
        else:
            out.append('<table>')
            if b[2]:
                out.append(f'<caption><strong>{b[2]}</strong></caption>')
            for r in b[1]:
                tds = []
                for c in map(cell, r):
                    a = (f' rowspan="{c[1]}"' if c[1] > 1 else '') + (f' colspan="{c[2]}"' if c[2] > 1 else '')
                    tds.append(f'<td{a}>{c[0]}</td>')
                out.append('<tr>' + ''.join(tds) + '</tr>')
            out.append('</table>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def grid_of(rows, repeat=False):
    g = {}
    for r, row in enumerate(rows):
        c = 0
        for x in map(cell, row):
            while (r, c) in g:
                c += 1
            for i in range(x[1]):
                for j in range(x[2]):
                    g[(r + i, c + j)] = x[0] if (i == 0 and j == 0) or repeat else ''
            c += x[2]
    h = max(r for r, _ in g) + 1
    w = max(c for _, c in g) + 1
    return [[g.get((r, c), '').replace('<br>', '') for c in range(w)] for r in range(h)]


def md_of(title, blocks):
    out = [f'# {title}', '']
    for b in blocks:
        if b[0] == 'p':
            out += [f'**{b[1]}**' if b[2] else b[1], '']
        elif b[0] == 'page':
            continue
        else:
            if b[2]:
                out += [f'**{b[2]}**', '']
            g = grid_of(b[1])
            out.append('| ' + ' | '.join(g[0]) + ' |')
            out.append('|' + ' --- |' * len(g[0]))
            out += ['| ' + ' | '.join(r) + ' |' for r in g[1:]]
            out.append('')
    return '\n'.join(out) + '\n'


def crawled_of(title, blocks, sep='\t'):
    """A web page copied as text: a table row per line, cells apart by tabs, merged cells empty."""
    out = [title, '']
    for b in blocks:
        if b[0] == 'p':
            out.append(b[1])
        elif b[0] == 'page':
            continue
        else:
            if b[2]:
                out.append(b[2])
            for r in grid_of(b[1]):
                out.append(sep.join(x for x in r if x != ''))
    return '\n'.join(out) + '\n'


def lines_of(title, blocks):
    """A crawler's text: one cell per line."""
    out = [title]
    for b in blocks:
        if b[0] == 'p':
            out.append(b[1])
        elif b[0] == 'page':
            continue
        else:
            if b[2]:
                out.append(b[2])
            for r in b[1]:
                out += [cell(x)[0].replace('<br>', '\n') for x in r if cell(x)[0] != '']
    return '\n'.join(out) + '\n'


def soffice(html, out_path, kind):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'in.html')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(html)
        filt = 'docx:MS Word 2007 XML' if kind == 'docx' else 'pdf:writer_pdf_Export'
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{d}/profile', '--infilter=HTML (StarWriter)', '--convert-to', filt, '--outdir', d, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(d, f'in.{kind}'), out_path)


# ---------------------------------------------------------------- the reports

HEAD21 = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
          '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']


def section2_21(ad, style='', swap=False, unit_in_header=True):
    """Section 二, 2021: one table. swap: 现行有效件数 printed before 本年废止件数."""
    f = ['issued', 'inForce', 'repealed'] if swap else ['issued', 'repealed', 'inForce']
    fl = {'issued': '本年制发件数', 'repealed': '本年废止件数', 'inForce': '现行有效件数'}
    fee = '本年收费金额（单位：万元）' if unit_in_header else '本年收费金额'
    feeval = ad['fees']['amountWanYuan']
    feetxt = (f'{feeval:,.2f}' if 'thousands' in style else str(feeval)) + ('' if unit_in_header else '万元')
    return [
        [('第二十条第（一）项', 1, 4)],
        ['信息内容'] + [fl[x] for x in f],
        ['规章'] + [num(ad['rules'][x], style) for x in f],
        ['行政规范性文件'] + [num(ad['normativeDocs'][x], style) for x in f],
        [('第二十条第（五）项', 1, 4)],
        ['信息内容', ('本年处理决定数量', 1, 3)],
        ['行政许可', (num(ad['licensing']['decisions'], style), 1, 3)],
        [('第二十条第（六）项', 1, 4)],
        ['信息内容', ('本年处理决定数量', 1, 3)],
        ['行政处罚', (num(ad['penalties']['decisions'], style), 1, 3)],
        ['行政强制', (num(ad['enforcement']['decisions'], style), 1, 3)],
        [('第二十条第（八）项', 1, 4)],
        ['信息内容', (fee, 1, 3)],
        ['行政事业性收费', (feetxt, 1, 3)],
    ]


def section2_19(ad, style='', swap=False):
    """Section 二, 2019: five small tables. swap: 本年新公开数量 before 本年新制作数量."""
    f = ['newlyPublished', 'newlyMade', 'publishedTotal'] if swap else ['newlyMade', 'newlyPublished', 'publishedTotal']
    fl = {'newlyMade': '本年新制作数量', 'newlyPublished': '本年新公开数量', 'publishedTotal': '对外公开总数量'}

    def chg(n):
        return '0' if n == 0 else (f'增{n}' if n > 0 else f'减{-n}')

    amount = ad['procurement']['amountWanYuan']
    amt = f'{amount:,.2f}' if 'thousands' in style else str(amount)
    return [
        T([[('第二十条第（一）项', 1, 4)], ['信息内容'] + [fl[x] for x in f],
           ['规章'] + [num(ad['rules'][x], style) for x in f],
           ['规范性文件'] + [num(ad['normativeDocs'][x], style) for x in f]]),
        T([[('第二十条第（五）项', 1, 4)], ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
           ['行政许可', num(ad['licensing']['lastYearItems'], style), chg(ad['licensing']['change']), num(ad['licensing']['decisions'], style)],
           ['其他对外管理服务事项', num(ad['otherServices']['lastYearItems'], style), chg(ad['otherServices']['change']), num(ad['otherServices']['decisions'], style)]]),
        T([[('第二十条第（六）项', 1, 4)], ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
           ['行政处罚', num(ad['penalties']['lastYearItems'], style), chg(ad['penalties']['change']), num(ad['penalties']['decisions'], style)],
           ['行政强制', num(ad['enforcement']['lastYearItems'], style), chg(ad['enforcement']['change']), num(ad['enforcement']['decisions'], style)]]),
        T([[('第二十条第（八）项', 1, 3)], ['信息内容', '上一年项目数量', '本年增/减'],
           ['行政事业性收费', num(ad['fees']['lastYearItems'], style), chg(ad['fees']['change'])]]),
        T([[('第二十条第（九）项', 1, 3)], ['信息内容', '采购项目数量', '采购总金额（万元）'],
           ['政府集中采购', num(ad['procurement']['projects'], style), amt]]),
    ]


def ad21(rules, docs, lic, pen, enf, fee):
    return {'rules': dict(zip(['issued', 'repealed', 'inForce'], rules)), 'normativeDocs': dict(zip(['issued', 'repealed', 'inForce'], docs)),
            'licensing': {'decisions': lic}, 'penalties': {'decisions': pen}, 'enforcement': {'decisions': enf}, 'fees': {'amountWanYuan': fee}}


def ad19(rules, docs, lic, oth, pen, enf, fee, proc):
    f3 = ['lastYearItems', 'change', 'decisions']
    return {'rules': dict(zip(['newlyMade', 'newlyPublished', 'publishedTotal'], rules)),
            'normativeDocs': dict(zip(['newlyMade', 'newlyPublished', 'publishedTotal'], docs)),
            'licensing': dict(zip(f3, lic)), 'otherServices': dict(zip(f3, oth)), 'penalties': dict(zip(f3, pen)),
            'enforcement': dict(zip(f3, enf)), 'fees': dict(zip(['lastYearItems', 'change'], fee)),
            'procurement': dict(zip(['projects', 'amountWanYuan'], proc))}


NO_FLAGS = {'present': [], 'absent': ['REQUESTS_IDENTITY', 'REQUESTS_ROW_TOTAL', 'REQUESTS_HANDLED_TOTAL', 'REVIEW_TOTAL']}
REPORTS = []


def report(id, fmt, title, template, layout, blocks, metrics, ad, rq, rv, flags=NO_FLAGS):
    REPORTS.append(dict(id=id, fmt=fmt, title=title, template=template, layout=layout, blocks=blocks, metrics=metrics, ad=ad, rq=rq, rv=rv, flags=flags))


def tail(body, year, prob='一是部分栏目内容更新不及时。二是政策解读形式单一。', fix='下一步，将加强栏目巡查，丰富解读形式。', heads=HEAD21):
    return [P(heads[4], True), P(prob), P(fix), P(heads[5], True), P('本年度未收取信息处理费。'), P(body), P(f'{year + 1}年1月25日')]


# n01 — 2021 HTML: 法人或其他组织 columns before 自然人.
rq = requests('2021', {'granted': [14, 6, 0, 1, 2, 0], 'partiallyGranted': [3, 1, 0, 0, 0, 0], 'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0],
                       'unavailable.notHeld': [6, 2, 0, 0, 1, 1], 'notProcessed.petition': [2, 0, 0, 0, 0, 0], 'otherHandling.other': [1, 0, 0, 0, 0, 0]},
              [2, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0])
rv = review((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 0, 0))
ad = ad21((0, 0, 0), (3, 1, 17), 112, 46, 3, 0)
t3 = table3('2021', rq, order=[1, 2, 3, 4, 5, 0, 6])
b = [P('本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2022年1月1日至2022年12月31日。'),
     P(HEAD21[0], True), P('2022年，本局主动公开政府信息327条，全年收到政府信息公开申请39件，均按期答复。'),
     P(HEAD21[1], True), T(section2_21(ad)), P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv))] + tail('白沙县农业农村局', 2022)
report('nw01-baisha-nyncj_2022', 'html', '白沙县农业农村局2022年政府信息公开工作年度报告', '2021',
       'HTML with rowspan/colspan; table 三 prints the five 法人或其他组织 columns BEFORE 自然人 (then 总计)', b,
       {'activeDisclosureItems': 327, 'requestsReceived': 39}, ad, rq, rv)

# n02 — 2019 Markdown: labels shortened (no numbering), section 二 with 本年新公开 before 本年新制作, 千分位.
rq = requests('2019', {'granted': [820, 311, 12, 4, 25, 6], 'partiallyGranted': [96, 20, 0, 0, 3, 0], 'withheld.stateSecret': [2, 0, 0, 0, 0, 0],
                       'withheld.thirdPartyRights': [14, 5, 0, 0, 1, 0], 'withheld.processInformation': [9, 1, 0, 0, 0, 0],
                       'unavailable.notHeld': [233, 48, 3, 1, 7, 2], 'unavailable.needsCreation': [18, 2, 0, 0, 0, 0],
                       'unavailable.unclearAfterCorrection': [11, 0, 0, 0, 0, 0], 'notProcessed.petition': [41, 3, 0, 0, 0, 0],
                       'notProcessed.duplicate': [27, 2, 0, 0, 0, 0], 'notProcessed.massRepeated': [6, 0, 0, 0, 0, 0], 'otherHandling': [15, 1, 0, 0, 0, 0]},
              [37, 6, 0, 0, 1, 0], [52, 9, 1, 0, 0, 0])
rv = review((31, 6, 2, 4), (9, 1, 3, 5), (2, 0, 1, 1))
ad = ad19((0, 0, 0), (12, 14, 206), (58, 3, 12480), (21, -2, 3306), (17, 0, 1905), (6, 1, 88), (9, -1), (42, 1234.56))
heads19 = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
t3 = table3('2019', rq, labels=SHORT, merged=False, style='thousands')
b = [P('本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。'), P(heads19[0], True),
     P('2019年，全市住房和城乡建设系统主动公开政府信息5,012条，受理政府信息公开申请1,767件。'),
     P(heads19[1], True)] + section2_19(ad, style='thousands', swap=True) + [P(heads19[2], True), T(t3[0]), P(heads19[3], True), T(table4(rv, style='thousands'))] + tail('鹿城市住房和城乡建设局', 2019)
report('nw02-lucheng-zjj_2019', 'md', '鹿城市住房和城乡建设局2019年政府信息公开工作年度报告', '2019',
       'Markdown from a converter; table 三 with one label column and every label shortened without its numbering (予以公开, 属于国家秘密, 其他处理 …), the group headings on rows of their own; section 二 prints 本年新公开数量 before 本年新制作数量; counts and 万元 with 千分位 (12,480; 1,234.56)', b,
       {'activeDisclosureItems': 5012, 'requestsReceived': 1767}, ad, rq, rv)

# n03 — 2021 DOCX (LibreOffice from HTML): table 三 split in two with 续表 and the header repeated.
rq = requests('2021', {'granted': [9, 3, 0, 0, 0, 1], 'partiallyGranted': [2, 0, 0, 0, 0, 0], 'withheld.internalAffairs': [1, 0, 0, 0, 0, 0],
                       'unavailable.notHeld': [4, 1, 0, 0, 0, 0], 'unavailable.needsCreation': [1, 0, 0, 0, 0, 0], 'notProcessed.duplicate': [2, 0, 0, 0, 0, 0],
                       'otherHandling.noCorrection': [1, 0, 0, 0, 0, 0], 'otherHandling.feeUnpaid': [0, 1, 0, 0, 0, 0]},
              [1, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0])
rv = review((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))
ad = ad21((0, 0, 1), (4, 2, 23), 2316, 418, 12, 1234.56)
t3 = table3('2021', rq, split_after='withheld.internalAffairs')
b = [P('本报告由县卫生健康委员会编制，统计期限为2023年1月1日至2023年12月31日。'), P(HEAD21[0], True),
     P('2023年共主动公开政府信息1,086条；收到政府信息公开申请27件。'), P(HEAD21[1], True), T(section2_21(ad, style='thousands')),
     P(HEAD21[2], True), T(t3[0]), ('page',), P('续表'), T(t3[1]), P(HEAD21[3], True), T(table4(rv))] + tail('安平县卫生健康委员会', 2023)
report('nw03-anping-wjw_2023', 'docx', '安平县卫生健康委员会2023年政府信息公开工作年度报告', '2021',
       'DOCX (LibreOffice from sources/*.html); table 三 broken after 5.属于三类内部事务信息 into two tables, the second under a 续表 line with the whole header repeated; 万元 1,234.56 and counts 2,316 with 千分位', b,
       {'activeDisclosureItems': 1086, 'requestsReceived': 27}, ad, rq, rv)

# n04 — 2021 PDF (LibreOffice from HTML): table 四's result headers on two lines, counts with " 件".
rq = requests('2021', {'granted': [21, 4, 1, 0, 0, 0], 'partiallyGranted': [5, 1, 0, 0, 0, 0], 'withheld.securityStability': [1, 0, 0, 0, 0, 0],
                       'withheld.enforcementFiles': [2, 0, 0, 0, 0, 0], 'unavailable.notHeld': [7, 3, 0, 0, 1, 0], 'notProcessed.publication': [1, 0, 0, 0, 0, 0],
                       'notProcessed.confirmOrReissue': [1, 0, 0, 0, 0, 0], 'otherHandling.other': [2, 0, 0, 0, 0, 0]},
              [3, 0, 0, 0, 0, 0], [4, 1, 0, 0, 0, 0])
rv = review((3, 1, 1, 1), (2, 0, 0, 1), (1, 0, 0, 0))
ad = ad21((1, 0, 4), (6, 3, 31), 540, 96, 7, 3.5)
t3 = table3('2021', rq, style='unit-space')
b = [P(HEAD21[0], True), P('2024年，我局主动公开政府信息421条，共收到依申请信息公开52件。'), P(HEAD21[1], True), T(section2_21(ad)),
     P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv, two_line=True, style='unit-space'))] + tail('青岭市市场监督管理局', 2024)
report('nw04-qingling-scjgj_2024', 'pdf', '青岭市市场监督管理局2024年政府信息公开工作年度报告', '2021',
       'PDF (LibreOffice from sources/*.html); table 四 result headers broken over two lines (结果/纠正, 尚未/审结); counts in tables 三 and 四 written with a space and 件 ("12 件")', b,
       {'activeDisclosureItems': 421, 'requestsReceived': 52}, ad, rq, rv)

# n05 — 2021 crawled text, one cell per line, full-width digits in every table.
rq = requests('2021', {'granted': [6, 1, 0, 0, 0, 0], 'partiallyGranted': [1, 0, 0, 0, 0, 0], 'unavailable.notHeld': [3, 0, 0, 0, 0, 0],
                       'notProcessed.petition': [1, 0, 0, 0, 0, 0]},
              [0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0])
rv = review((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))
ad = ad21((0, 0, 0), (1, 0, 5), 18, 4, 0, 0)
t3 = table3('2021', rq, style='fullwidth')
b = [P(HEAD21[0], True), P('2021年，全镇主动公开政府信息156条，受理政府信息公开申请13件。'), P(HEAD21[1], True), T(section2_21(ad, style='fullwidth')),
     P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv, style='fullwidth'))] + tail('柳溪镇人民政府', 2021)
report('nw05-liuxi-zhen_2021', 'txt', '柳溪镇人民政府2021年政府信息公开工作年度报告', '2021',
       'crawled web text, one cell per line; every table count in full-width digits (１２); no 勾稽 note', b,
       {'activeDisclosureItems': 156, 'requestsReceived': 13}, ad, rq, rv)

# n06 — 2019 HTML: table 三 with a 小计 row under each of （三）…（五）（六）.
rq = requests('2019', {'granted': [17, 5, 0, 0, 1, 0], 'partiallyGranted': [4, 0, 0, 0, 0, 0], 'withheld.stateSecret': [1, 0, 0, 0, 0, 0],
                       'withheld.processInformation': [2, 1, 0, 0, 0, 0], 'unavailable.notHeld': [8, 2, 0, 1, 0, 0], 'unavailable.unclearAfterCorrection': [1, 0, 0, 0, 0, 0],
                       'notProcessed.petition': [3, 0, 0, 0, 0, 0], 'notProcessed.duplicate': [1, 1, 0, 0, 0, 0], 'otherHandling': [2, 0, 0, 0, 0, 0]},
              [2, 0, 0, 0, 0, 0], [3, 1, 0, 0, 0, 0])
rv = review((2, 0, 0, 1), (1, 1, 0, 0), (0, 0, 0, 0))
ad = ad19((0, 0, 0), (2, 2, 31), (44, 0, 517), (13, 1, 260), (9, -3, 144), (2, 0, 6), (3, 0), (11, 86.4))
t3 = table3('2019', rq, subtotal_rows=True)
b = [P(HEAD21[0], True), P('2020年，区教育局主动公开政府信息688条，收到政府信息公开申请52件。'), P(HEAD21[1], True)] + section2_19(ad) + [
    P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv))] + tail('东岸区教育局', 2020)
report('nw06-dongan-jyj_2020', 'html', '东岸区教育局2020年政府信息公开工作年度报告', '2019',
       'HTML; table 三 prints a 小计 row (its group\'s sums) at the head of （三）不予公开, （四）无法提供, （五）不予处理 and under （六）其他处理 (one row of the 2019 template)', b,
       {'activeDisclosureItems': 688, 'requestsReceived': 52}, ad, rq, rv)

# n07 — 2021 Markdown: 总计 written 合计 (columns and 办理结果), two-line 四 header, 现行有效 before 废止.
rq = requests('2021', {'granted': [11, 2, 0, 0, 0, 0], 'partiallyGranted': [2, 1, 0, 0, 0, 0], 'withheld.prohibitedByLaw': [1, 0, 0, 0, 0, 0],
                       'unavailable.notHeld': [5, 0, 0, 1, 0, 0], 'unavailable.needsCreation': [2, 0, 0, 0, 0, 0], 'notProcessed.massRepeated': [3, 0, 0, 0, 0, 0],
                       'otherHandling.noCorrection': [1, 0, 0, 0, 0, 0]},
              [1, 1, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0])
rv = review((4, 0, 1, 0), (1, 0, 1, 1), (0, 1, 0, 0))
ad = ad21((0, 0, 2), (5, 4, 40), 77, 31, 2, 12.8)
lab = dict(LABEL, handledTotal='（七）合计')
t3 = table3('2021', rq, labels=lab, total_word='合计')
b = [P(HEAD21[0], True), P('2023年，区司法局主动公开政府信息233条，接收各类政府信息公开申请共计29件。'), P(HEAD21[1], True), T(section2_21(ad, swap=True)),
     P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv, total_word='合计'))] + tail('南溪区司法局', 2023)
report('nw07-nanxi-sfj_2023', 'md', '南溪区司法局2023年政府信息公开工作年度报告', '2021',
       'Markdown; the 总计 column and row written 合计 (table 三 and table 四); section 二 prints 现行有效件数 before 本年废止件数', b,
       {'activeDisclosureItems': 233, 'requestsReceived': 29}, ad, rq, rv)

# n08 — 2021 crawled text, a table row per line, tabs; 法人 before 自然人 and shortened labels.
rq = requests('2021', {'granted': [30, 8, 1, 0, 2, 1], 'partiallyGranted': [6, 2, 0, 0, 0, 0], 'withheld.thirdPartyRights': [2, 1, 0, 0, 0, 0],
                       'withheld.administrativeQuery': [1, 0, 0, 0, 0, 0], 'unavailable.notHeld': [12, 4, 0, 0, 1, 0], 'unavailable.unclearAfterCorrection': [2, 0, 0, 0, 0, 0],
                       'notProcessed.petition': [4, 1, 0, 0, 0, 0], 'notProcessed.duplicate': [3, 0, 0, 0, 0, 0], 'otherHandling.other': [1, 1, 0, 0, 0, 0]},
              [5, 2, 0, 0, 0, 0], [3, 1, 0, 0, 1, 0])
rv = review((5, 2, 0, 1), (3, 0, 1, 2), (1, 0, 0, 1))
ad = ad21((0, 0, 0), (2, 1, 14), 1530, 212, 19, 0)
t3 = table3('2021', rq, labels=SHORT, order=[1, 2, 3, 4, 5, 0, 6])
b = [P(HEAD21[0], True), P('2022年，本局主动公开政府信息904条，全年共收到政府信息公开申请81件，上年结转7件。'), P(HEAD21[1], True), T(section2_21(ad)),
     P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv))] + tail('云岭县自然资源局', 2022)
report('nw08-yunlingx-zrzyj_2022', 'txt', '云岭县自然资源局2022年政府信息公开工作年度报告', '2021',
       'web page copied as text: a table row per line, cells apart by tabs, merged cells left out; table 三 with 法人或其他组织 before 自然人 and shortened labels (不予公开 → 属于国家秘密 …)', b,
       {'activeDisclosureItems': 904, 'requestsReceived': 81}, ad, rq, rv)

# n09 — 2021 HTML: the report's own arithmetic error (one row's 总计 off by 2; handled ≠ received + carried).
rq = requests('2021', {'granted': [8, 2, 0, 0, 0, 0], 'partiallyGranted': [1, 0, 0, 0, 0, 0], 'unavailable.notHeld': [4, 1, 0, 0, 0, 0],
                       'notProcessed.duplicate': [1, 0, 0, 0, 0, 0], 'otherHandling.other': [1, 0, 0, 0, 0, 0]},
              [1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0])
rq['granted'][6] = 12  # printed 12 where the row adds up to 10
rv = review((1, 0, 0, 0), (0, 0, 0, 1), (0, 0, 0, 0))
ad = ad21((0, 0, 0), (1, 0, 6), 64, 9, 0, 0.6)
t3 = table3('2021', rq)
b = [P(HEAD21[0], True), P('2024年，街道主动公开政府信息97条，受理政府信息公开申请17件。'), P(HEAD21[1], True), T(section2_21(ad)),
     P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv))] + tail('北关街道办事处', 2024)
report('nw09-beiguan-jiedao_2024', 'html', '北关街道办事处2024年政府信息公开工作年度报告', '2021',
       'HTML; the report\'s own error: （一）予以公开 总计 printed 12 where its cells add up to 10 (so the row total and 办理结果总计 fail); never to be repaired', b,
       {'activeDisclosureItems': 97, 'requestsReceived': 17}, ad, rq, rv,
       {'present': ['REQUESTS_ROW_TOTAL'], 'absent': ['REVIEW_TOTAL']})

# n10 — 2019 DOCX: section 二 five tables with 千分位 and decimals, 本年新公开 first; table 三 with 小计 rows and shortened group labels.
rq = requests('2019', {'granted': [140, 38, 2, 1, 4, 3], 'partiallyGranted': [22, 6, 0, 0, 1, 0], 'withheld.thirdPartyRights': [5, 2, 0, 0, 0, 0],
                       'withheld.internalAffairs': [3, 0, 0, 0, 0, 0], 'unavailable.notHeld': [61, 12, 1, 0, 2, 1], 'unavailable.needsCreation': [7, 1, 0, 0, 0, 0],
                       'notProcessed.petition': [12, 0, 0, 0, 0, 0], 'notProcessed.duplicate': [9, 2, 0, 0, 0, 0], 'otherHandling': [6, 1, 0, 0, 0, 0]},
              [11, 3, 0, 0, 0, 0], [15, 2, 0, 0, 1, 0])
rv = review((12, 3, 1, 2), (4, 1, 0, 2), (1, 0, 0, 0))
ad = ad19((1, 1, 9), (8, 9, 122), (35, 4, 2087), (14, 0, 1520), (12, 2, 1102), (3, 0, 41), (5, -2), (26, 2345.07))
t3 = table3('2019', rq, subtotal_rows=True, labels=SHORT)
b = [P(HEAD21[0], True), P('2019年，市交通运输局主动公开政府信息2,361条，收到政府信息公开申请346件。'), P(HEAD21[1], True)] + section2_19(ad, style='thousands', swap=True) + [
    P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv))] + tail('桐江市交通运输局', 2019)
report('nw10-tongjiang-jtysj_2019', 'docx', '桐江市交通运输局2019年政府信息公开工作年度报告', '2019',
       'DOCX (LibreOffice from sources/*.html); table 三 with a 小计 row at the head of each group and shortened labels; section 二 with 本年新公开数量 before 本年新制作数量, 千分位 counts (2,087) and 万元 2,345.07', b,
       {'activeDisclosureItems': 2361, 'requestsReceived': 346}, ad, rq, rv)

# n11 — 2021 PDF: table 三 split with 续表 after the 不予处理 rows, 12件 in cells, 法人 first.
rq = requests('2021', {'granted': [19, 7, 0, 1, 0, 0], 'partiallyGranted': [4, 2, 0, 0, 0, 0], 'withheld.stateSecret': [1, 0, 0, 0, 0, 0],
                       'unavailable.notHeld': [9, 3, 0, 0, 0, 1], 'notProcessed.petition': [2, 0, 0, 0, 0, 0], 'notProcessed.confirmOrReissue': [1, 0, 0, 0, 0, 0],
                       'otherHandling.noCorrection': [2, 0, 0, 0, 0, 0], 'otherHandling.other': [1, 1, 0, 0, 0, 0]},
              [2, 1, 0, 0, 0, 0], [3, 0, 0, 0, 0, 0])
rv = review((2, 1, 0, 0), (1, 0, 0, 0), (0, 0, 0, 1))
ad = ad21((0, 1, 3), (2, 1, 19), 306, 58, 4, 21.35)
t3 = table3('2021', rq, style='unit', order=[1, 2, 3, 4, 5, 0, 6], split_after='notProcessed.confirmOrReissue')
b = [P(HEAD21[0], True), P('2025年，区民政局主动公开政府信息276条，全年受理政府信息公开申请54件。'), P(HEAD21[1], True), T(section2_21(ad)),
     P(HEAD21[2], True), T(t3[0]), ('page',), P('续表'), T(t3[1]), P(HEAD21[3], True), T(table4(rv, style='unit'))] + tail('西陵区民政局', 2025)
report('nw11-xiling-mzj_2025', 'pdf', '西陵区民政局2025年政府信息公开工作年度报告', '2021',
       'PDF (LibreOffice from sources/*.html); table 三 with 法人或其他组织 before 自然人, broken after （五） into a 续表 with the header repeated on the next page; counts written 12件', b,
       {'activeDisclosureItems': 276, 'requestsReceived': 54}, ad, rq, rv)

# n12 — 2021 Markdown: the report's own error in table 四 (复议 总计 printed 3 for 1+1+0+0).
rq = requests('2021', {'granted': [5, 0, 0, 0, 0, 0], 'partiallyGranted': [1, 0, 0, 0, 0, 0], 'unavailable.notHeld': [2, 1, 0, 0, 0, 0]},
              [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0])
rv = review((1, 1, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))
rv['review'][4] = 3
ad = ad21((0, 0, 0), (0, 0, 2), 9, 1, 0, 0)
t3 = table3('2021', rq, labels=SHORT, subtotal_rows=True)
b = [P(HEAD21[0], True), P('2025年，乡政府主动公开政府信息64条，收到政府信息公开申请9件。'), P(HEAD21[1], True), T(section2_21(ad, unit_in_header=False)),
     P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv))] + tail('石桥乡人民政府', 2025)
report('nw12-shiqiao-xiang_2025', 'md', '石桥乡人民政府2025年政府信息公开工作年度报告', '2021',
       'Markdown; table 三 with shortened labels and a 小计 row per group; section 二 万元 written in the cell (0万元); the report\'s own error: table 四 行政复议 总计 printed 3 where 1+1+0+0 = 2', b,
       {'activeDisclosureItems': 64, 'requestsReceived': 9}, ad, rq, rv,
       {'present': ['REVIEW_TOTAL'], 'absent': ['REQUESTS_IDENTITY', 'REQUESTS_ROW_TOTAL', 'REQUESTS_HANDLED_TOTAL']})

# n13 — 2019 crawled text, tabs, 法人 first, full-width digits, 千分位 absent.
rq = requests('2019', {'granted': [26, 3, 0, 0, 1, 0], 'partiallyGranted': [3, 0, 0, 0, 0, 0], 'withheld.processInformation': [1, 0, 0, 0, 0, 0],
                       'unavailable.notHeld': [10, 2, 0, 0, 0, 0], 'unavailable.needsCreation': [1, 1, 0, 0, 0, 0], 'notProcessed.petition': [2, 0, 0, 0, 0, 0],
                       'otherHandling': [1, 0, 0, 0, 0, 0]},
              [1, 0, 0, 0, 0, 0], [2, 1, 0, 0, 0, 0])
rv = review((1, 0, 0, 1), (0, 1, 0, 0), (0, 0, 0, 0))
ad = ad19((0, 0, 0), (3, 3, 27), (16, 1, 233), (7, 0, 95), (5, 0, 61), (1, 0, 3), (2, 0), (6, 45.2))
t3 = table3('2019', rq, order=[1, 2, 3, 4, 5, 0, 6], style='fullwidth')
b = [P(HEAD21[0], True), P('2020年，县水利局主动公开政府信息412条，收到政府信息公开申请53件。'), P(HEAD21[1], True)] + section2_19(ad, swap=True) + [
    P(HEAD21[2], True), T(t3[0]), P(HEAD21[3], True), T(table4(rv))] + tail('平川县水利局', 2020)
report('nw13-pingchuan-slj_2020', 'txt', '平川县水利局2020年政府信息公开工作年度报告', '2019',
       'web page copied as text (a row per line, tabs); table 三 with 法人或其他组织 before 自然人 and full-width digits; section 二 with 本年新公开数量 before 本年新制作数量', b,
       {'activeDisclosureItems': 412, 'requestsReceived': 53}, ad, rq, rv)


def check(r):
    rq, rv = r['rq'], r['rv']
    assert r['metrics']['requestsReceived'] == rq['received'][6], (r['id'], rq['received'][6])


def main():
    for d in ('reports', 'gold'):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for r in REPORTS:
        check(r)
        title, blocks = r['title'], [P(r['title'])] + r['blocks']
        path = os.path.join(ROOT, 'reports', f"{r['id']}.{r['fmt']}")
        if r['fmt'] == 'html':
            open(path, 'w', encoding='utf-8').write(html_of(title, blocks))
        elif r['fmt'] == 'md':
            open(path, 'w', encoding='utf-8').write(md_of(title, r['blocks']))
        elif r['fmt'] == 'txt':
            text = lines_of(title, r['blocks']) if 'one cell per line' in r['layout'] else crawled_of(title, r['blocks'])
            open(path, 'w', encoding='utf-8').write(text)
        else:
            html = html_of(title, blocks)
            open(os.path.join(HERE, f"{r['id']}.html"), 'w', encoding='utf-8').write(html)
            soffice(html, path, r['fmt'])
        gold = {'layout': r['layout'], 'template': r['template'], 'metrics': r['metrics'], 'activeDisclosure': r['ad'],
                'requests': {'rows': r['rq']}, 'reviewLitigation': r['rv'], 'expectedFlags': r['flags']}
        with open(os.path.join(ROOT, 'gold', f"{r['id']}.json"), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', path)


if __name__ == '__main__':
    main()
