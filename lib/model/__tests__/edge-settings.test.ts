import { describe, expect, it } from 'vitest';
import { applicableEdgeFields, edgeSettingDefaults, eventSourceMappingSettings, inapplicableEdgeFields, PipelineBuilder, pipelineJsonSchemaFor } from '..';

describe('edge settings per connection kind', () => {
  it('says which settings apply to each kind of connection', () => {
    expect(applicableEdgeFields({ source: 'sqs-queue', target: 'lambda-function', meaning: 'event-source-mapping' })).toEqual([
      'batchSize',
      'batchingWindowSeconds',
      'reportBatchItemFailures',
      'maxConcurrency',
    ]);
    expect(applicableEdgeFields({ source: 's3-bucket', target: 'lambda-function', meaning: 'push' })).toEqual(['filterPrefix', 'filterSuffix']);
    // A function writing into S3: the write prefix, and the bucket may be its failure destination.
    expect(applicableEdgeFields({ source: 'lambda-function', target: 's3-bucket', meaning: 'writes' })).toEqual(['role', 'writePrefix']);
    expect(applicableEdgeFields({ source: 'schedule', target: 'lambda-function', meaning: 'trigger' })).toEqual([]);
    // Firehose's Lambda processor: its buffer and retries (https://docs.aws.amazon.com/firehose/latest/APIReference/API_ProcessorParameter.html).
    expect(applicableEdgeFields({ source: 'firehose', target: 'lambda-function', meaning: 'transform' })).toEqual(['processorBufferSizeMb', 'processorBufferIntervalSeconds', 'processorRetries']);
    expect(edgeSettingDefaults({ source: 'firehose', target: 'lambda-function', meaning: 'transform' })).toEqual({ processorBufferSizeMb: 1, processorBufferIntervalSeconds: 60, processorRetries: 3 });
  });

  it('holds AWS defaults that the mapping settings use: 100 records from a stream, 10 from a queue', () => {
    // https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html (BatchSize defaults)
    expect(edgeSettingDefaults({ source: 'kinesis-stream', target: 'lambda-function', meaning: 'event-source-mapping' })).toMatchObject({ batchSize: 100, parallelizationFactor: 1, maxRetryAttempts: -1 });
    expect(eventSourceMappingSettings('sqs-queue', { role: 'data' }).batchSize).toBe(10);
    expect(eventSourceMappingSettings('kinesis-stream', { role: 'data' }).batchSize).toBe(100);
  });

  it('finds settings written where they do nothing, never the default role', () => {
    const ends = { source: 's3-bucket', target: 'sqs-queue', meaning: 'push' } as const;
    expect(inapplicableEdgeFields(ends, { role: 'data', batchSize: 5, filterPrefix: 'in/' })).toEqual(['batchSize']);
  });

  it("gives the editor each edge's own settings: what applies is suggested, the rest is not", () => {
    const p = new PipelineBuilder('p')
      .node('up', 's3-bucket')
      .node('q', 'sqs-queue')
      .node('f', 'lambda-function')
      .edge('up', 'f', {}, 'up-f')
      .edge('q', 'f', {}, 'q-f')
      .build();
    const schema = pipelineJsonSchemaFor(p) as { properties: { edges: { prefixItems: { properties: { config: { properties: Record<string, Record<string, unknown>> } } }[] } } };
    const [s3, queue] = schema.properties.edges.prefixItems.map((i) => i.properties.config.properties);
    expect(s3.filterPrefix.doNotSuggest).toBeUndefined();
    expect(s3.batchSize.doNotSuggest).toBe(true);
    expect(queue.batchSize).toMatchObject({ default: 10 });
    expect(queue.parallelizationFactor.doNotSuggest).toBe(true);
  });
});
