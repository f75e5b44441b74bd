import { parsePipeline, type Pipeline, problemToString } from '../../model';
import { applyFixAction, validatePipeline } from '../index';
import type { Finding } from '../types';

type Json = Record<string, unknown>;
export interface RawDoc {
  format: string;
  version: number;
  name: string;
  nodes: { id: string; kind: string; name: string; position?: { x: number; y: number }; config: Json }[];
  edges: { id: string; source: string; target: string; config: Json }[];
  suppressions: Json[];
}

const n = (id: string, kind: string, config: Json = {}, x = 0, y = 0) => ({ id, kind, name: id, position: { x, y }, config });
const e = (id: string, source: string, target: string, config: Json = {}) => ({ id, source, target, config });

/**
 * A well-designed pipeline that touches most kinds and produces no finding at all.
 * Rule tests patch one thing in it and assert exactly what that one thing reports.
 */
export function baseDocument(): RawDoc {
  return {
    format: 'sluice.pipeline',
    version: 1,
    name: 'good-base',
    nodes: [
      n('clicks', 'kinesis-stream', { shardCount: 2, retentionHours: 24, traffic: { recordsPerSecond: 1000, avgRecordBytes: 800 } }, 0, 0),
      n('enrich', 'lambda-function', { runtime: 'nodejs22.x', timeoutSeconds: 60, durationMsPerInvocation: 40, durationMsPerRecord: 1 }, 250, 0),
      n('search', 'opensearch-domain', {}, 500, 0),
      n('enrich-failures', 'sqs-queue', { retentionSeconds: 1209600 }, 250, 140),
      n('orders', 'sqs-queue', { visibilityTimeoutSeconds: 180, traffic: { recordsPerSecond: 100, avgRecordBytes: 2000 } }, 0, 300),
      n('orders-dlq', 'sqs-queue', { retentionSeconds: 1209600 }, 0, 440),
      n('archive', 'lambda-function', { runtime: 'python3.13', timeoutSeconds: 30 }, 250, 300),
      n('lake', 's3-bucket', { partitionKeys: ['year', 'month', 'day'] }, 500, 300),
      n('lake-crawler', 'glue-crawler', { schedule: 'cron(0 2 * * ? *)' }, 750, 300),
      n('analytics', 'glue-database', { databaseName: 'analytics' }, 1000, 300),
      n('athena', 'athena-workgroup', {}, 1250, 300),
      n('athena-results', 's3-bucket', { expireAfterDays: 30 }, 1500, 300),
      n('nightly', 'schedule', { expression: 'cron(0 3 * * ? *)' }, 1000, 450),
      n('load-orders', 'glue-job', { encryptionAtRest: true, encryptionInTransit: true }, 1250, 450),
      n('warehouse', 'redshift-cluster', {}, 1500, 450),
      n('uploads', 's3-bucket', { traffic: { recordsPerSecond: 10, avgRecordBytes: 500000 } }, 0, 600),
      n('index-upload', 'lambda-function', { runtime: 'python3.13', timeoutSeconds: 30 }, 250, 600),
      n('upload-failures', 'sqs-queue', { retentionSeconds: 1209600 }, 250, 740),
      n('file-index', 'dynamodb-table', { streamEnabled: true }, 500, 600),
      n('audit', 'lambda-function', { runtime: 'nodejs22.x', timeoutSeconds: 30 }, 750, 600),
      n('api', 'api-gateway', { traffic: { recordsPerSecond: 50, avgRecordBytes: 2000 } }, 0, 900),
      n('api-handler', 'lambda-function', { runtime: 'nodejs22.x', timeoutSeconds: 10 }, 250, 900),
      n('telemetry', 'iot-rule', { traffic: { recordsPerSecond: 200, avgRecordBytes: 600 } }, 0, 1050),
      n('delivery', 'firehose', { bufferSizeMb: 64, bufferIntervalSeconds: 300 }, 250, 1050),
      // Spark with Hive: work a Glue job cannot take over, so the cluster is the right tool (emr-glue-alternative).
      n('spark', 'emr-cluster', { applications: ['Spark', 'Hive'] }, 1250, 150),
    ],
    edges: [
      e('clicks-to-enrich', 'clicks', 'enrich', { batchSize: 100, startingPosition: 'LATEST', maxRetryAttempts: 3, bisectOnError: true, maxRecordAgeSeconds: 3600 }),
      e('enrich-to-search', 'enrich', 'search'),
      e('enrich-failures', 'enrich', 'enrich-failures', { role: 'on-failure' }),
      e('orders-to-archive', 'orders', 'archive', { batchSize: 10 }),
      e('orders-dead-letter', 'orders', 'orders-dlq'),
      e('archive-to-lake', 'archive', 'lake', { writePrefix: 'orders/' }),
      e('lake-crawled', 'lake', 'lake-crawler'),
      e('crawler-populates', 'lake-crawler', 'analytics'),
      e('analytics-to-athena', 'analytics', 'athena'),
      e('athena-results', 'athena', 'athena-results'),
      e('nightly-starts-load', 'nightly', 'load-orders'),
      e('analytics-to-load', 'analytics', 'load-orders'),
      e('load-to-warehouse', 'load-orders', 'warehouse'),
      e('analytics-to-spark', 'analytics', 'spark'),
      e('spark-to-lake', 'spark', 'lake'),
      e('uploads-to-index', 'uploads', 'index-upload', { filterPrefix: 'incoming/' }),
      e('index-to-file-index', 'index-upload', 'file-index'),
      e('index-failures', 'index-upload', 'upload-failures', { role: 'on-failure' }),
      e('file-index-to-audit', 'file-index', 'audit', { startingPosition: 'TRIM_HORIZON', maxRetryAttempts: 5, bisectOnError: true }),
      e('audit-failures', 'audit', 'upload-failures', { role: 'on-failure' }),
      e('api-to-handler', 'api', 'api-handler'),
      e('handler-to-file-index', 'api-handler', 'file-index'),
      e('telemetry-to-delivery', 'telemetry', 'delivery'),
      e('delivery-to-lake', 'delivery', 'lake'),
    ],
    suppressions: [],
  };
}

