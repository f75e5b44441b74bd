import type { KindId } from '../model';
import { isObj, type Obj, type Reader } from './values';

export interface MappedNode {
  logicalId: string;
  kind: KindId;
  name: string;
  config: Obj;
  /** config field -> the template path it came from, to report problems where the user can fix them. */
  sources: Record<string, string>;
}

/** Resource types that become nodes. */
export const NODE_TYPES: Record<string, KindId> = {
  'AWS::S3::Bucket': 's3-bucket',
  'AWS::Kinesis::Stream': 'kinesis-stream',
  'AWS::DynamoDB::Table': 'dynamodb-table',
  'AWS::SNS::Topic': 'sns-topic',
  'AWS::SQS::Queue': 'sqs-queue',
  'AWS::IoT::TopicRule': 'iot-rule',
  'AWS::Events::Rule': 'schedule',
  'AWS::Scheduler::Schedule': 'schedule',
  'AWS::ApiGatewayV2::Api': 'api-gateway',
  'AWS::ApiGateway::RestApi': 'api-gateway',
  'AWS::RDS::DBInstance': 'rds-database',
  'AWS::RDS::DBCluster': 'rds-database',
  'AWS::Lambda::Function': 'lambda-function',
  'AWS::Glue::Crawler': 'glue-crawler',
  'AWS::Glue::Database': 'glue-database',
  'AWS::Glue::Job': 'glue-job',
  'AWS::EMR::Cluster': 'emr-cluster',
  'AWS::EMRServerless::Application': 'emr-cluster',
  'AWS::KinesisFirehose::DeliveryStream': 'firehose',
  'AWS::OpenSearchService::Domain': 'opensearch-domain',
  'AWS::Elasticsearch::Domain': 'opensearch-domain',
  'AWS::Redshift::Cluster': 'redshift-cluster',
  'AWS::Athena::WorkGroup': 'athena-workgroup',
  'AWS::DataPipeline::Pipeline': 'data-pipeline',
};

/** Types that Sluice understands as part of a node or an edge: read, not listed as unknown. */
export const ABSORBED_TYPES = new Set([
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::InstanceProfile',
  'AWS::Lambda::Permission',
  'AWS::Lambda::EventSourceMapping',
  'AWS::Kinesis::StreamConsumer',
  'AWS::Lambda::EventInvokeConfig',
  'AWS::Logs::LogGroup',
  'AWS::SNS::Subscription',
  'AWS::SNS::TopicPolicy',
  'AWS::SQS::QueuePolicy',
  'AWS::S3::BucketPolicy',
  'AWS::Glue::Trigger',
  'AWS::Glue::SecurityConfiguration',
  'AWS::ApiGatewayV2::Integration',
  'AWS::ApiGatewayV2::Route',
  'AWS::ApiGatewayV2::Stage',
  'AWS::ApiGateway::Resource',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Deployment',
  'AWS::ApiGateway::Stage',
]);

type Setter = (field: string, value: unknown, path: string) => void;

