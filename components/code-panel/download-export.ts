import { strToU8, zipSync } from 'fflate';
import { exportCdkApp, exportCloudFormation, glueScripts } from '@/lib/export';
import type { Pipeline } from '@/lib/model';
import { pipelineFileName, PIPELINE_FILE_SUFFIX } from '@/lib/persist/file-name';
import { downloadFile as download } from '../files/download-file';

/** The file-name stem for a pipeline's exports: its name, made safe for every file system. */
export function exportStem(pipeline: Pipeline): string {
  return pipelineFileName(pipeline.name).slice(0, -PIPELINE_FILE_SUFFIX.length);
}

/**
 * `<name>.template.yaml` / `.json`. Exported afresh from the document (not the panel's text,
 * which may lag a keystroke behind), so the file always matches the canvas.
 */
export function downloadTemplate(pipeline: Pipeline, format: 'yaml' | 'json', alarms: boolean): string {
  const fileName = `${exportStem(pipeline)}.template.${format}`;
  const { text } = exportCloudFormation(pipeline, { format, alarms });
  download(fileName, text, format === 'yaml' ? 'application/yaml' : 'application/json');
  return fileName;
}

/** The CDK app and its Glue scripts as `<name>-cdk.zip`, everything under one `<name>-cdk/` folder. */
export function downloadCdkApp(pipeline: Pipeline, alarms: boolean): string {
  const folder = `${exportStem(pipeline)}-cdk`;
  const files = { ...glueScripts(pipeline), ...exportCdkApp(pipeline, { alarms }).files };
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}/${path}`, strToU8(text)])), { level: 6 });
  download(`${folder}.zip`, zip as BlobPart, 'application/zip');
  return `${folder}.zip`;
}
