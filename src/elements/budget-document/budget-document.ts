import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { standardTables, tableSpec, type StandardTable } from '../../model/tables.js';
import { flat, statedItems } from '../../model/rules/text.js';
import type { AmountUnit, AssetItem, BudgetDocument, DocumentPart, NarrativeSection, Project } from '../../model/types.js';
import { BudgetElement } from '../budget-element.js';
import { budgetDocumentStyles } from './budget-document.styles.js';
import { inPrintedOrder, isProjectNote, isSubHeading, isUnitDocument, placeOf, shownSections, type Place } from '../../model/document-parts.js';
import { DOCUMENT_UI } from './strings.js';

/** One entry of the page: a heading with its id, what goes under it, and the entries under it in the contents. */
interface Part {
  part: DocumentPart;
  id: string;
  title: string;
  body: TemplateResult;
  children?: Array<{ id: string; title: string }>;
}

/**
 * The whole disclosure as one accessible page, from one JSON: a linked table of contents, then the
 * department's profile (职能, 机构设置 with its table), every other standard table, the explanation with the changes and the
 * data check, 机关运行经费, 三公经费, 政府采购, 国有资产, the performance goals with every project, the other
 * written sections, and 名词解释; in the document's own order where the JSON gives it (`partOrder`: a Shanghai
 * budget prints 名词解释 third and its tables after 编制说明). Each part is a real heading; every part, table (`#table-5`) and project
 * (`#project-2`) has an address that scrolls to it, on a click and on reload. The other elements of the kit
 * draw the figures inside it, from the same data. A webmaster replaces the PDF link with this one tag.
 *
 * @tagname budget-document
 * @summary The whole disclosure as one page: contents, every section, table and project.
 *
 * @csspart toc - The table of contents.
 * @csspart part - Each part of the document (a section with its heading).
 */
export class BudgetDocumentElement extends BudgetElement {
  static override styles = [BudgetElement.styles, budgetDocumentStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The level of the document's title heading, 2–5 (default 2: under the page's own h1); its parts are one below, their sections two. */
  headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private get doc(): BudgetDocument {
    return this.budget.value!.document;
  }

  /**
   * An element of the kit inside the document, on the same data (the loader fetches a URL once per page and
   * checks a `data` value once), in the same language and look, without its own caption line.
   */
  private inner(tag: Inner, opts: { table?: string; sections?: string; project?: string } = {}): TemplateResult {
    const src = this.data === undefined ? this.src : undefined;
    // Another year's file, for every part that shows amounts (each says what it compares).
    const compareSrc = this.compare === undefined ? this.compareSrc || undefined : undefined;
    const theme = this.getAttribute('theme') ?? undefined;
    const big = this.hasAttribute('large-text');
    switch (tag) {
      case 'budget-summary':
        return html`<budget-summary .data=${this.data} src=${ifDefined(src)} .compare=${this.compare} compare-src=${ifDefined(compareSrc)} lang=${this.language} theme=${ifDefined(theme)} ?large-text=${big} no-caption sections=${ifDefined(opts.sections)}></budget-summary>`;
      case 'budget-tree':
        return html`<budget-tree .data=${this.data} src=${ifDefined(src)} .compare=${this.compare} compare-src=${ifDefined(compareSrc)} lang=${this.language} theme=${ifDefined(theme)} ?large-text=${big} no-caption></budget-tree>`;
      case 'budget-table':
        return html`<budget-table .data=${this.data} src=${ifDefined(src)} .compare=${this.compare} compare-src=${ifDefined(compareSrc)} lang=${this.language} theme=${ifDefined(theme)} ?large-text=${big} no-caption table=${ifDefined(opts.table)}></budget-table>`;
      case 'kpi-card':
        return html`<kpi-card .data=${this.data} src=${ifDefined(src)} .compare=${this.compare} compare-src=${ifDefined(compareSrc)} lang=${this.language} theme=${ifDefined(theme)} ?large-text=${big} no-caption project=${ifDefined(opts.project)}></kpi-card>`;
      case 'procurement-table':
        return html`<procurement-table .data=${this.data} src=${ifDefined(src)} .compare=${this.compare} compare-src=${ifDefined(compareSrc)} lang=${this.language} theme=${ifDefined(theme)} ?large-text=${big} no-caption></procurement-table>`;
    }
  }

