// Loads Apache ECharts once for every chart module of the portal. ECharts comes from npm, bundled into wwwroot/lib at
// build and loaded from the portal itself on first use: customer sites are offline, and the other pages need not
// carry its megabyte. The chart modules import this file by relative URL, so that they share the one load.
let loading;

export function loadECharts(src) {
  if (globalThis.echarts) return Promise.resolve(globalThis.echarts);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve(globalThis.echarts);
    script.onerror = () => {
      loading = undefined;
      reject(new Error(`ECharts did not load from ${src}`));
    };
    document.head.appendChild(script);
  });
  return loading;
}
