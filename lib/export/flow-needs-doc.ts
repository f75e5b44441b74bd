import { FLOW_NEEDS, type FlowNeeds, type KindId } from '../model';

const kinds = (list: readonly KindId[]) => list.map((k) => `\`${k}\``).join(', ');

function iamCell(row: FlowNeeds): string {
  if (!row.iam.length) return '—';
  return row.iam
    .map((n) => `${n.holder === 'source' ? 'source' : 'target'} role: ${n.actions.map((a) => `\`${a}\``).join(', ')} on \`${n.on}\`${n.when === 'topic-key' ? ' (when the topic has its own key)' : n.when === 'job-key' ? ' (when the job is encrypted at rest)' : ''}`)
    .join('<br>');
}

const grants = (list: FlowNeeds['resourcePolicy']) => (list?.length ? list.map((g) => `\`${g.principal}\`: ${g.actions.map((a) => `\`${a}\``).join(', ')}`).join('<br>') : '—');

/**
 * The "What each connection needs" table of docs/export.md, from lib/model/flow-needs.ts
 * (a test keeps the document current).
 */
export function renderFlowNeedsDoc(): string {
  const lines = [
    '| connection | meaning | why | IAM (role: actions on resource type) | resource policy | key policy | AWS page |',
    '|---|---|---|---|---|---|---|',
    ...FLOW_NEEDS.map(
      (r) => `| ${kinds(r.sources)} → ${kinds(r.targets)} | ${r.meaning} | ${r.why} | ${iamCell(r)} | ${grants(r.resourcePolicy)} | ${grants(r.keyPolicy)} | [${r.docs.replace(/^https:\/\/docs\.aws\.amazon\.com\//, '').replace(/\.html.*$/, '')}](${r.docs}) |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
