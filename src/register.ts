/**
 * `budget-widgets/register`: registers every element of the kit and upgrades the
 * `<div data-budget-widget>` form, now and when such divs are added later.
 */
import { defineElements } from './elements/define.js';
import { ELEMENTS } from './elements/tags.js';
import { observeWidgets } from './embed/upgrade.js';

defineElements(ELEMENTS);
if (typeof document !== 'undefined' && document.documentElement) observeWidgets(document);
