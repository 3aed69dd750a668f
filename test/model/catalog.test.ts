import { expect } from '@open-wc/testing';
import { departmentKey, headlineOf, parseCatalog, resolveSrc, type Catalog, type CatalogIssue } from '../../src/model/catalog.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { clone, json, SEED } from '../helpers/files.js';

const WANLI_2024 = 'data/shanghai-putuo-wanli-2024-budget.json';
const FINANCE_2025 = 'data/shanghai-putuo-finance-2025-budget.json';

/** A catalog as `budget-kit catalog` writes it (figures abridged). */
const GOOD: Catalog = {
  catalogVersion: '1.0.0',
  region: { name: '上海市普陀区', code: '310107' },
  year: 2024,
  phase: 'budget',
  unit: '万元',
  title: '上海市普陀区2024年部门预算',
  departments: [
    {
      name: '上海市普陀区人民政府万里街道办事处',
      src: 'shanghai-putuo-wanli-2024-budget.json',
      total: '15621.1123',
      fiscal: '15621.1123',
      categories: [{ code: '201', name: '一般公共服务支出', amount: '293.2700' }],
    },
    { name: '上海市普陀区社会福利院', src: 'shanghai-putuo-welfare-home-2024-unit-budget.json', group: '区级部门', page: 'https://www.example.gov.cn/fly/' },
    { name: '保定市徐水区行政审批局', code: '202', src: 'https://www.example.gov.cn/data/xushui.json', total: '598.78' },
  ],
  editions: [{ year: 2023, phase: 'budget', src: 'catalog-2023-budget.json' }],
};

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** The issues of a broken copy of GOOD, as "path code". */
function issuesOf(edit: (c: Record<string, any>) => void): CatalogIssue[] {
  const c = clone(GOOD) as unknown as Record<string, any>;
  edit(c);
  const r = parseCatalog(c);
  expect(r.catalog).to.equal(undefined);
  return r.issues;
}
const brief = (issues: CatalogIssue[]) => issues.map((i) => `${i.path} ${i.code}`);

