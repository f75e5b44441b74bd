export type { SourceEntry, SourceNode, TextRange } from './source-tree';
export { outlineJson } from './json-outline';
export { outlineYaml } from './yaml-outline';
export { locateInText, locatePath, outlineText, type PathLocation, type TextLanguage } from './locate-path';
