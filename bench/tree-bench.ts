// Benchmark page: renders one synthetic budget with <budget-tree> or with an ECharts sunburst and reports
// timings. Driven by bench/run-tree-bench.mjs; every run happens in a fresh page.
import { SunburstChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import '../src/elements/budget-tree/define.js';
import type { BudgetTree } from '../src/elements/budget-tree/budget-tree.js';
import type { BudgetDocument } from '../src/model/types.js';
import { parseBudget } from '../src/model/parse.js';
import { buildTree } from '../src/model/tree.js';
import { arcPath, buildSunburst, layoutArcs } from '../src/layout/sunburst.js';
import { syntheticBudget } from './synthetic.js';
import { countNodes, stepTimer } from './measure.js';

echarts.use([SunburstChart, TooltipComponent, SVGRenderer, CanvasRenderer]);

export interface RunResult {
  /** For budget-tree: script time of each step, in ms. */
  breakdown?: Record<string, number>;
  firstFrameMs: number;
  zoomMs: number;
  domNodes: number;
}

/** Resolves after the next frame has been painted. */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const stage = document.getElementById('stage')!;

async function runOurs(doc: BudgetDocument): Promise<RunResult> {
  const el = document.createElement('budget-tree') as BudgetTree;
  stage.append(el);
  await painted();
  const t0 = performance.now();
  el.data = doc;
  await el.updateComplete;
  await painted();
  const firstFrameMs = performance.now() - t0;
  const domAtFirstFrame = countNodes(stage);
  if (!el.shadowRoot!.querySelector('path.arc')) throw new Error('budget-tree drew nothing');
  const target = el.shadowRoot!.querySelector<SVGPathElement>('path.arc[aria-level="1"]')!;
  // A profiler can start here and stop after the zoom, to see the zoom alone.
  await window.benchBeforeZoom?.();
  const t1 = performance.now();
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await el.updateComplete;
  await painted();
  const zoomMs = performance.now() - t1;
  await window.benchAfterZoom?.();
  return { firstFrameMs, zoomMs, domNodes: Math.max(domAtFirstFrame, countNodes(stage)), breakdown: breakdown(doc) };
}

/** Where the first frame's script time goes, measured after the run on the same data. */
function breakdown(doc: BudgetDocument): Record<string, number> {
  const { out, time } = stepTimer();
  time('validate', () => parseBudget(doc));
  const tree = time('tree', () => buildTree(doc.expenditure.functional, { name: '合计', amounts: doc.expenditure.functionalTotal }));
  const sun = time('sunburst', () => buildSunburst(tree, 'total')!);
  const arcs = time('layout', () => layoutArcs({ focus: sun, depth: 3, radius: 318 }));
  time('paths', () => arcs.map(arcPath));
  return out;
}

type EcNode = { name: string; value?: number; children?: EcNode[] };

function toEcharts(doc: BudgetDocument): EcNode[] {
  const byCode = new Map<string, EcNode>();
  const top: EcNode[] = [];
  for (const f of doc.expenditure.functional) {
    const node: EcNode = { name: f.name };
    byCode.set(f.code, node);
    const parent = f.code.length > 3 ? byCode.get(f.code.slice(0, -2)) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else top.push(node);
  }
  for (const f of doc.expenditure.functional) {
    const node = byCode.get(f.code)!;
    if (!node.children) node.value = Number(f.amounts.total);
  }
  return top;
}

async function runEcharts(doc: BudgetDocument, renderer: 'svg' | 'canvas'): Promise<RunResult> {
  const div = document.createElement('div');
  div.style.width = '640px';
  div.style.height = '640px';
  stage.append(div);
  await painted();
  const t0 = performance.now();
  const chart = echarts.init(div, undefined, { renderer });
  const data = toEcharts(doc);
  chart.setOption({ animation: false, tooltip: {}, series: [{ type: 'sunburst', data, radius: [0, '95%'], nodeClick: 'rootToNode', label: { minAngle: 4 } }] });
  await painted();
  const firstFrameMs = performance.now() - t0;
  const domAtFirstFrame = countNodes(stage);
  const t1 = performance.now();
  chart.dispatchAction({ type: 'sunburstRootToNode', targetNode: data[0].name });
  await painted();
  const zoomMs = performance.now() - t1;
  await window.benchAfterZoom?.();
  return { firstFrameMs, zoomMs, domNodes: Math.max(domAtFirstFrame, countNodes(stage)) };
}

declare global {
  interface Window {
    /** Makes the synthetic budget of `leaves` 项 that the next benchRun draws. */
    benchPrepare(leaves: number): void;
    benchRun(kind: 'ours' | 'echarts-svg' | 'echarts-canvas'): Promise<RunResult>;
    benchBeforeZoom?: () => Promise<void>;
    benchAfterZoom?: () => Promise<void>;
  }
}

let prepared: BudgetDocument | undefined;
window.benchPrepare = (leaves) => {
  prepared = syntheticBudget(leaves);
};
window.benchRun = async (kind) => {
  const doc = prepared!;
  if (kind === 'ours') return runOurs(doc);
  return runEcharts(doc, kind === 'echarts-svg' ? 'svg' : 'canvas');
};
