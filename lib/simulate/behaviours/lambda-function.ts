import { eventSourceMappingSettings, type NodeOfKind, type PipelineEdge } from '../../model';
import { type Behaviour, type Clock, type NodeSim, type Recommendation, sendToAll } from '../behaviour';
import { AsyncEvents, SyncCalls } from '../mechanisms/async-events';
import { ProcessorBatches } from '../mechanisms/firehose-processor';
import { type AccountPool, FunctionCapacity } from '../mechanisms/function-capacity';
import type { LambdaTarget } from '../mechanisms/lambda-work';
import { QueuePoller } from '../mechanisms/queue-poller';
import { StreamPoller } from '../mechanisms/stream-poller';
import { NodeCounters } from '../node-counters';
import { lambdaAdvice } from './lambda-advice';
import { writeMayNotify } from './s3-bucket';

/** Callers that wait for the answer; everything else that pushes invokes asynchronously. */
const SYNCHRONOUS_CALLERS = new Set(['api-gateway']);

export const lambdaFunctionBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'lambda-function'>).config;
    const counters = new NodeCounters();
    const capacity = new FunctionCapacity(config.reservedConcurrency, ctx.account as AccountPool, ctx.stepSeconds, Math.max(config.timeoutSeconds, 1));
    const writes = ctx.outgoing(node.id, ['writes']);
    /** A bucket this function writes into whose notifications invoke it again: a loop. */
    const loopBucket = writes.find((w) => ctx.graph.node(w.target)?.kind === 's3-bucket' && ctx.outgoing(w.target, ['push']).some((n) => n.target === node.id && writeMayNotify(w, n)))?.target;
    const onFailure = ctx.outgoing(node.id, ['on-failure']);
    // For stream batches only an S3 destination keeps the records; SQS and SNS get a description.
    // https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html
    const keepsRecords = onFailure.filter((e) => ctx.graph.node(e.target)?.kind === 's3-bucket');
    const describesBatch = onFailure.filter((e) => ctx.graph.node(e.target)?.kind !== 's3-bucket');
    // Read once: the duration model runs for every batch of every step.
    const perInvocationMs = config.durationMsPerInvocation;
    const perRecordMs = config.durationMsPerRecord;
    /** Records given up on with no destination to keep them; of those, stream records whose destination got only a description. */
    const lost = { count: 0, describedOnly: 0, kept: 0 };
    const fn: LambdaTarget = {
      nodeId: node.id,
      counters,
      capacity,
      rng: ctx.rng(node.id),
      timeoutSeconds: config.timeoutSeconds,
      errorRate: config.errorRate,
      ctx,
      onFailure,
      duration: (records) => Math.max(0.001, (perInvocationMs + perRecordMs * records) / 1000),
      // Most functions write to one place: straight to it (sendToAll makes no copy of one edge).
      succeeded:
        writes.length === 1
          ? (count, clock, invocations) => ctx.send(writes[0], count, 0, clock, invocations)
          : (count, clock, invocations) => sendToAll(ctx, counters, writes, count, 0, clock, invocations),
      discarded: (count, poison, clock) => {
        counters.failed += count;
        if (onFailure.length === 0) lost.count += count;
        else {
          counters.rescued += count;
          sendToAll(ctx, counters, onFailure, count, poison, clock);
        }
      },
      discardedStreamBatch: (count, poison, clock) => {
        counters.failed += count;
        if (keepsRecords.length > 0) {
          counters.rescued += count;
          lost.kept += count;
          // One invocation record per discarded batch: one object.
          sendToAll(ctx, counters, keepsRecords, count, poison, clock, 1);
        } else {
          lost.count += count;
          if (describesBatch.length > 0) lost.describedOnly += count;
        }
        // One invocation record per discarded batch: a record of its own, not one of the batch's.
        if (describesBatch.length > 0) counters.copies += 1;
        sendToAll(ctx, counters, describesBatch, 1, 0, clock);
      },
    };
    const synchronousEdges = new Set(
      ctx.graph.incoming(node.id).filter((e) => SYNCHRONOUS_CALLERS.has(ctx.graph.node(e.source)?.kind ?? '')).map((e) => e.id),
    );
    const events = new AsyncEvents(fn, config.asyncMaxRetries, config.maxEventAgeSeconds);
    // Firehose hands its buffered batches to the function as its record processor and takes the results back.
    const processorEdges = new Set(ctx.incoming(node.id, ['transform']).map((e) => e.id));
    const processor = new ProcessorBatches(fn, (edge, ok, failed, clock) => ctx.sim(edge.source).returned?.(edge, ok, failed, clock));
    const calls = new SyncCalls(fn);
    let streamPollers: StreamPoller[] | undefined;
    const queuePollers: QueuePoller[] = [];

    /** Pollers are made on the first step, once every node exists. */
    const makePollers = () => {
      streamPollers = [];
      for (const edge of ctx.incoming(node.id, ['event-source-mapping'])) {
        const source = ctx.sim(edge.source);
        const sourceNode = ctx.graph.node(edge.source);
        if (!sourceNode) continue;
        const esm = eventSourceMappingSettings(sourceNode.kind, edge.config);
        const reader = source.log?.reader(edge.id);
        if (source.log && reader) streamPollers.push(new StreamPoller(source.log, reader, edge, esm, fn, ctx.recordBytes(edge.source)));
        else if (source.queue) {
          // Lambda keeps one batch per message group of a FIFO queue in flight (services-sqs-scaling.html).
          const groups = sourceNode.kind === 'sqs-queue' && sourceNode.config.fifo ? sourceNode.config.messageGroupCount : Infinity;
          queuePollers.push(new QueuePoller(source.queue, edge, esm, fn, groups));
        }
      }
    };

    return {
      counters,
      capacity,
      // Most functions are invoked one way only (asynchronously: S3, SNS): their records go
      // straight to the event queue, without looking their edge up in two sets each time.
      receive:
        processorEdges.size === 0 && synchronousEdges.size === 0
          ? (_edge: PipelineEdge, count: number, poison: number, clock: Clock) => events.receive(count, poison, clock)
          : (edge: PipelineEdge, count: number, poison: number, clock: Clock) => {
              if (processorEdges.has(edge.id)) processor.receive(edge, count, poison);
              else if (synchronousEdges.has(edge.id)) calls.receive(count, poison);
              else events.receive(count, poison, clock);
            },
      step(clock) {
        if (!streamPollers) makePollers();
        capacity.beginStep(clock.step);
        for (const p of streamPollers!) p.step(clock);
        for (const p of queuePollers) p.step(clock);
        processor.step(clock);
        calls.step(clock);
        events.step(clock);
        capacity.endStep(counters);
      },
      backlog: () => events.backlog() + calls.backlog() + processor.backlog(),
      oldestTime: () => events.oldestTime(),
      advise(): Recommendation[] {
        return lambdaAdvice({ node: node as NodeOfKind<'lambda-function'>, counters, capacity, streamPollers: streamPollers ?? [], queuePollers, events, calls, lost: lost.count, lostDescribedOnly: lost.describedOnly, keptInS3: lost.kept, loopBucket });
      },
    };
  },
};
