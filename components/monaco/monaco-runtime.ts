'use client';
/**
 * Monaco from our own bundle, never a CDN (Sluice must work offline). The editor core and
 * five languages are imported: `import 'monaco-editor'` would register ~80 languages.
 * Import this module only from client-only code.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor.js';
// JSON's language support loads this module (every editor contribution: find, folding, hover,
// suggest...) when the first JSON model appears. Editor services are fixed when the first
// editor is created, so an editor made after that would miss the services those contributions
// need ("depends on UNKNOWN service ICodeLensCache"). Loading it up front avoids that.
import 'monaco-editor/internal/common/workers.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/languages/definitions/yaml/register.js';
import 'monaco-editor/languages/definitions/typescript/register.js';
import 'monaco-editor/languages/definitions/python/register.js';
import 'monaco-editor/languages/definitions/scala/register.js';
import 'monaco-editor/languages/definitions/markdown/register.js';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register.js';

// JSON gets its own worker (schema validation, completion); everything else needs only the
// editor worker. CDK TypeScript is shown read-only, so colouring is enough: no ts.worker.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') {
      return new Worker(new URL('monaco-editor/languages/features/json/json.worker.js', import.meta.url), { type: 'module' });
    }
    return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module' });
  },
};

loader.config({ monaco });

/**
 * Monaco's own themes with the token colours that fall under WCAG's 4.5:1 on our highlight of
 * a node's resources made darker (light) or kept (dark): YAML keys, numbers, comments.
 */
export const EDITOR_THEMES = { light: 'sluice-light', dark: 'sluice-dark' } as const;
monaco.editor.defineTheme(EDITOR_THEMES.light, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'type', foreground: '006666' },
    { token: 'number', foreground: '0A6B47' },
    { token: 'comment', foreground: '006400' },
    { token: 'attribute.name', foreground: 'B00000' },
  ],
  colors: {},
});
monaco.editor.defineTheme(EDITOR_THEMES.dark, { base: 'vs-dark', inherit: true, rules: [], colors: {} });

const jsonSchemas = new Map<string, { uri: string; fileMatch: string[]; schema: object }>();

/**
 * Validate JSON models whose path matches `fileMatch` against `schema`, as the user types.
 * Schemas are never fetched (no network): they are all handed over here.
 */
export function registerJsonSchema(uri: string, fileMatch: string[], schema: object) {
  jsonSchemas.set(uri, { uri, fileMatch, schema });
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [...jsonSchemas.values()],
  });
}

export { monaco };
export type MonacoApi = typeof monaco;
