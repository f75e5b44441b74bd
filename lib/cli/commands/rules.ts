import { RULES } from '../../validate';
import { ALL_RULES } from '../../validate/rules/all';
import { renderRulesDoc } from '../../validate/docs/rules-doc';
import { parseCommandArgs } from '../args';
import { type Command, EXIT, UsageError } from '../io';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List the validation rules (id, severity, title, AWS docs)',
  usage: `Usage: sluice rules [--json | --markdown]

Lists every rule the validator runs: its id (for suppressions), severity, title and
the AWS documentation page it rests on.
  --json       print { "rules": [{ "id", "severity", "title", "docsUrl", "description" }] }
  --markdown   print the rule reference (docs/rules.md)`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, markdown: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`rules takes no arguments, got "${positionals[0]}"`);
    if (values.json && values.markdown) throw new UsageError('choose one of --json and --markdown');
    if (values.markdown) {
      io.stdout(renderRulesDoc(ALL_RULES));
      return EXIT.ok;
    }
    if (values.json) {
      const rules = RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, docsUrl: r.docsUrl, description: r.description }));
      io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
      return EXIT.ok;
    }
    const idWidth = Math.max(...RULES.map((r) => r.id.length));
    const lines = RULES.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.title}\n${' '.repeat(idWidth + 11)}${r.docsUrl}`);
    io.stdout(`${lines.join('\n')}\n${RULES.length} rules. Switch one off with a suppression: { "rule", "reason", "nodeId"? , "edgeId"? }.\n`);
    return EXIT.ok;
  },
};
