import type { EdgeConfig } from '../../../model';
import type { CfnObject } from '../types';

/** The S3 key filter an edge's prefix/suffix settings describe, or undefined for none. */
export function s3KeyFilter(config: EdgeConfig): CfnObject | undefined {
  const rules: CfnObject[] = [];
  if (config.filterPrefix) rules.push({ Name: 'prefix', Value: config.filterPrefix });
  if (config.filterSuffix) rules.push({ Name: 'suffix', Value: config.filterSuffix });
  return rules.length ? { S3Key: { Rules: rules } } : undefined;
}
