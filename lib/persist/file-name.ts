/** The extension Sluice writes and recognises when files are dropped or picked. */
export const PIPELINE_FILE_SUFFIX = '.sluice.json';

// Names Windows refuses as files, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM = 100;

/**
 * `<pipeline name>.sluice.json`, safe on Windows, macOS and Linux: no path separators, no
 * characters a file system refuses, no leading dots (hidden files), no reserved device names.
 */
export function pipelineFileName(pipelineName: string): string {
  let stem = pipelineName
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  if (stem.toLowerCase().endsWith('.sluice')) stem = stem.slice(0, -'.sluice'.length).trim();
  if (Array.from(stem).length > MAX_STEM) stem = Array.from(stem).slice(0, MAX_STEM).join('').trim();
  if (stem === '' || /^-+$/.test(stem)) stem = 'pipeline';
  if (RESERVED.test(stem)) stem = `${stem}-pipeline`;
  return `${stem}${PIPELINE_FILE_SUFFIX}`;
}

/** True for names Sluice treats as pipeline files (`*.sluice.json`, also plain `*.json`). */
export function looksLikePipelineFile(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}
