// The workflow designer's canvas: bpmn-js's Modeler (palette, context pad, replace menu) with the platform's pf:
// attributes declared (bpmn-platform-moddle.js), so they round-trip. The properties panel is the portal's own (Blazor):
// this module tells it which element is selected, with its id, type, name and rules, and applies what it edits through
// bpmn-js's modeling commands, so every edit can be undone on the canvas like a drawn one.
import { loadBpmnJs, ensureStyles } from './bpmn-library.js';
import { platformModdle } from './bpmn-platform-moddle.js';

const problemMarker = 'bpmn-marker-problem';
const idPattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function state(element) {
  const designer = element.bpmnDesigner;
  if (!designer) throw new Error('the designer is not created');
  return designer;
}

function service(element, name) {
  return state(element).modeler.get(name);
}

/** The diagram element with that id (a label stands for its element); the process for its own id. */
function shapeOf(element, id) {
  const found = service(element, 'elementRegistry').get(id);
  if (!found) throw new Error(`no element '${id}' in the diagram`);
  return found.labelTarget ?? found;
}

function platformAttributes(businessObject) {
  const values = {};
  if (!businessObject) return values;
  for (const property of businessObject.$descriptor.properties) {
    if (property.ns.prefix !== 'pf') continue;
    const value = businessObject.get(property.name);
    if (value !== undefined && value !== null && value !== '') values[property.ns.localName] = String(value);
  }
  return values;
}

function describe(shape) {
  const bo = shape.businessObject;
  const definition = bo.eventDefinitions?.[0];
  const timer = definition?.$type === 'bpmn:TimerEventDefinition' ? definition : null;
  const loop = bo.loopCharacteristics;
  const multi = loop?.$type === 'bpmn:MultiInstanceLoopCharacteristics' ? loop : null;
  return {
    id: bo.id,
    type: bo.$type,
    name: bo.name ?? '',
    eventDefinition: definition?.$type ?? '',
    attributes: platformAttributes(bo),
    condition: bo.conditionExpression?.body ?? '',
    timerKind: timer ? (timer.timeDate ? 'date' : 'duration') : '',
    timerValue: timer ? ((timer.timeDate ?? timer.timeDuration)?.body ?? '') : '',
    messageName: definition?.messageRef?.name ?? '',
    calledElement: bo.calledElement ?? '',
    loop: multi ? (multi.isSequential ? 'sequential' : 'parallel') : (loop ? 'other' : 'none'),
    loopAttributes: platformAttributes(multi),
  };
}

/** The selected element, or the process when nothing is selected. */
function current(element) {
  const selected = service(element, 'selection').get();
  const shape = selected.length === 1 ? (selected[0].labelTarget ?? selected[0]) : null;
  return shape ?? service(element, 'canvas').getRootElement();
}

// Many commands change several elements at once; the panel hears once per turn, about what is selected then.
function notify(element) {
  const designer = element.bpmnDesigner;
  if (!designer || designer.notifying) return;
  designer.notifying = true;
  setTimeout(() => {
    designer.notifying = false;
    if (element.bpmnDesigner !== designer) return;
    designer.dotnet.invokeMethodAsync('OnElementSelected', describe(current(element))).catch(() => undefined);
  }, 0);
}

/** Creates the modeler in the element; selection changes go to dotnet.OnElementSelected. */
export async function create(element, dotnet, assets) {
  ensureStyles(assets.styles);
  const Modeler = await loadBpmnJs(assets.modeler);
  dispose(element);
  const modeler = new Modeler({ container: element, moddleExtensions: { pf: platformModdle } });
  element.bpmnDesigner = { modeler, dotnet, notifying: false, marked: [] };
  const eventBus = modeler.get('eventBus');
  eventBus.on('selection.changed', () => notify(element));
  eventBus.on('elements.changed', () => notify(element));
  eventBus.on('import.done', () => notify(element));
}

/** Shows a BPMN file: { error } when bpmn-js cannot read it, its import warnings otherwise. */
export async function importXml(element, xml) {
  const { modeler } = state(element);
  try {
    const { warnings } = await modeler.importXML(xml);
    state(element).marked = [];
    modeler.get('canvas').zoom('fit-viewport', 'auto');
    return { error: null, warnings: warnings.map(w => w.message) };
  } catch (error) {
    return { error: error.message, warnings: (error.warnings ?? []).map(w => w.message) };
  }
}

/** The diagram as BPMN XML, UTF-8 bytes: a stream for .NET, which a large file cannot pass as one message. */
export async function getXml(element) {
  const { xml } = await state(element).modeler.saveXML({ format: true });
  return new TextEncoder().encode(xml);
}

