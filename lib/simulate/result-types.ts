/** The public shapes of a simulation's input options and its result (the designer and the CLI read these). */

export interface SimulationOptions {
  /** Simulated duration, in seconds (positive, at most 7 days). */
  seconds: number;
  /** Length of one step, in seconds: 0.1 to 60 (default 1). */
  stepSeconds: number;
  /** Seed of the random draws (poison records, error rates): same seed, same numbers. */
  seed: number;
  /** Keep per-step series (downsampled to at most MAX_SERIES_POINTS points). */
  series?: boolean;
}

/** Cumulative counts for one node. Records unless said otherwise. */
export interface NodeTotals {
  received: number;
  processed: number;
  /**
   * Extra records the node handed on by fan-out: a record handed to k places (SNS
   * subscriptions, S3 notifications and readers, a stream's readers, several write targets)
   * counts k - 1.
   */
  copies: number;
  /** Records held at the end of the run. */
  backlog: number;
  /** Records lost at a throttled write (Kinesis or DynamoDB writes, synchronous Lambda calls refused). */
  throttled: number;
  /**
   * Lambda invocations refused for lack of concurrency, as CloudWatch's `Throttles` metric counts
   * them (each counted once however long it waited); 0 for nodes that are not functions.
   */
  throttles: number;
  expired: number;
  failed: number;
  /** Failed invocations or runs. */
  errors: number;
  /** Invocations that retried records seen before. */
  retries: number;
  /** Lambda invocations started (retries included), or Glue job and crawler runs started. */
  invocations: number;
  /** Seconds those invocations or runs lasted, cut at the timeout (for the cost estimate). */
  computeSeconds: number;
  /** Age of the oldest record the node held, at worst. */
  maxAgeSeconds: number;
  peakConcurrency: number;
}

export interface NodeSeries {
  /** Per point: records in the point's steps (flows), or the value at its end (backlog), or the highest (concurrency, age). */
  received: number[];
  processed: number[];
  backlog: number[];
  throttled: number[];
  expired: number[];
  failed: number[];
  errors: number[];
  /** Copies made by fan-out in the point. */
  copies: number[];
  concurrency: number[];
  ageSeconds: number[];
}

/** Cumulative totals over time, one value per series point. */
export interface SeriesTotals {
  produced: number[];
  copies: number[];
  delivered: number[];
  dropped: number[];
  inFlight: number[];
}

export interface SimulationResult {
  seconds: number;
  stepSeconds: number;
  seed: number;
  totals: {
    /** Records the sources made (traffic, schedule firings). */
    produced: number;
    /**
     * Extra records made on the way by fan-out (an SNS topic's subscriptions, a bucket's
     * notifications and readers, a stream's readers, several write targets): a record handed to
     * k places is k - 1 copies. produced + copies = delivered + inFlight + dropped.
     */
    copies: number;
    /**
     * Records processed by nodes with nothing downstream, and records that end at a node that
     * hands others on (objects in a bucket whose key no notification filter matches).
     */
    delivered: number;
    /**
     * Records of the flow held anywhere at the end. Not the objects a crawler has yet to read
     * (those records were delivered to their bucket), nor anything a catalog holds.
     */
    inFlight: number;
    /** Records throttled, expired or failed and not handed to a dead-letter or on-failure destination. */
    dropped: number;
  };
  nodes: Record<string, NodeTotals>;
  series?: {
    /** Simulated time at the end of each point, in seconds. */
    time: number[];
    nodes: Record<string, NodeSeries>;
    edges: Record<string, { records: number[] }>;
    /**
     * The run's totals (as in `totals`) at the end of each point, so the last point equals them.
     * Always present in results of this engine; optional for results made before it was added.
     */
    totals?: SeriesTotals;
  };
  summary: {
    bottleneck?: { nodeId: string; reason: string };
    recommendations: { nodeId?: string; edgeId?: string; text: string; relatedRule?: string }[];
  };
}
