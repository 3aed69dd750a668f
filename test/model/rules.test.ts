import { expect } from '@open-wc/testing';
import { reconcile, reconcileYears, type Finding, type ReconciliationReport } from '../../src/model/reconcile.js';
import { RULE_ID, RULES, TOLERANCE } from '../../src/model/rules/index.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json, SEED, SHANGHAI, text } from '../helpers/files.js';

/** The 财政局's 2024 final account, imported from its PDF (test/fixtures/pdf/). */
const FINAL = 'test/fixtures/final/shanghai-putuo-finance-2024-final.json';

type Doc = BudgetDocument & Record<string, any>;

const byId = new Map(RULES.map((r) => [r.id, r]));

/** Every finding names a rule of RULES, and its `rule` is one of that rule's names. */
function expectKnownRules(findings: Finding[]): void {
  for (const f of findings) {
    const rule = byId.get(f.ruleId);
    expect(rule, `ruleId ${f.ruleId} of ${f.path}`).to.not.equal(undefined);
    expect(rule!.names, `${f.ruleId} names`).to.include(f.rule);
  }
}

/** What the report of a real file was before the checks became rules (recorded from the code of then). */
const brief = (r: ReconciliationReport) => ({
  // the checks within and between the tables (those of the written part are counted apart)
  checks: r.checks - r.textChecks,
  notes: r.notes,
  warnings: r.warnings,
  findings: r.findings.map((f) => ({
    severity: f.severity,
    rule: f.rule,
    path: f.path,
    paths: f.paths,
    published: f.published,
    computed: f.computed,
    message: f.message,
  })),
});

/** Each figure of the document (a decimal string), for changing one at a time. */
function figures(doc: unknown): Array<[Record<string, unknown>, string]> {
  const out: Array<[Record<string, unknown>, string]> = [];
  const walk = (o: unknown) => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && k !== 'year' && k !== 'code') out.push([o as Record<string, unknown>, k]);
      else walk(v);
    }
  };
  walk(doc);
  return out;
}

