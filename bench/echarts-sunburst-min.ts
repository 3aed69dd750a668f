// The smallest ECharts sunburst an embedder could ship: core, the sunburst series, tooltips and one renderer.
import { SunburstChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([SunburstChart, TooltipComponent, SVGRenderer]);
export { echarts };
