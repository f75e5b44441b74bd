import { triggerCases } from '../../events/testing/trigger-pipelines';
import { buildGraph, type NodeOfKind } from '../../model';
import { handlerSource } from './index';

/** The handlers docs/export.md shows, one per trigger family (a test keeps the page in step). */
export const DOC_HANDLERS = [
  { title: 'SQS (partial batch responses)', trigger: 'sqs', runtime: 'python3.13' },
  { title: 'Kinesis (base64 data, stop at the failed record)', trigger: 'kinesis', runtime: 'nodejs22.x' },
  { title: 'DynamoDB stream (attribute values unmarshalled)', trigger: 'dynamodb-new_and_old_images', runtime: 'python3.13' },
  { title: 'S3 notification (URL-decoded keys)', trigger: 's3', runtime: 'python3.13' },
  { title: 'SNS relaying S3 notifications', trigger: 'sns-s3', runtime: 'nodejs22.x' },
  { title: 'IoT rule', trigger: 'iot', runtime: 'python3.13' },
  { title: 'HTTP API', trigger: 'api-http', runtime: 'nodejs22.x' },
  { title: 'Schedule', trigger: 'schedule', runtime: 'python3.13' },
  { title: 'Firehose processor reading a Kinesis stream (every recordId back: Ok, Dropped or ProcessingFailed)', trigger: 'firehose-kinesis', runtime: 'nodejs22.x' },
] as const;

export function docHandler(trigger: string, runtime: string): { language: string; code: string } {
  const c = triggerCases(runtime).find((t) => t.name === trigger)!;
  const graph = buildGraph(c.pipeline);
  const source = handlerSource(graph, graph.node('fn') as NodeOfKind<'lambda-function'>)!;
  return { language: source.language === 'python' ? 'python' : 'js', code: source.code };
}

/** The markdown of one example, between markers the docs test finds. */
export function docHandlerBlock(d: (typeof DOC_HANDLERS)[number]): string {
  const { language, code } = docHandler(d.trigger, d.runtime);
  return [`<!-- handler:${d.trigger}:${d.runtime} -->`, `<details><summary>${d.title}: ${d.runtime}</summary>`, '', '```' + language, code.trimEnd(), '```', '', '</details>', `<!-- /handler:${d.trigger}:${d.runtime} -->`].join('\n');
}
