'use client';
import { BaseEdge, type EdgeProps, getBezierPath, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { useElementFindings, useElementLive } from './decorations';
import { EdgeLabel } from './canvas-detail';
import { backEdgeRoute, isBackEdge, type EdgeRoute } from './edge-path';
import { useEdgeStyle } from './edge-style';
import { FindingsBadge, severityClass } from './findings-badge';
import type { PipelineFlowEdge } from './flow-elements';

const routeArray = (r: EdgeRoute): [string, number, number] => [r.path, r.labelX, r.labelY];

function PipelineEdgeView(props: EdgeProps<PipelineFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, data, markerEnd } = props;
  const findings = useElementFindings(id);
  const live = useElementLive(id);
  const style = useEdgeStyle();
  const [path, labelX, labelY] = isBackEdge(sourceX, targetX)
    ? routeArray(backEdgeRoute(sourceX, sourceY, targetX, targetY))
    : style === 'orthogonal'
      ? getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 })
      : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const role = data?.edge.config.role;
  const width = live?.load !== undefined ? 1.5 + live.load * 6 : 1.5;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`pipeline-edge ${severityClass(findings)} ${selected ? 'selected' : ''} ${role === 'on-failure' ? 'on-failure' : ''} ${live ? 'live' : ''} ${data?.valid === false ? 'invalid' : ''}`}
        style={{ strokeWidth: selected ? width + 1 : width }}
        interactionWidth={16}
      />
      <EdgeLabel selected={!!selected}>
        <div
          className={`pipeline-edge-label ${selected ? 'selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid={`edge-label-${id}`}
        >
          <span>{data?.verb}</span>
          {live?.lines.length ? <span className="live-figure">{live.lines[0]}</span> : null}
          <FindingsBadge findings={findings} />
        </div>
      </EdgeLabel>
    </>
  );
}

export const PipelineEdge = memo(PipelineEdgeView);
