import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/kpi-card/define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { BudgetSelectDetail } from '../../src/events/budget-select.js';
import type { BudgetDocument } from '../../src/model/types.js';
import { json, REAL_DOCUMENTS, SEED, SHANGHAI } from '../helpers/files.js';

/** 万里街道 2023: five projects on the Shanghai form (no codes, amounts in 元, long targets). */
const WANLI = 'test/fixtures/checks/shanghai-putuo-wanli-2023-budget.json';

async function card(attrs: string, src = SEED): Promise<KpiCard> {
  const el = await fixture<KpiCard>(`<kpi-card src="/${src}" ${attrs}></kpi-card>`);
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('article, .overall, [role=alert], .state:not([role=status]), p.state[role=status]:not(:empty)') &&
      !/加载|Loading/.test(el.shadowRoot!.textContent!),
    'card did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}
const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s) as HTMLElement;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)] as HTMLElement[];
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

/** Han characters, CJK and full-width punctuation (“，”, “（）”, “：”). */
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Text a reader sees in Chinese where the nearest `lang` (inside the shadow root) is not zh-CN. */
function chineseOutsideZh(el: Element): string[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (CJK.test(n.data) && n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') found.push(n.data.trim());
  }
  return found;
}

/** English words (outside Chinese data) that the layout split across lines. */
function brokenWords(el: Element): string[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const broken: string[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.closest('[lang]')?.getAttribute('lang') === 'zh-CN') continue;
    for (const m of n.data.matchAll(/[A-Za-z]{2,}/g)) {
      const r = document.createRange();
      r.setStart(n, m.index!);
      r.setEnd(n, m.index! + m[0].length);
      if (r.getClientRects().length > 1) broken.push(m[0]);
    }
  }
  return broken;
}

/** Opens every closed card of a grid, as a reader pressing each toggle. */
async function openAll(el: KpiCard): Promise<void> {
  for (const b of $$(el, 'article button.open')) if (b.getAttribute('aria-expanded') === 'false') b.click();
  await el.updateComplete;
}

