import { checkConnection, type EdgeConfig, type KindId } from '../model';
import type { MappedNode } from './map-resources';
import { isObj, referencedIds, target, type Obj, type Reader } from './values';

export interface InferredEdge {
  source: string; // logical ids
  target: string;
  config: Partial<EdgeConfig>;
  /** The resource that carries the edge when it is neither end (a mapping, a subscription, a trigger). */
  via?: string;
  /** Read from a SAM event or policy: no resource of its own to write back. */
  sam?: boolean;
}

type Resources = Record<string, { Type: string; Properties?: Obj }>;

const WRITE_VERB = /:(Put|Send|Publish|BatchWrite|Update|Write|Create|Execute|Activate)/;
const READ_VERB = /:(Get|List|Scan|Query|Describe|BatchGet|Receive)/;

/** Edges a foreign template implies, from mappings, notifications, subscriptions, targets and role policies. */
export function inferEdges(resources: Resources, nodes: Map<string, MappedNode>, read: Reader, samEdges: { source: string; target: string; config?: Obj }[] = []): InferredEdge[] {
  const edges: InferredEdge[] = [];
  let current: string | undefined; // the resource being read
  const kindOf = (id: string | undefined): KindId | undefined => (id ? nodes.get(id)?.kind : undefined);
  const bucketTexts = new Map<string, string>();
  for (const [id, n] of nodes) {
    if (n.kind !== 's3-bucket') continue;
    const name = resources[id].Properties?.BucketName;
    const text = typeof name === 'string' ? name : isObj(name) && typeof name['Fn::Sub'] === 'string' ? name['Fn::Sub'] : undefined;
    if (text) bucketTexts.set(text, id);
  }
  /** The node a value names: a reference, or a bucket by its name or ARN text. */
  const resolve = (value: unknown): string | undefined => {
    const direct = target(value);
    if (direct && nodes.has(direct)) return direct;
    // An enhanced fan-out consumer reads its stream: the edge is the stream's.
    if (direct && resources[direct]?.Type === 'AWS::Kinesis::StreamConsumer') return resolve(resources[direct].Properties?.StreamARN);
    // A function alias or version invokes its function: the edge is the function's.
    if (direct && (resources[direct]?.Type === 'AWS::Lambda::Alias' || resources[direct]?.Type === 'AWS::Lambda::Version')) return resolve(resources[direct].Properties?.FunctionName);
    const text = typeof value === 'string' ? value : isObj(value) && typeof value['Fn::Sub'] === 'string' ? value['Fn::Sub'] : undefined;
    if (text) {
      for (const [name, id] of bucketTexts) if (text.includes(name)) return id;
    }
    const ids = referencedIds(value).filter((id) => nodes.has(id));
    return ids.length === 1 ? ids[0] : undefined;
  };
  const add = (source: string | undefined, tgt: string | undefined, config: Partial<EdgeConfig> = {}) => {
    if (!source || !tgt) return;
    const s = kindOf(source);
    const t = kindOf(tgt);
    if (!s || !t || !checkConnection(s, t, config.role ?? 'data').ok) return;
    // One edge per pair: a role that sends to an on-failure queue does not also make a "writes" edge.
    if (edges.some((e) => e.source === source && e.target === tgt)) return;
    edges.push({ source, target: tgt, config, ...(current && current !== source && current !== tgt ? { via: current } : {}) });
  };
  const num = (v: unknown, path: string) => {
    const n = read.number(v, path);
    return typeof n === 'number' ? n : undefined;
  };

  for (const [id, r] of Object.entries(resources)) {
    const p = r.Properties ?? {};
    const at = `Resources.${id}.Properties`;
    current = id;
    switch (r.Type) {
      case 'AWS::Lambda::EventSourceMapping': {
        const fn = resolve(p.FunctionName);
        const config: Partial<EdgeConfig> = {};
        const set = <K extends keyof EdgeConfig>(k: K, v: EdgeConfig[K] | undefined) => v !== undefined && (config[k] = v);
        set('batchSize', num(p.BatchSize, `${at}.BatchSize`));
        set('batchingWindowSeconds', num(p.MaximumBatchingWindowInSeconds, `${at}.MaximumBatchingWindowInSeconds`));
        set('parallelizationFactor', num(p.ParallelizationFactor, `${at}.ParallelizationFactor`));
        if (typeof p.StartingPosition === 'string') set('startingPosition', p.StartingPosition as EdgeConfig['startingPosition']);
        set('startingPositionTimestamp', num(p.StartingPositionTimestamp, `${at}.StartingPositionTimestamp`));
        set('maxRetryAttempts', num(p.MaximumRetryAttempts, `${at}.MaximumRetryAttempts`));
        set('maxRecordAgeSeconds', num(p.MaximumRecordAgeInSeconds, `${at}.MaximumRecordAgeInSeconds`));
        if (typeof p.BisectBatchOnFunctionError === 'boolean') set('bisectOnError', p.BisectBatchOnFunctionError);
        if (Array.isArray(p.FunctionResponseTypes)) set('reportBatchItemFailures', p.FunctionResponseTypes.includes('ReportBatchItemFailures'));
        if (isObj(p.ScalingConfig)) set('maxConcurrency', num(p.ScalingConfig.MaximumConcurrency, `${at}.ScalingConfig.MaximumConcurrency`));
        // An enhanced fan-out mapping names a stream consumer; the edge is from that consumer's stream.
        const consumer = target(p.EventSourceArn);
        const consumerResource = consumer ? resources[consumer] : undefined;
        if (consumerResource?.Type === 'AWS::Kinesis::StreamConsumer') {
          config.enhancedFanOut = true;
          add(resolve(consumerResource.Properties?.StreamARN), fn, config);
        } else add(resolve(p.EventSourceArn), fn, config);
        const dest = isObj(p.DestinationConfig) && isObj(p.DestinationConfig.OnFailure) ? p.DestinationConfig.OnFailure.Destination : undefined;
        add(fn, resolve(dest), { role: 'on-failure' });
        break;
      }
      case 'AWS::Lambda::EventInvokeConfig': {
        const dest = isObj(p.DestinationConfig) && isObj(p.DestinationConfig.OnFailure) ? p.DestinationConfig.OnFailure.Destination : undefined;
        add(resolve(p.FunctionName), resolve(dest), { role: 'on-failure' });
        break;
      }
      case 'AWS::S3::Bucket': {
        const n = isObj(p.NotificationConfiguration) ? p.NotificationConfiguration : {};
        for (const [list, key] of [['LambdaConfigurations', 'Function'], ['QueueConfigurations', 'Queue'], ['TopicConfigurations', 'Topic']] as const) {
          for (const c of Array.isArray(n[list]) ? n[list].filter(isObj) : []) {
            const rules = isObj(c.Filter) && isObj(c.Filter.S3Key) && Array.isArray(c.Filter.S3Key.Rules) ? c.Filter.S3Key.Rules.filter(isObj) : [];
            const config: Partial<EdgeConfig> = {};
            for (const rule of rules) {
              if (String(rule.Name).toLowerCase() === 'prefix' && typeof rule.Value === 'string') config.filterPrefix = rule.Value;
              if (String(rule.Name).toLowerCase() === 'suffix' && typeof rule.Value === 'string') config.filterSuffix = rule.Value;
            }
            add(id, resolve(c[key]), config);
          }
        }
        break;
      }
      case 'AWS::SNS::Subscription':
        add(resolve(p.TopicArn), resolve(p.Endpoint));
        break;
      case 'AWS::SNS::Topic':
        for (const s of Array.isArray(p.Subscription) ? p.Subscription.filter(isObj) : []) add(id, resolve(s.Endpoint));
        break;
      case 'AWS::SQS::Queue':
        if (isObj(p.RedrivePolicy)) add(id, resolve(p.RedrivePolicy.deadLetterTargetArn));
        break;
      case 'AWS::Scheduler::Schedule':
        if (isObj(p.Target)) add(id, resolve(p.Target.Arn));
        break;
      case 'AWS::Events::Rule':
        for (const t of Array.isArray(p.Targets) ? p.Targets.filter(isObj) : []) add(id, resolve(t.Arn));
        break;
      case 'AWS::IoT::TopicRule': {
        const actions = isObj(p.TopicRulePayload) && Array.isArray(p.TopicRulePayload.Actions) ? p.TopicRulePayload.Actions.filter(isObj) : [];
        // DynamoDB (v1) names the table directly; DynamoDBv2 under PutItem.
        for (const a of actions) for (const v of Object.values(a)) if (isObj(v)) add(id, resolve(v.FunctionArn ?? v.StreamName ?? v.DeliveryStreamName ?? (isObj(v.PutItem) ? v.PutItem.TableName : undefined) ?? v.TableName ?? v.QueueUrl ?? v.TargetArn ?? v.BucketName));
        break;
      }
      case 'AWS::Glue::Crawler': {
        const t = isObj(p.Targets) ? p.Targets : {};
        for (const list of ['S3Targets', 'DynamoDBTargets', 'JdbcTargets']) for (const x of Array.isArray(t[list]) ? t[list].filter(isObj) : []) add(resolve(x.Path), id);
        add(id, resolve(p.DatabaseName) ?? [...nodes.values()].find((n) => n.kind === 'glue-database' && n.config.databaseName === p.DatabaseName)?.logicalId);
        break;
      }
      case 'AWS::Glue::Trigger': {
        const actions = Array.isArray(p.Actions) ? p.Actions.filter(isObj).map((a) => resolve(a.JobName ?? a.CrawlerName)) : [];
        const conditions = isObj(p.Predicate) && Array.isArray(p.Predicate.Conditions) ? p.Predicate.Conditions.filter(isObj).map((c) => resolve(c.JobName ?? c.CrawlerName)) : [];
        for (const c of conditions) for (const a of actions) add(c, a);
        break;
      }
      case 'AWS::KinesisFirehose::DeliveryStream': {
        if (isObj(p.KinesisStreamSourceConfiguration)) add(resolve(p.KinesisStreamSourceConfiguration.KinesisStreamARN), id);
        const ext = isObj(p.ExtendedS3DestinationConfiguration) ? p.ExtendedS3DestinationConfiguration : isObj(p.S3DestinationConfiguration) ? p.S3DestinationConfiguration : undefined;
        if (ext) add(id, resolve(ext.BucketARN));
        if (isObj(p.AmazonopensearchserviceDestinationConfiguration)) add(id, resolve(p.AmazonopensearchserviceDestinationConfiguration.DomainARN));
        if (isObj(p.RedshiftDestinationConfiguration)) add(id, resolve(p.RedshiftDestinationConfiguration.ClusterJDBCURL));
        // A Lambda processor of any destination: ProcessingConfiguration.Processors[].Parameters LambdaArn.
        for (const [key, dest] of Object.entries(p)) {
          if (!key.endsWith('DestinationConfiguration') || !isObj(dest) || !isObj(dest.ProcessingConfiguration) || dest.ProcessingConfiguration.Enabled === false) continue;
          for (const proc of Array.isArray(dest.ProcessingConfiguration.Processors) ? dest.ProcessingConfiguration.Processors.filter(isObj) : []) {
            if (proc.Type !== 'Lambda') continue;
            const params = Array.isArray(proc.Parameters) ? proc.Parameters.filter(isObj) : [];
            const param = (name: string) => params.find((x) => x.ParameterName === name)?.ParameterValue;
            // The values are text in the template ("2"), read as CloudFormation reads them.
            const config: Partial<EdgeConfig> = {};
            const size = num(param('BufferSizeInMBs'), `${at}.${key}.ProcessingConfiguration`);
            const interval = num(param('BufferIntervalInSeconds'), `${at}.${key}.ProcessingConfiguration`);
            const retries = num(param('NumberOfRetries'), `${at}.${key}.ProcessingConfiguration`);
            if (size !== undefined) config.processorBufferSizeMb = size;
            if (interval !== undefined) config.processorBufferIntervalSeconds = interval;
            if (retries !== undefined) config.processorRetries = retries;
            add(id, resolve(param('LambdaArn')), config);
          }
        }
        break;
      }
      case 'AWS::ApiGatewayV2::Integration':
        add(resolve(p.ApiId), resolve(p.IntegrationUri ?? (isObj(p.RequestParameters) ? (p.RequestParameters.QueueUrl ?? p.RequestParameters.StreamName) : undefined)));
        break;
      case 'AWS::ApiGateway::Method':
        if (isObj(p.Integration)) add(resolve(p.RestApiId), resolve(p.Integration.Uri) ?? resolve(p.Integration.RequestTemplates));
        break;
      case 'AWS::Athena::WorkGroup': {
        const wg = isObj(p.WorkGroupConfiguration) && isObj(p.WorkGroupConfiguration.ResultConfiguration) ? p.WorkGroupConfiguration.ResultConfiguration : undefined;
        if (wg) add(id, resolve(wg.OutputLocation));
        break;
      }
    }
  }
  current = undefined;
  inferFromRoles(resources, nodes, resolve, add);
  for (const e of samEdges) {
    const before = edges.length;
    add(e.source, e.target, (e.config ?? {}) as Partial<EdgeConfig>);
    if (edges.length > before) edges[edges.length - 1].sam = true;
  }
  return edges;
}

