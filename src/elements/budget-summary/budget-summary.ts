import { hasOwn } from '../../model/own.js';
import { linear } from '../../layout/linear.js';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { BUDGET_LABELS, SOURCE_LABELS } from '../../model/labels.js';
import { money, percent } from '../../model/money.js';
import { byWeight, checkScope, checkVerdict, isRounding, reconcile, reconcileYears, type ReconciliationReport } from '../../model/reconcile.js';
import { headlineChanges, type HeadlineChange, type YearPair } from '../../model/compare.js';
import { statedYearChanges, type StatedYearChange } from '../../model/rules/year-changes.js';
import {
  FISCAL_SOURCES,
  LEAF_SOURCE_KEYS,
  SOURCE_PARTS,
  type AmountUnit,
  type BudgetDocument,
  type Change,
  type SourceKey,
  type ThreePublicKey,
} from '../../model/types.js';
import { carryOvers, executionLines, plannedTotal, type ExecutionLine } from '../../model/execution.js';
import { planAgainstActual } from '../../model/plan-actual.js';
import { BudgetController } from '../../data/budget-controller.js';
import { BudgetElement } from '../budget-element.js';
import { budgetSummaryStyles } from './budget-summary.styles.js';
import { provideChecks } from '../../data/fetch-budget.js';
import { SUMMARY_UI } from './strings.js';

// This element shows the checks' results: it gives them to the loader, which does not import them itself.
provideChecks(reconcile);

/** The parts `sections` can name, in their default order. */
export const SUMMARY_SECTIONS = [
  'totals',
  'execution',
  'composition',
  'sources',
  'changes',
  'compare',
  'three-public',
  'operating-costs',
  'check',
  'glossary',
] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** The bases a change is compared with, as the disclosures word them after the year. */
const COMPARED_WITH_EN: Record<string, string> = {
  '': '',
  预算: 'budget',
  预算数: 'budget',
  年初预算: 'initial budget',
  年初预算数: 'initial budget',
  预算执行数: 'budget outturn',
  执行数: 'outturn',
  决算: 'final account',
  决算数: 'final account',
};

