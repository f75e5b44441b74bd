'use client';
import { openPanel } from '../side-panel/open-panel';
import type { Pipeline } from '@/lib/model';
import { useShowOnCanvas } from '../canvas/use-show-on-canvas';
import { useEditorStore } from '../editor/store/editor-context';
import { useValidation } from '../validation/validation-provider';
import { totalsLine, totalThrottles } from './totals-line';
import { formatCount, formatDuration } from './format';
import type { SimulationResult } from './simulation-types';

/** Sums of a run's node totals by why records were lost. */
export function droppedByReason(result: SimulationResult): { throttled: number; expired: number; failed: number } {
  const sum = { throttled: 0, expired: 0, failed: 0 };
  for (const n of Object.values(result.nodes)) {
    sum.throttled += n.throttled;
    sum.expired += n.expired;
    sum.failed += n.failed;
  }
  return sum;
}

/** What the run says: where records went, the bottleneck and why, and what to change. */
export function SimulationSummary({ result, pipeline, stale = false }: { result: SimulationResult; pipeline: Pipeline; stale?: boolean }) {
  const editor = useEditorStore();
  const { findings } = useValidation();
  const names = new Map<string, string>([...pipeline.nodes.map((n) => [n.id, n.name] as const), ...pipeline.edges.map((e) => [e.id, edgeName(pipeline, e.id)] as const)]);
  const { totals, summary } = result;
  const dropped = droppedByReason(result);
  // Records given up on but handed to a DLQ or on-failure destination are not dropped.
  const rescued = Math.max(0, dropped.throttled + dropped.expired + dropped.failed - totals.dropped);
  const bottleneck = summary.bottleneck;
  const show = useShowOnCanvas();
  const agrees = (rule: string, nodeId?: string, edgeId?: string) =>
    findings.some((f) => f.rule === rule && (!nodeId || f.nodeId === nodeId || !f.nodeId) && (!edgeId || f.edgeId === edgeId || !f.edgeId));

  return (
    <section className={`sim-summary ${stale ? 'stale' : ''}`} aria-labelledby="sim-summary-heading">
      <h3 id="sim-summary-heading">
        Summary of {formatDuration(result.seconds)}
        {stale ? ' (previous version of the pipeline)' : ''}
      </h3>
      <dl className="sim-totals">
        <dt>Produced</dt>
        <dd>{formatCount(totals.produced)}</dd>
        <dt title="Extra records fan-out made: a record an SNS topic, an S3 bucket or a stream hands to k places (subscriptions, notifications, readers), or a function writes to k targets, counts k - 1">
          Copies by fan-out
        </dt>
        <dd>{formatCount(totals.copies)}</dd>
        <dt>Delivered</dt>
        <dd>{formatCount(totals.delivered)}</dd>
        <dt>In flight at the end</dt>
        <dd>{formatCount(totals.inFlight)}</dd>
        <dt>Dropped</dt>
        <dd>{formatCount(totals.dropped)}</dd>
        <dt title="Lambda invocations refused for lack of concurrency, as CloudWatch's Throttles metric counts them (records are not lost by it unless the call was synchronous)">Throttles</dt>
        <dd>{formatCount(totalThrottles(result.nodes))}</dd>
      </dl>
      <p className="sim-identity">{totalsLine(totals)}</p>
      <p className="sim-dropped">
        Lost along the way: throttled {formatCount(dropped.throttled)}, expired {formatCount(dropped.expired)}, failed {formatCount(dropped.failed)}
        {rescued > 0 ? `; ${formatCount(rescued)} of these went on to a dead-letter queue or on-failure destination, so they are not counted as dropped` : ''}.
      </p>
      {bottleneck ? (
        <div className="sim-bottleneck" role="note" aria-label="Bottleneck">
          <strong>Bottleneck: {names.get(bottleneck.nodeId) ?? bottleneck.nodeId}</strong>
          <span>{bottleneck.reason}</span>
          <button type="button" onClick={() => show({ nodeId: bottleneck.nodeId })}>
            Select on canvas
          </button>
        </div>
      ) : (
        <p>No bottleneck: every service kept up.</p>
      )}
      {summary.recommendations.length ? (
        <>
          <h4>What to change</h4>
          <ul className="sim-recommendations">
            {summary.recommendations.map((r, i) => {
              const target = r.nodeId ?? r.edgeId;
              return (
                <li key={`${target ?? ''}-${i}`}>
                  {target ? (
                    <>
                      <button
                        type="button"
                        className="sim-target"
                        onClick={() => show({ nodeId: r.nodeId, edgeId: r.edgeId })}
                        aria-label={`Show ${names.get(target) ?? target} on canvas`}
                      >
                        {names.get(target) ?? target}
                      </button>
                      :{' '}
                    </>
                  ) : null}
                  {r.text}
                  {r.relatedRule ? (
                    agrees(r.relatedRule, r.nodeId, r.edgeId) ? (
                      <button type="button" className="link-button" onClick={() => openPanel(editor, 'problems')}>
                        The validator agrees ({r.relatedRule}): open Problems
                      </button>
                    ) : (
                      <span className="sim-rule"> Rule {r.relatedRule}</span>
                    )
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function edgeName(p: Pipeline, edgeId: string): string {
  const e = p.edges.find((x) => x.id === edgeId);
  if (!e) return edgeId;
  const name = (id: string) => p.nodes.find((n) => n.id === id)?.name ?? id;
  return `${name(e.source)} → ${name(e.target)}`;
}
