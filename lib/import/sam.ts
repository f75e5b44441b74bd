import { isObj, target, type Obj } from './values';
import { samEventResources } from './sam-events';

/**
 * The AWS SAM transform (AWS::Serverless-2016-10-31) read as the plain CloudFormation it
 * deploys, following the SAM specification: Globals merged into each resource, then
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-resources-and-properties.html
 * - Function -> AWS::Lambda::Function (+ one resource per event: a mapping, a subscription,
 *   a rule, a topic rule, a schedule, or an edge read directly for S3 and API events;
 *   EventInvokeConfig -> AWS::Lambda::EventInvokeConfig);
 * - SimpleTable -> AWS::DynamoDB::Table; Api -> AWS::ApiGateway::RestApi; HttpApi ->
 *   AWS::ApiGatewayV2::Api; StateMachine -> AWS::StepFunctions::StateMachine;
 *   LayerVersion -> AWS::Lambda::LayerVersion. Other SAM types (Application, Connector...) are
 *   kept as written, and their export keeps the transform.
 * The generated resources carry SAM's own logical ids (`<Function><Event>`), so what refers
 * to them keeps working. Nothing here asks for the transform again: an export is plain CloudFormation.
 */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export type Resources = Record<string, { Type: string; Properties?: Obj; [k: string]: unknown }>;

export interface SamTranslation {
  resources: Resources;
  /** Logical ids SAM declared (translated: their export is Sluice's, not written back as they were). */
  translated: Set<string>;
  /** Edges SAM implies without a resource of their own (S3 and API events, policy templates). */
  edges: { source: string; target: string; config?: Obj; event?: string }[];
  warnings: string[];
  /** The template's parameters and those the translation asks for (packaged layer content). */
  parameters: Obj;
}

export function isSamTemplate(template: Obj): boolean {
  const t = template.Transform;
  return t === SAM_TRANSFORM || (Array.isArray(t) && t.includes(SAM_TRANSFORM));
}

const GLOBAL_SECTIONS: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
  'AWS::Serverless::LayerVersion': 'LayerVersion',
};

/**
 * Globals as SAM merges them: a resource's own primitive wins, maps merge key by key (the
 * resource's keys win), lists are the global items then the resource's.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 */
export function mergeGlobals(global: unknown, own: unknown): unknown {
  if (own === undefined) return global;
  if (Array.isArray(global) && Array.isArray(own)) return [...global, ...own];
  if (isObj(global) && isObj(own) && !isIntrinsic(global) && !isIntrinsic(own)) {
    const out: Obj = { ...global };
    for (const [k, v] of Object.entries(own)) out[k] = mergeGlobals(global[k], v);
    return out;
  }
  return own;
}

const isIntrinsic = (v: Obj) => Object.keys(v).length === 1 && (Object.keys(v)[0] === 'Ref' || Object.keys(v)[0].startsWith('Fn::'));