describe('parseCatalog', () => {
  it('accepts a good catalog, with fields it does not know', () => {
    const value = { ...clone(GOOD), 'x-generator': 'by hand', departments: [...clone(GOOD).departments, { name: 'x', src: 'x.json', extra: [1] }] };
    const r = parseCatalog(value);
    expect(r.issues).to.deep.equal([]);
    expect(r.catalog).to.equal(value);
  });

  it('accepts an empty list, and a list without figures needs no unit', () => {
    expect(parseCatalog({ catalogVersion: '1.4.0', region: { name: '上海市普陀区' }, year: 2024, phase: 'final', departments: [] }).issues).to.deep.equal([]);
    expect(
      parseCatalog({ catalogVersion: '1.0.0', region: { name: '上海市普陀区' }, year: 2024, phase: 'budget', departments: [{ name: 'a', src: 'a.json' }] })
        .issues,
    ).to.deep.equal([]);
  });

  it('refuses what is not an object, in both languages', () => {
    for (const value of [null, [], 'catalog', 42]) {
      const r = parseCatalog(value);
      expect(brief(r.issues)).to.deep.equal(['$ catalog.notObject']);
      expect(r.issues[0]!.message).to.deep.equal({ 'zh-CN': '目录应为一个 JSON 对象', en: 'a catalog must be a JSON object' });
    }
  });

  it('names a missing or unsupported catalogVersion, and only that for another major version', () => {
    const missing = issuesOf((c) => delete c.catalogVersion);
    expect(brief(missing)).to.deep.equal(['$.catalogVersion catalog.required']);
    expect(missing[0]!.message).to.deep.equal({ 'zh-CN': '缺少必填字段“catalogVersion”', en: 'missing required field "catalogVersion"' });
    const other = issuesOf((c) => {
      c.catalogVersion = '2.0.0';
      c.departments = 'not even a list';
    });
    expect(brief(other)).to.deep.equal(['$.catalogVersion catalog.version']);
    expect(other[0]!.message).to.deep.equal({
      'zh-CN': '不支持的目录版本“2.0.0”：本工具读取 1.x.y 版',
      en: 'unsupported catalogVersion "2.0.0": this kit reads version 1.x.y',
    });
    expect(brief(issuesOf((c) => (c.catalogVersion = 1)))).to.deep.equal(['$.catalogVersion catalog.version']);
  });

  it('needs the region and its name', () => {
    expect(brief(issuesOf((c) => delete c.region))).to.deep.equal(['$.region catalog.required']);
    const name = issuesOf((c) => delete c.region.name);
    expect(brief(name)).to.deep.equal(['$.region.name catalog.required']);
    expect(name[0]!.message.en).to.equal('missing required field "name"');
    expect(brief(issuesOf((c) => (c.region.name = '')))).to.deep.equal(['$.region.name catalog.minLength']);
    expect(brief(issuesOf((c) => (c.region = '上海市普陀区')))).to.deep.equal(['$.region catalog.type']);
    const code = issuesOf((c) => (c.region.code = '3101'));
    expect(brief(code)).to.deep.equal(['$.region.code catalog.regionCode']);
    expect(code[0]!.message).to.deep.equal({ 'zh-CN': '行政区划代码“3101”无效（应为 6 位数字）', en: 'region code "3101" is invalid (6 digits)' });
  });

  it('names a bad year or phase', () => {
    for (const year of [1989, 2101, 2024.5, '2024']) {
      const issues = issuesOf((c) => (c.year = year));
      expect(brief(issues), String(year)).to.deep.equal(['$.year catalog.year']);
      expect(issues[0]!.message.en).to.equal(`year "${year}" is invalid: it must be a whole number from 1990 to 2100`);
      expect(issues[0]!.message['zh-CN']).to.equal(`年度“${year}”无效：应为 1990 至 2100 之间的整数`);
    }
    const phase = issuesOf((c) => (c.phase = 'plan'));
    expect(brief(phase)).to.deep.equal(['$.phase catalog.phase']);
    expect(phase[0]!.message).to.deep.equal({
      'zh-CN': '阶段“plan”无效：应为 budget（预算）或 final（决算）',
      en: 'phase "plan" is invalid: it must be budget or final',
    });
    expect(brief(issuesOf((c) => (c.editions[0].phase = 'draft')))).to.deep.equal(['$.editions[0].phase catalog.phase']);
    expect(brief(issuesOf((c) => delete c.editions[0].year))).to.deep.equal(['$.editions[0].year catalog.required']);
  });

  it('needs departments as a list, each with a name and a src', () => {
    const list = issuesOf((c) => (c.departments = { a: 1 }));
    expect(brief(list)).to.deep.equal(['$.departments catalog.type']);
    expect(list[0]!.message).to.deep.equal({ 'zh-CN': '类型错误：应为数组', en: 'wrong type: expected array' });
    expect(brief(issuesOf((c) => delete c.departments))).to.deep.equal(['$.departments catalog.required']);
    expect(brief(issuesOf((c) => (c.departments[1] = 'a.json')))).to.deep.equal(['$.departments[1] catalog.type']);
    const noName = issuesOf((c) => delete c.departments[2].name);
    expect(brief(noName)).to.deep.equal(['$.departments[2].name catalog.required']);
    expect(noName[0]!.message).to.deep.equal({ 'zh-CN': '缺少必填字段“name”', en: 'missing required field "name"' });
    expect(brief(issuesOf((c) => delete c.departments[0].src))).to.deep.equal(['$.departments[0].src catalog.required']);
    expect(brief(issuesOf((c) => (c.departments[0].src = '')))).to.deep.equal(['$.departments[0].src catalog.minLength']);
    expect(brief(issuesOf((c) => (c.departments[0].name = '')))).to.deep.equal(['$.departments[0].name catalog.minLength']);
    const long = issuesOf((c) => (c.departments[1].name = 'x'.repeat(201)));
    expect(brief(long)).to.deep.equal(['$.departments[1].name catalog.maxLength']);
    expect(long[0]!.message.en).to.equal('text too long: 201 characters, at most 200');
    expect(brief(issuesOf((c) => (c.departments[1].src = `${'a/'.repeat(1000)}x.json`)))).to.deep.equal(['$.departments[1].src catalog.maxLength']);
  });

  it('names a figure that is not a decimal string, and one with too many digits', () => {
    const number = issuesOf((c) => (c.departments[0].total = 15621.1123));
    expect(brief(number)).to.deep.equal(['$.departments[0].total catalog.decimal']);
    expect(number[0]!.message).to.deep.equal({
      'zh-CN': '金额“15621.1123”不是十进制字符串（应如 "598.78"，不带千分位、不用数字类型）',
      en: 'amount 15621.1123 is not a decimal string (write it like "598.78": a string, no thousands separators)',
    });
    expect(brief(issuesOf((c) => (c.departments[0].fiscal = '15,621.11')))).to.deep.equal(['$.departments[0].fiscal catalog.decimal']);
    expect(brief(issuesOf((c) => (c.departments[0].categories[0].amount = '1e3')))).to.deep.equal(['$.departments[0].categories[0].amount catalog.decimal']);
    const digits = issuesOf((c) => (c.departments[2].total = '0.12345678901'));
    expect(brief(digits)).to.deep.equal(['$.departments[2].total catalog.amountDigits']);
    expect(digits[0]!.message.en).to.equal('amount "0.12345678901" has too many digits: at most 20 before the point and 10 after');
  });

  it('checks each category: a 3-digit code, a name and an amount, each code once', () => {
    expect(brief(issuesOf((c) => (c.departments[0].categories[0].code = '20103')))).to.deep.equal(['$.departments[0].categories[0].code catalog.categoryCode']);
    expect(brief(issuesOf((c) => delete c.departments[0].categories[0].name))).to.deep.equal(['$.departments[0].categories[0].name catalog.required']);
    expect(brief(issuesOf((c) => delete c.departments[0].categories[0].amount))).to.deep.equal(['$.departments[0].categories[0].amount catalog.required']);
    expect(brief(issuesOf((c) => c.departments[0].categories.push(clone(c.departments[0].categories[0]))))).to.deep.equal([
      '$.departments[0].categories[1].code catalog.duplicateCategory',
    ]);
  });

  it('needs a unit once any department has a figure', () => {
    const issues = issuesOf((c) => delete c.unit);
    expect(brief(issues)).to.deep.equal(['$.unit catalog.unitMissing']);
    expect(issues[0]!.message).to.deep.equal({
      'zh-CN': '目录列有金额（最先见于 $.departments[0].total），却没有给出金额单位“unit”',
      en: 'the catalog gives figures (the first at $.departments[0].total) but no "unit" for them',
    });
    const categoriesOnly = issuesOf((c) => {
      delete c.unit;
      c.departments = [{ name: 'a', src: 'a.json', categories: [] }];
    });
    expect(brief(categoriesOnly)).to.deep.equal(['$.unit catalog.unitMissing']);
    const bad = issuesOf((c) => (c.unit = 'yuan'));
    expect(brief(bad)).to.deep.equal(['$.unit catalog.unit']);
    expect(bad[0]!.message['zh-CN']).to.equal('金额单位“yuan”无效：应为 元、万元 或 亿元');
  });

  it('names the second of two departments with the same src, written the same or otherwise', () => {
    const same = issuesOf((c) => c.departments.push({ name: 'again', src: 'shanghai-putuo-wanli-2024-budget.json' }));
    expect(brief(same)).to.deep.equal(['$.departments[3].src catalog.duplicateSrc']);
    expect(same[0]!.message).to.deep.equal({
      'zh-CN': '“shanghai-putuo-wanli-2024-budget.json”与 departments[0] 的数据地址相同：每个文件只能列出一次',
      en: '"shanghai-putuo-wanli-2024-budget.json" is the same data URL as departments[0]: each file may be listed once',
    });
    expect(brief(issuesOf((c) => c.departments.push({ name: 'again', src: './data/../shanghai-putuo-welfare-home-2024-unit-budget.json' })))).to.deep.equal([
      '$.departments[3].src catalog.duplicateSrc',
    ]);
  });

  it('names the second of two departments with the same code', () => {
    const issues = issuesOf((c) => c.departments.push({ name: 'again', code: '202', src: 'other.json' }));
    expect(brief(issues)).to.deep.equal(['$.departments[3].code catalog.duplicateCode']);
    expect(issues[0]!.message.en).to.equal('department code "202" is already used by departments[2]: each department may be listed once');
  });

  it('refuses more than 100,000 departments without looking at one of them', () => {
    const issues = issuesOf((c) => (c.departments = new Array(100_001).fill(7)));
    expect(brief(issues)).to.deep.equal(['$.departments catalog.maxItems']);
    expect(issues[0]!.message).to.deep.equal({ 'zh-CN': '条目过多：100001 项，最多 100000 项', en: 'too many items: 100001, at most 100000' });
    expect(
      parseCatalog({ ...clone(GOOD), departments: Array.from({ length: 100_000 }, (_, i) => ({ name: `d${i}`, src: `${i}.json` })) }).issues,
    ).to.deep.equal([]);
  });

  it('keeps the first 200 issues and says how many more there are', () => {
    const issues = issuesOf((c) => (c.departments = Array.from({ length: 300 }, () => ({}))));
    expect(issues.length).to.equal(201);
    expect(brief(issues.slice(0, 2))).to.deep.equal(['$.departments[0].name catalog.required', '$.departments[0].src catalog.required']);
    expect(issues[200]).to.deep.equal({
      path: '$',
      code: 'catalog.more',
      message: { 'zh-CN': '另有 400 处错误未列出', en: 'and 400 more errors not listed' },
    });
  });

  it('words every message in Chinese and in English without Chinese characters', () => {
    const all = [
      ...parseCatalog(null).issues,
      ...issuesOf((c) => {
        c.region.code = 'x';
        c.year = 1;
        c.phase = 'x';
        c.unit = 'x';
        c.title = 'x'.repeat(501);
        c.editions = {};
        c.departments.push({}, 'x', { name: 'n', src: 'a.json', code: '202', total: 'x', categories: [{ code: 'x', name: 'n', amount: '1' }] });
        c.departments.push({
          name: 'n',
          src: 'b.json',
          categories: [
            { code: '201', name: 'n', amount: '1' },
            { code: '201', name: 'n', amount: '1' },
          ],
        });
        c.departments.push({ name: 'n', src: 'b.json', total: '1.00000000001' });
      }),
      ...issuesOf((c) => delete c.unit),
      ...issuesOf((c) => (c.catalogVersion = '0.9')),
      ...issuesOf((c) => (c.departments = new Array(100_001))),
      ...issuesOf((c) => (c.region.name = '')),
      ...issuesOf((c) => (c.departments = Array.from({ length: 300 }, () => ({})))),
    ];
    expect(new Set(all.map((i) => i.code))).to.have.length(19);
    for (const i of all) {
      expect(i.message['zh-CN'], i.code).to.match(CJK);
      expect(i.message.en, i.code).not.to.match(CJK);
      expect(i.message.en, i.code).to.match(/^[\x20-\x7e]+$/);
    }
  });
});

