// bpmn-js for the workflow designer and the diagram views: bundled from npm at build into wwwroot/lib and loaded
// from the portal on first use (customer sites are offline). Its UMD bundles, the modeler and the navigated viewer,
// both set the global BpmnJS, so they load one after the other and each is taken as soon as it has run.
const libraries = new Map();
let queue = Promise.resolve();

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const previous = globalThis.BpmnJS;
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      const library = globalThis.BpmnJS;
      globalThis.BpmnJS = previous;
      resolve(library);
    };
    script.onerror = () => reject(new Error(`bpmn-js did not load from ${src}`));
    document.head.appendChild(script);
  });
}

/** The bpmn-js constructor of the bundle at src (the Modeler or the NavigatedViewer), loaded once. */
export function loadBpmnJs(src) {
  if (!libraries.has(src)) {
    const loading = queue.then(() => loadScript(src));
    queue = loading.catch(() => undefined);
    libraries.set(src, loading);
    loading.catch(() => libraries.delete(src));   // a failed load may be tried again
  }
  return libraries.get(src);
}

/** Adds bpmn-js's style sheets to the page once (diagram-js, bpmn-js, the BPMN icon font). */
export function ensureStyles(hrefs) {
  for (const href of hrefs) {
    if (document.querySelector(`link[data-bpmn-style="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.bpmnStyle = href;
    document.head.appendChild(link);
  }
}
