import type { Pipeline } from '../../model';
export interface CdkAppOptions { alarms?: boolean }
export function buildCdkApp(pipeline: Pipeline, options: CdkAppOptions = {}): { files: Record<string, string>; entry: string } {
  void pipeline; void options;
  return { files: {}, entry: '' };
}
