import { linear } from '../../layout/linear.js';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { budgetSelectEvent } from '../../events/budget-select.js';
import { convert, money, percent, sum } from '../../model/money.js';
import { groupIndicators, indicatorStatus, targetLabel } from '../../model/performance.js';
import type { AmountUnit, BudgetDocument, Indicator, Project } from '../../model/types.js';
import { BudgetElement } from '../budget-element.js';
import { kpiCardStyles } from './kpi-card.styles.js';

const STATUS_ICON: Record<string, string> = { met: '✓', notMet: '✗', noData: '–' };

/**
 * A project's performance targets (项目绩效目标) as a card: budget, spending plan, goals and indicators
 * grouped 一级 → 二级 with their targets. Without `project` it shows the department's overall goals; with
 * `project="*"` a grid of every project with their total.
 *
 * @tagname kpi-card
 * @summary Project performance targets a citizen can read in ten seconds.
 *
 * @fires budget-select - A user opened a project from the grid. `detail`: `{ code, name, amount, unit, path, names }`;
 *   `code` is empty and `path` holds the name for a project printed without a code.
 *
 * @csspart card - Each project card.
 * @csspart plan - The spending-plan graphic.
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
  /** Display unit: 元, 万元 or 亿元 (default: as published). Amounts stay exact. */
  unit?: AmountUnit;

  /** Positions of the grid's cards that a user opened (a project may have no code). */
  private _opened = new Set<number>();

  private countLabel(p: Project): string {
    const n = p.indicators?.length ?? 0;
    return this.language === 'en' ? `${this.t.kpi.indicators} (${n})` : `${this.t.kpi.indicators}（${n}）`;
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
    const k = this.t.kpi;
    const projects = this.doc.projects ?? [];
    const code = (this.project ?? '').trim();
    if (!code) return this.renderOverall();
    if (code === '*') {
      if (!projects.length) return html`<p class="state" part="state" role="status">${k.none}</p>`;
      return this.renderGrid(projects);
    }
    const p = projects.find((x) => x.code === code) ?? projects.find((x) => x.code === undefined && x.name.trim() === code);
    if (!p) {
      const list = projects.map((x) => (x.code !== undefined ? `${x.code} ${x.name}` : x.name)).join(this.language === 'en' ? '; ' : '；');
      return html`<div class="state error" part="state" role="alert"><p>${k.unknown(code, list || '—')}</p></div>`;
    }
    return this.renderCard(p, true);
  }

  private renderGrid(projects: Project[]): TemplateResult {
    const k = this.t.kpi;
    const unit = this.doc.meta.unit;
    // Each project in its own unit, restated exactly in the document's.
    const total = sum(projects.map((p) => convert(p.budget.total, p.unit ?? unit, unit))).toFixed();
    const finding = this.budget.value!.reconciliation.findings.find((f) => f.rule === 'sum.projects');
    const projectExpenditure = this.doc.expenditure.functionalTotal?.byType?.project;
    const summary = this.doc.projectSummary;
    // What the listed projects are compared with: the text's own count and total, else 项目支出 — and a list
    // that covers part of 项目支出 says so (not every project publishes targets), it is not "short".
    let beside: string | undefined;
    if (finding) beside = finding.message[this.language];
    else if (summary?.count !== undefined && summary.count !== projects.length) beside = k.summaryCount(summary.count, projects.length);
    else if (summary?.total !== undefined && summary.count === projects.length)
      beside = k.matchesSummary(summary.count, this.money(summary.total, summary.unit ?? unit));
    else if (projectExpenditure !== undefined) {
      const share = money(projectExpenditure).isZero() ? undefined : percent(money(total), money(projectExpenditure));
      beside = money(total).eq(money(projectExpenditure))
        ? k.matches(this.money(projectExpenditure, unit))
        : share !== undefined
          ? k.partOf(this.money(projectExpenditure, unit), share)
          : undefined;
    }
    return html`<p class="total">
        <strong>${k.gridTotal(projects.length, this.money(total, unit))}</strong>
        ${beside ? html`<span class="muted" role=${finding ? 'note' : nothing}>${beside}</span>` : nothing}
      </p>
      <div class="grid">${projects.map((p, i) => this.renderCard(p, this._opened.has(i)))}</div>`;
  }

  private renderCard(p: Project, open: boolean): TemplateResult {
    const k = this.t.kpi;
    const unit = p.unit ?? this.doc.meta.unit;
    // Codes are untrusted text (spaces would split an IDREF list, duplicates would clash): ids use the position.
    const id = `p-${(this.doc.projects ?? []).indexOf(p)}`;
    const inGrid = this.project?.trim() === '*';
    return html`<article part="card" aria-labelledby=${id}>
      <h3 id=${id}>${p.name}</h3>
      ${p.code !== undefined ? html`<div class="code">${k.code}${this.colon}${p.code}</div>` : nothing}
      <div class="money">
        <span><span class="muted">${k.budget}</span> <span class="amount">${this.money(p.budget.total, unit)}</span></span>
        ${p.budget.fiscal !== undefined ? html`<span class="muted">${k.fiscal} ${this.money(p.budget.fiscal, unit)}</span>` : nothing}
        ${p.budget.carriedOver !== undefined ? html`<span class="muted">${k.carriedOver} ${this.money(p.budget.carriedOver, unit)}</span>` : nothing}
        ${p.budget.other !== undefined ? html`<span class="muted">${k.other} ${this.money(p.budget.other, unit)}</span>` : nothing}
      </div>
      ${
        p.wholeProject && p.wholeProject.total !== p.budget.total
          ? html`<div class="money"><span class="muted">${k.wholeProject} ${this.money(p.wholeProject.total, unit)}</span></div>`
          : nothing
      }
      ${p.purpose ? html`<p class="purpose"><span class="muted">${k.purpose}${this.colon}</span>${p.purpose}</p>` : nothing}
      ${this.renderPlan(p)}
      ${
        open
          ? html`${this.renderFacts(p)}${this.renderGoals(p)}
            ${p.goals?.length ? html`<h4>${k.goals}</h4><ol class="goals">${p.goals.map((g) => html`<li>${g.replace(/^\d+[.、．]\s*/, '')}</li>`)}</ol>` : nothing}
            ${p.indicators?.length ? html`<h4>${k.indicators}</h4>${this.renderIndicators(p.indicators)}` : nothing}
            ${inGrid ? html`<button type="button" class="open" @click=${() => this.toggle(p)}>${k.close}</button>` : nothing}`
          : html`<button type="button" class="open" aria-label=${k.open(`${this.countLabel(p)}`, p.name)} @click=${() => this.toggle(p)}>${this.countLabel(p)}</button>`
      }
    </article>`;
  }

  /** What the Shanghai form states beside the money: who is in charge, who carries it out, what kind, when. */
  private renderFacts(p: Project): TemplateResult | typeof nothing {
    const k = this.t.kpi;
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
    return html`<dl class="facts">${shown.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
  }

  /** 项目总目标 and 年度总体目标, each under its own heading; said once when the form prints the same text twice. */
  private renderGoals(p: Project): TemplateResult | typeof nothing {
    const k = this.t.kpi;
    const { overallGoal, annualGoal } = p;
    const flat = (s: string) => s.replace(/\s+/g, '');
    if (overallGoal && annualGoal && flat(overallGoal) === flat(annualGoal)) return html`<h4>${k.sameGoal}</h4><p class="goal">${annualGoal}</p>`;
    return html`${overallGoal ? html`<h4>${k.overallGoal}</h4><p class="goal">${overallGoal}</p>` : nothing}
    ${annualGoal ? html`<h4>${k.annualGoal}</h4><p class="goal">${annualGoal}</p>` : nothing}`;
  }

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
    // The pressed button is replaced by the other state's button: keep focus on the card's toggle.
    this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('article')[index]?.querySelector<HTMLElement>('button.open')?.focus());
  }

  /** The cumulative spending plan as steps, with every published figure as text. */
  private renderPlan(p: Project): TemplateResult | typeof nothing {
    const k = this.t.kpi;
    const plan = p.schedule ?? [];
    if (!plan.length) return nothing;
    // An undistorted drawing (the text must not stretch), scaled to the card's width as a whole.
    const x = linear([0, plan.length], [0, 300]);
    const y = linear([0, 100], [0, 48]);
    const w = x(1) - x(0);
    const partial = plan.some((s) => s.percent === undefined);
    const label = k.planLabel(plan.map((s) => `${s.label} ${s.percent !== undefined ? `${s.percent}%` : this.t.summary.notPublished}`).join('，'));
    return html`<h4>${k.plan}</h4>
      <svg class="plan" part="plan" viewBox="0 -16 300 86" font-size="13" role="img" aria-label=${label}>
        ${plan.map((s, i) => {
          const cx = x(i) + w / 2;
          if (s.percent === undefined) {
            return svg`<rect class="missing" x=${x(i) + 6} y="0" width=${w - 12} height="48"></rect>
              <text x=${cx} y="28">—</text>
              <text x=${cx} y="66">${s.label}</text>`;
          }
          const h = y(Math.min(100, Number(s.percent)));
          return svg`<rect class="bar" x=${x(i) + 6} y=${48 - h} width=${w - 12} height=${h}></rect>
            <text x=${cx} y=${44 - h}>${s.percent}%</text>
            <text x=${cx} y="66">${s.label}</text>`;
        })}
      </svg>
      ${partial ? html`<p class="muted">${k.planPartial}</p>` : nothing}`;
  }

  private renderIndicators(list: Indicator[]): TemplateResult {
    return html`${groupIndicators(list).map(
      (g1) => html`${g1.level1 ? html`<h5>${g1.level1}</h5>` : nothing}
        ${g1.groups.map(
          (g2) => html`<ul class="inds" aria-label=${[g1.level1, g2.level2].filter(Boolean).join(' · ') || nothing}>
            ${g2.items.map((ind) => this.renderIndicator(ind, g2.level2))}
          </ul>`,
        )}`,
    )}`;
  }

  private renderIndicator(ind: Indicator, level2: string): TemplateResult {
    const k = this.t.kpi;
    const status = indicatorStatus(ind);
    // A short target stays on one line; a sentence ("慰问人数不少于 100人,宣传用品不少于 20000份") wraps.
    const label = targetLabel(ind);
    return html`<li>
      <div class="ind">
        <span><span class="muted">${level2}</span> ${ind.name}</span>
        <span><span class=${label.length > 14 ? 'target long' : 'target'} part="target" title=${ind.target.text}>${label}</span>${
          status
            ? html`<span class="status ${status}"><span aria-hidden="true">${STATUS_ICON[status]} </span>${k.status[status]}${ind.actual?.text ? `（${k.actual} ${ind.actual.text}）` : ''}</span>`
            : nothing
        }</span>
      </div>
      ${
        ind.description || ind.basis
          ? html`<details>
            <summary>${k.details}</summary>
            <dl class="about">
              ${ind.description ? html`<dt>${k.description}</dt><dd>${ind.description}</dd>` : nothing}
              ${ind.basis ? html`<dt>${k.basis}</dt><dd>${ind.basis}</dd>` : nothing}
            </dl>
          </details>`
          : nothing
      }
    </li>`;
  }

  private renderOverall(): TemplateResult {
    const k = this.t.kpi;
    const perf = this.doc.performance;
    if (!perf?.overall && !perf?.goals?.length) return html`<p class="state" part="state" role="status">${k.noOverall}</p>`;
    return html`<div class="overall" part="card">
      <h3>${k.overall}</h3>
      ${perf.overall ? html`<p>${perf.overall}</p>` : nothing}
      ${
        perf.goals?.length
          ? html`<h4>${k.overallGoals}</h4>
            <ol class="goals">
              ${perf.goals.map(
                (g) => html`<li>
                  <strong>${g.title}</strong>
                  ${g.goal ? html`<p>${g.goal}</p>` : nothing}
                  ${
                    g.indicators?.length
                      ? html`<ul class="inds">${g.indicators.map((ind) => this.renderIndicator(ind, k.indicatorText))}</ul>`
                      : g.indicatorText
                        ? html`<p class="muted">${k.indicatorText}${this.colon}${g.indicatorText}</p>`
                        : nothing
                  }
                </li>`,
              )}
            </ol>`
          : nothing
      }
      ${perf.measures?.length ? html`<h4>${k.measures}</h4><ol class="goals measures">${perf.measures.map((m) => html`<li>${m.replace(/^\d+[.、．]\s*/, '')}</li>`)}</ol>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
