import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { budgetSelectEvent } from '../../events/budget-select.js';
import { INDICATOR_LEVEL_LABELS } from '../../model/labels.js';
import { convert, money, percent, sum } from '../../model/money.js';
import { groupIndicators, indicatorStatus, targetLabel } from '../../model/performance.js';
import type { AmountUnit, BudgetDocument, Indicator, Project, SchedulePoint, SelfEvaluation } from '../../model/types.js';
import { GRADE_LABELS } from '../../model/labels.js';
import { hasOwn } from '../../model/own.js';
import { BudgetElement } from '../budget-element.js';
import { lineChange, restate } from '../../model/compare.js';
import type { LinkFields } from '../link-state.js';
import { kpiCardStyles } from './kpi-card.styles.js';
import { provideChecks } from '../../data/fetch-budget.js';
import { reconcile } from '../../model/reconcile.js';
import { KPI_UI } from './strings.js';

// This element shows the checks' results: it gives them to the loader, which does not import them itself.
provideChecks(reconcile);

const STATUS_ICON: Record<string, string> = { met: '✓', notMet: '✗', noData: '–' };

/**
 * A project's performance targets (项目绩效目标) as a card: budget, spending plan, goals and indicators
 * grouped 一级 → 二级 with their targets. Without `project` it shows the department's overall goals; with
 * `project="*"` a grid of every project with their total, each card closed behind one disclosure button
 * ("绩效指标（6）", `aria-expanded`, `aria-controls`): Enter or Space opens and closes it with the focus staying
 * on the button, Escape on the button or inside what it revealed closes it and puts the focus back on it.
 *
 * Amounts are in the reader's scale (410.00万元, "4.10 million yuan"), the published figure in their `title`,
 * and never break across lines. In English every word the element writes is English; the published texts
 * keep their language and are marked `lang="zh-CN"`.
 *
 * @tagname kpi-card
 * @summary Project performance targets a citizen can read in ten seconds.
 *
 * @fires budget-select - A user opened a project from the grid. `detail`: `{ code, name, amount, unit, path, names }`;
 *   `code` is empty and `path` holds the name for a project printed without a code.
 *
 * @csspart card - Each project card.
 * @csspart plan - The spending plan: a bar per date, with its percentage above and the date below as text.
 * @csspart target - Each indicator's target.
 */
export class KpiCard extends BudgetElement {
  static override styles = [BudgetElement.styles, kpiCardStyles];

  static override properties: PropertyDeclarations = {
    project: { type: String },
    unit: { type: String },
    _opened: { state: true },
  };

  /**
   * A project code, or the project's name where the document prints no code (the Shanghai form); `*` for a
   * grid of every project; absent for the department's overall goals.
   */
  project?: string;
  /** Display unit: 元, 万元 or 亿元, every amount exact in it (default: the reader's scale, as published in each `title`). */
  unit?: AmountUnit;

  /** Positions of the grid's cards that a user opened (a project may have no code). */
  private _opened = new Set<number>();

  protected override ownLinkState(): LinkFields {
    return { project: this.project };
  }

  protected override restoreOwnLink(f: LinkFields): void {
    if (f.project !== undefined) this.project = f.project;
  }

  private countLabel(p: Project): string {
    return `${KPI_UI[this.language].indicators}${KPI_UI[this.language].count(p.indicators?.length ?? 0)}`;
  }

  private get colon(): string {
    return this.language === 'en' ? ': ' : '：';
  }

  private get doc(): BudgetDocument {
    return this.budget.value!.document;
  }

  protected override get unitAsked(): string | undefined {
    return this.unit;
  }

  protected renderReady(): TemplateResult {
    const k = KPI_UI[this.language];
    const projects = this.doc.projects ?? [];
    const code = (this.project ?? '').trim();
    if (!code) return this.renderOverall();
    if (code === '*') {
      if (!projects.length) return html`<p class="state" part="state" role="status">${k.none}</p>`;
      return html`${this.renderCompareNote()}${this.renderGrid(projects)}`;
    }
    const p = projects.find((x) => x.code === code) ?? projects.find((x) => x.code === undefined && x.name.trim() === code);
    if (!p) {
      const list = projects.map((x, i) => html`${i ? k.listSeparator : ''}${this.dataText(x.code !== undefined ? `${x.code} ${x.name}` : x.name)}`);
      return html`<div class="state error" part="state" role="alert"><p>${k.unknown(this.dataText(code), list.length ? list : '—')}</p></div>`;
    }
    return html`${this.renderCompareNote()}${this.renderCard(p, true)}`;
  }

