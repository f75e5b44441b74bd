import { sampleEvent, triggersOf } from '../../events';
import { buildGraph } from '../../model';
import { SAMPLE_ACCOUNT, SAMPLE_REGION } from '../../model/facts/lambda-events';
import { parseCommandArgs } from '../args';
import { type Command, EXIT, UsageError } from '../io';
import { readPipelineFile } from '../read-pipeline-file';

export const eventCommand: Command = {
  name: 'event',
  summary: 'Print the sample event AWS delivers to a function through one edge',
  usage: `Usage: sluice event FILE --edge ID [--json]

Prints the event a Lambda function receives through the edge ID (an edge into a function: an
SQS queue, Kinesis stream or DynamoDB stream it polls, an S3 bucket, SNS topic, IoT rule or API
that invokes it, a schedule, or a Firehose delivery stream that uses it as its record
processor), as AWS documents it, with the edge's batch size, the stream's view type and the
queue's FIFO setting applied. At most 3 records are shown; the notes say the real maximum
(maxRecords is null for a Firehose processor: its batch is bounded by the processor buffer in MB). Ids, times and sequence numbers are fixed; account ${SAMPLE_ACCOUNT}, Region ${SAMPLE_REGION}.
  --edge ID  the edge into a function
  --json     print { edge, function, source, family, recordsShown, maxRecords,
             reportsItemFailures, notes, event }

Without --json: the notes as lines starting with "//", then the event as JSON.
Exit codes: 0 printed, 2 an unreadable file, a missing or unknown edge, or an edge that does
not invoke a function.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { edge: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError(`event needs exactly one FILE, got ${positionals.length}`);
    if (values.edge === undefined || values.edge === '') throw new UsageError('--edge: give the id of an edge into a function');
    const file = await readPipelineFile(positionals[0], io.cwd);
    if (!file.ok) {
      io.stderr(`${file.lines.join('\n')}\n`);
      return EXIT.badInput;
    }
    const graph = buildGraph(file.pipeline);
    const result = sampleEvent(graph, values.edge);
    if ('error' in result) {
      const into = file.pipeline.nodes.filter((n) => n.kind === 'lambda-function').flatMap((n) => triggersOf(graph, n.id).map((t) => t.edge.id));
      const hint = into.length ? `edges into functions: ${into.join(', ')}` : 'this pipeline has no edge into a function';
      io.stderr(`sluice event: --edge: ${result.error} (${hint})\n`);
      return EXIT.badInput;
    }
    if (values.json) {
      const { edgeId, functionId, sourceId, family, recordsShown, maxRecords, reportsItemFailures, notes, event } = result;
      io.stdout(`${JSON.stringify({ edge: edgeId, function: functionId, source: sourceId, family, recordsShown, maxRecords, reportsItemFailures, notes, event }, null, 2)}\n`);
    } else {
      io.stdout(`${result.notes.map((n) => `// ${n}`).join('\n')}\n${JSON.stringify(result.event, null, 2)}\n`);
    }
    return EXIT.ok;
  },
};