export function translateSam(template: Obj): SamTranslation {
  // A copy: S3 events write their notification into the bucket, as SAM does.
  const source = { ...((isObj(template.Resources) ? template.Resources : {}) as Resources) };
  const globals = isObj(template.Globals) ? template.Globals : {};
  const resources: Resources = {};
  const parameters: Obj = { ...(isObj(template.Parameters) ? template.Parameters : {}) };
  const generated: Resources = {};
  const translated = new Set<string>();
  const edges: SamTranslation['edges'] = [];
  const warnings: string[] = [];
  for (const [id, r] of Object.entries(source)) {
    const section = GLOBAL_SECTIONS[r.Type];
    if (!section && !r.Type.startsWith('AWS::Serverless::')) continue;
    translated.add(id);
    const p = (section ? mergeGlobals(globals[section], r.Properties ?? {}) : r.Properties ?? {}) as Obj;
    const { Type: _type, Properties: _props, ...attributes } = r;
    const put = (type: string, properties: Obj) => (resources[id] = { Type: type, Properties: dropUndefined(properties), ...attributes });
    switch (r.Type) {
      case 'AWS::Serverless::Function': {
        put('AWS::Lambda::Function', functionProperties(p, `Resources.${id}`, warnings));
        const ev = samEventResources(id, p, source, warnings);
        Object.assign(generated, ev.resources);
        edges.push(...ev.edges);
        for (const e of ev.edges) if (!source[e.source]) translated.add(e.source); // SAM's implicit API
        if (isObj(p.EventInvokeConfig)) {
          const c = p.EventInvokeConfig;
          generated[`${id}EventInvokeConfig`] = { Type: 'AWS::Lambda::EventInvokeConfig', Properties: dropUndefined({ FunctionName: { Ref: id }, Qualifier: '$LATEST', MaximumRetryAttempts: c.MaximumRetryAttempts, MaximumEventAgeInSeconds: c.MaximumEventAgeInSeconds, DestinationConfig: destinationConfig(c.DestinationConfig) }) };
        }
        edges.push(...policyEdges(id, p.Policies, source));
        break;
      }
      case 'AWS::Serverless::SimpleTable': {
        const key = isObj(p.PrimaryKey) ? p.PrimaryKey : { Name: 'id', Type: 'String' };
        const attrType = key.Type === 'Number' ? 'N' : key.Type === 'Binary' ? 'B' : 'S';
        put('AWS::DynamoDB::Table', {
          TableName: p.TableName,
          AttributeDefinitions: [{ AttributeName: key.Name, AttributeType: attrType }],
          KeySchema: [{ AttributeName: key.Name, KeyType: 'HASH' }],
          ...(p.ProvisionedThroughput ? { ProvisionedThroughput: p.ProvisionedThroughput } : { BillingMode: 'PAY_PER_REQUEST' }),
          SSESpecification: p.SSESpecification,
          Tags: tagList(p.Tags),
        });
        break;
      }
      case 'AWS::Serverless::Api':
        put('AWS::ApiGateway::RestApi', { Name: p.Name ?? { 'Fn::Sub': '${AWS::StackName}-' + id }, Description: p.Description, Body: p.DefinitionBody, EndpointConfiguration: typeof p.EndpointConfiguration === 'string' ? { Types: [p.EndpointConfiguration] } : p.EndpointConfiguration, BinaryMediaTypes: p.BinaryMediaTypes });
        break;
      case 'AWS::Serverless::HttpApi':
        put('AWS::ApiGatewayV2::Api', { Name: p.Name ?? { 'Fn::Sub': '${AWS::StackName}-' + id }, Description: p.Description, ProtocolType: 'HTTP', Body: p.DefinitionBody });
        break;
      case 'AWS::Serverless::StateMachine':
        put('AWS::StepFunctions::StateMachine', stateMachineProperties(p, `Resources.${id}`, warnings));
        break;
      case 'AWS::Serverless::LayerVersion':
        put('AWS::Lambda::LayerVersion', { LayerName: p.LayerName, Description: p.Description, Content: codeLocation(p.ContentUri, `Resources.${id}.Properties.ContentUri`, warnings, 'Content') ?? packagedContent(id, parameters), CompatibleRuntimes: p.CompatibleRuntimes, CompatibleArchitectures: p.CompatibleArchitectures, LicenseInfo: p.LicenseInfo });
        break;
      default:
        resources[id] = r;
        translated.delete(id);
        warnings.push(`Resources.${id}: ${r.Type} is not translated from SAM; kept as written (its export needs the SAM transform)`);
    }
  }
  for (const [id, r] of Object.entries(source)) if (!resources[id]) resources[id] = r;
  for (const [id, r] of Object.entries(generated)) if (!resources[id]) resources[id] = r;
  return { resources, translated, edges, warnings, parameters };
}

/** A layer whose content `sam package` would upload: the export asks for the uploaded bucket and key. */
function packagedContent(id: string, parameters: Obj): Obj {
  parameters[`${id}ContentBucket`] = { Type: 'String', Description: `S3 bucket holding the packaged content of layer ${id} (SAM's ContentUri was a local folder)` };
  parameters[`${id}ContentKey`] = { Type: 'String', Description: `S3 key of the packaged content of layer ${id}` };
  return { S3Bucket: { Ref: `${id}ContentBucket` }, S3Key: { Ref: `${id}ContentKey` } };
}

