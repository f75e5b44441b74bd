import { MIB, type NodeOfKind, processorSettings } from '../../model';
import { type Behaviour, type Clock, type NodeSim, sendToAll } from '../behaviour';
import { CohortQueue } from '../cohort-queue';
import { pullInputs } from '../mechanisms/batch-run';
import { formatCount } from '../format';
import { NodeCounters } from '../node-counters';

/**
 * Data Firehose: records wait in a buffer that is delivered whole when it holds bufferSizeMb
 * or when its oldest record has waited bufferIntervalSeconds, whichever comes first. It reads
 * a Kinesis source shard by shard (2 MB/s per shard). With a Lambda processor, records first
 * wait in the processor's buffer, pass through the function (mechanisms/firehose-processor.ts)
 * and enter the delivery buffer once it hands them back; those it failed go to the S3
 * destination (its error output prefix). Delivery failures are not simulated.
 */
export const firehoseBehaviour: Behaviour = {
  create(node, ctx): NodeSim {
    const config = (node as NodeOfKind<'firehose'>).config;
    const counters = new NodeCounters();
    const buffer = new CohortQueue();
    const sources = ctx.incoming(node.id, ['delivers']);
    const destinations = ctx.outgoing(node.id, ['delivers']);
    const recordBytes = Math.max(1, ctx.recordBytes(node.id));
    const bufferRecords = Math.max(1, Math.floor((config.bufferSizeMb * MIB) / recordBytes));
    let deliveries = 0;
    /** Run time seen, for the deliveries per hour: each delivery to S3 is one object. */
    let elapsed = 0;
    const toS3 = destinations.some((e) => ctx.graph.node(e.target)?.kind === 's3-bucket');
    // A Lambda processor: records wait in the processor's own buffer (1 MB or 60 s by default), go to the
    // function a batch at a time, and come back transformed (or failed) into the delivery buffer.
    const [processorEdge] = ctx.outgoing(node.id, ['transform']);
    const processing = new CohortQueue();
    const processorHints = processorSettings(processorEdge?.config ?? {});
    const processorRecords = Math.max(1, Math.floor((processorHints.bufferSizeMb * MIB) / recordBytes));
    /** Records at the function, not yet handed back. */
    let atProcessor = 0;
    /** Failed transformations go to the S3 destination under the error output prefix (else the backup bucket). */
    const errorOutput = destinations.filter((e) => ctx.graph.node(e.target)?.kind === 's3-bucket').slice(0, 1);
    const add = (n: number, poison: number, now: number) => {
      counters.received += n;
      (processorEdge ? processing : buffer).push(n, poison, now);
    };
    const toProcessor = (clock: Clock) => {
      if (!processorEdge || processing.count === 0) return;
      // A full buffer goes as it fills; once the oldest record has waited the interval, everything goes.
      const due = clock.now + clock.dt - processing.headTime() >= processorHints.bufferIntervalSeconds - 1e-9;
      while (processing.count >= processorRecords || (due && processing.count > 0)) {
        const n = Math.min(processing.count, processorRecords);
        const poison = processing.take(n, clock.now);
        atProcessor += n;
        ctx.send(processorEdge, n, poison, clock);
      }
    };
    return {
      counters,
      receive: (_edge, count, poison, clock) => add(count, poison, clock.now),
      returned(_edge, ok, failed, clock) {
        atProcessor -= ok + failed;
        if (ok > 0) buffer.push(ok, 0, clock.now);
        if (failed > 0) {
          counters.failed += failed;
          counters.rescued += failed;
          sendToAll(ctx, counters, errorOutput, failed, 0, clock, 1);
        }
      },
      step(clock) {
        elapsed = clock.now + clock.dt;
        add(pullInputs(ctx, sources, clock), 0, clock.now);
        toProcessor(clock);
        if (buffer.count === 0) return;
        // The buffer is checked at the end of the step: records that arrived now have waited dt.
        const waited = clock.now + clock.dt - buffer.headTime();
        if (buffer.count < bufferRecords && waited < config.bufferIntervalSeconds - 1e-9) return;
        const n = buffer.count;
        const poison = buffer.take(n, clock.now);
        deliveries++;
        counters.processed += n;
        // Each delivery is one object in S3 (https://docs.aws.amazon.com/firehose/latest/dev/s3-object-name.html).
        sendToAll(ctx, counters, destinations, n, poison, clock, 1);
      },
      buffersByDesign: true,
      backlog: () => buffer.count + processing.count + atProcessor,
      oldestTime: () => Math.min(buffer.headTime(), processing.headTime()),
      advise() {
        if (deliveries === 0) return counters.received > 0 ? [{ nodeId: node.id, text: 'Firehose delivered nothing during the run: its buffer interval is longer than the run.' }] : [];
        const perHour = (deliveries * 3600) / Math.max(elapsed, 1);
        // One object per delivery: more than one a minute fills the lake with small files.
        if (!toS3 || perHour <= 60) return [];
        return [
          {
            nodeId: node.id,
            text: `Firehose wrote ${formatCount(deliveries)} objects to S3 (${formatCount(Math.round(perHour))} an hour, about ${formatCount(Math.round(counters.processed / deliveries))} records each): small files that every crawl and query opens one by one. Raise the buffer size and interval.`,
            relatedRule: 's3-small-files',
          },
        ];
      },
    };
  },
};
