import { buildGraph, type Pipeline } from '../model';
import { glueScriptKey } from './glue-scripts/script-path';

/**
 * What is left to do once the stack is up: only what a template cannot do (confirm a
 * subscription, run SQL in a database, put files in a bucket). Anything a template can
 * express is in the export instead.
 */
export function afterDeploySteps(pipeline: Pipeline, options: { view: 'cloudformation' | 'cdk'; alarms: boolean }): string[] {
  const graph = buildGraph(pipeline);
  const steps: string[] = [];
  const meaning = (m: string) => pipeline.edges.filter((e) => graph.connection(e)?.meaning === m);
  const jobs = graph.nodesOfKind('glue-job');
  if (options.view === 'cloudformation' && jobs.length) {
    steps.push(`Upload the Glue scripts (${jobs.map((j) => glueScriptKey(j)).join(', ')}) to the GlueScriptsBucket bucket before the jobs first run: a template cannot put files in a bucket.`);
  }
  for (const e of meaning('delivers')) {
    const target = graph.node(e.target);
    if (target?.kind === 'redshift-cluster') steps.push(`Create the table ${e.source.replace(/[^A-Za-z0-9_]/g, '_')} in the ${target.config.databaseName} database of ${target.id}: Firehose COPYs into it, and a template cannot run SQL.`);
  }
  for (const e of meaning('reads-catalog')) {
    const target = graph.node(e.target);
    if (target?.kind === 'redshift-cluster') steps.push(`In ${target.id}, CREATE EXTERNAL SCHEMA over the catalog database ${e.source} with the cluster's role (output of the stack): Spectrum needs it, and a template cannot run SQL.`);
  }
  const alarmed = graph.nodesOfKind('lambda-function').length > 0 || pipeline.edges.some((e) => ['dead-letter', 'on-failure'].includes(graph.connection(e)?.meaning ?? '') && graph.node(e.target)?.kind === 'sqs-queue');
  if (options.alarms && alarmed) steps.push('Subscribe an email address, chat hook or pager to the alarm topic (output AlarmTopicArn) and confirm the subscription: SNS asks the endpoint itself.');
  return steps;
}