  private renderGrid(projects: Project[]): TemplateResult {
    const k = KPI_UI[this.language];
    const unit = this.doc.meta.unit;
    // Each project in its own unit, restated exactly in the document's.
    const total = sum(projects.map((p) => convert(p.budget.total, p.unit ?? unit, unit))).toFixed();
    const finding = this.budget.value!.reconciliation.findings.find((f) => f.rule === 'sum.projects');
    const projectExpenditure = this.doc.expenditure.functionalTotal?.byType?.project;
    const summary = this.doc.projectSummary;
    // What the listed projects are compared with: the text's own count and total, else 项目支出 — and a list
    // that covers part of 项目支出 says so (not every project publishes targets), it is not "short".
    let beside: unknown;
    if (finding) beside = finding.message[this.language];
    else if (summary?.count !== undefined && summary.count !== projects.length) beside = k.summaryCount(summary.count, projects.length);
    else if (summary?.total !== undefined && summary.count === projects.length)
      beside = k.matchesSummary(summary.count, this.amount(summary.total, summary.unit ?? unit));
    else if (projectExpenditure !== undefined) {
      const share = money(projectExpenditure).isZero() ? undefined : percent(money(total), money(projectExpenditure));
      beside = money(total).eq(money(projectExpenditure))
        ? k.matches(this.amount(projectExpenditure, unit))
        : share !== undefined
          ? k.partOf(this.amount(projectExpenditure, unit), share)
          : undefined;
    }
    return html`<p class="total">
        <strong>${k.gridTotal(projects.length, this.amount(total, unit))}</strong>
        ${beside ? html`<span class="muted" role=${finding ? 'note' : nothing}>${beside}</span>` : nothing}
      </p>
      <div class="grid">${projects.map((p, i) => this.renderCard(p, this._opened.has(i)))}</div>`;
  }

  /**
   * With compare-src: the project's budget against the same project in the other year's file (by code, else
   * by name), or that the other year has no such project.
   */
  private projectChange(p: Project, unit: AmountUnit): TemplateResult | typeof nothing {
    const pair = this.comparing;
    if (!pair) return nothing;
    const squeeze = (x: string) => x.replace(/\s+/g, '');
    const other = (pair.other.projects ?? []).find((o) =>
      p.code !== undefined && o.code !== undefined ? o.code === p.code : squeeze(o.name) === squeeze(p.name),
    );
    const then = other ? restate(other.budget.total, other.unit ?? pair.other.meta.unit, unit) : undefined;
    const c = this.t.compare;
    return html`<p class="muted year-change">${then === undefined ? c.noProject(pair.otherYear) : this.prose(this.changeWords(lineChange(p.budget.total, then), unit, pair))}</p>`;
  }