/** Downloads the diagram as a .bpmn file. */
export async function exportFile(element, fileName) {
  const { xml } = await state(element).modeler.saveXML({ format: true });
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Selects and scrolls to the element with that id; the process (or an unknown id) clears the selection. */
export function select(element, id) {
  const registry = service(element, 'elementRegistry');
  const canvas = service(element, 'canvas');
  const found = registry.get(id);
  const shape = found ? (found.labelTarget ?? found) : null;
  if (!shape || shape === canvas.getRootElement()) {
    service(element, 'selection').select(null);
    notify(element);
    return !!shape;
  }
  service(element, 'selection').select(shape);
  canvas.scrollToElement(shape);
  return true;
}

/** Sets properties of an element: name, or pf: attributes by their prefixed name; null or '' removes one. */
export function update(element, id, properties) {
  const values = {};
  for (const [name, value] of Object.entries(properties)) values[name] = value === null || value === '' ? undefined : value;
  service(element, 'modeling').updateProperties(shapeOf(element, id), values);
}

/** Renames an element's id: 'invalid' or 'taken' when it cannot be that id, null when done. */
export function setId(element, id, newId) {
  if (id === newId) return null;
  if (!idPattern.test(newId)) return 'invalid';
  if (service(element, 'elementRegistry').get(newId) || service(element, 'moddle').ids.assigned(newId)) return 'taken';
  service(element, 'modeling').updateProperties(shapeOf(element, id), { id: newId });
  return null;
}

function expression(element, body) {
  return body ? service(element, 'bpmnFactory').create('bpmn:FormalExpression', { body }) : undefined;
}

/** A sequence flow's condition (NCalc); '' removes it. */
export function setCondition(element, id, body) {
  service(element, 'modeling').updateProperties(shapeOf(element, id), { conditionExpression: expression(element, body) });
}

/** A timer event's duration or date (ISO-8601). */
export function setTimer(element, id, kind, value) {
  const shape = shapeOf(element, id);
  const timer = shape.businessObject.eventDefinitions?.[0];
  if (timer?.$type !== 'bpmn:TimerEventDefinition') throw new Error(`'${id}' is not a timer event`);
  service(element, 'modeling').updateModdleProperties(shape, timer, {
    timeDuration: kind === 'duration' ? expression(element, value) : undefined,
    timeDate: kind === 'date' ? expression(element, value) : undefined,
    timeCycle: undefined,
  });
}

/** The message a catch event waits for, by name: the file's message of that name, or a new one. */
export function setMessage(element, id, name) {
  const shape = shapeOf(element, id);
  const definition = shape.businessObject.eventDefinitions?.[0];
  if (definition?.$type !== 'bpmn:MessageEventDefinition') throw new Error(`'${id}' is not a message event`);
  const modeling = service(element, 'modeling');
  if (!name) {
    modeling.updateModdleProperties(shape, definition, { messageRef: undefined });
    return;
  }
  const definitions = state(element).modeler.getDefinitions();
  const roots = definitions.get('rootElements');
  let message = roots.find(r => r.$type === 'bpmn:Message' && r.name === name);
  if (!message) {
    message = service(element, 'bpmnFactory').create('bpmn:Message', { name });
    message.$parent = definitions;
    modeling.updateModdleProperties(shape, definitions, { rootElements: [...roots, message] });
  }
  modeling.updateModdleProperties(shape, definition, { messageRef: message });
}

/** A user task's multi-instance mode: 'none', 'parallel' (会签 at once) or 'sequential'. */
export function setLoop(element, id, mode) {
  const shape = shapeOf(element, id);
  const modeling = service(element, 'modeling');
  const loop = shape.businessObject.loopCharacteristics;
  if (mode === 'none') {
    modeling.updateProperties(shape, { loopCharacteristics: undefined });
  } else if (loop?.$type === 'bpmn:MultiInstanceLoopCharacteristics') {
    modeling.updateModdleProperties(shape, loop, { isSequential: mode === 'sequential' });
  } else {
    const created = service(element, 'bpmnFactory').create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: mode === 'sequential' });
    modeling.updateProperties(shape, { loopCharacteristics: created });
  }
}

/** pf:collection and pf:completion of a user task's multi-instance loop. */
export function setLoopAttributes(element, id, properties) {
  const shape = shapeOf(element, id);
  const loop = shape.businessObject.loopCharacteristics;
  if (loop?.$type !== 'bpmn:MultiInstanceLoopCharacteristics') throw new Error(`'${id}' is not multi-instance`);
  const values = {};
  for (const [name, value] of Object.entries(properties)) values[name] = value === null || value === '' ? undefined : value;
  service(element, 'modeling').updateModdleProperties(shape, loop, values);
}

/** Outlines the elements with validation problems (ids the diagram does not have are skipped). */
export function markProblems(element, ids) {
  const designer = state(element);
  const canvas = service(element, 'canvas');
  const registry = service(element, 'elementRegistry');
  for (const id of designer.marked) if (registry.get(id)) canvas.removeMarker(id, problemMarker);
  designer.marked = ids.filter(id => registry.get(id) && registry.get(id) !== canvas.getRootElement());
  for (const id of designer.marked) canvas.addMarker(id, problemMarker);
}

/** After the canvas was hidden (another tab), so bpmn-js measures it again. */
export function resized(element) {
  element.bpmnDesigner?.modeler.get('canvas').resized();
}

export function dispose(element) {
  element.bpmnDesigner?.modeler.destroy();
  delete element.bpmnDesigner;
}
