import { parseCommandArgs } from '../args';
import { type Command, EXIT, UsageError } from '../io';
import { readPipelineFile } from '../read-pipeline-file';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check pipeline files against the format and the AWS rules',
  usage: `Usage: sluice validate FILE... [--json]

Checks each file: structure first (the file format), then the rules.
  --json   print { "findings": [...] } instead of text

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file cannot be read
or is not a pipeline (one line per problem, with its JSON path).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('validate needs at least one FILE');
    let unreadable = false;
    const findings: unknown[] = [];
    for (const file of positionals) {
      const result = await readPipelineFile(file, io.cwd);
      if (!result.ok) {
        unreadable = true;
        io.stderr(`${result.lines.join('\n')}\n`);
        continue;
      }
      if (!values.json) io.stdout(`${file}: ok (${result.pipeline.nodes.length} nodes, ${result.pipeline.edges.length} edges)\n`);
    }
    if (values.json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
    return unreadable ? EXIT.badInput : EXIT.ok;
  },
};
