// The platform's BPMN extension attributes (namespace http://platform.ficc/schema/bpmn, prefix pf) as a moddle
// package, so bpmn-js reads, edits and writes them as properties of the elements that take them (see the workflow
// module's README and PlatformAttributes.cs) instead of carrying them as unknown text.
const text = name => ({ name, isAttr: true, type: 'String' });

export const platformNamespace = 'http://platform.ficc/schema/bpmn';

export const userTaskAttributes = ['candidateRoles', 'candidateUsers', 'assignee', 'dueIn', 'outcomes', 'sendBackTo', 'notInitiator', 'notSameAs'];
export const loopAttributes = ['collection', 'completion'];

export const platformModdle = {
  name: 'Platform',
  uri: platformNamespace,
  prefix: 'pf',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    { name: 'UserTaskRules', isAbstract: true, extends: ['bpmn:UserTask'], properties: userTaskAttributes.map(text) },
    { name: 'ServiceTaskRules', isAbstract: true, extends: ['bpmn:ServiceTask'], properties: [text('handler')] },
    { name: 'MessageCatchRules', isAbstract: true, extends: ['bpmn:IntermediateCatchEvent'], properties: [text('correlationKey')] },
    { name: 'MultiInstanceRules', isAbstract: true, extends: ['bpmn:MultiInstanceLoopCharacteristics'], properties: loopAttributes.map(text) },
  ],
};
