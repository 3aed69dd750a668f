import type { NarrativeSection } from '../../model/types.js';

/**
 * Where a written section of the disclosure goes in the page, from the id the importer gave it (duties,
 * overview, threePublic …). The order of the page is the order of the standard disclosure (职能, 机构设置,
 * the tables, 编制说明, 机关运行经费, 三公, 政府采购, 国有资产, 绩效目标, the rest, 名词解释); within a
 * place, the sections keep the document's own order.
 */
export type Place = 'profile' | 'explanation' | 'operatingCosts' | 'threePublic' | 'procurement' | 'assets' | 'performance' | 'other';

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

/** The place of a section: by its id, else (an id the importer did not give) with the rest. */
export function placeOf(s: NarrativeSection): Place {
  return (s.id && PLACE_OF_ID[s.id]) || 'other';
}

/**
 * The sections worth a heading: a section with text, or an empty one that heads the id-less sections
 * after it (科技创新专项经费情况说明, then 一、项目概述 …). An empty section followed by another empty or
 * titled one is a line of the document's own 目录, which the page replaces with its linked contents.
 */
export function shownSections(all: readonly NarrativeSection[]): NarrativeSection[] {
  return all.filter((s, i) => s.paragraphs.length > 0 || (all[i + 1] !== undefined && !all[i + 1].id && all[i + 1].paragraphs.length > 0));
}
