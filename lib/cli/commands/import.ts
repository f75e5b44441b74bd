import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { serializePipeline, problemToString } from '../../model';
import { importCloudFormation, nameFromFileName } from '../../import';
import { parseCommandArgs } from '../args';
import { type Command, EXIT, UsageError } from '../io';
import { MANIFEST, writeOutputFiles } from '../write-files';

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn a CloudFormation template (JSON or YAML) into a pipeline',
  usage: `Usage: sluice import TEMPLATE [--out FILE] [--force]

Reads a CloudFormation template (JSON or YAML, short-form tags such as !Ref, !GetAtt and
!Sub included) and prints the pipeline it describes (*.sluice.json) to stdout, or writes
it to FILE with --out. Resources Sluice knows become nodes; event source mappings,
notifications, subscriptions, rule targets and role policies become edges. SAM templates
(AWS::Serverless-2016-10-31) are read as the CloudFormation they deploy: functions with
their events and policies, simple tables, APIs. Fn::ForEach (AWS::LanguageExtensions) is
expanded. A template exported by Sluice comes back exactly as it was drawn.

Nothing is dropped: resources Sluice has no node for, and values its designer does not
offer, are kept in the pipeline as written and exported unchanged; they are listed on
stderr (the import still succeeds).

--out FILE's folder is created if missing. Sluice records what it wrote there in
${MANIFEST} and replaces only those files, unchanged, unless --force; it never
writes through a symbolic link or over TEMPLATE.

Exit codes: 0 imported, 2 bad arguments, a template that cannot be read (one line per
problem, with its path such as Resources.MyFn.Properties.Timeout) or an --out FILE
Sluice would not replace.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError(`import needs exactly one TEMPLATE, got ${positionals.length}`);
    const file = positionals[0];
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : String((error as Error).message)}\n`);
      return EXIT.badInput;
    }
    const result = importCloudFormation(text, { name: nameFromFileName(file) });
    if (!result.ok) {
      io.stderr(`${result.problems.map((p) => `${file}: ${problemToString(p)}`).join('\n')}\n`);
      return EXIT.badInput;
    }
    for (const u of result.unknownResources) io.stderr(`${file}: resource ${u.logicalId} (${u.type}) has no node: kept as written and exported unchanged\n`);
    for (const w of result.warnings) io.stderr(`${file}: ${w}\n`);
    const out = serializePipeline(result.pipeline);
    if (values.out === undefined) io.stdout(out);
    else {
      const target = resolve(io.cwd, values.out);
      const written = await writeOutputFiles(dirname(target), { [basename(target)]: out }, { force: values.force === true, inputs: [resolve(io.cwd, file)], shownDir: dirname(values.out) });
      for (const w of written) io.stdout(`${w.path}${w.status === 'unchanged' ? ' (unchanged)' : ''}\n`);
    }
    return EXIT.ok;
  },
};
