import { stringify } from 'yaml';
import type { CfnTemplate } from './types';

/**
 * JSON or YAML text. The `yaml` package quotes every string that YAML would otherwise read
 * as something else (`: #`, `&`, `*`, `!`, leading spaces, "yes"...), so free text stays a
 * plain string. Long form intrinsics (Fn::GetAtt) are used so the text needs no custom tags.
 */
export function renderTemplate(template: CfnTemplate, format: 'json' | 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  return stringify(template, { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}
