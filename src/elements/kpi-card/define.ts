import { defineElement } from '../define.js';
import { KpiCard } from './kpi-card.js';

defineElement('kpi-card', KpiCard);

export { KpiCard };
