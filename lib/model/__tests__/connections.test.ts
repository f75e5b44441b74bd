import { describe, expect, it } from 'vitest';
import { allowedTargets, checkConnection, CONNECTION_TABLE, KIND_IDS } from '..';

describe('the connection table', () => {
  it.each([
    ['kinesis-stream', 'lambda-function', 'event-source-mapping'],
    ['dynamodb-table', 'lambda-function', 'event-source-mapping'],
    ['sqs-queue', 'lambda-function', 'event-source-mapping'],
    ['s3-bucket', 'lambda-function', 'push'],
    ['sns-topic', 'lambda-function', 'push'],
    ['iot-rule', 'lambda-function', 'push'],
    ['api-gateway', 'lambda-function', 'push'],
    ['schedule', 'lambda-function', 'trigger'],
    ['schedule', 'glue-job', 'trigger'],
    ['schedule', 'glue-crawler', 'trigger'],
    ['lambda-function', 'opensearch-domain', 'writes'],
    ['lambda-function', 'redshift-cluster', 'writes'],
    ['lambda-function', 's3-bucket', 'writes'],
    ['lambda-function', 'dynamodb-table', 'writes'],
    ['lambda-function', 'sqs-queue', 'writes'],
    ['lambda-function', 'sns-topic', 'writes'],
    ['lambda-function', 'kinesis-stream', 'writes'],
    ['lambda-function', 'firehose', 'writes'],
    ['lambda-function', 'data-pipeline', 'writes'],
    ['s3-bucket', 'glue-crawler', 'crawl-target'],
    ['dynamodb-table', 'glue-crawler', 'crawl-target'],
    ['rds-database', 'glue-crawler', 'crawl-target'],
    ['redshift-cluster', 'glue-crawler', 'crawl-target'],
    ['glue-crawler', 'glue-database', 'populates'],
    ['glue-database', 'glue-job', 'reads-catalog'],
    ['glue-database', 'athena-workgroup', 'reads-catalog'],
    ['glue-database', 'emr-cluster', 'reads-catalog'],
    ['glue-database', 'redshift-cluster', 'reads-catalog'],
    ['glue-job', 's3-bucket', 'writes'],
    ['glue-job', 'redshift-cluster', 'writes'],
    ['kinesis-stream', 'firehose', 'delivers'],
    ['firehose', 's3-bucket', 'delivers'],
    ['firehose', 'redshift-cluster', 'delivers'],
    ['firehose', 'opensearch-domain', 'delivers'],
    ['sqs-queue', 'sqs-queue', 'dead-letter'],
  ] as const)('%s → %s means %s', (source, target, meaning) => {
    const check = checkConnection(source, target);
    expect(check.ok && check.connection.meaning).toBe(meaning);
  });

  it('refuses a pair with no meaning, saying why', () => {
    expect(checkConnection('sns-topic', 'glue-crawler')).toEqual({
      ok: false,
      reason: 'SNS cannot be a Glue crawler target: crawlers read S3, JDBC databases and DynamoDB',
    });
    expect(checkConnection('opensearch-domain', 'lambda-function').ok).toBe(false);
    expect(checkConnection('lambda-function', 'schedule').ok).toBe(false);
  });

  it('knows on-failure destinations', () => {
    expect(checkConnection('lambda-function', 'sqs-queue', 'on-failure')).toEqual({ ok: true, connection: { meaning: 'on-failure', verb: 'sends failures to' } });
    expect(checkConnection('lambda-function', 'redshift-cluster', 'on-failure').ok).toBe(false);
    expect(checkConnection('kinesis-stream', 'sqs-queue', 'on-failure').ok).toBe(false);
  });

  it('every refusal has a reason and every kind appears in the table', () => {
    const seen = new Set(CONNECTION_TABLE.flatMap((r) => [...r.sources, ...r.targets]));
    expect([...seen].sort()).toEqual([...KIND_IDS].sort());
    for (const s of KIND_IDS) {
      for (const t of KIND_IDS) {
        const check = checkConnection(s, t);
        if (!check.ok) expect(check.reason).toMatch(/cannot be/);
        expect(check.ok).toBe(allowedTargets(s).includes(t));
      }
    }
  });
});
