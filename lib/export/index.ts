import type { Pipeline } from '../model';
import { buildTemplate } from './cloudformation/build-template';
import { renderTemplate } from './cloudformation/render';
import type { CfnTemplate } from './cloudformation/types';
import { buildCdkApp, type CdkAppOptions } from './cdk/build-app';
import { buildGlueScripts } from './glue-scripts/build-scripts';
import { handlerSource } from './handlers';

export type { CfnTemplate } from './cloudformation/types';
export { DeploymentRefusedError } from './cloudformation/build-template';
export type { CdkAppOptions } from './cdk/build-app';

export interface CloudFormationExportOptions {
  format: 'json' | 'yaml';
  /** CloudWatch alarms for errors, throttles, iterator age and DLQ depth (default true). */
  alarms?: boolean;
}

export interface CloudFormationExport {
  text: string;
  template: CfnTemplate;
  /** Node id -> the logical ids of the resources it became, for highlighting. */
  resourcesByNode: Record<string, string[]>;
  /** Edge id -> the logical ids of the resources it became (mappings, permissions, subscriptions...). */
  resourcesByEdge: Record<string, string[]>;
}

/** The pipeline as one CloudFormation template. Pure and deterministic. */
export function exportCloudFormation(pipeline: Pipeline, options: CloudFormationExportOptions = { format: 'json' }): CloudFormationExport {
  const built = buildTemplate(pipeline, { alarms: options.alarms ?? true, handlerCode: handlerSource });
  return { text: renderTemplate(built.template, options.format), template: built.template, resourcesByNode: built.resourcesByNode, resourcesByEdge: built.resourcesByEdge };
}

/** A complete CDK app in TypeScript: file path -> content, and the entry file's path. */
export function exportCdkApp(pipeline: Pipeline, options: CdkAppOptions = {}): { files: Record<string, string>; entry: string } {
  return buildCdkApp(pipeline, options);
}

/** A starting ETL script per Glue job: path (glue/<job id>.py or .scala) -> content. */
export function glueScripts(pipeline: Pipeline): Record<string, string> {
  return buildGlueScripts(pipeline);
}
export { afterDeploySteps } from './after-deploy';
export { handlerFiles, handlerSource, type HandlerSource } from './handlers';
