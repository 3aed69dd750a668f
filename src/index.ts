/**
 * budget-widgets: the ES module entry. It exports the model and the loader, and registers every
 * element the kit has (none yet: the elements arrive with their issues).
 */
export * from './model/index.js';
export * from './data/index.js';
export const VERSION = '0.1.0';
