import { pipelineJsonSchema } from '../../model';
import { parseCommandArgs } from '../args';
import { type Command, EXIT } from '../io';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of the *.sluice.json format',
  usage: `Usage: sluice schema

Prints the JSON Schema (draft 2020-12) of the pipeline file format, generated from
the same zod schema the designer and the CLI use. Point your editor at it:
  npx sluice schema > sluice.schema.json`,
  async run(args, io) {
    parseCommandArgs(args, {});
    io.stdout(`${JSON.stringify(pipelineJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
