export * from './errors.js';
export * from './fetch-budget.js';
export * from './budget-controller.js';
