// The bond calculator's yield-curve chart, drawn by Apache ECharts (loaded from the portal by echarts-loader.js).
import { loadECharts } from './echarts-loader.js';

const percent = value => `${value.toFixed(4)} %`;

function option(data) {
  const { labels } = data;
  const bond = data.bond ? [{ value: data.bond, name: labels.bond }] : [];
  return {
    animation: false,   // a calculator redraws on every input; motion would only delay the answer
    color: ['#1677ff', '#8c8c8c', '#f5222d'],
    textStyle: { fontFamily: 'inherit' },
    legend: { top: 0, data: [labels.curve, labels.observations, labels.bond] },
    grid: { left: 56, right: 24, top: 48, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: p => `${p.seriesName}<br/>${p.value[0].toFixed(2)} ${labels.yearsUnit}: ${percent(p.value[1])}`,
    },
    xAxis: {
      type: 'value', min: 0, max: data.maxYears, name: labels.years, nameLocation: 'middle', nameGap: 28,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value', scale: true, name: labels.yield, nameTextStyle: { align: 'left' },
      axisLabel: { formatter: v => v.toFixed(2) },
    },
    series: [
      { name: labels.curve, type: 'line', data: data.curve, showSymbol: false, lineStyle: { width: 2 } },
      { name: labels.observations, type: 'scatter', data: data.observations, symbolSize: 7 },
      {
        name: labels.bond, type: 'scatter', data: bond, symbolSize: 14, z: 3,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { show: true, position: 'top', formatter: p => `${data.bondLabel} ${percent(p.value[1])}` },
      },
    ],
  };
}

/** Draws (or redraws) the chart in the element; follows the element's size. */
export async function render(element, data, echartsSrc) {
  const echarts = await loadECharts(echartsSrc);
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    element.yieldCurveResize = new ResizeObserver(() => chart.resize());
    element.yieldCurveResize.observe(element);
  }
  chart.setOption(option(data), true);
}

export function dispose(element) {
  element.yieldCurveResize?.disconnect();
  globalThis.echarts?.getInstanceByDom(element)?.dispose();
}