export function parseDocument(doc: RawDoc): Pipeline {
  const result = parsePipeline(doc);
  if (!result.ok) throw new Error(`test document is invalid:\n${result.problems.map(problemToString).join('\n')}`);
  return result.pipeline;
}

/** The base pipeline with a patch applied to a fresh copy of its document. */
export function patched(patch: (doc: RawDoc) => void): Pipeline {
  const doc = baseDocument();
  patch(doc);
  return parseDocument(doc);
}

/** The config object of a node or edge in a raw document, for patches. */
export function nodeConfig(doc: RawDoc, id: string): Json {
  const node = doc.nodes.find((x) => x.id === id);
  if (!node) throw new Error(`no node ${id} in the base pipeline`);
  return node.config;
}
export function edgeConfig(doc: RawDoc, id: string): Json {
  const edge = doc.edges.find((x) => x.id === id);
  if (!edge) throw new Error(`no edge ${id} in the base pipeline`);
  return edge.config;
}
export function addNode(doc: RawDoc, id: string, kind: string, config: Json = {}): void {
  doc.nodes.push(n(id, kind, config, 2000, doc.nodes.length * 10));
}
export function addEdge(doc: RawDoc, id: string, source: string, target: string, config: Json = {}): void {
  doc.edges.push(e(id, source, target, config));
}
export function removeEdge(doc: RawDoc, id: string): void {
  doc.edges = doc.edges.filter((x) => x.id !== id);
}

/** What a test asserts about a finding: exact rule, place, field, severity and message. */
export interface FindingSummary {
  rule: string;
  severity: Finding['severity'];
  nodeId?: string;
  edgeId?: string;
  field?: string;
  message: string;
}

export function summarize(f: Finding): FindingSummary {
  return {
    rule: f.rule,
    severity: f.severity,
    ...(f.nodeId === undefined ? {} : { nodeId: f.nodeId }),
    ...(f.edgeId === undefined ? {} : { edgeId: f.edgeId }),
    ...(f.field === undefined ? {} : { field: f.field }),
    message: f.message,
  };
}

/** The day rule tests check for, so date-dependent rules (runtime deprecation) give the same answer every day. */
export const TEST_TODAY = '2026-12-06';

/** The full findings of one rule after validating the whole pipeline. */
export function findingsOf(pipeline: Pipeline, rule: string, today: string = TEST_TODAY): Finding[] {
  return validatePipeline(pipeline, { today }).findings.filter((f) => f.rule === rule);
}

/** The summaries of one rule's findings, for exact assertions. */
export function check(pipeline: Pipeline, rule: string, today: string = TEST_TODAY): FindingSummary[] {
  return findingsOf(pipeline, rule, today).map(summarize);
}

/** Apply the first finding's fix action and return the rule's findings afterwards (expected: none at that place). */
export function afterFix(pipeline: Pipeline, rule: string, today: string = TEST_TODAY): { applied: Pipeline; remaining: Finding[] } {
  const finding = findingsOf(pipeline, rule, today).find((f) => f.action);
  if (!finding?.action) throw new Error(`no ${rule} finding with an action`);
  const applied = applyFixAction(pipeline, finding.action);
  const remaining = findingsOf(applied, rule, today).filter((f) => f.nodeId === finding.nodeId && f.edgeId === finding.edgeId);
  return { applied, remaining };
}
