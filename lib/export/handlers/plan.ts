import { triggersOf, type Trigger, type TriggerFamily } from '../../events/trigger';
import { buildGraph, type KindId, type NodeOfKind, type Pipeline, type PipelineGraph } from '../../model';
import { envName } from '../cloudformation/kinds/lambda-function';

export type HandlerLanguage = 'python' | 'node';

export interface FamilyPlan {
  family: TriggerFamily;
  triggers: Trigger[];
  /**
   * The skeleton returns batchItemFailures only when every mapping of this family into the
   * function reports item failures: returning them to a mapping without ReportBatchItemFailures
   * would count the batch as a success and drop the failed records. Otherwise it raises, and
   * the whole batch is retried (what the simulator models for such a mapping).
   */
  reportsItemFailures: boolean;
  /**
   * Some mappings of this family report item failures and some do not: the handler reports them
   * only for an event whose eventSourceARN the export lists in ITEM_FAILURE_SOURCES_ENV.
   */
  mixed: boolean;
  /** SQS: some queue is FIFO (stop at the first failure to keep each group's order). */
  fifo: boolean;
}

export interface WritePlan {
  nodeId: string;
  kind: KindId;
  /** The environment variable the export sets to the target's name, URL or endpoint. */
  env: string;
  /** S3: the key prefix the edge writes under. */
  writePrefix: string;
  /** SQS / SNS FIFO targets need a message group. */
  fifo: boolean;
  /** DynamoDB targets: the key attributes an item needs. */
  keys: string[];
  /** The target also invokes this function (a write there triggers it again). */
  loops: boolean;
}

export interface HandlerPlan {
  fn: NodeOfKind<'lambda-function'>;
  language: HandlerLanguage | undefined;
  /** `file.function` of the function's handler setting, when both are plain identifiers. */
  file: string | undefined;
  entry: string | undefined;
  families: FamilyPlan[];
  writes: WritePlan[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words that are identifiers by shape but not usable as a file or function name in Python or JavaScript. */
const RESERVED = new Set(
  'and as assert async await break case catch class const continue debugger def default del delete do elif else enum except export extends false finally for from function global if import in instanceof is lambda let new nonlocal none not null or pass raise return super switch this throw true try typeof var void while with yield'.split(' '),
);

export function languageOf(runtime: string): HandlerLanguage | undefined {
  if (runtime.startsWith('python')) return 'python';
  if (runtime.startsWith('nodejs')) return 'node';
  return undefined;
}

/** `index.handler` → ['index', 'handler']; undefined for anything that is not two plain identifiers. */
export function handlerParts(handler: string): [string, string] | undefined {
  const parts = handler.split('.');
  if (parts.length !== 2 || !parts.every((p) => IDENTIFIER.test(p) && !RESERVED.has(p.toLowerCase()))) return undefined;
  return [parts[0], parts[1]];
}

export function handlerPlan(graph: PipelineGraph, fn: NodeOfKind<'lambda-function'>): HandlerPlan {
  const triggers = triggersOf(graph, fn.id);
  const families: FamilyPlan[] = [];
  for (const t of triggers) {
    let plan = families.find((f) => f.family === t.family);
    if (!plan) families.push((plan = { family: t.family, triggers: [], reportsItemFailures: true, mixed: false, fifo: false }));
    plan.triggers.push(t);
    plan.reportsItemFailures &&= t.reportsItemFailures;
    plan.fifo ||= t.fifo;
  }
  for (const f of families) {
    if (!['sqs', 'kinesis', 'dynamodb'].includes(f.family)) f.reportsItemFailures = false;
    else f.mixed = !f.reportsItemFailures && f.triggers.some((t) => t.reportsItemFailures);
  }
  const invokers = new Set(triggers.map((t) => t.source.id));
  const writes: WritePlan[] = graph.outgoingOf(fn.id, 'writes').map((e) => {
    const target = graph.node(e.target)!;
    const fifo = (target.kind === 'sqs-queue' || target.kind === 'sns-topic') && target.config.fifo;
    const keys = target.kind === 'dynamodb-table' ? [target.config.partitionKey, ...(target.config.sortKey ? [target.config.sortKey] : [])] : [];
    return { nodeId: target.id, kind: target.kind, env: envName(target.id), writePrefix: e.config.writePrefix ?? '', fifo, keys, loops: invokers.has(target.id) };
  });
  const parts = handlerParts(fn.config.handler);
  return { fn, language: languageOf(fn.config.runtime), file: parts?.[0], entry: parts?.[1], families, writes };
}

export function handlerPlans(pipeline: Pipeline): HandlerPlan[] {
  const graph = buildGraph(pipeline);
  return graph.nodesOfKind('lambda-function').map((fn) => handlerPlan(graph, fn));
}

/** The helper code a language provides, one block each. */
export interface HelperCode {
  dynamodbRead: string[];
  dynamodbWrite: string[];
  s3Items: string[];
  messageItems: string[];
}

/** Only the helpers this function's events and writes need, in the order the file lists them (the same rule for every language). */
export function neededHelpers(plan: HandlerPlan, code: HelperCode): string[][] {
  const has = (...families: string[]) => plan.families.some((f) => families.includes(f.family));
  return [
    ...(has('dynamodb') ? [code.dynamodbRead] : []),
    ...(plan.writes.some((w) => w.kind === 'dynamodb-table') ? [code.dynamodbWrite] : []),
    ...(has('s3', 'sns', 'sqs') ? [code.s3Items] : []),
    ...(has('sns', 'sqs') ? [code.messageItems] : []),
  ];
}
