import type { NodeOfKind } from '../../model';

/** Where a job's script lives, relative to the scripts bucket and to the CDK app folder. */
export function glueScriptKey(node: NodeOfKind<'glue-job'>): string {
  return `glue/${node.id}.${node.config.language === 'scala' ? 'scala' : 'py'}`;
}