  private renderCard(p: Project, open: boolean): TemplateResult {
    const k = KPI_UI[this.language];
    const unit = p.unit ?? this.doc.meta.unit;
    // Codes are untrusted text (spaces would split an IDREF list, duplicates would clash): ids use the position.
    const id = `p-${(this.doc.projects ?? []).indexOf(p)}`;
    const inGrid = this.project?.trim() === '*';
    const content = () =>
      html`${this.renderFacts(p)}${this.renderGoals(p)}
      ${p.goals?.length ? html`<h4>${k.goals}</h4><ol class="goals">${p.goals.map((g) => html`<li>${this.dataText(g.replace(/^\d+[.、．]\s*/, ''))}</li>`)}</ol>` : nothing}
      ${p.indicators?.length ? html`<h4>${k.indicators}</h4>${this.renderIndicators(p.indicators)}` : nothing}`;
    return html`<article part="card" aria-labelledby=${id}>
      <h3 id=${id}>${this.dataText(p.name)}</h3>
      ${p.code !== undefined ? html`<div class="code">${k.code}${this.colon}<span class="code-value">${this.dataText(p.code)}</span></div>` : nothing}
      <div class="money">
        <span><span class="muted">${k.budget}</span> <span class="headline">${this.amount(p.budget.total, unit)}</span></span>
        ${p.budget.fiscal !== undefined ? html`<span class="muted">${k.fiscal} ${this.amount(p.budget.fiscal, unit)}</span>` : nothing}
        ${p.budget.carriedOver !== undefined ? html`<span class="muted">${k.carriedOver} ${this.amount(p.budget.carriedOver, unit)}</span>` : nothing}
        ${p.budget.other !== undefined ? html`<span class="muted">${k.other} ${this.amount(p.budget.other, unit)}</span>` : nothing}
      </div>
      ${this.projectChange(p, unit)}
      ${
        p.wholeProject && p.wholeProject.total !== p.budget.total
          ? html`<div class="money"><span class="muted">${k.wholeProject} ${this.amount(p.wholeProject.total, unit)}</span></div>`
          : nothing
      }
      ${p.purpose ? html`<p class="purpose"><span class="muted">${k.purpose}${this.colon}</span>${this.dataText(p.purpose)}</p>` : nothing}
      ${this.renderPlan(p)}
      ${
        inGrid
          ? html`<button
                type="button"
                class="open"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${`${id}-more`}
                aria-label=${k.open(this.countLabel(p), p.name)}
                @click=${() => this.toggle(p)}
                @keydown=${(e: KeyboardEvent) => this.closeOnEscape(e, p)}
              >
                <span class="chevron" aria-hidden="true"></span>${this.countLabel(p)}
              </button>
              <div class="more" id=${`${id}-more`} ?hidden=${!open} @keydown=${(e: KeyboardEvent) => this.closeOnEscape(e, p)}>${open ? content() : nothing}</div>`
          : content()
      }
    </article>`;
  }

  /** What the Shanghai form states beside the money: who is in charge, who carries it out, what kind, when. */
  private renderFacts(p: Project): TemplateResult | typeof nothing {
    const k = KPI_UI[this.language];
    // Each date stays whole on a narrow card ("2023-01-01 –" / "2023-12-31", never "2023-" / "12-31").
    const period = p.start || p.end ? html`<span class="date">${p.start ?? '…'}</span> – <span class="date">${p.end ?? '…'}</span>` : undefined;
    const facts: Array<[string, string | TemplateResult | undefined]> = [
      [k.department, p.department],
      [k.implementer, p.implementer],
      [k.nature, p.nature],
      [k.category, p.category],
      [k.period, period],
    ];
    const shown = facts.filter((f): f is [string, string | TemplateResult] => !!f[1]);
    if (!shown.length) return nothing;
    return html`<dl class="facts">
      ${shown.map(([term, value]) => html`<div><dt>${term}</dt><dd>${typeof value === 'string' ? this.dataText(value) : value}</dd></div>`)}
    </dl>`;
  }

  /** 项目总目标 and 年度总体目标, each under its own heading; said once when the form prints the same text twice. */
  private renderGoals(p: Project): TemplateResult | typeof nothing {
    const k = KPI_UI[this.language];
    const { overallGoal, annualGoal } = p;
    const flat = (s: string) => s.replace(/\s+/g, '');
    if (overallGoal && annualGoal && flat(overallGoal) === flat(annualGoal))
      return html`<h4>${k.sameGoal}</h4><p class="goal">${this.dataText(annualGoal)}</p>`;
    return html`${overallGoal ? html`<h4>${k.overallGoal}</h4><p class="goal">${this.dataText(overallGoal)}</p>` : nothing}
    ${annualGoal ? html`<h4>${k.annualGoal}</h4><p class="goal">${this.dataText(annualGoal)}</p>` : nothing}`;
  }

  /** Opens or closes a grid card's goals and indicators; the button that does it keeps the focus. */
  private toggle(p: Project): void {
    const index = (this.doc.projects ?? []).indexOf(p);
    const next = new Set(this._opened);
    if (next.has(index)) {
      next.delete(index);
    } else {
      next.add(index);
      const id = p.code ?? '';
      this.dispatchEvent(
        budgetSelectEvent({ code: id, name: p.name, amount: p.budget.total, unit: p.unit ?? this.doc.meta.unit, path: [id || p.name], names: [p.name] }),
      );
    }
    this._opened = next;
  }