function dropUndefined(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** SAM's map of tags as CloudFormation's list of Key/Value. */
function tagList(tags: unknown): unknown {
  if (!isObj(tags)) return tags;
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** CodeUri/ContentUri: "s3://bucket/key", {Bucket, Key, Version}, or a local folder (not deployable without packaging). */
function codeLocation(uri: unknown, at: string, warnings: string[], kind: 'Code' | 'Content'): Obj | undefined {
  const [b, k, v] = kind === 'Code' ? ['S3Bucket', 'S3Key', 'S3ObjectVersion'] : ['S3Bucket', 'S3Key', 'S3ObjectVersion'];
  if (typeof uri === 'string' && uri.startsWith('s3://')) {
    const [bucket, ...key] = uri.slice(5).split('/');
    return { [b]: bucket, [k]: key.join('/') };
  }
  if (isObj(uri) && uri.Bucket !== undefined) return dropUndefined({ [b]: uri.Bucket, [k]: uri.Key, [v]: uri.Version });
  if (uri !== undefined) warnings.push(`${at}: a local path (${JSON.stringify(uri)}) is packaged by \`sam package\`; the export uses Sluice's code bucket and key parameters instead`);
  return undefined;
}

function destinationConfig(c: unknown): Obj | undefined {
  if (!isObj(c)) return undefined;
  const out: Obj = {};
  for (const k of ['OnSuccess', 'OnFailure']) if (isObj(c[k]) && c[k].Destination !== undefined) out[k] = { Destination: c[k].Destination };
  return Object.keys(out).length ? out : undefined;
}

function functionProperties(p: Obj, at: string, warnings: string[]): Obj {
  const code = p.InlineCode !== undefined ? { ZipFile: p.InlineCode } : p.ImageUri !== undefined ? { ImageUri: p.ImageUri } : codeLocation(p.CodeUri, `${at}.Properties.CodeUri`, warnings, 'Code');
  for (const k of ['AutoPublishAlias', 'DeploymentPreference', 'ProvisionedConcurrencyConfig', 'FunctionUrlConfig']) {
    if (p[k] !== undefined) warnings.push(`${at}.Properties.${k}: SAM generates more resources for it; not carried into the export`);
  }
  return {
    FunctionName: p.FunctionName,
    Description: p.Description,
    Handler: p.Handler,
    Runtime: p.Runtime,
    Code: code,
    PackageType: p.PackageType,
    ImageConfig: p.ImageConfig,
    MemorySize: p.MemorySize,
    Timeout: p.Timeout,
    Role: p.Role,
    Environment: p.Environment,
    VpcConfig: p.VpcConfig,
    Layers: p.Layers,
    Architectures: p.Architectures,
    EphemeralStorage: p.EphemeralStorage,
    ReservedConcurrentExecutions: p.ReservedConcurrentExecutions,
    KmsKeyArn: p.KmsKeyArn,
    TracingConfig: typeof p.Tracing === 'string' ? { Mode: p.Tracing } : undefined,
    DeadLetterConfig: isObj(p.DeadLetterQueue) ? { TargetArn: p.DeadLetterQueue.TargetArn } : undefined,
    FileSystemConfigs: p.FileSystemConfigs,
    LoggingConfig: p.LoggingConfig,
    SnapStart: p.SnapStart,
    RuntimeManagementConfig: p.RuntimeManagementConfig,
    CodeSigningConfigArn: p.CodeSigningConfigArn,
    Tags: tagList(p.Tags),
  };
}

function stateMachineProperties(p: Obj, at: string, warnings: string[]): Obj {
  const s3 = isObj(p.DefinitionUri) ? dropUndefined({ Bucket: p.DefinitionUri.Bucket, Key: p.DefinitionUri.Key, Version: p.DefinitionUri.Version }) : undefined;
  if (typeof p.DefinitionUri === 'string') warnings.push(`${at}.Properties.DefinitionUri: a local file is packaged by \`sam package\`; write the definition into the template or upload it to S3`);
  if (p.Policies !== undefined && p.Role === undefined) warnings.push(`${at}.Properties.Policies: SAM makes a role from these; the export needs a RoleArn (kept as RoleArn when Role is given)`);
  if (p.Events !== undefined) warnings.push(`${at}.Properties.Events: state machine events are not carried into the export`);
  return {
    StateMachineName: p.Name,
    StateMachineType: p.Type,
    Definition: p.Definition,
    DefinitionS3Location: s3,
    DefinitionSubstitutions: p.DefinitionSubstitutions,
    RoleArn: p.Role,
    LoggingConfiguration: p.Logging,
    TracingConfiguration: p.Tracing,
    Tags: tagList(p.Tags),
  };
}

/** SAM policy templates that name a resource the function writes to, and the parameter that names it. */
const WRITE_POLICIES: Record<string, string> = {
  SQSSendMessagePolicy: 'QueueName',
  SNSPublishMessagePolicy: 'TopicName',
  SNSCrudPolicy: 'TopicName',
  DynamoDBCrudPolicy: 'TableName',
  DynamoDBWritePolicy: 'TableName',
  S3CrudPolicy: 'BucketName',
  S3WritePolicy: 'BucketName',
  S3FullAccessPolicy: 'BucketName',
  KinesisCrudPolicy: 'StreamName',
  FirehoseWritePolicy: 'DeliveryStreamName',
  FirehoseCrudPolicy: 'DeliveryStreamName',
  ElasticsearchHttpPostPolicy: 'DomainName',
};

/** A function's Policies: policy templates and inline statements that write to a resource of the template. */
function policyEdges(fn: string, policies: unknown, resources: Resources): SamTranslation['edges'] {
  const list = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies];
  const out: SamTranslation['edges'] = [];
  const refTo = (v: unknown): string | undefined => {
    if (isObj(v) && typeof v.Ref === 'string') return v.Ref;
    const att = isObj(v) ? v['Fn::GetAtt'] : undefined;
    if (Array.isArray(att) && typeof att[0] === 'string') return att[0];
    return undefined;
  };
  for (const item of list) {
    if (!isObj(item)) continue;
    for (const [name, params] of Object.entries(item)) {
      const key = WRITE_POLICIES[name];
      if (key && isObj(params)) {
        const t = refTo(params[key]);
        if (t && resources[t]) out.push({ source: fn, target: t });
      }
      if (name === 'Statement') {
        for (const s of Array.isArray(params) ? params : [params]) {
          if (!isObj(s) || s.Effect === 'Deny') continue;
          const actions = (Array.isArray(s.Action) ? s.Action : [s.Action]).map(String);
          if (!actions.some((a) => /:(Put|Send|Publish|BatchWrite|Update|Write|\*)/.test(a))) continue;
          for (const r of Array.isArray(s.Resource) ? s.Resource : [s.Resource]) {
            // A resource named by Ref, GetAtt or inside an ARN written with Fn::Sub.
            const t = refTo(r) ?? target(r);
            if (t && resources[t] && t !== fn) out.push({ source: fn, target: t });
          }
        }
      }
    }
  }
  return out;
}
