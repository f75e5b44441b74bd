'use client';
import { plural } from '@/lib/validate/format';
import { useRef, useState } from 'react';
import { MAX_TEMPLATE_TEXT_BYTES, type Problem, problemToString, tooLongMessage } from '@/lib/model';
import { useEditorStore } from '../editor/store/editor-context';
import { useFiles } from '../files/files-context';
import { ModalDialog } from '../files/modal-dialog';

interface ImportReport {
  fileName: string;
  nodes: number;
  unknownResources: { logicalId: string; type: string }[];
  warnings: string[];
  /** Opened as a new pipeline in the library (else it replaced the document, undoably). */
  asNew: boolean;
}

/**
 * Import a CloudFormation template (JSON or YAML) as a new pipeline of its own in My pipelines:
 * the open one is saved and stays as it was. (In an editor without a library, one undo step
 * brings the previous pipeline back.) Resources Sluice cannot draw are listed, never dropped
 * silently; a template that cannot be read changes nothing and says why, with paths.
 */
export function ImportTemplateButton() {
  const store = useEditorStore();
  const files = useFiles();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ fileName: string; problems: Problem[] } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const importFile = async (file: File) => {
    const refuse = (message: string) => setProblems({ fileName: file.name, problems: [{ path: '', pathSegments: [], message }] });
    // Checked before reading: a huge file would freeze the tab just being read.
    const tooLong = tooLongMessage('the file', file.size, MAX_TEMPLATE_TEXT_BYTES);
    if (tooLong) return refuse(`${tooLong} (CloudFormation's own limit for a template body)`);
    // The importer (and its YAML parser) loads on first use: the button also sits on the empty canvas.
    const { importCloudFormation, nameFromFileName } = await import('@/lib/import');
    let result: ReturnType<typeof importCloudFormation>;
    try {
      result = importCloudFormation(await file.text(), { name: nameFromFileName(file.name) });
    } catch (error) {
      return refuse(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!result.ok) {
      setProblems({ fileName: file.name, problems: result.problems });
      return;
    }
    setProblems(null);
    if (files) await files.openAsNew(result.pipeline, 'template');
    else store.getState().load(result.pipeline, { label: 'Import template' });
    const summary = { fileName: file.name, nodes: result.pipeline.nodes.length, unknownResources: result.unknownResources, warnings: result.warnings, asNew: files !== null };
    if (summary.unknownResources.length || summary.warnings.length) setReport(summary);
    else store.getState().notify(`Imported ${plural(summary.nodes, 'service')} from ${file.name}${summary.asNew ? ' as a new pipeline' : ''}.`, 'info');
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import template…
      </button>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,.template"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="CloudFormation template file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {problems && (
        <section className="code-panel-problems" role="alert" aria-label="Template not imported">
          <h3 className="code-panel-heading error">
            {problems.fileName} was not imported: {problems.problems.length} problem{problems.problems.length === 1 ? '' : 's'}
          </h3>
          <ul>
            {problems.problems.map((p, i) => (
              <li key={i}>{problemToString(p)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setProblems(null)}>
            Dismiss
          </button>
        </section>
      )}
      <ModalDialog open={report !== null} title="Template imported" onClose={() => setReport(null)}>
        {report && (
          <div className="code-panel-import-report">
            <p>
              {plural(report.nodes, 'service')} from {report.fileName}.{' '}
              {report.asNew ? 'It opened as a new pipeline; the one you had open is unchanged in My pipelines.' : 'Undo brings the previous pipeline back.'}
            </p>
            {report.unknownResources.length > 0 && (
              <>
                <h3>Not drawn ({report.unknownResources.length}): Sluice has no node for these resources; they are kept and exported unchanged</h3>
                <ul aria-label="Resources not imported">
                  {report.unknownResources.map((r) => (
                    <li key={r.logicalId}>
                      <code>{r.logicalId}</code> ({r.type})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {report.warnings.length > 0 && (
              <>
                <h3>Warnings</h3>
                <ul aria-label="Import warnings">
                  {report.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" className="primary" onClick={() => setReport(null)}>
              OK
            </button>
          </div>
        )}
      </ModalDialog>
    </>
  );
}
