// The data check on every real disclosure the project has: each finding listed, and each reviewed against
// the document (the page images, by hand; the inventory of every figure in the written parts is summed up in
// test/fixtures/checks/README.md). The JSONs are what `budget-kit import` gives for the PDFs of
// test/fixtures/pdf/, committed so that the check is tested apart from the importer. Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkBudget, checkScope } from '../../dist/lib/index.js';

const check = (name) => {
  const r = checkBudget(JSON.parse(readFileSync(`test/fixtures/checks/${name}.json`, 'utf8')));
  assert.equal(r.ok, true);
  return r.reconciliation;
};
/** Each finding and remark as [rule id, severity, what it is about]. */
const listed = (rec) => [
  ...rec.findings.map((f) => [f.ruleId, f.severity, `${f.subject['zh-CN']} ${f.published} / ${f.computed}`]),
  ...rec.remarks.map((r) => [r.ruleId, r.severity, r.message['zh-CN']]),
];

test('商务委员会 2025: nothing found, and what could not be checked is said', () => {
  const rec = check('shanghai-putuo-commerce-2025-budget');
  assert.deepEqual(listed(rec), []);
  assert.match(checkScope(rec, 'zh-CN'), /说明文字中 44 个数字，33 个已与表核对，11 个无法核对/);
});

test('司法局 2026: three discrepancies in the text, and a 类 under its former name', () => {
  assert.deepEqual(listed(check('shanghai-putuo-justice-2026-budget')), [
    // True: item 12 says "2026年预算安排201.50万元" where its headline and the table say 208.80 (p. 9).
    ['R-TEXT-01', 'warning', '2210201 住房公积金 201.50 / 208.7959'],
    // True: item 11 calls 210 by its name before 2018.
    ['R-TEXT-01', 'note', '说明文字把 210 类写作“医疗卫生与计划生育支出”，表中为“卫生健康支出”（2018 年起的名称）。'],
    // True in the source: last year's execution is printed 43269.3 (a stray 4: 17.62% fits 3269.3), p. 9.
    ['R-TEXT-02', 'warning', '说明文字写 2040699 其他司法支出 增加 17.62%；按表中该项 3,845.49万元 与所写上年执行数 43,269.30万元 计算，应为减少 91.11%。'],
    // True: 17.66% is item 8's percentage; 91.97 against 77.99 is 17.93%.
    [
      'R-TEXT-02',
      'warning',
      '说明文字写 2080506 机关事业单位职业年金缴费支出 增加 17.66%；按表中该项 91.97万元 与所写上年执行数 77.99万元 计算，应为增加 17.93%。',
    ],
  ]);
});

test('财政局 2025: one figure off by 800万元, and four cut instead of rounded', () => {
  const rec = check('shanghai-putuo-finance-2025-budget');
  assert.deepEqual(listed(rec), [
    // True: the department cuts to two decimals (87.708 → 87.70), here and in the three below: rounding notes.
    ['R-TEXT-01', 'note', '2080501 行政单位离退休 87.70 / 87.708'],
    // True: 887.36 for the table's 87.36 (p. 7).
    ['R-TEXT-01', 'warning', '2080506 机关事业单位职业年金缴费支出 887.36 / 87.3617'],
    ['R-TEXT-01', 'note', '2101101 行政单位医疗 78.21 / 78.2164'],
    ['R-TEXT-01', 'note', '2210201 住房公积金 204.91 / 204.9197'],
    ['R-TEXT-01', 'note', '2210203 购房补贴 268.77 / 268.776'],
  ]);
  // The text layer holds items 7–11 twice (hidden overflow): each is checked once.
  assert.equal(rec.findings.filter((f) => f.subject['zh-CN'].startsWith('2080506')).length, 1);
});

