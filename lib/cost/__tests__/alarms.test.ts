import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { designActivity } from '../design';
import { exportCloudFormation } from '../../export';
import { parsePipelineText } from '../../model';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/**
 * The estimate prices the CloudWatch alarms the export adds ($0.10 each a month, standard
 * resolution: https://aws.amazon.com/cloudwatch/pricing/). It counts them without running the
 * exporter, so this keeps the count in step with lib/export/cloudformation/alarms.ts.
 */
describe('the alarms the estimate prices are the alarms the export writes', () => {
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.sluice.json'))) {
    it(file, () => {
      const parsed = parsePipelineText(readFileSync(EXAMPLES + file, 'utf8'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const priced = designActivity(parsed.pipeline).reduce((n, x) => n + x.activity.alarms, 0);
      let exported = 0;
      try {
        const { template } = exportCloudFormation(parsed.pipeline);
        exported = Object.values(template.Resources as Record<string, { Type: string }>).filter((r) => r.Type === 'AWS::CloudWatch::Alarm').length;
      } catch {
        return; // a design the export refuses (broken on purpose) has no template to compare with
      }
      expect(priced).toBe(exported);
    });
  }
});