describe('departmentKey', () => {
  it('is the code where there is one, else the src', () => {
    expect(departmentKey({ name: 'a', code: '202', src: 'a.json' })).to.equal('202');
    expect(departmentKey({ name: 'a', src: 'data/a.json' })).to.equal('data/a.json');
  });
});

describe('resolveSrc', () => {
  it('resolves against an absolute catalog URL as a browser does', () => {
    expect(resolveSrc('https://www.example.gov.cn/budget/catalog.json', 'a/b.json')).to.equal('https://www.example.gov.cn/budget/a/b.json');
    expect(resolveSrc('https://www.example.gov.cn/budget/catalog.json', '../x.json?v=2')).to.equal('https://www.example.gov.cn/x.json?v=2');
    expect(resolveSrc('https://www.example.gov.cn/budget/catalog.json', '/data/x.json')).to.equal('https://www.example.gov.cn/data/x.json');
    expect(resolveSrc('https://www.example.gov.cn/budget/catalog.json', 'https://cdn.example.org/x.json')).to.equal('https://cdn.example.org/x.json');
  });

  it('keeps a relative catalog URL relative, so that the page resolves the result', () => {
    expect(resolveSrc('data/catalog/x.json', '../a.json')).to.equal('data/a.json');
    expect(resolveSrc('data/catalog.json', 'shanghai-putuo-wanli-2024-budget.json')).to.equal('data/shanghai-putuo-wanli-2024-budget.json');
    expect(resolveSrc('data/catalog.json', './sub/./b/../c.json#top')).to.equal('data/sub/c.json#top');
    expect(resolveSrc('x.json', '../a.json')).to.equal('../a.json');
    expect(resolveSrc('../x/catalog.json', '../../a.json')).to.equal('../../a.json');
    expect(resolveSrc('/data/catalog.json', '../../a.json')).to.equal('/a.json');
    expect(resolveSrc('/data/catalog.json', 'a.json')).to.equal('/data/a.json');
    expect(resolveSrc('data/catalog.json', '/root.json')).to.equal('/root.json');
    expect(resolveSrc('data/catalog.json', 'https://cdn.example.org/x.json')).to.equal('https://cdn.example.org/x.json');
    expect(resolveSrc('data/catalog.json', '//cdn.example.org/x.json')).to.equal('//cdn.example.org/x.json');
    expect(resolveSrc('//cdn.example.org/b/catalog.json', '../x.json')).to.equal('//cdn.example.org/x.json');
    expect(resolveSrc('data/catalog.json?v=1', '#f')).to.equal('data/catalog.json?v=1#f');
    expect(resolveSrc('data\\catalog.json', 'sub\\a.json')).to.equal('data/sub/a.json');
  });

  it('gives what the browser gives once the page resolves it', () => {
    const page = 'https://www.example.gov.cn/a/b/page.html';
    for (const [catalog, src] of [
      ['data/catalog/x.json', '../a.json'],
      ['x.json', '../../a.json'],
      ['../up/catalog.json', './c/../d.json?q#f'],
      ['/data/catalog.json', '../../../a.json'],
    ]) {
      expect(new URL(resolveSrc(catalog!, src!), page).href, `${catalog} ${src}`).to.equal(new URL(src!, new URL(catalog!, page)).href);
    }
  });
});