  /** A real heading of the level asked for (h2–h6; the contents and parts are one level below the title). */
  private heading(level: number, id: string, text: string | TemplateResult): TemplateResult {
    const hid = `h-${id}`;
    switch (Math.min(6, Math.max(2, level))) {
      case 2:
        return html`<h2 id=${hid} tabindex="-1">${text}</h2>`;
      case 3:
        return html`<h3 id=${hid} tabindex="-1">${text}</h3>`;
      case 4:
        return html`<h4 id=${hid} tabindex="-1">${text}</h4>`;
      case 5:
        return html`<h5 id=${hid} tabindex="-1">${text}</h5>`;
      default:
        return html`<h6 id=${hid} tabindex="-1">${text}</h6>`;
    }
  }

  private narrative(s: NarrativeSection, level: number, key: string, partTitle?: string): TemplateResult {
    // The 项 lines of 财政拨款支出主要内容, read into `expenditureNotes` from every 编制说明 section, are one table
    // where the first of them stood.
    const lines = this.doc.expenditureNotes?.length && s.id === 'overview' ? s.paragraphs.map(isItemLine) : [];
    const first = s === this.notesSection() ? lines.indexOf(true) : -1;
    // The text before the first heading (the cover's lines, id intro) may have no title: it gets no empty heading;
    // nor is the part's own title said twice (部门预算编制说明 under 部门预算编制说明).
    return html`<section class="written">
      ${s.title.trim() && s.title.trim() !== partTitle ? this.heading(level, key, this.dataText(s.title)) : nothing}
      ${s.paragraphs.map((p, i) =>
        !lines[i]
          ? isSubHeading(s.paragraphs, i)
            ? this.heading(level + 1, `${key}-${i + 1}`, this.dataText(p))
            : html`<p>${this.prose(p)}</p>`
          : i === first
            ? html`<div class="notes" id="expenditure-notes" tabindex="-1">${this.inner('budget-table', { table: 'expenditureNotes' })}</div>`
            : nothing,
      )}
      ${s.quarterlyPlan ? this.quarterlyPlan(s.quarterlyPlan) : nothing}
    </section>`;
  }

  /** The section whose 项 lines the table of `expenditureNotes` stands for: the first 编制说明 section that has them. */
  private notesSection(): NarrativeSection | undefined {
    if (!this.doc.expenditureNotes?.length) return undefined;
    return this.sections().find((s) => s.id === 'overview' && placeOf(s) === 'explanation' && s.paragraphs.some(isItemLine));
  }

  /** 分季度用款计划: quarter and planned amount, a small table of its own. */
  private quarterlyPlan(plan: NonNullable<NarrativeSection['quarterlyPlan']>): TemplateResult {
    const d = DOCUMENT_UI[this.language];
    const unit = plan.unit ?? this.doc.meta.unit;
    return html`<table class="quarters">
      <caption>
        ${d.quarterlyPlan}
      </caption>
      <thead>
        <tr>
          <th scope="col">${d.quarterHead}</th>
          <th scope="col">${d.plannedAmount}</th>
        </tr>
      </thead>
      <tbody>
        ${plan.quarters.map((q) => html`<tr><th scope="row">${d.quarter(q.quarter)}</th><td>${this.amount(q.amount, unit)}</td></tr>`)}
      </tbody>
    </table>`;
  }

  /** The written sections of one place, each with its heading, numbered for their ids. */
  private written(place: Place, level: number, partTitle?: string): TemplateResult[] {
    const all = this.sections();
    return all.map((s, i) => (placeOf(s) === place ? this.narrative(s, level, `text-${i + 1}`, partTitle) : undefined)).filter((x): x is TemplateResult => !!x);
  }

  private hasWritten(place: Place): boolean {
    return this.sections().some((s) => placeOf(s) === place);
  }

  /** The written sections the page shows (not the lines of the document's own 目录). */
  private sections(): NarrativeSection[] {
    return shownSections(
      this.doc.narrative ?? [],
      (this.doc.tables ?? []).map((t) => t.title),
    );
  }