/** The node a foreign resource describes, from its properties. Undefined: not a node after all. */
export function mapResource(logicalId: string, type: string, p: Obj, read: Reader): MappedNode | undefined {
  const kind = NODE_TYPES[type];
  if (!kind) return undefined;
  const base = `Resources.${logicalId}.Properties`;
  const config: Obj = {};
  const sources: Record<string, string> = {};
  const set: Setter = (field, value, path) => {
    if (value === undefined) return;
    const parts = field.split('.');
    let o = config;
    for (const part of parts.slice(0, -1)) o = (o[part] ??= {}) as Obj;
    o[parts[parts.length - 1]] = value;
    sources[parts[0]] = path;
  };
  const num = (field: string, prop: string, from: Obj = p, at = base) => set(field, read.number(from[prop], `${at}.${prop}`), `${at}.${prop}`);
  const str = (field: string, prop: string, from: Obj = p, at = base) => set(field, read.string(from[prop], `${at}.${prop}`), `${at}.${prop}`);
  const bool = (field: string, prop: string, from: Obj = p, at = base) => set(field, read.boolean(from[prop], `${at}.${prop}`), `${at}.${prop}`);
  const nameProp = ['FunctionName', 'QueueName', 'TopicName', 'TableName', 'Name', 'RuleName', 'DeliveryStreamName', 'DomainName', 'ClusterIdentifier', 'DBInstanceIdentifier', 'DBClusterIdentifier', 'BucketName'].find((k) => typeof p[k] === 'string');
  // A description is not a name (it may be 140 characters of prose): the resource keeps it, the node shows the logical id.
  const name = (nameProp ? (p[nameProp] as string) : undefined) ?? logicalId;

  switch (kind) {
    case 's3-bucket': {
      const versioning = isObj(p.VersioningConfiguration) ? p.VersioningConfiguration : undefined;
      if (versioning) set('versioned', read.string(versioning.Status, `${base}.VersioningConfiguration.Status`) === 'Enabled', `${base}.VersioningConfiguration`);
      const rules = isObj(p.LifecycleConfiguration) && Array.isArray(p.LifecycleConfiguration.Rules) ? p.LifecycleConfiguration.Rules : [];
      const expiring = rules.find((r) => isObj(r) && r.ExpirationInDays !== undefined && r.Prefix === undefined && r.Filter === undefined);
      if (isObj(expiring)) num('expireAfterDays', 'ExpirationInDays', expiring, `${base}.LifecycleConfiguration.Rules[${rules.indexOf(expiring)}]`);
      break;
    }
    case 'kinesis-stream': {
      const mode = isObj(p.StreamModeDetails) ? read.string(p.StreamModeDetails.StreamMode, `${base}.StreamModeDetails.StreamMode`) : undefined;
      set('mode', mode === 'ON_DEMAND' ? 'on-demand' : 'provisioned', `${base}.StreamModeDetails`);
      num('shardCount', 'ShardCount');
      num('retentionHours', 'RetentionPeriodHours');
      num('maxRecordSizeKib', 'MaxRecordSizeInKiB');
      break;
    }
    case 'dynamodb-table': {
      const keys = Array.isArray(p.KeySchema) ? p.KeySchema.filter(isObj) : [];
      const hash = keys.find((k) => k.KeyType === 'HASH');
      const range = keys.find((k) => k.KeyType === 'RANGE');
      if (hash) set('partitionKey', read.string(hash.AttributeName, `${base}.KeySchema`), `${base}.KeySchema`);
      if (range) set('sortKey', read.string(range.AttributeName, `${base}.KeySchema`), `${base}.KeySchema`);
      str('billingMode', 'BillingMode');
      if (isObj(p.ProvisionedThroughput)) {
        num('readCapacityUnits', 'ReadCapacityUnits', p.ProvisionedThroughput, `${base}.ProvisionedThroughput`);
        num('writeCapacityUnits', 'WriteCapacityUnits', p.ProvisionedThroughput, `${base}.ProvisionedThroughput`);
      }
      if (isObj(p.StreamSpecification)) {
        set('streamEnabled', true, `${base}.StreamSpecification`);
        str('streamViewType', 'StreamViewType', p.StreamSpecification, `${base}.StreamSpecification`);
      }
      break;
    }
    case 'sns-topic':
      bool('fifo', 'FifoTopic');
      break;
    case 'sqs-queue':
      bool('fifo', 'FifoQueue');
      if (p.FifoThroughputLimit !== undefined) set('highThroughputFifo', read.string(p.FifoThroughputLimit, `${base}.FifoThroughputLimit`) === 'perMessageGroupId', `${base}.FifoThroughputLimit`);
      num('visibilityTimeoutSeconds', 'VisibilityTimeout');
      num('retentionSeconds', 'MessageRetentionPeriod');
      num('delaySeconds', 'DelaySeconds');
      if (isObj(p.RedrivePolicy)) num('maxReceiveCount', 'maxReceiveCount', p.RedrivePolicy, `${base}.RedrivePolicy`);
      break;
    case 'iot-rule':
      if (isObj(p.TopicRulePayload)) str('sql', 'Sql', p.TopicRulePayload, `${base}.TopicRulePayload`);
      break;
    case 'schedule':
      if (p.ScheduleExpression === undefined) return undefined; // an event-pattern rule is not a schedule
      str('expression', 'ScheduleExpression');
      if (p.State !== undefined) set('enabled', read.string(p.State, `${base}.State`) !== 'DISABLED', `${base}.State`);
      break;
    case 'api-gateway':
      set('apiType', type === 'AWS::ApiGateway::RestApi' ? 'rest' : 'http', `Resources.${logicalId}.Type`);
      break;
    case 'rds-database': {
      if (type === 'AWS::RDS::DBInstance' && p.DBClusterIdentifier !== undefined) return undefined; // a member of a cluster node
      str('engine', 'Engine');
      str('instanceClass', 'DBInstanceClass');
      num('allocatedStorageGb', 'AllocatedStorage');
      str('databaseName', type === 'AWS::RDS::DBCluster' ? 'DatabaseName' : 'DBName');
      break;
    }
    case 'lambda-function':
      str('runtime', 'Runtime');
      str('handler', 'Handler');
      num('memoryMb', 'MemorySize');
      num('timeoutSeconds', 'Timeout');
      if (isObj(p.EphemeralStorage)) num('ephemeralStorageMb', 'Size', p.EphemeralStorage, `${base}.EphemeralStorage`);
      num('reservedConcurrency', 'ReservedConcurrentExecutions');
      // A template cannot say how its subnets reach AWS services; a NAT gateway is the usual way.
      if (isObj(p.VpcConfig)) set('network', 'vpc-nat', `${base}.VpcConfig`);
      if (Array.isArray(p.Architectures) && p.Architectures.length > 0) set('architecture', read.string(p.Architectures[0], `${base}.Architectures.0`), `${base}.Architectures`);
      break;
    case 'glue-crawler':
      if (isObj(p.Schedule)) str('schedule', 'ScheduleExpression', p.Schedule, `${base}.Schedule`);
      str('tablePrefix', 'TablePrefix');
      if (isObj(p.RecrawlPolicy)) set('recrawlNewFoldersOnly', p.RecrawlPolicy.RecrawlBehavior === 'CRAWL_NEW_FOLDERS_ONLY', `${base}.RecrawlPolicy`);
      break;
    case 'glue-database':
      if (isObj(p.DatabaseInput)) str('databaseName', 'Name', p.DatabaseInput, `${base}.DatabaseInput`);
      break;
    case 'glue-job': {
      const command = isObj(p.Command) ? p.Command : {};
      str('jobType', 'Name', command, `${base}.Command`);
      const args = isObj(p.DefaultArguments) ? p.DefaultArguments : {};
      const script = typeof command.ScriptLocation === 'string' ? command.ScriptLocation : '';
      set('language', args['--job-language'] === 'scala' || script.endsWith('.scala') ? 'scala' : 'python', `${base}.DefaultArguments`);
      if (args['--job-bookmark-option'] !== undefined) set('jobBookmarks', args['--job-bookmark-option'] === 'job-bookmark-enable', `${base}.DefaultArguments`);
      const jobType = read.string(command.Name, `${base}.Command.Name`);
      if (jobType !== 'pythonshell' && jobType !== 'glueray') {
        str('glueVersion', 'GlueVersion');
        str('workerType', 'WorkerType');
        num('numberOfWorkers', 'NumberOfWorkers');
        if (p.ExecutionClass !== undefined) str('executionClass', 'ExecutionClass');
      }
      num('timeoutMinutes', 'Timeout');
      num('maxRetries', 'MaxRetries');
      if (p.SecurityConfiguration !== undefined) set('encryptionAtRest', true, `${base}.SecurityConfiguration`);
      break;
    }
    case 'emr-cluster':
      str('releaseLabel', 'ReleaseLabel');
      if (type === 'AWS::EMRServerless::Application') {
        set('deployment', 'serverless', `Resources.${logicalId}.Type`);
        set('applications', [read.string(p.Type, `${base}.Type`) === 'HIVE' ? 'Hive' : 'Spark'], `${base}.Type`);
      } else {
        if (Array.isArray(p.Applications)) set('applications', p.Applications.filter(isObj).map((a) => a.Name), `${base}.Applications`);
        const inst = isObj(p.Instances) ? p.Instances : {};
        const master = isObj(inst.MasterInstanceGroup) ? inst.MasterInstanceGroup : {};
        const core = isObj(inst.CoreInstanceGroup) ? inst.CoreInstanceGroup : {};
        str('instanceType', 'InstanceType', master, `${base}.Instances.MasterInstanceGroup`);
        const coreCount = read.number(core.InstanceCount, `${base}.Instances.CoreInstanceGroup.InstanceCount`);
        const primaryCount = read.number(master.InstanceCount, `${base}.Instances.MasterInstanceGroup.InstanceCount`);
        const primary = typeof primaryCount === 'number' ? primaryCount : 1;
        if (primary !== 1) set('highAvailability', primary === 3 ? true : primary, `${base}.Instances.MasterInstanceGroup.InstanceCount`);
        set('instanceCount', primary + (typeof coreCount === 'number' ? coreCount : 0), `${base}.Instances`);
        const tasks = Array.isArray(inst.TaskInstanceGroups) ? inst.TaskInstanceGroups.filter(isObj) : [];
        const taskCount = tasks.reduce((sum, g, i) => {
          const n = read.number(g.InstanceCount, `${base}.Instances.TaskInstanceGroups.${i}.InstanceCount`);
          return sum + (typeof n === 'number' ? n : 0);
        }, 0);
        if (taskCount > 0) set('taskInstanceCount', taskCount, `${base}.Instances.TaskInstanceGroups`);
        // A cluster without an AutoTerminationPolicy never ends by itself: 0 says so (and emr-auto-termination reports it).
        if (!isObj(p.AutoTerminationPolicy)) set('autoTerminationIdleSeconds', 0, `${base}`);
        else num('autoTerminationIdleSeconds', 'IdleTimeout', p.AutoTerminationPolicy, `${base}.AutoTerminationPolicy`);
        set('useGlueCatalog', JSON.stringify(p.Configurations ?? '').includes('AWSGlueDataCatalogHiveClientFactory'), `${base}.Configurations`);
      }
      break;
    case 'firehose': {
      const dest = [p.ExtendedS3DestinationConfiguration, p.S3DestinationConfiguration, p.RedshiftDestinationConfiguration, p.AmazonopensearchserviceDestinationConfiguration].find(isObj);
      const s3 = isObj(p.ExtendedS3DestinationConfiguration) ? p.ExtendedS3DestinationConfiguration : isObj(dest) && isObj(dest.S3Configuration) ? dest.S3Configuration : undefined;
      const hints = isObj(dest) && isObj(dest.BufferingHints) ? dest.BufferingHints : undefined;
      if (hints) {
        num('bufferSizeMb', 'SizeInMBs', hints, `${base}.BufferingHints`);
        num('bufferIntervalSeconds', 'IntervalInSeconds', hints, `${base}.BufferingHints`);
      }
      if (s3 && typeof s3.CompressionFormat === 'string') set('compression', s3.CompressionFormat === 'Snappy' || s3.CompressionFormat === 'HADOOP_SNAPPY' ? 'SNAPPY' : s3.CompressionFormat, `${base}.CompressionFormat`);
      if (isObj(p.ExtendedS3DestinationConfiguration)) str('prefix', 'Prefix', p.ExtendedS3DestinationConfiguration, `${base}.ExtendedS3DestinationConfiguration`);
      break;
    }
    case 'opensearch-domain': {
      str('engineVersion', type === 'AWS::Elasticsearch::Domain' ? 'ElasticsearchVersion' : 'EngineVersion');
      if (type === 'AWS::Elasticsearch::Domain' && typeof config.engineVersion === 'string') config.engineVersion = `Elasticsearch_${config.engineVersion}`;
      const clusterKey = isObj(p.ClusterConfig) ? 'ClusterConfig' : 'ElasticsearchClusterConfig';
      const cluster = isObj(p[clusterKey]) ? p[clusterKey] : {};
      str('instanceType', 'InstanceType', cluster, `${base}.${clusterKey}`);
      num('instanceCount', 'InstanceCount', cluster, `${base}.${clusterKey}`);
      if (isObj(p.EBSOptions)) num('volumeSizeGb', 'VolumeSize', p.EBSOptions, `${base}.EBSOptions`);
      break;
    }
    case 'redshift-cluster':
      str('nodeType', 'NodeType');
      set('numberOfNodes', read.string(p.ClusterType, `${base}.ClusterType`) === 'single-node' ? 1 : read.number(p.NumberOfNodes, `${base}.NumberOfNodes`), `${base}.NumberOfNodes`);
      str('databaseName', 'DBName');
      str('masterUsername', 'MasterUsername');
      break;
    case 'athena-workgroup': {
      const wg = isObj(p.WorkGroupConfiguration) ? p.WorkGroupConfiguration : {};
      const at = `${base}.WorkGroupConfiguration`;
      bool('enforceConfiguration', 'EnforceWorkGroupConfiguration', wg, at);
      const cutoff = read.number(wg.BytesScannedCutoffPerQuery, `${at}.BytesScannedCutoffPerQuery`);
      if (typeof cutoff === 'number') set('bytesScannedCutoffGb', cutoff / 1_000_000_000, `${at}.BytesScannedCutoffPerQuery`);
      break;
    }
    case 'data-pipeline':
      break;
  }
  return { logicalId, kind, name: name.length <= 200 && name.trim() ? name : logicalId, config, sources };
}
