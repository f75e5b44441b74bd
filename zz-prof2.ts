import { PipelineBuilder } from './lib/model';
import { simulate } from './lib/simulate';
function make(kind: string) {
  const b = new PipelineBuilder('bench');
  const perSource = 50;
  for (let g = 0; g < 25; g++) {
    if (kind === 'kinesis') b.node(`stream${g}`, 'kinesis-stream', { shardCount: 2, traffic: { recordsPerSecond: perSource, poisonRecordRate: 1e-5, pattern: 'diurnal' } })
      .node(`enrich${g}`, 'lambda-function', { durationMsPerInvocation: 40, durationMsPerRecord: 1, errorRate: 0.001 })
      .node(`delivery${g}`, 'firehose', { bufferIntervalSeconds: 60 })
      .node(`lake${g}`, 's3-bucket')
      .edge(`stream${g}`, `enrich${g}`, { batchSize: 100, maxRetryAttempts: 3, bisectOnError: true })
      .edge(`enrich${g}`, `delivery${g}`)
      .edge(`delivery${g}`, `lake${g}`);
    if (kind === 'sqs') b.node(`orders${g}`, 'sqs-queue', { traffic: { recordsPerSecond: perSource, pattern: 'spike' } })
      .node(`archive${g}`, 'lambda-function', { durationMsPerInvocation: 30, durationMsPerRecord: 2 })
      .node(`table${g}`, 'dynamodb-table')
      .node(`x${g}`, 'dynamodb-table')
      .edge(`orders${g}`, `archive${g}`, { batchSize: 10 })
      .edge(`archive${g}`, `table${g}`);
    if (kind === 's3') b.node(`uploads${g}`, 's3-bucket', { traffic: { recordsPerSecond: perSource } })
      .node(`index${g}`, 'lambda-function', { durationMsPerInvocation: 20, durationMsPerRecord: 0 })
      .node(`search${g}`, 'opensearch-domain')
      .node(`x${g}`, 'opensearch-domain')
      .edge(`uploads${g}`, `index${g}`)
      .edge(`index${g}`, `search${g}`);
  }
  return b.build();
}
for (const k of (process.env.K ?? 'kinesis,sqs,s3').split(',')) {
  const p = make(k);
  simulate(p, { seconds: 3600, stepSeconds: 1, seed: 1 });
  const t = performance.now();
  simulate(p, { seconds: 86400, stepSeconds: 1, seed: 1 });
  console.log(k, p.nodes.length, 'nodes', (performance.now() - t).toFixed(0), 'ms');
}