  private tableId(t: StandardTable, i: number): string {
    return `table-${t.number ?? i + 1}`;
  }

  private projectId(i: number): string {
    return `project-${i + 1}`;
  }

  /** The parts of this document, in its printed order (`partOrder`) or else the standard one; parts with nothing to show are left out. */
  private parts(): Part[] {
    const doc = this.doc;
    // A unit's own budget (单位预算, as its title says) names its parts for the unit (单位概况, 单位预算表 …).
    // A final account names its tables and explanation as such (部门决算表, 部门决算情况说明).
    const named = isUnitDocument(doc.meta) ? { ...DOCUMENT_UI[this.language], ...DOCUMENT_UI[this.language].unitParts } : DOCUMENT_UI[this.language];
    const d = doc.meta.phase === 'final' ? { ...named, ...DOCUMENT_UI[this.language].finalParts } : named;
    const sub = this.headingLevel + 2;
    const parts: Part[] = [];
    const add = (part: DocumentPart, title: string, body: TemplateResult | TemplateResult[] | typeof nothing, children?: Part['children']) => {
      if (body === nothing || (Array.isArray(body) && !body.length)) return;
      // The part's anchor: operatingCosts is #operating-costs.
      parts.push({ part, id: part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), title, body: html`${body}`, children });
    };
    const all = standardTables(doc);
    // 机构设置 is part of the profile, as the disclosure prints it; the other tables are the tables' part.
    // So are the tables no layout lists that belong to a section: the 项 lines to the explanation, the asset classes a text states to the assets.
    const isOrganization = (t: StandardTable) => (t.kind as string) === 'organization';
    // A table of the units' names only repeats the text's own list of them; one with their nature, 内设机构 or notes is shown.
    const hasOrganization = all.some((t) => isOrganization(t) && (t.columns.length > 1 || !this.hasWritten('profile')));
    const laidOut = (kind: string) => doc.tables?.some((t) => t.kind === kind) ?? false;
    const inSection = (t: StandardTable) => isOrganization(t) || (t.kind as string) === 'expenditureNotes' || (t.kind === 'assets' && !laidOut('assets'));
    const assetsTable = all.some((t) => t.kind === 'assets' && !laidOut('assets'));
    add('profile', d.profile, [
      ...this.written('profile', sub),
      ...(doc.organizationSummary ? [this.unitCounts()] : []),
      ...(hasOrganization ? [this.inner('budget-table', { table: 'organization' })] : []),
    ]);
    const tables = all.filter((t) => !inSection(t));
    add(
      'tables',
      d.tables,
      tables.map((t, i) => html`<section class="table" id=${this.tableId(t, i)} tabindex="-1">${this.inner('budget-table', { table: t.kind })}</section>`),
      // In English the contents name the tables as their headings do; the published title is under each heading.
      tables.map((t, i) => ({ id: this.tableId(t, i), title: (this.language === 'en' && tableSpec(t.kind)?.englishTitle) || t.title })),
    );
    // 项 lines the text holds in no overview section of its own still have their table.
    const notesElsewhere = (doc.expenditureNotes?.length ?? 0) > 0 && !this.notesSection();
    add('explanation', d.explanation, [
      ...this.written('explanation', sub, d.explanation),
      ...(notesElsewhere ? [this.inner('budget-table', { table: 'expenditureNotes' })] : []),
      this.inner('budget-summary', { sections: 'totals composition sources changes check' }),
      this.inner('budget-tree'),
    ]);
    if (doc.operatingCosts || this.hasWritten('operatingCosts'))
      add('operatingCosts', d.operatingCosts, [
        ...this.written('operatingCosts', sub),
        ...(doc.operatingCosts ? [this.inner('budget-summary', { sections: 'operating-costs' })] : []),
      ]);
    if (doc.threePublic || this.hasWritten('threePublic'))
      add('threePublic', d.threePublic, [
        ...this.written('threePublic', sub),
        ...(doc.threePublic ? [this.inner('budget-summary', { sections: 'three-public' })] : []),
      ]);
    if (doc.procurement || this.hasWritten('procurement'))
      add('procurement', d.procurement, [...this.written('procurement', sub), this.inner('procurement-table')]);
    const assets = doc.assets ? this.assets(tables.some((t) => t.kind === 'assets') || assetsTable) : nothing;
    add('assets', d.assets, [
      ...this.written('assets', sub),
      ...(assetsTable ? [this.inner('budget-table', { table: 'assets' })] : []),
      ...(assets === nothing ? [] : [assets]),
    ]);
    const projects = doc.projects ?? [];
    if (projects.length || doc.performance || this.hasWritten('performance'))
      add(
        'performance',
        d.performance,
        [
          ...this.written('performance', sub),
          ...(doc.performance ? [this.inner('kpi-card')] : []),
          ...projects.map(
            (p, i) => html`<section class="project" id=${this.projectId(i)} tabindex="-1">${this.inner('kpi-card', { project: projectKey(p) })}</section>`,
          ),
        ],
        projects.map((p, i) => ({ id: this.projectId(i), title: p.name })),
      );
    // The rest is 项目经费情况说明 when it holds nothing but the projects' own explanations.
    const rest = this.sections().filter((s) => placeOf(s) === 'other');
    add('other', rest.length && rest.every(isProjectNote) ? d.projectNotes : d.other, this.written('other', sub));
    if (doc.glossary?.length)
      add(
        'glossary',
        d.glossary,
        html`<dl class="glossary">${doc.glossary.map((g) => html`<dt>${this.dataText(g.term)}</dt><dd>${this.dataText(g.definition)}</dd>`)}</dl>`,
      );
    // Built in the standard order; shown in the document's own where it says how it is printed.
    return inPrintedOrder(parts, (p) => p.part, doc.partOrder);
  }

  /**
   * 国有资产: the figures the JSON states that no table prints (the fixed assets' total, planned purchases,
   * vehicles), each with its label; the items too where there is no assets table among the tables.
   */
  private assets(itemsInTable: boolean): TemplateResult | typeof nothing {
    const a = this.doc.assets!;
    const t = DOCUMENT_UI[this.language];
    const unit = a.unit ?? this.doc.meta.unit;
    const rows: Array<[string, TemplateResult | string]> = [];
    if (a.fixedAssetsValue !== undefined) rows.push([a.asOf ? t.fixedAssetsAt(a.asOf) : t.fixedAssets, this.amount(a.fixedAssetsValue, unit)]);
    if (a.plannedPurchaseValue !== undefined) rows.push([t.plannedPurchase, this.amount(a.plannedPurchaseValue, unit)]);
    if (a.vehicles !== undefined) rows.push([t.vehicles, String(a.vehicles)]);
    if (a.plannedVehicles !== undefined) rows.push([t.plannedVehicles, String(a.plannedVehicles)]);
    for (const it of a.plannedItems ?? []) rows.push([`${t.planned} ${it.name}`, this.assetFigure(it, unit)]);
    for (const it of itemsInTable ? [] : (a.items ?? [])) rows.push([it.name, this.assetFigure(it, unit)]);
    const classes = (title: string, list: Array<{ name: string; count: number }> | undefined) =>
      list?.length
        ? html`<section class="classes">
            <p class="facts-title">${title}</p>
            <dl class="facts">${list.map((c) => html`<dt>${this.dataText(c.name)}</dt><dd>${t.count(c.count)}</dd>`)}</dl>
          </section>`
        : nothing;
    if (!rows.length && !a.vehicleClasses?.length && !a.plannedVehicleClasses?.length && (itemsInTable || !a.note)) return nothing;
    return html`${rows.length ? html`<dl class="facts">${rows.map(([k, v]) => html`<dt>${this.dataText(k)}</dt><dd>${v}</dd>`)}</dl>` : nothing}
    ${classes(t.vehicleClasses, a.vehicleClasses)} ${classes(t.plannedVehicleClasses, a.plannedVehicleClasses)}
    ${a.note && !itemsInTable ? html`<p class="note">${this.dataText(a.note)}</p>` : nothing}`;
  }

  /** An asset item's figures: its quantity with what it counts, and its value. */
  private assetFigure(it: AssetItem, unit: AmountUnit): TemplateResult {
    const t = DOCUMENT_UI[this.language];
    const parts = [
      it.quantity !== undefined ? `${t.quantity(it.quantity)}${it.measureUnit ?? ''}` : '',
      it.value !== undefined ? this.amount(it.value, it.unit ?? unit) : '',
    ].filter((x) => x !== '');
    return html`${parts.map((p, i) => html`${i ? ' · ' : ''}${typeof p === 'string' ? this.dataText(p) : p}`)}`;
  }

  /** 机构设置 counted: the units by type and the subordinate budget units, as the text states them. */
  private unitCounts(): TemplateResult {
    const s = this.doc.organizationSummary!;
    const t = DOCUMENT_UI[this.language];
    const parts: Array<TemplateResult | string> = (s.types ?? []).map(
      (x) => html`${t.typeCount(x.type, x.count).map((v, i) => (i === 0 ? this.dataText(String(v)) : v))}`,
    );
    if (s.subordinateUnits !== undefined) parts.push(t.subordinateUnits(s.subordinateUnits));
    if (!parts.length) return html``;
    return html`<p class="unit-counts"><span class="label">${t.unitTypes}</span> ${parts.map((p, i) => html`${i ? ' · ' : ''}${p}`)}</p>`;
  }

  protected renderReady(): TemplateResult {
    const doc = this.doc;
    const parts = this.parts();
    const level = this.headingLevel;
    return html`<article class="document" aria-labelledby="h-top">
      ${this.heading(level, 'top', this.dataText(doc.meta.title ?? doc.meta.department.name))}
      <nav class="toc" part="toc" aria-labelledby="h-toc">
        ${this.heading(level + 1, 'toc', DOCUMENT_UI[this.language].toc)}
        <ol>
          ${parts.map(
            (p) =>
              html`<li>
                <a href=${`#${p.id}`} @click=${this.follow}>${p.title}</a>
                ${p.children?.length ? html`<ol>${p.children.map((c) => html`<li><a href=${`#${c.id}`} @click=${this.follow}>${this.dataText(c.title)}</a></li>`)}</ol>` : nothing}
              </li>`,
          )}
        </ol>
      </nav>
      ${parts.map(
        // Not landmarks (a region per part would repeat the names of the elements' own regions): the headings structure the page.
        (p) => html`<section class="part" part="part" id=${p.id}>
          ${this.heading(level + 1, p.id, p.title)} ${p.body}
        </section>`,
      )}
    </article>`;
  }

  protected override updated(): void {
    // An address that names a part, a table or a project (also on reload): go there once it is drawn.
    if (!this.arrived && this.budget.value && location.hash) {
      this.arrived = true;
      requestAnimationFrame(() => this.goTo(location.hash.slice(1)));
    }
  }

  private arrived = false;

  /** A link of the contents: the address changes (so it can be shared) and the part comes into view. */
  private follow = (e: MouseEvent): void => {
    const id = (e.currentTarget as HTMLAnchorElement).hash.slice(1);
    if (!this.renderRoot.querySelector(`#${CSS.escape(id)}`)) return;
    e.preventDefault();
    history.pushState(null, '', `#${id}`);
    this.goTo(id);
  };

  private onHash = (): void => this.goTo(location.hash.slice(1));

  /** Scrolls to a part, table or project of this document and moves focus to its heading. */
  private goTo(id: string): void {
    if (!id) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    const heading = target.matches('h2, h3, h4, h5, h6') ? target : target.querySelector<HTMLElement>(':scope > :is(h2, h3, h4, h5, h6)');
    target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    (heading ?? target).focus({ preventScroll: true });
  }
}

/** A paragraph that states a 项 line ("…（类）…（款）…（项）”25.77万元"), as the importer reads them into `expenditureNotes`. */
const isItemLine = (p: string): boolean => statedItems(flat(p)).length > 0;

type Inner = 'budget-summary' | 'budget-tree' | 'budget-table' | 'kpi-card' | 'procurement-table';

/** What `<kpi-card project>` selects a project by: its code, or its name where none is printed. */
function projectKey(p: Project): string {
  return p.code || p.name;
}

declare global {
  interface HTMLElementTagNameMap {
    'budget-document': BudgetDocumentElement;
  }
}