  /** Escape on an open card's button or inside what it revealed: closed, and the focus back on the button. */
  private closeOnEscape(e: KeyboardEvent, p: Project): void {
    const index = (this.doc.projects ?? []).indexOf(p);
    if (e.key !== 'Escape' || !this._opened.has(index)) return;
    // Handled here: a dialog around the widget must not close on the same key.
    e.preventDefault();
    e.stopPropagation();
    // Before the content goes, so that the focus never falls back to the page.
    (e.currentTarget as HTMLElement).closest('article')?.querySelector<HTMLElement>('button.open')?.focus();
    this.toggle(p);
  }

  /**
   * The cumulative spending plan as steps, with every published figure as text. The words are HTML, so they
   * follow the reader's text size and forced colours; only the bars are drawn.
   */
  private renderPlan(p: Project): TemplateResult | typeof nothing {
    const k = KPI_UI[this.language];
    const plan = p.schedule ?? [];
    if (!plan.length) return nothing;
    const partial = plan.some((s) => s.percent === undefined);
    const when = (s: SchedulePoint) => k.planWhen(s.month, s.label);
    const label = k.planLabel(plan.map((s) => `${when(s)} ${s.percent !== undefined ? `${s.percent}%` : this.t.notPublished}`).join(k.planSeparator));
    return html`<h4>${k.plan}</h4>
      <div class="plan" part="plan" role="img" aria-label=${label}>
        ${plan.map((s) => {
          const h = s.percent === undefined ? undefined : Math.max(0, Math.min(100, Number(s.percent)));
          return html`<div class="step">
            <span class="pct">${s.percent !== undefined ? `${s.percent}%` : '—'}</span>
            <svg class="bars" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true">
              ${
                h === undefined
                  ? svg`<rect class="missing" x="0" y="0" width="10" height="100" vector-effect="non-scaling-stroke"></rect>`
                  : svg`<rect class="bar" x="0" y=${100 - h} width="10" height=${h}></rect>`
              }
            </svg>
            <span class="when">${this.dataText(when(s))}</span>
          </div>`;
        })}
      </div>
      ${partial ? html`<p class="muted plan-note">${k.planPartial}</p>` : nothing}`;
  }

  private renderIndicators(list: Indicator[]): TemplateResult {
    return html`${groupIndicators(list).map(
      (g1) => html`${g1.level1 ? html`<h5>${this.levelName(g1.level1)}</h5>` : nothing}
        ${g1.groups.map(
          (g2) => html`<ul class="inds" aria-label=${
            [g1.level1, g2.level2]
              .filter((l): l is string => !!l)
              .map((l) => this.knownLevel(l) ?? l)
              .join(' · ') || nothing
          }>
            ${g2.items.map((ind) => this.renderIndicator(ind, g2.level2))}
          </ul>`,
        )}`,
    )}`;
  }

  /** A standard indicator level in the reader's words (产出指标 is "Outputs" in English); any other as published. */
  private levelName(zh: string): TemplateResult | string {
    const known = this.knownLevel(zh);
    return known ?? this.dataText(zh);
  }

  private knownLevel(zh: string): string | undefined {
    return this.language === 'en' ? INDICATOR_LEVEL_LABELS.find((l) => l['zh-CN'] === zh.replace(/\s/g, ''))?.en : undefined;
  }

  private renderIndicator(ind: Indicator, level2: string): TemplateResult {
    const k = KPI_UI[this.language];
    const status = indicatorStatus(ind);
    // A short target stays on one line ("≥95%", "100人"); a sentence ("慰问人数不少于 100人,宣传用品不少于
    // 20000份", "开展至少1次团体心理治疗") wraps.
    const label = targetLabel(ind);
    const sentence = label.length > 14 || (label.match(/\p{Script=Han}/gu)?.length ?? 0) > 4;
    return html`<li>
      <div class="ind">
        <span><span class="muted">${this.levelName(level2)}</span> ${this.dataText(ind.name)}</span>
        <span><span class=${sentence ? 'target long' : 'target'} part="target" title=${ind.target.text}>${this.dataText(label)}</span>${
          status
            ? html`<span class="status ${status}"><span aria-hidden="true">${STATUS_ICON[status]} </span>${k.status[status]}${
                ind.actual?.text ? k.actualValue(this.dataText(ind.actual.text)) : nothing
              }</span>`
            : nothing
        }</span>
      </div>
      ${
        ind.description || ind.basis
          ? html`<details>
            <summary>${k.details}</summary>
            <dl class="about">
              ${ind.description ? html`<dt>${k.description}</dt><dd>${this.dataText(ind.description)}</dd>` : nothing}
              ${ind.basis ? html`<dt>${k.basis}</dt><dd>${this.dataText(ind.basis)}</dd>` : nothing}
            </dl>
          </details>`
          : nothing
      }
    </li>`;
  }

