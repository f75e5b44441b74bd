import type { Pipeline } from '@/lib/model';
import { exportCdkApp, exportCloudFormation, glueScripts } from '@/lib/export';

export type ExportView = 'yaml' | 'json' | 'cdk';

export interface ExportRequest {
  id: number;
  pipeline: Pipeline;
  view: ExportView;
  alarms: boolean;
}

export type CodeExport =
  | { kind: 'template'; format: 'yaml' | 'json'; text: string; resourcesByNode: Record<string, string[]>; resourcesByEdge: Record<string, string[]> }
  | { kind: 'cdk'; files: Record<string, string>; entry: string };

export type ExportReply = { id: number; ok: true; result: CodeExport } | { id: number; ok: false; error: string };

/** One export for the Code panel. Never throws: a failing exporter becomes a message. Runs in the export worker or, failing that, on the page. */
export function runExport({ id, pipeline, view, alarms }: ExportRequest): ExportReply {
  try {
    if (view === 'cdk') {
      const app = exportCdkApp(pipeline, { alarms });
      // The Glue job scripts belong with the app (its stack uploads them as assets).
      return { id, ok: true, result: { kind: 'cdk', files: { ...glueScripts(pipeline), ...app.files }, entry: app.entry } };
    }
    const template = exportCloudFormation(pipeline, { format: view, alarms });
    return {
      id,
      ok: true,
      result: { kind: 'template', format: view, text: template.text, resourcesByNode: template.resourcesByNode, resourcesByEdge: template.resourcesByEdge ?? {} },
    };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
