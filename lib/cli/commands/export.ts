import { resolve } from 'node:path';
import { DeploymentRefusedError, exportCdkApp, exportCloudFormation, glueScripts, handlerFiles } from '../../export';
import type { Pipeline } from '../../model';
import { validatePipeline } from '../../validate';
import { parseCommandArgs } from '../args';
import { type CliIo, type Command, EXIT, UsageError } from '../io';
import { readPipelineFile } from '../read-pipeline-file';
import { MANIFEST, writeOutputFiles } from '../write-files';

const FORMATS = ['cloudformation', 'cdk'] as const;

async function writeFiles(io: CliIo, dir: string, files: Record<string, string>, input: string, force: boolean): Promise<void> {
  const written = await writeOutputFiles(resolve(io.cwd, dir), files, { force, inputs: [resolve(io.cwd, input)], shownDir: dir });
  for (const w of written) io.stdout(`${w.path}${w.status === 'unchanged' ? ' (unchanged)' : ''}\n`);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a pipeline as a CloudFormation template or a CDK app',
  usage: `Usage: sluice export FILE --format cloudformation|cdk [--yaml] [--out DIR] [--no-alarms] [--force]

  --format cloudformation   one template with every resource the design implies
  --format cdk              a complete CDK app in TypeScript (needs --out: it is several files)
  --yaml                    CloudFormation as YAML instead of JSON
  --out DIR                 write files into DIR (created if missing) and list them;
                            without it, cloudformation prints the template to stdout
                            (Glue job scripts and the functions' handlers,
                            lambda/<id>/, are only written with --out). Sluice
                            records what it wrote in DIR/${MANIFEST} and replaces
                            only those files, unchanged; it never writes through a
                            symbolic link or over the input file
  --no-alarms               leave out the CloudWatch alarms (errors, throttles, iterator
                            age, dead-letter queue depth)
  --force                   export even when the validator reports errors, and replace
                            files in DIR that Sluice did not write (or that changed)

See docs/export.md for what each node and edge becomes.

Exit codes: 0 exported, 1 the pipeline has validation errors (listed on stderr; use
--force to export anyway, except for designs AWS refuses when the stack deploys, which
are never exported), 2 bad arguments, a file that is not a pipeline, or files in --out that
Sluice would not replace (listed; nothing is written).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      yaml: { type: 'boolean' },
      out: { type: 'string' },
      'no-alarms': { type: 'boolean' },
      force: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError(`export needs exactly one FILE, got ${positionals.length}`);
    const format = values.format;
    if (format === undefined) throw new UsageError('--format is required: cloudformation or cdk');
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: expected cloudformation or cdk, got "${format}"`);
    if (format === 'cdk' && values.out === undefined) throw new UsageError('--format cdk writes several files: give a folder with --out DIR');
    if (format === 'cdk' && values.yaml) throw new UsageError('--yaml applies to --format cloudformation only');

    const file = positionals[0];
    const result = await readPipelineFile(file, io.cwd);
    if (!result.ok) {
      io.stderr(`${result.lines.join('\n')}\n`);
      return EXIT.badInput;
    }
    const pipeline = result.pipeline;
    const errors = validatePipeline(pipeline).findings.filter((f) => f.severity === 'error');
    if (errors.length) {
      for (const f of errors) {
        const where = f.nodeId !== undefined ? `node ${f.nodeId}` : f.edgeId !== undefined ? `edge ${f.edgeId}` : 'pipeline';
        io.stderr(`${file}: ${f.rule} ${where}: ${f.message}\n`);
        if (f.fix) io.stderr(`  fix: ${f.fix}\n`);
      }
      if (!values.force) {
        io.stderr(`${file}: ${errors.length} validation error(s): not exported. Fix them, or export anyway with --force.\n`);
        return EXIT.findings;
      }
      io.stderr(`${file}: exporting despite ${errors.length} validation error(s) (--force)\n`);
    }
    const alarms = !values['no-alarms'];
    try {
      return await write(io, pipeline, format, values, alarms, file);
    } catch (error) {
      if (!(error instanceof DeploymentRefusedError)) throw error;
      io.stderr(`${file}: ${error.message}\n`);
      return EXIT.findings;
    }
  },
};

async function write(io: CliIo, pipeline: Pipeline, format: string, values: { out?: string; yaml?: boolean; force?: boolean }, alarms: boolean, input: string): Promise<number> {
  if (format === 'cdk') {
    const app = exportCdkApp(pipeline, { alarms });
    await writeFiles(io, values.out!, app.files, input, values.force === true);
    return EXIT.ok;
  }
  const yaml = values.yaml === true;
  const exported = exportCloudFormation(pipeline, { format: yaml ? 'yaml' : 'json', alarms });
  if (values.out === undefined) {
    io.stdout(exported.text);
    return EXIT.ok;
  }
  const name = pipeline.name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'pipeline';
  await writeFiles(io, values.out, { [`${name}.template.${yaml ? 'yaml' : 'json'}`]: exported.text, ...glueScripts(pipeline), ...handlerFiles(pipeline) }, input, values.force === true);
  return EXIT.ok;
}
