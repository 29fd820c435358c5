// A bond's valuation history (clean price and yield over time), drawn by Apache ECharts (loaded from the portal by
// echarts-loader.js, never from the internet).
import { loadECharts } from './echarts-loader.js';

function option(data) {
  const { labels } = data;
  return {
    animation: false,   // the drawer opens on a click; motion would only delay the figures
    color: ['#1677ff', '#fa8c16'],
    textStyle: { fontFamily: 'inherit' },
    legend: { top: 0, data: [labels.cleanPrice, labels.yield] },
    grid: { left: 56, right: 56, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: data.dates, boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: 'value', scale: true, name: labels.cleanPrice, axisLabel: { formatter: v => v.toFixed(2) }, splitLine: { show: false } },
      { type: 'value', scale: true, name: labels.yield, axisLabel: { formatter: v => v.toFixed(2) } },
    ],
    series: [
      { name: labels.cleanPrice, type: 'line', yAxisIndex: 0, data: data.cleanPrices, showSymbol: false, lineStyle: { width: 2 } },
      { name: labels.yield, type: 'line', yAxisIndex: 1, data: data.yields, showSymbol: false, lineStyle: { width: 1.5 } },
    ],
  };
}

/** Draws (or redraws) the chart in the element; follows the element's size. Marks the element once drawn. */
export async function render(element, data, echartsSrc) {
  const echarts = await loadECharts(echartsSrc);
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    element.valuationChartResize = new ResizeObserver(() => chart.resize());
    element.valuationChartResize.observe(element);
  }
  chart.setOption(option(data), true);
  element.dataset.points = String(data.dates.length);
}

export function dispose(element) {
  element.valuationChartResize?.disconnect();
  globalThis.echarts?.getInstanceByDom(element)?.dispose();
}