  /**
   * A final account's 绩效自评 (schema 1.3.0): the projects evaluated, their budget, the average score, how
   * many got each grade and the problems found and put right, each figure as stated and in words.
   */
  private renderSelfEvaluation(s: SelfEvaluation, alone: boolean): TemplateResult {
    const k = KPI_UI[this.language];
    const unit = s.unit ?? this.doc.meta.unit;
    // Its heading is the card's own where the card shows nothing else.
    const heading = alone ? html`<h3 id="self-h">${k.selfEvaluation}</h3>` : html`<h4 id="self-h">${k.selfEvaluation}</h4>`;
    return html`<section class="self-evaluation" aria-labelledby="self-h">
      ${heading}
      <dl>
        ${s.projects !== undefined ? html`<dt>${k.evaluatedProjects}</dt><dd>${k.projectCount(s.projects)}</dd>` : nothing}
        ${s.total !== undefined ? html`<dt>${k.evaluatedBudget}</dt><dd>${this.amount(s.total, unit)}</dd>` : nothing}
        ${s.averageScore !== undefined ? html`<dt>${k.averageScore}</dt><dd>${k.score(s.averageScore)}</dd>` : nothing}
        ${s.grades?.length ? html`<dt>${k.grades}</dt><dd>${s.grades.map((g, i) => html`${i ? (this.language === 'en' ? ', ' : '、') : ''}${hasOwn(GRADE_LABELS, g.grade) ? GRADE_LABELS[g.grade]![this.language] : this.dataText(`“${g.grade}”`)} ${k.projectCount(g.count)}`)}</dd>` : nothing}
        ${s.problems !== undefined ? html`<dt>${k.problems}</dt><dd>${k.problemsText(s.problems, s.fixed, s.fixing)}</dd>` : nothing}
      </dl>
    </section>`;
  }

  private renderOverall(): TemplateResult {
    const k = KPI_UI[this.language];
    const perf = this.doc.performance;
    const self = perf?.selfEvaluation;
    if (!perf?.overall && !perf?.goals?.length && !self) return html`<p class="state" part="state" role="status">${k.noOverall}</p>`;
    if (!perf!.overall && !perf!.goals?.length) return html`<div class="overall" part="card">${this.renderSelfEvaluation(self!, true)}</div>`;
    return html`<div class="overall" part="card">
      <h3>${k.overall}</h3>
      ${perf!.overall ? html`<p>${this.dataText(perf!.overall)}</p>` : nothing}
      ${
        perf!.goals?.length
          ? html`<h4>${k.overallGoals}</h4>
            <ol class="goals">
              ${perf!.goals.map(
                (g) => html`<li>
                  <strong>${this.dataText(g.title)}</strong>
                  ${g.goal ? html`<p>${this.dataText(g.goal)}</p>` : nothing}
                  ${
                    g.indicators?.length
                      ? html`<ul class="inds">${g.indicators.map((ind) => this.renderIndicator(ind, k.indicatorText))}</ul>`
                      : g.indicatorText
                        ? html`<p class="muted">${k.indicatorText}${this.colon}${this.dataText(g.indicatorText)}</p>`
                        : nothing
                  }
                </li>`,
              )}
            </ol>`
          : nothing
      }
      ${self ? this.renderSelfEvaluation(self, false) : nothing}
      ${perf!.measures?.length ? html`<h4>${k.measures}</h4><ol class="goals measures">${perf!.measures.map((m) => html`<li>${this.dataText(m.replace(/^\d+[.、．]\s*/, ''))}</li>`)}</ol>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
