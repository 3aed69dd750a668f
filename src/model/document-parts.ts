import type { DocumentPart, Meta, NarrativeSection, TableKind } from './types.js';

/**
 * The parts of a disclosure as `<budget-document>` shows them, and where each written section and table
 * goes. The default order is the standard disclosure's (职能, 机构设置, the tables, 编制说明, 机关运行经费,
 * 三公, 政府采购, 国有资产, 绩效目标, the rest, 名词解释); a document that says how it is printed
 * (`partOrder`, which the importer writes) is shown in its own order. Within a part, the sections keep the
 * document's order.
 */
export type Place = Exclude<DocumentPart, 'tables' | 'glossary'>;

/** Every part, in the standard order. */
export const PARTS: readonly DocumentPart[] = [
  'profile',
  'tables',
  'explanation',
  'operatingCosts',
  'threePublic',
  'procurement',
  'assets',
  'performance',
  'other',
  'glossary',
];

const PLACE_OF_ID: Record<string, Place> = {
  intro: 'profile',
  duties: 'profile',
  organization: 'profile',
  overview: 'explanation',
  operatingCosts: 'operatingCosts',
  threePublic: 'threePublic',
  procurement: 'procurement',
  assets: 'assets',
  performance: 'performance',
  specialFunds: 'performance',
};

const PROJECT_PART = /^[一二三四五六七八九十]+、\s*(?:项目概述|项目概况|立项依据|实施主体|实施方案|实施周期|年度预算安排|绩效目标)$/;

/** The place of a section: by its id, else by its title (四、绩效目标设置情况 goes with the goals), else with the rest. */
export function placeOf(s: NarrativeSection): Place {
  // The numbered parts of a project's 经费情况说明 (六、年度预算安排 …) stay with the project, in the document's order.
  if (PROJECT_PART.test(s.title.trim())) return 'other';
  if (s.id && PLACE_OF_ID[s.id]) return PLACE_OF_ID[s.id]!;
  if (!s.id && /绩效目标|预算绩效管理情况/.test(s.title)) return 'performance';
  // A final account's parts in its own words: 部门决算单位构成 with the profile, each table's 决算情况说明 with the explanation.
  if (!s.id && /单位构成/.test(s.title)) return 'profile';
  if (!s.id && /决算(?:总体)?情况说明$/.test(s.title.replace(/\s+/g, ''))) return 'explanation';
  return 'other';
}

/** A title without its numbering, spaces and quotes ("5．2023年部门…预算表" and "2023年部门…预算表" are one). */
const bare = (s: string) => s.replace(/^\s*[\d一二三四五六七八九十]+\s*[.．、]\s*/, '').replace(/[\s“”"]/g, '');

/**
 * A section that only lists the document's tables by title ("五、部门预算表" with "1. 2023年部门财务收支预算总表" …):
 * a part of the document's own 目录, which the page's linked contents replaces.
 */
function listsTables(s: NarrativeSection, titles: ReadonlySet<string>): boolean {
  return s.paragraphs.length > 0 && s.paragraphs.every((p) => titles.has(bare(p)));
}

/**
 * The sections worth a heading: a section with text, or an empty one that heads the id-less sections
 * after it (科技创新专项经费情况说明, then 一、项目概述 …). An empty section followed by another empty or
 * titled one is a line of the document's own 目录, which the page replaces with its linked contents; so is a
 * section that lists the tables' titles (`tableTitles`, the titles of the document's tables).
 */
export function shownSections(all: readonly NarrativeSection[], tableTitles: readonly string[] = []): NarrativeSection[] {
  const titles = new Set(tableTitles.map(bare));
  const rest = all.filter((s) => !listsTables(s, titles));
  return rest.filter((s, i) => s.paragraphs.length > 0 || (rest[i + 1] !== undefined && !rest[i + 1].id && rest[i + 1].paragraphs.length > 0));
}

/** The part a table is shown in: 机构设置 in the profile, the 项 lines in the explanation, the performance forms with the goals; the others are the tables' part. */
export function partOfTable(kind: TableKind | string): DocumentPart {
  if (kind === 'organization') return 'profile';
  if (kind === 'expenditureNotes') return 'explanation';
  if (kind === 'projectPerformance' || kind === 'overallPerformance') return 'performance';
  return 'tables';
}

/**
 * The parts in the order a document prints them, from what it holds in reading order (each written
 * section's part, each table's part, 名词解释): the first place of each part counts. A document read from
 * sheets, where the tables have no place among the words, leaves them out.
 */
export function printedOrder(sequence: readonly DocumentPart[]): DocumentPart[] {
  return [...new Set(sequence)];
}

/**
 * `parts` (in the standard order) sorted into the document's printed order. A part the order does not
 * name stays right after the part it follows in the standard order.
 */
export function inPrintedOrder<T>(parts: readonly T[], partOf: (p: T) => DocumentPart, order: readonly DocumentPart[] | undefined): T[] {
  if (!order?.length) return [...parts];
  let rank = -1;
  const ranked = parts.map((p, i) => {
    const at = order.indexOf(partOf(p));
    if (at >= 0) rank = at;
    return { p, rank: at >= 0 ? at : rank + 0.5, i };
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.p);
}

/**
 * A paragraph that is a short numbered heading of its section ("一、项目概述", "六、年度预算安排"): the
 * parts of a project's 经费情况说明 as a PDF import keeps them, inside the project's section. A numbered
 * item of a list is a sentence (it has a full stop or a comma) or is longer; the last paragraph heads nothing.
 */
export function isSubHeading(paragraphs: readonly string[], i: number): boolean {
  return i < paragraphs.length - 1 && /^[一二三四五六七八九十]+、\s*[^。，；：,;:、\s]{2,12}$/.test(paragraphs[i]!.trim());
}

/** A unit's own budget or final account (单位预算/单位决算), as its title says: not a department's. */
export function isUnitDocument(meta: Meta): boolean {
  const title = meta.title ?? '';
  return /单位(?:预算|决算)/.test(title) && !/部门(?:预算|决算)/.test(title);
}

/** A section of a project's own explanation: 项目经费情况说明, 科技创新专项经费情况说明, or one of their numbered parts. */
export function isProjectNote(s: NarrativeSection): boolean {
  return s.id === 'projects' || /经费情况说明$/.test(s.title.trim()) || PROJECT_PART.test(s.title.trim());
}
