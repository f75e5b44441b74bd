import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../editor/store/editor-store';
import type { ExportView } from './run-export';

export interface CodePanelOptions {
  view: ExportView;
  /** CloudWatch alarms in the export (on by default). */
  alarms: boolean;
  /** The CDK app file on show; the entry file when unset. */
  cdkFile?: string;
  set(patch: Partial<Omit<CodePanelOptions, 'set'>>): void;
}

const options = new WeakMap<EditorStore, StoreApi<CodePanelOptions>>();

/** The panel's choices outlive the panel (switching tabs unmounts it); one set per editor. */
export function codePanelOptionsFor(editor: EditorStore): StoreApi<CodePanelOptions> {
  let store = options.get(editor);
  if (!store) {
    store = createStore<CodePanelOptions>()((set) => ({ view: 'yaml', alarms: true, set: (patch) => set(patch) }));
    options.set(editor, store);
  }
  return store;
}
