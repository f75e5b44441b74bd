'use client';
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { Fragment, memo } from 'react';
import { CATALOG } from '@/lib/model';
import { useFarOut } from './canvas-detail';
import { useConnectTargetState } from './connecting-context';
import { useElementCost, useElementFindings, useElementLive } from './decorations';
import { FindingsBadge, severityClass } from './findings-badge';
import type { PipelineFlowNode } from './flow-elements';
import { KindIcon } from './kind-icon';
import { nameParts } from './name-breaks';

function NodeText({ name, kindLabel, live, cost }: { name: string; kindLabel: string; live: string[] | undefined; cost: string | undefined }) {
  return (
    <div className="pipeline-node-text">
      {/* Names are user text: rendered as text, never as HTML. */}
      <div className="pipeline-node-name" title={name}>
        {nameParts(name).map((part, i) => (
          <Fragment key={i}>
            {i > 0 ? <wbr /> : null}
            {part}
          </Fragment>
        ))}
      </div>
      <div className="pipeline-node-kind">{kindLabel}</div>
      {cost ? (
        <div className="pipeline-node-cost" title="Monthly cost from the design, at list prices (Cost tab)">
          {cost}
        </div>
      ) : null}
      {live?.length ? (
        <div className="pipeline-node-live" aria-label={`Simulation: ${live.join(', ')}`}>
          {live.map((l) => (
            <div key={l} title={l}>
              {l}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function PipelineNodeView({ data, selected }: NodeProps<PipelineFlowNode>) {
  const { node } = data;
  const findings = useElementFindings(node.id);
  const live = useElementLive(node.id);
  const cost = useElementCost(node.id);
  const kind = CATALOG[node.kind];
  const connectState = useConnectTargetState(node.id);
  const farOut = useFarOut();
  return (
    <div
      className={`pipeline-node ${selected ? 'selected' : ''} ${severityClass(findings)} ${live?.bottleneck ? 'bottleneck' : ''} ${connectState ? `connect-${connectState}` : ''}`}
      data-kind={node.kind}
      data-testid={`node-${node.id}`}
    >
      <Handle type="target" position={Position.Left} title={`Connect into ${node.name}`} />
      <KindIcon kind={node.kind} />
      {/* Far out on a large graph the text is unreadable; the name stays in the node's aria-label. */}
      {farOut ? null : <NodeText name={node.name} kindLabel={kind.label} live={live?.lines} cost={cost} />}
      <FindingsBadge findings={findings} />
      <Handle type="source" position={Position.Right} title={`Connect from ${node.name} (or use Connect to in the inspector)`} />
    </div>
  );
}

export const PipelineNode = memo(PipelineNodeView);
