import type { PipelineEdge } from '../../model';
import type { Clock, SimContext } from '../behaviour';
import type { NodeCounters } from '../node-counters';
import type { Rng } from '../random';
import type { FunctionCapacity } from './function-capacity';

/** The function a poller or an event queue invokes: its costs, limits and where its output goes. */
export interface LambdaTarget {
  readonly nodeId: string;
  readonly counters: NodeCounters;
  readonly capacity: FunctionCapacity;
  readonly rng: Rng;
  readonly timeoutSeconds: number;
  readonly errorRate: number;
  /** Seconds one invocation with `records` records takes (before the timeout cuts it). */
  duration(records: number): number;
  /**
   * Records done (the caller has counted them processed) by `invocations` invocations (one per
   * record when undefined): hand them to the function's write targets. Each invocation writes
   * one object into a bucket.
   */
  succeeded(count: number, clock: Clock, invocations?: number): void;
  /** Records given up on (the caller has counted them received): counted failed, sent to the on-failure destination when there is one. */
  discarded(count: number, poison: number, clock: Clock): void;
  /**
   * A stream batch given up on (the caller has counted its records received): counted failed.
   * An S3 on-failure destination receives the records; an SQS queue or SNS topic only a
   * description of the batch (one message), so the records themselves are lost.
   */
  discardedStreamBatch(count: number, poison: number, clock: Clock): void;
  readonly ctx: SimContext;
  readonly onFailure: readonly PipelineEdge[];
}