/** Elements of the card whose box reaches past the right edge of the window. */
function pastTheEdge(el: Element): string[] {
  const edge = document.documentElement.clientWidth + 0.5;
  return ([...el.shadowRoot!.querySelectorAll('*')] as HTMLElement[])
    .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > edge)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${text(e).slice(0, 40)}`);
}

describe('<kpi-card>', () => {
  let seed: BudgetDocument;
  before(async () => {
    seed = await json<BudgetDocument>(SEED);
  });

  it('shows each of the six projects with its name, amount and every indicator’s target as published', async () => {
    for (const p of seed.projects!) {
      const el = await card(`project="${p.code}"`);
      expect(text($(el, 'h3')), p.code).to.equal(p.name);
      expect(text($(el, '.money .amount'))).to.equal(`${p.budget.total}万元`);
      const targets = $$(el, '.target');
      expect(targets, p.code).to.have.length(p.indicators!.length);
      targets.forEach((t, i) => {
        expect(t.getAttribute('title')).to.equal(p.indicators![i].target.text);
      });
      const names = $$(el, 'ul.inds > li .ind').map((li) => text(li));
      p.indicators!.forEach((ind, i) => expect(names[i]).to.contain(ind.name));
    }
  });

  it('shows targets with their operator and unit', async () => {
    const el = await card('project="13062524P000015103258"');
    expect($$(el, '.target').map(text)).to.deep.equal(['≥ 30 个', '≥ 95%', '≥ 95%', '≥ 95%', '≥ 95%', '≥ 95%']);
    const v = await card('project="13062524P00001510797P"');
    expect($$(v, '.target').map(text)).to.deep.equal(['8 人', '100%', '≥ 85%', '≤ 28800 元', '≤ 2 次', '≥ 85%']);
  });

  it('groups indicators 一级 → 二级 and keeps description and basis behind a disclosure', async () => {
    const el = await card('project="13062524P00001510533F"');
    expect($$(el, 'h5').map(text)).to.deep.equal(['产出指标', '效益指标', '满意度指标']);
    const first = $(el, 'ul.inds > li details') as HTMLDetailsElement;
    expect(first.open).to.equal(false);
    expect(text(first)).to.contain('聘用保安人员数量').and.contain('我局通过聘请专业的保安');
  });

  it('shows the partial spending plan and says the rest is not published', async () => {
    const el = await card('project="13062524P00001510797P"');
    const plan = $(el, '.plan');
    expect(plan.getAttribute('aria-label')).to.equal('资金支出计划：3月底 24%，6月底 未公布，10月底 未公布，12月底 未公布');
    expect([...plan.querySelectorAll('.step')].map(text)).to.deep.equal(['24% 3月底', '— 6月底', '— 10月底', '— 12月底']);
    expect([...plan.querySelectorAll('rect.bar')]).to.have.length(1);
    expect([...plan.querySelectorAll('rect.missing')]).to.have.length(3);
    expect(text($(el, '.plan + p'))).to.equal('其余时点的计划未公布。');
    const full = await card('project="13062524P000015103258"');
    expect($(full, '.plan').getAttribute('aria-label')).to.equal('资金支出计划：3月底 25%，6月底 50%，10月底 75%，12月底 100%');
    expect($(full, '.plan + p')).to.equal(null);
  });

  it('keeps the plan’s dates and bars visible in forced colours (Windows high contrast)', async () => {
    const el = await card('project="13062524P00001510797P"');
    // The user's palette, as the browser resolves it.
    const probe = document.createElement('div');
    probe.style.cssText = 'color: CanvasText; background-color: Canvas; border-color: Highlight; border-style: solid';
    document.body.append(probe);
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        await emulateMedia({ forcedColors: 'active', colorScheme });
        const palette = getComputedStyle(probe);
        const when = $(el, '.plan .when');
        expect(getComputedStyle(when).color, colorScheme).to.equal(palette.color);
        expect(getComputedStyle($(el, '.plan .pct')).color, colorScheme).to.equal(palette.color);
        expect(getComputedStyle($(el, '.plan rect.bar')).fill, colorScheme).to.equal(palette.borderColor);
        expect(getComputedStyle($(el, '.plan rect.missing')).stroke, colorScheme).to.equal(palette.color);
        expect(palette.color, colorScheme).not.to.equal(palette.backgroundColor);
      }
    } finally {
      await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
      probe.remove();
    }
  });

  it('without project shows the department’s overall goals and their indicators', async () => {
    const el = await card('');
    expect(text($(el, 'h3'))).to.equal('部门整体绩效目标');
    const goals = $$(el, '.overall > ol.goals:not(.measures) > li');
    expect(goals).to.have.length(9);
    expect(text(goals[0])).to.contain('优化集中行使行政审批权').and.contain('应划转事项划转率').and.contain('≥ 90%');
    expect(text(goals[5])).to.contain('> 90%');
    await expect(el).to.be.accessible();
  });

  it('project="*" shows every project in a grid with a total that matches 项目支出', async () => {
    const el = await card('project="*"');
    expect($$(el, 'article')).to.have.length(6);
    expect(text($(el, '.total'))).to.equal('共 6 个项目，预算合计 234.62万元 与部门项目支出 234.62万元 一致。');
    const ev = oneEvent(el, 'budget-select');
    ($$(el, 'article button.open')[1] as HTMLButtonElement).click();
    const { detail } = (await ev) as CustomEvent<BudgetSelectDetail>;
    expect(detail).to.deep.equal({
      code: '13062524P00001510533F',
      name: '保安保洁服务费',
      amount: '30.62',
      unit: '万元',
      path: ['13062524P00001510533F'],
      names: ['保安保洁服务费'],
    });
    await el.updateComplete;
    expect($$(el, 'article')[1].querySelectorAll('.target')).to.have.length(10);
    expect($$(el, 'article button.open')[1].getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('opens and closes a grid card from the keyboard with one toggle that keeps the focus; Escape closes it', async () => {
    const el = await card('project="*"');
    const article = $$(el, 'article')[1]!;
    const button = article.querySelector('button.open') as HTMLButtonElement;
    const region = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    const rows = () => [...region.querySelectorAll('ul.inds > li')].filter((li) => li.getClientRects().length);
    expect(text(button)).to.equal('绩效指标（10）');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(article.contains(region)).to.equal(true);
    expect(rows()).to.have.length(0);

    button.focus();
    const ev = oneEvent(el, 'budget-select');
    await sendKeys({ press: 'Enter' });
    await ev;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(rows()).to.have.length(10);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(text(button)).to.equal('绩效指标（10）'); // one button, the same words: its state is aria-expanded
    expect(article.querySelectorAll('button.open')).to.have.length(1);

    // Escape on the button closes it
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(rows()).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(button);

    // Space opens it again; Tab goes into what it revealed; Escape there closes it and the focus comes back
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(rows()).to.have.length(10);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Tab' });
    const inside = el.shadowRoot!.activeElement!;
    expect(inside.tagName).to.equal('SUMMARY');
    expect(region.contains(inside)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(rows()).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(button);

    // Enter once more, then Enter again closes it: the focus never leaves the button
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('a grid of some of the projects says what share of 项目支出 they are, never that they fall short', async () => {
    const doc = JSON.parse(JSON.stringify(seed)) as BudgetDocument;
    doc.projects = doc.projects!.slice(0, 2);
    const el = await fixture<KpiCard>(html`<kpi-card .data=${doc} project="*"></kpi-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('article'));
    expect(text($(el, '.total'))).to.equal(
      '共 2 个项目，预算合计 72.87万元 部门项目支出共 234.62万元，这里列出的项目占其 31.1%（并非每个项目都公布绩效目标）。',
    );
    expect(el.shadowRoot!.querySelector('.total [role=note]')).to.equal(null);
    // with the text's own statement of how many projects have targets (万里街道 2023 states it)
    doc.projectSummary = { count: 2, total: '72.87', text: '编报绩效目标的项目2个，涉及项目预算资金72.87万元。' };
    el.data = { ...doc };
    await el.updateComplete;
    await waitUntil(() => /说明文字/.test(el.shadowRoot!.querySelector('.total')?.textContent ?? ''));
    expect(text($(el, '.total'))).to.equal('共 2 个项目，预算合计 72.87万元 与说明文字所写“编报绩效目标的项目 2 个，涉及资金 72.87万元”一致。');
    doc.projectSummary = { count: 2, total: '70.00' };
    el.data = { ...doc };
    await waitUntil(() => el.shadowRoot!.querySelector('.total [role=note]'));
    expect(text($(el, '.total [role=note]'))).to.contain('编报绩效目标的项目（各项目预算）公布为 70.00，其组成部分合计为 72.87');
  });

  it('shows met, not met and no data against the targets, in words and icon', async () => {
    const el = await card('project="DEMO-001"', 'test/fixtures/valid/kpi-actuals.json');
    const statuses = $$(el, '.status').map(text);
    expect(statuses).to.deep.equal(['✓ 已达成（实际完成 6次）', '✗ 未达成（实际完成 3天）', '– 暂无数据', '✓ 已达成（实际完成 改善）']);
    expect($$(el, '.target').map(text)[3]).to.equal('明显改善'); // an unparsed target stays text
    await expect(el).to.be.accessible();
  });

  it('breaks a long target at its spaces on a phone at twice the text size, so the page never scrolls sideways (万里街道 2023)', async () => {
    await setViewport({ width: 375, height: 800 });
    const file = REAL_DOCUMENTS.find((f) => f.includes('wanli-2023'))!;
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="font-size: 32px"><kpi-card src=${`/${file}`} project="新建万里街道社区公共服务中心"></kpi-card></div>`,
    );
    const el = wrap.querySelector('kpi-card')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=target]'), 'no targets', { timeout: 8000 });
    for (const d of el.shadowRoot!.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const target = [...el.shadowRoot!.querySelectorAll('[part=target]')].find((t) => t.textContent!.includes('13459'))!;
    expect(target, 'the 13459 平方米 target').to.not.equal(undefined);
    expect(target.getBoundingClientRect().right).to.be.at.most(375);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    await setViewport({ width: 800, height: 600 });
  });

  it('names the available projects when the code is unknown', async () => {
    const el = await card('project="NOPE"');
    const alert = text($(el, '[role=alert]'));
    expect(alert)
      .to.contain('未找到项目“NOPE”（按项目编码或项目名称）')
      .and.contain('13062524P000015103258 “环评”审批事项专家评估服务费用')
      .and.contain('政务服务中心工作经费');
    await expect(el).to.be.accessible();
  });

  it('says so when a department publishes no project targets (Shanghai)', async () => {
    const el = await card('project="*"', SHANGHAI);
    expect(text($(el, '.state'))).to.equal('本部门未公布项目绩效目标。');
  });

  it('speaks English with lang="en"', async () => {
    const el = await card('project="13062524P00001510797P" lang="en"');
    expect(text($(el, '.plan + p'))).to.equal('The plan for the other dates is not published.');
    expect(text($(el, '.money .amount'))).to.equal('28,800 yuan');
    expect($$(el, 'h4').map(text)).to.include('Performance indicators');
    expect($$(el, '.plan .when').map(text)).to.deep.equal(['end of Mar', 'end of Jun', 'end of Oct', 'end of Dec']);
    expect($(el, '.plan').getAttribute('aria-label')).to.equal(
      'Spending plan: end of Mar 24%, end of Jun not published, end of Oct not published, end of Dec not published',
    );
    // The standard indicator levels are the template's, in the reader's words.
    expect($$(el, '.inds h5, h5').map(text)).to.include('Outputs');
    expect($$(el, 'ul.inds').map((u) => u.getAttribute('aria-label'))).to.include('Outputs · Quantity');
  });

  it('in English writes no Chinese of its own: the published texts it shows are marked lang="zh-CN"', async () => {
    const cases: Array<[string, string]> = [
      [SEED, 'project="*"'],
      [SEED, ''],
      [SEED, 'project="NOPE"'],
      ...(await json<BudgetDocument>(SEED)).projects!.map((p): [string, string] => [SEED, `project="${p.code}"`]),
      [WANLI, 'project="*"'],
      [WANLI, 'project="新建万里街道社区公共服务中心"'],
      [SHANGHAI, 'project="*"'],
      [SHANGHAI, ''],
      ['test/fixtures/valid/kpi-actuals.json', 'project="DEMO-001"'],
    ];
    for (const [src, attrs] of cases) {
      const el = await card(`${attrs} lang="en"`, src);
      await openAll(el);
      expect(chineseOutsideZh(el), `${src} ${attrs}`).to.deep.equal([]);
      // the data is there, in Chinese
      if (src !== SHANGHAI) expect(el.shadowRoot!.querySelectorAll('[lang="zh-CN"]').length, `${src} ${attrs}`).to.be.above(0);
    }
    const actuals = await card('project="DEMO-001" lang="en"', 'test/fixtures/valid/kpi-actuals.json');
    expect(text($(actuals, '.status'))).to.match(/^✓ met \(achieved \S+\)$/);
  });

  describe('on a phone, in large text', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const width of [320, 375]) {
      for (const lang of ['zh-CN', 'en']) {
        it(`at ${width}px in ${lang}: nothing overflows the page, no amount wraps, English words stay whole, long targets wrap`, async () => {
          await setViewport({ width, height: 800 });
          for (const [src, attrs] of [
            [SEED, 'project="*"'],
            [SEED, ''],
            [WANLI, 'project="*"'],
          ] as const) {
            const el = await card(`${attrs} lang=${lang} large-text`, src);
            await openAll(el);
            const where = `${src} ${attrs}`;
            expect(document.documentElement.scrollWidth, where).to.be.at.most(width);
            expect(pastTheEdge(el), where).to.deep.equal([]);
            const amounts = $$(el, '.amount');
            if (attrs) expect(amounts.length, where).to.be.above(0);
            for (const a of amounts) expect(a.getClientRects().length, `${where}: ${text(a)}`).to.equal(1);
            if (lang === 'en') expect(brokenWords(el), where).to.deep.equal([]);
            if (src === WANLI) {
              const long = $$(el, '.target.long');
              expect(long.length).to.be.above(0);
              // a sentence of a target wraps inside the card rather than running past it
              expect(
                long.some((t) => t.getClientRects().length > 1 || t.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(t).lineHeight)),
              ).to.equal(true);
            }
          }
        });
      }
    }
  });

  it('adds up a grid whose projects state their budgets in other units, exactly', async () => {
    const doc = JSON.parse(JSON.stringify(seed));
    doc.projects[4].unit = '元';
    doc.projects[4].budget = { total: '28800', fiscal: '28800' };
    delete doc.projects[0].indicators[0].level1;
    const el = await fixture<KpiCard>(html`<kpi-card .data=${doc} project="*"></kpi-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('article'));
    expect(text($(el, '.total'))).to.equal('共 6 个项目，预算合计 234.62万元 与部门项目支出 234.62万元 一致。');
    ($$(el, 'article button.open')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, 'article')[0].querySelectorAll('h5')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  describe('a Shanghai 财政项目支出绩效目标填报表 (schema 1.1: no project code)', () => {
    /** The seed with two projects as 万里街道's 2023 forms print them (figures from its PDF, pp. 31 and 35). */
    const shanghai = (): BudgetDocument => {
      const doc = JSON.parse(JSON.stringify(seed)) as BudgetDocument;
      const goal = '建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。';
      doc.projects = [
        {
          name: '新建万里街道社区公共服务中心',
          nature: '阶段性项目',
          category: '特定目标类',
          department: '上海市普陀区人民政府万里街道办事处',
          implementer: '上海市普陀区人民政府万里街道办事处',
          start: '2023-01-01',
          end: '2023-12-31',
          unit: '元',
          budget: { total: '4100000.00', fiscal: '4100000.00', carriedOver: '0.00', other: '0.00' },
          wholeProject: { total: '4100000.00', fiscal: '4100000.00', other: '0.00' },
          overallGoal: goal,
          annualGoal: ` ${goal}\n`,
          indicators: [
            {
              level1: '产出指标',
              level2: '数量指标',
              name: '规划建筑面积',
              target: { text: '≥13459.00(平方米)', operator: '>=', value: '13459.00', unit: '平方米' },
            },
          ],
        },
        {
          name: '公共服务设施运行经费',
          unit: '元',
          budget: { total: '10903043.00', fiscal: '11419043.00', carriedOver: '0.00', other: '0.00' },
          wholeProject: { total: '21806086.00' },
          overallGoal: '拓展各类生活圈，加强基层建设，创新社会治理。',
          annualGoal: '为街道整体工作提供后勤保障。',
          indicators: [
            { level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', target: { text: '90%', operator: '=', value: '90', unit: '%' } },
          ],
        },
      ];
      return doc;
    };

    it('shows no code line, and opened: who is in charge, what kind, when, and each goal under its own heading', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card .data=${shanghai()} project="*"></kpi-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('article'));
      const cards = $$(el, 'article');
      expect(cards).to.have.length(2);
      expect(cards.map((c) => c.querySelector('.code'))).to.deep.equal([null, null]);
      // in the reader's scale, with the figure as published a hover away
      expect(text(cards[0]!.querySelector('.money')!))
        .to.contain('预算数 410.00万元')
        .and.contain('上年结转资金 0.00元');
      expect(cards[0]!.querySelector('.money .amount')!.getAttribute('title')).to.equal('4,100,000.00元');
      // the life-time funds are said only where they differ from this year's
      expect(text(cards[1]!)).to.contain('项目资金总额（全周期） 2,180.61万元');
      expect(text(cards[0]!)).not.to.contain('全周期');
      const ev = oneEvent(el, 'budget-select');
      (cards[0]!.querySelector('button.open') as HTMLButtonElement).click();
      const { detail } = (await ev) as CustomEvent<BudgetSelectDetail>;
      expect(detail).to.deep.include({
        code: '',
        name: '新建万里街道社区公共服务中心',
        amount: '4100000.00',
        unit: '元',
        path: ['新建万里街道社区公共服务中心'],
      });
      await el.updateComplete;
      const facts = [...$$(el, 'article')[0]!.querySelectorAll('dl.facts > div')].map(
        (d) => `${text(d.querySelector('dt')!)}：${text(d.querySelector('dd')!)}`,
      );
      expect(facts).to.deep.equal([
        '主管部门：上海市普陀区人民政府万里街道办事处',
        '实施单位：上海市普陀区人民政府万里街道办事处',
        '项目性质：阶段性项目',
        '项目类别：特定目标类',
        '实施期：2023-01-01 – 2023-12-31',
      ]);
      // the form prints the same text twice: said once, and said that it is both
      expect([...$$(el, 'article')[0]!.querySelectorAll('h4')].map(text)).to.include('项目总目标与年度总体目标（两者相同）');
      expect($$(el, 'article')[0]!.querySelectorAll('p.goal')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('finds a project without a code by its name, with both goals labelled, in English too', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card .data=${shanghai()} project="公共服务设施运行经费"></kpi-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('article'));
      expect(text($(el, 'h3'))).to.equal('公共服务设施运行经费');
      expect($$(el, 'h4').map(text)).to.include.members(['项目总目标', '年度总体目标']);
      expect($$(el, 'p.goal').map(text)).to.deep.equal(['拓展各类生活圈，加强基层建设，创新社会治理。', '为街道整体工作提供后勤保障。']);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect($$(el, 'h4').map(text)).to.include.members(['Goal of the project', 'Goal for this year']);
      await expect(el).to.be.accessible();
      const missing = await fixture<KpiCard>(html`<kpi-card .data=${shanghai()} project="不存在的项目"></kpi-card>`);
      await waitUntil(() => missing.shadowRoot!.querySelector('[role=alert]'));
      expect(text($(missing, '[role=alert]')))
        .to.contain('未找到项目“不存在的项目”')
        .and.contain('新建万里街道社区公共服务中心；公共服务设施运行经费');
    });
  });

  it('passes axe on a single card', async () => {
    const el = await card('project="13062524P00001510521C"');
    await expect(el).to.be.accessible();
  });
});