describe('headlineOf', () => {
  it('restates a budget in 元 exactly in 万元, every digit kept', async () => {
    const doc = await json<BudgetDocument>(WANLI_2024);
    expect(doc.meta.unit).to.equal('元');
    // 支出合计 156,211,123元 = 15,621.1123万元; each 类 likewise (no decimals in 元: four in 万元).
    expect(headlineOf(doc, '万元')).to.deep.equal({
      total: '15621.1123',
      fiscal: '15621.1123',
      categories: [
        { code: '201', name: '一般公共服务支出', amount: '293.2700' },
        { code: '204', name: '公共安全支出', amount: '163.3000' },
        { code: '205', name: '教育支出', amount: '25.0000' },
        { code: '206', name: '科学技术支出', amount: '10.0000' },
        { code: '207', name: '文化旅游体育与传媒支出', amount: '20.0000' },
        { code: '208', name: '社会保障和就业支出', amount: '1960.4064' },
        { code: '210', name: '卫生健康支出', amount: '322.3657' },
        { code: '212', name: '城乡社区支出', amount: '11938.5303' },
        { code: '221', name: '住房保障支出', amount: '888.2399' },
      ],
    });
    expect(headlineOf(doc, '亿元').total).to.equal('1.56211123');
    expect(headlineOf(doc, '元').total).to.equal('156211123');
  });

  it('keeps the published decimals too: 31214205.80元 is 3121.420580万元', async () => {
    const doc = await json<BudgetDocument>(FINANCE_2025);
    const h = headlineOf(doc, '万元');
    expect([h.total, h.fiscal]).to.deep.equal(['3121.420580', '3121.420580']);
    expect(h.categories.map((c) => `${c.code} ${c.amount}`)).to.deep.equal(['201 2218.644080', '208 350.864400', '210 78.216400', '221 473.695700']);
    expect(headlineOf(doc, '亿元').total).to.equal('0.3121420580');
  });

  it('leaves a budget already in 万元 as published, and restates it exactly in 元 and 亿元', async () => {
    const doc = await json<BudgetDocument>(SEED);
    expect(doc.meta.unit).to.equal('万元');
    expect(headlineOf(doc, '万元')).to.deep.equal({
      total: '598.78',
      fiscal: '598.78',
      categories: [
        { code: '201', name: '一般公共服务支出', amount: '528.19' },
        { code: '208', name: '社会保障和就业支出', amount: '34.20' },
        { code: '210', name: '卫生健康支出', amount: '10.56' },
        { code: '221', name: '住房保障支出', amount: '25.83' },
      ],
    });
    expect(headlineOf(doc, '元').total).to.equal('5987800');
    expect(headlineOf(doc, '亿元').categories[1]!.amount).to.equal('0.003420');
  });

  it('takes only the 类 lines, only those with a total, and no fiscal figure that is not published', async () => {
    const doc = clone(await json<BudgetDocument>(SEED));
    delete doc.expenditure.functionalTotal!.bySource;
    doc.expenditure.functional.find((f) => f.code === '210')!.amounts = {};
    const h = headlineOf(doc, '万元');
    expect(h.fiscal).to.equal(undefined);
    expect(h.categories.map((c) => c.code)).to.deep.equal(['201', '208', '221']);
  });

  it('leaves out a figure that has no exact place within 10 decimals rather than round it', async () => {
    const doc = clone(await json<BudgetDocument>(SEED));
    doc.meta.unit = '元';
    doc.expenditure.total = '598.785';
    expect(headlineOf(doc, '亿元').total).to.equal(undefined);
    doc.expenditure.total = '598.780';
    expect(headlineOf(doc, '亿元').total).to.equal('0.0000059878');
  });

  it('gives figures a catalog accepts', async () => {
    const departments = [];
    for (const path of [WANLI_2024, FINANCE_2025, SEED]) {
      const doc = await json<BudgetDocument>(path);
      departments.push({ name: doc.meta.department.name, src: path, ...headlineOf(doc, '万元') });
    }
    expect(parseCatalog({ catalogVersion: '1.0.0', region: { name: 'x' }, year: 2024, phase: 'budget', unit: '万元', departments }).issues).to.deep.equal([]);
  });
});
