// A read-only BPMN diagram (bpmn-js's NavigatedViewer: pan and zoom, no editing) with elements highlighted by
// marker classes, e.g. the active and completed steps of a running instance. Styles are in portal.css.
import { loadBpmnJs, ensureStyles } from './bpmn-library.js';

/** Shows the XML in the element and marks the given ids; returns the import error, or null. */
export async function show(element, xml, markers, assets) {
  ensureStyles(assets.styles);
  const Viewer = await loadBpmnJs(assets.viewer);
  element.bpmnViewer ??= new Viewer({ container: element });
  const viewer = element.bpmnViewer;
  try {
    await viewer.importXML(xml);
  } catch (error) {
    return error.message;
  }
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  for (const [marker, ids] of Object.entries(markers)) {
    for (const id of ids) if (registry.get(id)) canvas.addMarker(id, marker);
  }
  canvas.zoom('fit-viewport', 'auto');
  return null;
}

export function dispose(element) {
  element.bpmnViewer?.destroy();
  delete element.bpmnViewer;
}
