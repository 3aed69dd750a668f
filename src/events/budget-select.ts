import type { AmountUnit } from '../model/types.js';

/** What a `budget-select` event says about the node a user chose. */
export interface BudgetSelectDetail {
  /** Classification code (e.g. "2010301"), or undefined for the whole budget or a 未分项 remainder. */
  code?: string;
  name: string;
  /** Published amount in `unit`, exact decimal string. */
  amount: string;
  unit: AmountUnit;
  /** Codes from the top down to this node. */
  path: string[];
  /** Names from the top down to this node. */
  names: string[];
}

export const BUDGET_SELECT = 'budget-select';

/** Fired when a user (never a property change) selects a node. Bubbles and leaves the shadow root. */
export function budgetSelectEvent(detail: BudgetSelectDetail): CustomEvent<BudgetSelectDetail> {
  return new CustomEvent(BUDGET_SELECT, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'budget-select': CustomEvent<BudgetSelectDetail>;
  }
}
