/**
 * The kit's tags, without their classes: what the div upgrade and the embed page check names against.
 * A page that loads one element's own file (dist/elements/<tag>.js) gets this list, not every class;
 * `tags.ts` maps each name to its class and the type checker keeps the two lists the same.
 */
export const WIDGET_TAGS = ['budget-summary', 'budget-tree', 'budget-table', 'kpi-card', 'procurement-table', 'budget-document', 'budget-directory'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];