test('万里街道 2023: every finding true; the five project forms are checked against the text’s own count, not against 项目支出', () => {
  assert.deepEqual(listed(check('shanghai-putuo-wanli-2023-budget')), [
    // True: the form of 公共服务设施运行经费 (p. 35) prints 当年财政拨款 11,419,043.00 under a 年度资金申请总额 of 10,903,043.00.
    ['R-PROJ-01', 'warning', '公共服务设施运行经费 10903043.00 / 11419043.00'],
    // True: "编报绩效目标的项目5个，涉及项目预算资金3328.13万元" (p. 29); the five forms add up to 3,351.33万元.
    ['R-PROJ-02', 'warning', '编报绩效目标的项目 3328.13 / 3351.33'],
    // True: item 16 repeats item 15's 441.25 (the table and its headline say 220.63), p. 7 …
    ['R-TEXT-01', 'warning', '2080506 机关事业单位职业年金缴费支出 441.25 / 220.6272'],
    // True: 11.67 → 45.41 is +289.12%, not +314.82% (p. 6).
    ['R-TEXT-02', 'warning', '说明文字写 2012902 一般行政管理事务 增加 314.82%；按表中该项 45.41万元 与所写上年执行数 11.67万元 计算，应为增加 289.12%。'],
    // … and item 15's 60.54% (p. 7).
    [
      'R-TEXT-02',
      'warning',
      '说明文字写 2080506 机关事业单位职业年金缴费支出 增加 60.54%；按表中该项 220.63万元 与所写上年执行数 132.59万元 计算，应为增加 66.40%。',
    ],
    // True: "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元" (p. 6), the general budget's increase copied.
    ['R-TEXT-04', 'warning', '说明文字中为 0 的数却“增加1421.25万元”：增加后为 0 意味着上年为负数，不可能；可能误抄了别处的增减额。'],
  ]);
});

test('万里街道 2024: last year’s figure left in one sentence', () => {
  assert.deepEqual(listed(check('shanghai-putuo-wanli-2024-budget')), [
    // True: item 31 住房公积金 350.35万元, then "2024年预算安排352.67万元", the 2023 budget's figure (p. 9).
    ['R-TEXT-01', 'warning', '2210201 住房公积金 352.67 / 350.3499'],
  ]);
});

test('社会福利院 2024 (unit budget): one item stated with 42.18万元 more than its table; its own numbering of 302 and 303 noted', () => {
  const rec = check('shanghai-putuo-welfare-home-2024-unit-budget');
  // True: its 基本支出 table numbers the 款 of 302 and 303 its own way (30202 咨询费, 30204 电费 …, page 14), where the
  // other disclosures on record agree on the standard names; notes for the reader, not errors.
  assert.deepEqual(
    rec.remarks.filter((r) => r.ruleId === 'R-CODE-01').map((r) => r.quote),
    [
      '30108 机关事业单位基本养老保险费',
      '30202 咨询费',
      // 30203, 30208 and 30212: since the two 2024 final accounts of 规划局 and 社工部 joined data/, two disclosures
      // on record also agree on their standard names (咨询费, 取暖费, 因公出国（境）费用).
      '30203 水费',
      '30204 电费',
      '30205 邮电费',
      '30206 办公设备购置费',
      '30207 工会经费',
      '30208 福利费',
      '30211 事业单位离退休人员福利费',
      '30212 机关事业单位退休人员活动费',
      '30213 其他商品和服务支出',
      '303 离退休人员经费',
      // 30301 is 离休费 in the standard list, and in the 财政局 2024 final account of data/ too (its 退休费 is 30302).
      '30301 退休费',
    ],
  );
  assert.ok(rec.remarks.every((r) => r.ruleId !== 'R-CODE-01' || r.severity === 'note'));
  assert.deepEqual(listed({ ...rec, remarks: rec.remarks.filter((r) => r.ruleId !== 'R-CODE-01') }), [
    // True: item 4 社会福利事业单位 738.66万元 (twice) and +3.84%; the table's 一般公共预算 figure is 696.48 (p. 6).
    ['R-TEXT-01', 'warning', '2081005 社会福利事业单位 738.66 / 696.4796'],
    ['R-TEXT-01', 'warning', '2081005 社会福利事业单位 738.66 / 696.4796'],
    ['R-TEXT-01', 'note', '说明文字把 210 类写作“医疗卫生与计划生育支出”，表中为“卫生健康支出”（2018 年起的名称）。'],
    ['R-TEXT-02', 'warning', '说明文字写 2081005 社会福利事业单位 增加 3.84%；按表中该项 696.48万元 与所写上年执行数 711.34万元 计算，应为减少 2.09%。'],
  ]);
});

test('the code list is what the disclosures on record give (node scripts/compile-code-list.mjs)', () => {
  const r = spawnSync(process.execPath, ['scripts/compile-code-list.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('the founding department: still exactly its two rounding notes; its text agrees with its tables', () => {
  const r = checkBudget(JSON.parse(readFileSync('data/xushui-administrative-approval-2024.json', 'utf8')));
  const rec = r.reconciliation;
  assert.deepEqual(
    listed(rec).map((f) => f.slice(0, 2)),
    [
      ['R-ECON-01', 'note'],
      ['R-ECON-01', 'note'],
    ],
  );
  assert.ok(rec.text.checked >= 19);
});