/** Glossary terms match labels without quotes, spaces or a trailing 预算 (“三公”经费 = 三公经费, 基本支出预算 = 基本支出). */
const normalize = (s: string) => s.replace(/[“”"'‘’\s]/g, '').replace(/预算$/, '');

/**
 * The headline figures of a budget in one glance: totals, a final account's budget against 决算 and its
 * carry-overs, basic/project split, sources, year-over-year changes, 三公经费, 机关运行经费, the data check,
 * and the glossary's terms explained where they appear.
 *
 * @tagname budget-summary
 * @summary Headline figures, changes and the data check of a budget.
 *
 * @csspart section - Each part (totals, composition …).
 * @csspart badge - The data-check badge.
 */
export class BudgetSummary extends BudgetElement {
  static override styles = [BudgetElement.styles, budgetSummaryStyles];

  static override properties: PropertyDeclarations = {
    sections: { type: String },
    unit: { type: String },
    planSrc: { type: String, attribute: 'plan-src' },
    plan: { attribute: false },
    _open: { state: true },
  };

  /**
   * The parts to show, in order, separated by spaces or commas: `totals`, `execution` (a final account's
   * budget against 决算 and its carry-overs; nothing for a budget), `composition`, `sources`, `changes`,
   * `compare` (with `compare-src`: each headline figure against the other year's file, and the stated
   * changes checked against it), `three-public`, `operating-costs`, `check`, `glossary` (default: all, in
   * that order).
   */
  sections = '';
  /**
   * Display unit: 元, 万元 or 亿元, every figure exactly in it. Default: the reader's scale (3.72亿元,
   * 598.78万元; never a smaller unit than published), with the published figure under each headline and
   * in each figure's title.
   */
  unit?: AmountUnit;

  /**
   * The budget file of the same department and year, for a final account: its whole year's spending
   * (本年支出) is set against the 决算 at the top of the execution part. Another year's or department's file,
   * or one that cannot be loaded, is said there instead.
   */
  planSrc?: string;
  /** The same budget as a value (wins over `plan-src`). */
  plan?: unknown;

  private readonly planned = new BudgetController(this, () => (this.wantsPlan ? { src: this.planSrc, data: this.plan } : { src: undefined, data: undefined }));

  /** The budget file is loaded for a final account whose execution part is shown. */
  private get wantsPlan(): boolean {
    const asked = this.sections.split(/[\s,，]+/).filter(Boolean);
    return (
      (this.planSrc !== undefined || this.plan !== undefined) &&
      this.budget.value?.document.meta.phase === 'final' &&
      (!asked.length || asked.includes('execution'))
    );
  }

  /** The glossary term whose definition is open. */
  private _open?: string;
  private termIds = new Map<string, number>();

  private get doc(): BudgetDocument {
    return this.budget.value!.document;
  }

  /**
   * An amount stated in `from` (the data's unit by default), in the `unit` asked for, or else in the
   * reader's scale (3.72亿元; a 三公 figure published in 万元 is never shown in a smaller unit), as one
   * unbreakable piece with the published figure in its title.
   */
  private fig(amount: string, from: AmountUnit = this.doc.meta.unit): TemplateResult {
    return this.amount(amount, from);
  }

  /** The same amount as plain text (for accessible names). */
  private figText(amount: string, from: AmountUnit = this.doc.meta.unit): string {
    return this.readable(amount, from).text;
  }

  /** A headline figure, and the exact published one under it when the headline is rounded. */
  private headline(amount: string, from: AmountUnit = this.doc.meta.unit): TemplateResult {
    const r = this.readable(amount, from);
    return html`<p class="big"><span class="amount">${r.text}</span></p>
      ${r.rounded ? html`<p class="exact muted">${SUMMARY_UI[this.language].exact} <span class="amount">${r.exact}</span></p>` : nothing}`;
  }

  protected override get unitAsked(): string | undefined {
    return this.unit;
  }

  protected renderReady(): TemplateResult {
    this.termIds.clear();
    const asked = [...new Set(this.sections.split(/[\s,，]+/).filter(Boolean))];
    const unknown = asked.filter((s) => !(SUMMARY_SECTIONS as readonly string[]).includes(s));
    const order = (asked.length ? asked.filter((s) => !unknown.includes(s)) : [...SUMMARY_SECTIONS]) as SummarySection[];
    const parts = order.map((s) => this.section(s)).filter((p) => p !== nothing);
    return html`${
      unknown.length
        ? html`<p class="state error" role="alert">${SUMMARY_UI[this.language].unknownSection(unknown.join(', '), SUMMARY_SECTIONS.join(', '))}</p>`
        : nothing
    }
      <div class="grid">${parts}</div>`;
  }

  private section(name: SummarySection): TemplateResult | typeof nothing {
    switch (name) {
      case 'totals':
        return this.totals();
      case 'execution':
        return this.execution();
      case 'composition':
        return this.composition();
      case 'sources':
        return this.sourcesPart();
      case 'changes':
        return this.changesPart();
      case 'compare':
        return this.comparePart();
      case 'three-public':
        return this.threePublic();
      case 'operating-costs':
        return this.operatingCosts();
      case 'check':
        return this.check();
      case 'glossary':
        return this.glossaryPart();
    }
  }

  private change(subject: string): Change | undefined {
    return this.doc.changes?.find((c) => c.subject === subject);
  }

  /** A change in words and sign (never colour alone): "较上年减少 87.5万元". */
  private changeText(c: Change | undefined): TemplateResult | typeof nothing {
    if (!c) return nothing;
    const s = SUMMARY_UI[this.language];
    const v = money(c.change);
    const dir = v.isZero() ? 'same' : v.isNegative() ? 'down' : 'up';
    const from = c.unit ?? this.doc.meta.unit;
    const r = this.readable(c.change.replace(/^-/, ''), from);
    const amount = html`<span class="amount">${r.text}</span>`;
    if (dir === 'same') return html`<span class="change same">${s.changeSame}</span>`;
    // The published change with its sign, so the direction never rests on the colour or the arrow.
    const exact = html` <span class="muted">(<span class="amount">${this.readable(c.change, from, true).exact}</span>)</span>`;
    return html`<span class="change ${dir}">${s.change(dir === 'up' ? s.up : s.down, amount)}${exact}</span>`;
  }

  /**
   * What a change is compared with, in the reader's language: "2024年预算执行数" is "budget outturn 2024"
   * in English; wordings the kit does not know stay as published, marked as Chinese.
   */
  private comparedWith(w: string): TemplateResult | string {
    if (this.language !== 'en') return w;
    const m = /^(\d{4})年(.*)$/.exec(w.trim());
    const what = m ? COMPARED_WITH_EN[m[2]] : undefined;
    if (!m || what === undefined) return this.dataText(w);
    return what ? SUMMARY_UI[this.language].comparedWithYear(m[1], what) : m[1];
  }

  private totals(): TemplateResult {
    const s = SUMMARY_UI[this.language];
    const d = this.doc;
    return html`<section part="section" aria-labelledby="h-totals">
      <h3 id="h-totals">${s.totals}</h3>
      ${this.headline(d.expenditure.total)}
      ${this.changeText(this.change('total'))} ${this.computedChange('expenditure')}
      <dl>
        <dt>${this.term(s.income)}</dt>
        <dd>${this.fig(d.income.total)}</dd>
        <dt>${this.term(s.expenditure)}</dt>
        <dd>${this.fig(d.expenditure.total)}</dd>
      </dl>
    </section>`;
  }

  /**
   * A final account's budget against its 决算: each subject's budget, 决算 and rate (as stated, and as the two
   * figures give it where that differs), a bar for the share spent with the figures in words beside it; then
   * the carry-overs at the start and end of the year. Nothing for a budget.
   */
  private execution(): TemplateResult | typeof nothing {
    const s = SUMMARY_UI[this.language];
    const stated = executionLines(this.doc);
    const carry = carryOvers(this.doc);
    // A budget file of the same year (plan-src): its whole year's spending against the 决算, first.
    const plan = this.wantsPlan && this.planned.status === 'complete' ? this.planned.value?.document : undefined;
    const pair = plan && this.doc.meta.phase === 'final' ? planAgainstActual(plan, this.doc) : undefined;
    const whole = pair && !pair.problems.length ? plannedTotal(plan!, this.doc) : undefined;
    const lines = whole ? [whole, ...stated] : stated;
    const planNote = !this.wantsPlan
      ? nothing
      : this.planned.status === 'error'
        ? html`<p class="muted" role="alert">${s.planFailed(this.planned.error!.localized(this.language))}</p>`
        : pair?.problems.length
          ? html`<p class="muted" role="alert">${s.planMismatch(pair.problems.map((p) => this.t.planProblems[p]).join(this.language === 'en' ? '; ' : '；'))}</p>`
          : nothing;
    if (!lines.length && !carry.all && !carry.fiscal && planNote === nothing) return nothing;
    const line = (l: ExecutionLine) => {
      const name = s.executionSubjects[l.subject] ?? l.subject;
      // Budget and 决算 in the same scale, so that the two read as one comparison (never 1.02亿元 beside 9,746.50万元).
      const shown = [l.budget, l.actual].filter((v): v is string => v !== undefined).map((v) => this.readable(v, l.unit));
      const sameScale = shown.every((r) => r.rounded) || shown.every((r) => !r.rounded);
      const show = (v: string) => (sameScale ? this.fig(v, l.unit) : html`<span class="amount">${this.readable(v, l.unit).exact}</span>`);
      const said = (v: string) => (sameScale ? this.figText(v, l.unit) : this.readable(v, l.unit).exact);
      const rate = l.statedRate ?? l.computedRate;
      const width = rate !== undefined ? Math.max(0, Math.min(100, Number(rate))) : 0;
      const differs = l.statedRate !== undefined && l.computedRate !== undefined && Number(l.statedRate) !== Number(l.computedRate);
      const budgetLabel = (hasOwn(BUDGET_LABELS, l.budgetLabel ?? '') ? BUDGET_LABELS[l.budgetLabel!]! : BUDGET_LABELS['预算']!)[this.language];
      const label = s.executionLabel(name, budgetLabel, l.budget !== undefined ? said(l.budget) : this.t.notPublished, said(l.actual), rate ?? '–');
      return html`<h4>${name}</h4>
        ${rate !== undefined ? html`<svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${label}>${svg`<rect class="track" x="0" y="0" width="100" height="10"></rect><rect class="basic" x="0" y="0" width=${width} height="10"></rect>`}</svg>` : nothing}
        <dl>
          <dt>${budgetLabel}</dt>
          <dd>${l.budget !== undefined ? show(l.budget) : this.t.notPublished}</dd>
          <dt>${s.actual}</dt>
          <dd>${show(l.actual)}</dd>
        </dl>
        ${rate !== undefined ? html`<p class="rate">${s.rate(rate)}${differs ? html` <span class="muted">${s.rateComputed(l.computedRate!)}</span>` : nothing}</p>` : nothing}`;
    };
    const carried = (c: { opening?: string; closing?: string } | undefined, name: string) =>
      c
        ? html`<dt>${name}</dt>
            <dd>${c.opening !== undefined ? this.fig(c.opening) : this.t.notPublished} → ${c.closing !== undefined ? this.fig(c.closing) : this.t.notPublished}</dd>`
        : nothing;
    return html`<section part="section" aria-labelledby="h-execution">
      <h3 id="h-execution">${s.execution}</h3>
      ${planNote} ${lines.map(line)}
      ${
        carry.all || carry.fiscal
          ? html`<h4>${s.carry}</h4>
            <dl>${carried(carry.all, s.carryAll)}${carried(carry.fiscal, s.carryFiscal)}</dl>`
          : nothing
      }
    </section>`;
  }

  private composition(): TemplateResult | typeof nothing {
    const s = SUMMARY_UI[this.language];
    const ft = this.doc.expenditure.functionalTotal;
    const basic = ft?.byType?.basic;
    const project = ft?.byType?.project;
    const total = ft?.total ?? this.doc.expenditure.total;
    if (basic === undefined && project === undefined) return nothing;
    const bp = basic ? (percent(basic, total) ?? '0') : '0';
    const pp = project ? (percent(project, total) ?? '0') : '0';
    const x = linear([0, Number(total) || 1], [0, 100]);
    const bw = basic ? Math.max(0, x(Number(basic))) : 0;
    const pw = project ? Math.max(0, x(Number(project))) : 0;
    const cost = this.doc.expenditure.economic?.total?.byCostKind;
    return html`<section part="section" aria-labelledby="h-composition">
      <h3 id="h-composition">${s.composition}</h3>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${s.compositionLabel(basic ? this.figText(basic) : '–', bp, project ? this.figText(project) : '–', pp)}>
        ${svg`<rect class="basic" x="0" y="0" width=${bw} height="10"></rect>
        <rect class="project" x=${bw} y="0" width=${pw} height="10"></rect>`}
      </svg>
      <dl>
        ${
          basic !== undefined
            ? html`<dt><span class="swatch basic" aria-hidden="true"></span>${this.term(s.basic)}</dt>
              <dd>${this.fig(basic)} · <span class="share">${s.share(bp)}</span></dd>
              ${cost?.personnel !== undefined ? html`<dt class="sub">${this.term(s.personnel)}</dt> <dd class="sub">${this.fig(cost.personnel)}</dd>` : nothing}
              ${cost?.public !== undefined ? html`<dt class="sub">${this.term(s.publicCosts)}</dt> <dd class="sub">${this.fig(cost.public)}</dd>` : nothing}`
            : nothing
        }
        ${
          project !== undefined
            ? html`<dt><span class="swatch project" aria-hidden="true"></span>${this.term(s.project)}</dt>
              <dd>${this.fig(project)} · <span class="share">${s.share(pp)}</span></dd>`
            : nothing
        }
      </dl>
      ${this.changeText(this.change('basic')) !== nothing ? html`<p class="muted">${s.basic} ${this.changeText(this.change('basic'))}</p>` : nothing}
      ${this.changeText(this.change('project')) !== nothing ? html`<p class="muted">${s.project} ${this.changeText(this.change('project'))}</p>` : nothing}
    </section>`;
  }

  private sourcesPart(): TemplateResult | typeof nothing {
    const s = SUMMARY_UI[this.language];
    const inc = this.doc.income;
    const present = (keys: readonly SourceKey[]) =>
      keys.filter((k) => inc.bySource[k] !== undefined && !money(inc.bySource[k]!).isZero()).map((k) => ({ key: k, amount: inc.bySource[k]! }));
    // Income published only by aggregate (财政拨款 / 单位资金) is shown by aggregate.
    const leaves = present(LEAF_SOURCE_KEYS);
    const rows = leaves.length ? leaves : present([...SOURCE_PARTS.currentYear, 'carryover']);
    if (!rows.length) return nothing;
    const x = linear([0, Number(inc.total) || 1], [0, 100]);
    let at = 0;
    const bars = rows.map((r, i) => {
      const w = Math.max(0, x(Number(r.amount)));
      const rect = svg`<rect class="source ${i % 2 ? 'odd' : ''}" x=${at} y="0" width=${w} height="10"></rect>`;
      at += w;
      return rect;
    });
    const fiscal = leaves.length ? inc.bySource.fiscal : undefined;
    const [comma, semi] = this.language === 'en' ? [', ', '; '] : ['，', '；'];
    const label = rows.map((r) => `${SOURCE_LABELS[r.key][this.language]} ${this.figText(r.amount)}${comma}${percent(r.amount, inc.total) ?? '–'}%`).join(semi);
    return html`<section part="section" aria-labelledby="h-sources">
      <h3 id="h-sources">${s.sources}</h3>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${label}>${bars}</svg>
      <dl>
        ${fiscal !== undefined ? html`<dt>${this.term(SOURCE_LABELS.fiscal[this.language] + (this.language === 'en' ? '' : '收入'))}</dt> <dd>${this.fig(fiscal)}</dd>` : nothing}
        ${rows.map(
          (r) => html`<dt class=${fiscal !== undefined && FISCAL_SOURCES.includes(r.key) ? 'sub' : ''}>${this.term(SOURCE_LABELS[r.key][this.language])}</dt>
            <dd class=${fiscal !== undefined && FISCAL_SOURCES.includes(r.key) ? 'sub' : ''}>${this.fig(r.amount)} · <span class="share">${s.share(percent(r.amount, inc.total) ?? '–')}</span></dd>`,
        )}
      </dl>
    </section>`;
  }

  private changesPart(): TemplateResult | typeof nothing {
    const s = SUMMARY_UI[this.language];
    const changes = this.doc.changes ?? [];
    if (!changes.length) return nothing;
    return html`<section part="section" aria-labelledby="h-changes">
      <h3 id="h-changes">${s.changes}</h3>
      <ul class="findings">
        ${changes.map(
          (c) => html`<li>
            ${hasOwn(s.subjects, c.subject) ? s.subjects[c.subject] : this.dataText(c.subject)}${this.language === 'en' ? ': ' : '：'}${this.changeText(c)}
            ${c.comparedWith && c.comparedWith !== '上年' ? html`<span class="muted">${s.comparedWith(this.comparedWith(c.comparedWith))}</span>` : nothing}
            ${c.reason ? html`<span class="muted">${s.reason(this.dataText(c.reason))}</span>` : nothing}
            ${this.statedCheck(`$.changes[${changes.indexOf(c)}]`)}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private yearsMemo?: { pair: YearPair; report: ReconciliationReport; stated: Map<string, StatedYearChange> };

  /** R-YEAR-01 on the two files: each stated change against the other year's, once per pair. */
  private get years(): { pair: YearPair; report: ReconciliationReport; stated: Map<string, StatedYearChange> } | undefined {
    const pair = this.comparing;
    if (!pair) return undefined;
    if (this.yearsMemo?.pair !== pair)
      this.yearsMemo = {
        pair,
        report: reconcileYears(pair.current, pair.other),
        stated: new Map(statedYearChanges(pair.current, pair.other).map((x) => [x.path, x])),
      };
    return this.yearsMemo;
  }

  /** A headline's change against the other year's file, computed from the two files and said so. */
  private computedChange(subject: HeadlineChange['subject']): TemplateResult | typeof nothing {
    const pair = this.comparing;
    const c = pair && headlineChanges(pair).find((h) => h.subject === subject);
    if (!pair || !c || c.change === undefined) return nothing;
    return html`<p class="change computed">${this.prose(this.changeWords(c, c.unit, pair))} <span class="muted">(${this.t.compare.fromFiles(pair.otherYear)})</span></p>`;
  }

  /** What R-YEAR-01 found of one stated change, when the other year's file is there. */
  private statedCheck(path: string): TemplateResult | typeof nothing {
    const y = this.years;
    const stated = y?.stated.get(path);
    if (!y || !stated) return nothing;
    const c = this.t.compare;
    const year = y.pair.otherYear;
    if (stated.skip) return html`<span class="muted year-check">${c.skipped[stated.skip]}</span>`;
    const found = y.report.findings.filter((f) => f.paths.includes(path));
    const worst = found.find((f) => f.severity === 'warning') ?? found[0];
    if (!worst) return html`<span class="year-check ok">${c.statedMatches(year)}</span>`;
    if (worst.severity === 'note') return html`<span class="year-check ok">${c.statedRounding(year)}</span>`;
    return html`<span class="year-check warning">${c.statedDiffers(year)}${this.language === 'en' ? ': ' : '：'}${this.prose(worst.message[this.language])}</span>`;
  }

  /**
   * With compare-src: every headline figure of this year against the other year's file, the change in
   * words and per cent, and how many stated changes could be checked against that file.
   */
  private comparePart(): TemplateResult | typeof nothing {
    if (!this.comparesYears) return nothing;
    const c = this.t.compare;
    const pair = this.comparing;
    const title = pair ? c.section(pair.otherYear) : c.section(this.yearPair?.otherYear ?? this.doc.meta.fiscalYear - 1);
    const lines = pair ? headlineChanges(pair) : [];
    const y = this.years;
    const stated = y ? [...y.stated.values()] : [];
    const subjectName = (k: string) => (hasOwn(SUMMARY_UI[this.language].subjects, k) ? SUMMARY_UI[this.language].subjects[k] : k);
    const col = c.yearColumn(pair?.otherYear ?? 0, pair?.isPreviousYear ?? true);
    return html`<section part="section" aria-labelledby="h-compare">
      <h3 id="h-compare">${title}</h3>
      ${this.renderCompareNote()}
      ${
        lines.length
          ? html`<dl class="compare-lines">
              ${lines.map(
                (l) => html`<dt>${subjectName(l.subject)}</dt>
                  <dd>
                    ${this.fig(l.current!, l.unit)}
                    <span class="muted">· ${col} ${l.previous !== undefined ? this.fig(l.previous, l.unit) : c.noFigure}</span>
                    <span class="change ${l.change === undefined ? '' : l.change.startsWith('-') ? 'down' : /^0(\.0*)?$/.test(l.change) ? 'same' : 'up'}">${this.prose(this.changeWords(l, l.unit, pair!))}</span>
                  </dd>`,
              )}
            </dl>`
          : nothing
      }
      ${stated.length && pair ? html`<p class="muted">${c.statedScope(stated.filter((x) => !x.skip).length, stated.length, pair.otherYear)}</p>` : nothing}
    </section>`;
  }

  private threePublic(): TemplateResult | typeof nothing {
    const s = SUMMARY_UI[this.language];
    const tp = this.doc.threePublic;
    if (!tp) return nothing;
    const unit = tp.unit ?? this.doc.meta.unit;
    const get = (k: ThreePublicKey) => tp.items.find((i) => i.key === k);
    // As for its parts: a printed 合计 with an empty cell (a 决算 that spent nothing) is a published nothing, 0.
    const row = get('threePublic');
    const total = row?.amounts.total ?? tp.total?.total ?? (row && row.amounts.budget !== undefined ? '0' : undefined);
    const parts: ThreePublicKey[] = ['abroad', 'vehicles', 'reception'];
    return html`<section part="section" aria-labelledby="h-three">
      <h3 id="h-three">${this.term(s.threePublic)}</h3>
      ${total !== undefined ? this.headline(total, unit) : html`<p class="big">${this.t.notPublished}</p>`}
      ${this.changeText(this.change('threePublic'))}
      <dl>
        ${parts.map((k) => {
          const it = get(k);
          const v = it?.amounts.total;
          // A printed row with an empty cell is a published nothing (0); a row the document lacks is not published.
          return html`<dt>${s.subjects[k]}</dt> <dd>${it ? this.fig(v ?? '0', unit) : this.t.notPublished}</dd> `;
        })}
      </dl>
    </section>`;
  }

  private operatingCosts(): TemplateResult | typeof nothing {
    const s = SUMMARY_UI[this.language];
    const oc = this.doc.operatingCosts;
    if (!oc) return nothing;
    const unit = oc.unit ?? this.doc.meta.unit;
    return html`<section part="section" aria-labelledby="h-op">
      <h3 id="h-op">${this.term(s.operatingCosts)}</h3>
      ${this.headline(oc.total, unit)}
      ${oc.items?.length ? html`<dl>${oc.items.map((it) => html`<dt>${this.dataText(it.name)}</dt> <dd>${this.fig(it.amount, unit)}</dd> `)}</dl>` : nothing}
    </section>`;
  }

  private check(): TemplateResult {
    const s = SUMMARY_UI[this.language];
    const rec = this.budget.value!.reconciliation;
    const state = rec.warnings ? 'warning' : rec.notes || rec.questions ? 'note' : 'ok';
    // Never a bare "passed": what was found, of what could be checked; the line below says what that was.
    const badge = html`<span class="badge ${state}" part="badge">${s.check}${this.language === 'en' ? ': ' : '：'}${checkVerdict(rec, this.language)}</span>`;
    const items = byWeight([...rec.findings, ...rec.remarks]);
    return html`<section part="section" aria-labelledby="h-check">
      <h3 id="h-check">${s.check}</h3>
      ${
        items.length
          ? html`<details>
            <summary>${badge}</summary>
            <ul class="findings">
              ${items.map(
                (f) =>
                  html`<li><span class="kind ${f.severity}">${s.findingKind[f.severity === 'note' && !isRounding(f) ? 'info' : f.severity]}</span> ${this.prose(f.message[this.language])} <span class="rule">${f.ruleId}</span></li>`,
              )}
            </ul>
          </details>`
          : badge
      }
      <p class="muted">${this.prose(checkScope(rec, this.language))}</p>
    </section>`;
  }

  private glossaryPart(): TemplateResult | typeof nothing {
    const g = this.doc.glossary ?? [];
    if (!g.length) return nothing;
    return html`<section part="section" aria-labelledby="h-glossary">
      <h3 id="h-glossary">${SUMMARY_UI[this.language].glossary}</h3>
      <details>
        <summary>${SUMMARY_UI[this.language].glossaryCount(g.length)}</summary>
        <dl class="glossary">${g.map((e) => html`<dt>${this.dataText(e.term)}</dt> <dd>${this.dataText(e.definition)}</dd> `)}</dl>
      </details>
    </section>`;
  }

  /**
   * A label that the glossary defines becomes a button that shows the definition (click, tap, Enter or
   * Space); other labels stay plain text. Definitions are Chinese as published.
   */
  private term(label: string): TemplateResult | string {
    const key = normalize(label);
    const entry = this.doc.glossary?.find((e) => normalize(e.term) === key);
    if (!entry || this.language === 'en') return label;
    const n = (this.termIds.get(key) ?? 0) + 1;
    this.termIds.set(key, n);
    const id = `def-${[...this.termIds.keys()].indexOf(key)}-${n}`;
    const open = this._open === id;
    return html`<span class="term-wrap"
      ><button type="button" class="term" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} title=${SUMMARY_UI[this.language].define(entry.term)} @click=${() => (this._open = open ? undefined : id)} @keydown=${this.closeOnEscape}>${label}</button
      ><span class="definition" id=${id} ?hidden=${!open} role="note">${entry.term}：${entry.definition}</span></span
    >`;
  }

  private closeOnEscape = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this._open) {
      e.preventDefault();
      this._open = undefined;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'budget-summary': BudgetSummary;
  }
}
