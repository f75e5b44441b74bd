import { type Finding, validatePipeline } from '../../validate';
import { parseCommandArgs } from '../args';
import { type CliIo, type Command, EXIT, UsageError } from '../io';
import { readPipelineFile } from '../read-pipeline-file';

/** The public shape of `--json` output: scripts depend on these keys. */
interface JsonFinding {
  file: string;
  rule: string;
  severity: Finding['severity'];
  nodeId: string | null;
  edgeId: string | null;
  field: string | null;
  message: string;
  fix: string | null;
}

function where(f: Finding): string {
  const place = f.nodeId !== undefined ? `node ${f.nodeId}` : f.edgeId !== undefined ? `edge ${f.edgeId}` : 'pipeline';
  return f.field ? `${place}, ${f.field}` : place;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

function printText(io: CliIo, file: string, findings: Finding[], suppressed: number): void {
  io.stdout(`${file}\n`);
  if (findings.length === 0) io.stdout(`  no findings${suppressed ? ` (${suppressed} suppressed)` : ''}\n`);
  for (const f of findings) {
    io.stdout(`  ${f.severity}  ${f.rule}  ${where(f)}: ${f.message}\n`);
    if (f.fix) io.stdout(`    fix: ${f.fix}\n`);
  }
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check pipeline files against the format and the AWS rules',
  usage: `Usage: sluice validate FILE... [--json]

Checks each file: structure first (the file format), then the rules (\`sluice rules\`).
  --json   print { "findings": [{ "file", "rule", "severity", "nodeId", "edgeId",
           "field", "message", "fix" }] } instead of text (absent values are null)

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file cannot be read
or is not a pipeline (one line per problem on stderr, with its JSON path; the other
files are still checked).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('validate needs at least one FILE');
    let unreadable = 0;
    const totals = { error: 0, warning: 0, info: 0, suppressed: 0 };
    const json: JsonFinding[] = [];
    for (const file of positionals) {
      const result = await readPipelineFile(file, io.cwd);
      if (!result.ok) {
        unreadable++;
        io.stderr(`${result.lines.join('\n')}\n`);
        continue;
      }
      const { findings, suppressed } = validatePipeline(result.pipeline);
      for (const f of findings) totals[f.severity]++;
      totals.suppressed += suppressed.length;
      if (values.json) {
        for (const f of findings) {
          json.push({ file, rule: f.rule, severity: f.severity, nodeId: f.nodeId ?? null, edgeId: f.edgeId ?? null, field: f.field ?? null, message: f.message, fix: f.fix ?? null });
        }
      } else printText(io, file, findings, suppressed.length);
    }
    if (values.json) io.stdout(`${JSON.stringify({ findings: json }, null, 2)}\n`);
    else {
      const checked = positionals.length - unreadable;
      const tail = [totals.suppressed ? `${totals.suppressed} suppressed` : '', unreadable ? `${count(unreadable, 'file')} could not be read` : '']
        .filter(Boolean)
        .join(', ');
      io.stdout(`${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}, ${count(totals.info, 'info')} in ${count(checked, 'file')}${tail ? ` (${tail})` : ''}\n`);
    }
    if (unreadable > 0) return EXIT.badInput;
    return totals.error > 0 ? EXIT.findings : EXIT.ok;
  },
};