describe('reconciliation rules', () => {
  let seed: Doc;
  let shanghai: Doc;
  /** A final account (决算, schema 1.3.0): the R-FINAL rules check what only it prints. */
  let final: Doc;
  let wanli2023: Doc;
  let wanli2024: Doc;
  before(async () => {
    wanli2023 = await json<Doc>('data/shanghai-putuo-wanli-2023-budget.json');
    wanli2024 = await json<Doc>('data/shanghai-putuo-wanli-2024-budget.json');
    seed = await json<Doc>(SEED);
    shanghai = await json<Doc>(SHANGHAI);
    final = await json<Doc>(FINAL);
  });

  it('gives every rule a unique id of the form R-<AREA>-<NN>, titles in zh-CN and en, what it reads and its tolerance', () => {
    expect(RULES.length).to.be.greaterThan(15);
    expect(new Set(RULES.map((r) => r.id)).size).to.equal(RULES.length);
    for (const r of RULES) {
      expect(r.id, r.id).to.match(RULE_ID);
      expect(r.title['zh-CN'], `${r.id} zh-CN title`).to.match(/[\u4e00-\u9fff]/);
      expect(r.title.en, `${r.id} en title`).to.match(/^[\x20-\x7e’×]+$/);
      expect(r.title.en.length, `${r.id} en title`).to.be.greaterThan(5);
      expect(r.reads, `${r.id} reads`).to.contain('$.');
      expect(Object.values(TOLERANCE), `${r.id} tolerance`).to.include(r.tolerance);
      expect(r.names.length, `${r.id} names`).to.be.greaterThan(0);
      expect(r.check, `${r.id} check`).to.be.a('function');
    }
  });

  it('is listed, exactly, in docs/reconciliation-rules.md, with the same titles, rule names and tolerances', async () => {
    const doc = await text('docs/reconciliation-rules.md');
    const rows = doc
      .split('\n')
      .filter((l) => /^\|\s*R-/.test(l))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows.map((r) => r[0])).to.deep.equal(RULES.map((r) => r.id));
    for (const [id, title, names, , tolerance, example] of rows) {
      const rule = byId.get(id)!;
      expect(title, id).to.equal(`${rule.title['zh-CN']}<br>${rule.title.en}`);
      expect(names, id).to.equal(rule.names.map((n) => `\`${n}\``).join(', '));
      expect(TOLERANCE[tolerance as keyof typeof TOLERANCE], id).to.equal(rule.tolerance);
      expect(example, id).to.match(/。$/);
    }
  });

  it('keeps the report of the founding department exactly as it was', () => {
    const r = reconcile(seed);
    expect(brief(r)).to.deep.equal({
      checks: 219,
      notes: 2,
      warnings: 0,
      findings: [
        {
          severity: 'note',
          rule: 'sum.economic',
          path: '$.expenditure.economic.items[0].amounts.total',
          paths: ['$.expenditure.economic.items[0].amounts.total', '$.expenditure.economic.items[0].amounts.byCostKind.personnel'],
          published: '332.42',
          computed: '332.41',
          message: {
            'zh-CN':
              '301 工资福利支出（合计）公布为 332.42，其组成部分合计为 332.41，相差 +0.01；在舍位误差范围内（±0.045）；同一差异也见于：301 工资福利支出（人员经费）。',
            en: '301 工资福利支出 (Total) is published as 332.42, but its parts add up to 332.41 (difference +0.01); within rounding tolerance (±0.045); the same difference also appears in: 301 工资福利支出 (Personnel costs).',
          },
        },
        {
          severity: 'note',
          rule: 'sum.economic',
          path: '$.expenditure.economic.items[10].amounts.total',
          paths: ['$.expenditure.economic.items[10].amounts.total', '$.expenditure.economic.items[10].amounts.byCostKind.public', '$.operatingCosts.total'],
          published: '31.73',
          computed: '31.74',
          message: {
            'zh-CN':
              '302 商品和服务支出（合计）公布为 31.73，其组成部分合计为 31.74，相差 -0.01；在舍位误差范围内（±0.03）；同一差异也见于：302 商品和服务支出（公用经费）、机关运行经费。',
            en: '302 商品和服务支出 (Total) is published as 31.73, but its parts add up to 31.74 (difference -0.01); within rounding tolerance (±0.03); the same difference also appears in: 302 商品和服务支出 (Office and operating costs), Operating costs of the offices.',
          },
        },
      ],
    });
    expect(r.findings.map((f) => f.ruleId)).to.deep.equal(['R-ECON-01', 'R-ECON-01']);
    // its written part agrees with its tables wherever the two can be compared
    expect(r.remarks).to.deep.equal([]);
    expect(r.textChecks).to.equal(19);
    expectKnownRules(r.findings);
  });

  it('keeps the report of the Shanghai department exactly as it was', () => {
    expect(brief(reconcile(shanghai))).to.deep.equal({ checks: 256, notes: 0, warnings: 0, findings: [] });
  });

  it('names the rule that failed when one figure of the founding department is changed', () => {
    const cases: Array<[string, (d: Doc) => void, string, string]> = [
      ['income total', (d) => (d.income.total = '598.79'), 'R-TOTAL-01', '$.income.total'],
      [
        'a functional 项',
        (d) => (d.expenditure.functional.find((x: any) => x.code === '2010301')!.amounts.byType!.basic = '238.00'),
        'R-FUNC-01',
        '$.expenditure.functional[1].amounts.byType.basic',
      ],
      ['公用经费 of 合计', (d) => (d.expenditure.economic!.total!.byCostKind!.public = '32.73'), 'R-ECON-02', '$.expenditure.economic.total.total'],
      [
        'a project',
        (d) => ((d.projects![0].budget.total = '43.25'), (d.projects![0].budget.fiscal = '43.25')),
        'R-PROJ-02',
        '$.expenditure.functionalTotal.byType.project',
      ],
      [
        '公务接待费',
        (d) => (d.threePublic!.items.find((i: any) => i.key === 'reception')!.amounts = { total: '0.25', bySource: { generalPublicBudget: '0.25' } }),
        'R-3PUB-01',
        '$.threePublic.items[0].amounts.total',
      ],
      ['a 机关运行经费 item', (d) => (d.operatingCosts!.items![0].amount = '7.16'), 'R-OPC-01', '$.operatingCosts.total'],
      ['a procurement row', (d) => (d.procurement!.items![1].amounts.total = '8.00'), 'R-PROC-03', '$.procurement.subtotals[0].amounts.total'],
    ];
    for (const [what, edit, id, path] of cases) {
      const d = clone(seed);
      edit(d);
      const findings = reconcile(d).findings;
      expectKnownRules(findings);
      expect(
        findings.map((f) => [f.ruleId, f.path]),
        what,
      ).to.deep.include([id, path]);
    }
  });

  it('gives every finding a rule of RULES whichever figure is changed, and every rule finds something in some change', () => {
    const seen = new Set<string>();
    for (const original of [seed, shanghai, final]) {
      const d = clone(original);
      for (const [o, k] of figures(d)) {
        const v = o[k] as string;
        o[k] = v.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
        const findings = reconcile(d).findings;
        expectKnownRules(findings);
        for (const f of findings) seen.add(f.ruleId);
        o[k] = v;
      }
    }
    // The written part: each figure it states changed in its last digit, one at a time, in both files and in
    // sentences of the kinds the two files lack (a 项 with last year's figure and its change; a 0 with its change).
    const story = clone(seed);
    story.narrative!.push({
      id: 'overview',
      title: '编制说明',
      paragraphs: [
        '1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”238.28万元。2023年当年预算执行数为200.00万元，2024年预算安排238.28万元，比2023年预算执行数增加19.14%。',
        '国有资本经营预算拨款支出预算0万元，比2023年预算增加0万元。',
      ],
    });
    // A code's name: each changed, one at a time (a name two other disclosures agree on gives a note).
    for (const original of [seed, shanghai]) {
      const d = clone(original);
      for (const item of [...d.expenditure.functional, ...(d.expenditure.economic?.items ?? [])]) {
        const name = item.name;
        item.name = `${name}（改）`;
        for (const f of reconcile(d).remarks) seen.add(f.ruleId);
        item.name = name;
      }
    }
    for (const original of [seed, shanghai, story]) {
      const d = clone(original);
      for (const section of d.narrative ?? []) {
        section.paragraphs.forEach((para, j) => {
          for (const m of para.matchAll(/\d(?=(?:万元|元|%))/g)) {
            section.paragraphs[j] = para.slice(0, m.index) + String((Number(m[0]) + 1) % 10) + para.slice(m.index! + 1);
            const r = reconcile(d);
            expectKnownRules(r.findings);
            for (const f of [...r.findings, ...r.remarks]) seen.add(f.ruleId);
          }
          section.paragraphs[j] = para;
        });
      }
    }
    // The rules across years: 万里街道 2024 against its 2023 file, each stated change altered in its last digit.
    for (const c of wanli2024.changes ?? []) {
      const v = c.change;
      c.change = v.replace(/\d$/, (digit) => String((Number(digit) + 3) % 10));
      const r = reconcileYears(wanli2024, wanli2023);
      expectKnownRules(r.findings);
      for (const f of r.findings) if (f.severity === 'warning') seen.add(f.ruleId);
      c.change = v;
    }
    expect([...seen].sort()).to.deep.equal(RULES.map((r) => r.id).sort());
  });

  it('checks nothing across years without the other year’s file, and only the rules across years with it', () => {
    expect(RULES.filter((r) => r.acrossYears).map((r) => r.id)).to.deep.equal(['R-YEAR-01']);
    expect(reconcile(wanli2024).findings.filter((f) => f.ruleId === 'R-YEAR-01')).to.have.length(0);
    const r = reconcileYears(wanli2024, wanli2023);
    // Six headline changes against 2023年预算; the 33 项 lines are against 2023年当年预算执行数, which a budget file does not give.
    expect(r.checks).to.equal(6);
    expect(r.warnings).to.equal(0);
    // The three changes of −876.75万元 are one rounding note (the files give −876.7517), found in three places.
    expect(r.findings.map((f) => [f.severity, f.paths])).to.deep.equal([['note', ['$.changes[0]', '$.changes[1]', '$.changes[2]']]]);
  });
});