/** A function's or job's role says what it writes (and a job's, what it reads). */
function inferFromRoles(resources: Resources, nodes: Map<string, MappedNode>, resolve: (v: unknown) => string | undefined, add: (s: string | undefined, t: string | undefined, c?: Partial<EdgeConfig>) => void): void {
  const statementsOf = (roleId: string): Obj[] => {
    const out: Obj[] = [];
    const docs: unknown[] = [];
    const role = resources[roleId];
    if (role?.Type !== 'AWS::IAM::Role') return out;
    for (const p of Array.isArray(role.Properties?.Policies) ? role.Properties.Policies.filter(isObj) : []) docs.push(p.PolicyDocument);
    for (const r of Object.values(resources)) if (r.Type === 'AWS::IAM::Policy' && referencedIds(r.Properties?.Roles).includes(roleId)) docs.push(r.Properties?.PolicyDocument);
    for (const d of docs) if (isObj(d)) for (const s of Array.isArray(d.Statement) ? d.Statement : [d.Statement]) if (isObj(s) && s.Effect !== 'Deny') out.push(s);
    return out;
  };
  for (const [id, n] of nodes) {
    if (n.kind !== 'lambda-function' && n.kind !== 'glue-job' && n.kind !== 'redshift-cluster') continue;
    const p = resources[id].Properties ?? {};
    const roleId = target(n.kind === 'redshift-cluster' ? p.IamRoles : p.Role);
    if (!roleId) continue;
    for (const s of statementsOf(roleId)) {
      const actions = (Array.isArray(s.Action) ? s.Action : [s.Action]).map(String);
      for (const r of Array.isArray(s.Resource) ? s.Resource : [s.Resource]) {
        const other = resolve(r);
        if (!other || other === id) continue;
        if (actions.some((a) => WRITE_VERB.test(a))) add(id, other);
        if (n.kind !== 'lambda-function' && actions.some((a) => READ_VERB.test(a))) add(other, id);
      }
    }
  }
}
