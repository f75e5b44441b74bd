import { CONNECTION_TABLE, ON_FAILURE_TARGETS, PipelineBuilder, checkConnection, type ConnectionMeaning, type KindId, type Pipeline } from '../../model';

export interface ConnectionPipeline {
  name: string;
  meaning: ConnectionMeaning;
  source: KindId;
  target: KindId;
  pipeline: Pipeline;
}

/**
 * One small pipeline per connection of lib/model/connections.ts (every pair of every row, and
 * every on-failure destination): the edge `from` -> `to`. A catalog database is filled by a
 * crawler over a bucket first, so that reading through it has S3 locations to grant.
 */
export function connectionPipelines(): ConnectionPipeline[] {
  const out: ConnectionPipeline[] = [];
  const add = (source: KindId, target: KindId, role: 'data' | 'on-failure') => {
    const check = checkConnection(source, target, role);
    if (!check.ok) throw new Error(`${source} -> ${target}: ${check.reason}`);
    const meaning = check.connection.meaning;
    const b = new PipelineBuilder(`${source}-${meaning}-${target}`);
    if (source === 'glue-database') b.node('lake', 's3-bucket').node('crawl', 'glue-crawler');
    b.node('from', source).node('to', target);
    if (source === 'glue-database') b.edge('lake', 'crawl').edge('crawl', 'from');
    b.edge('from', 'to', role === 'on-failure' ? { role } : {});
    out.push({ name: `${source}-${meaning}-${target}`, meaning, source, target, pipeline: b.build() });
  };
  for (const row of CONNECTION_TABLE) for (const s of row.sources) for (const t of row.targets) add(s, t, 'data');
  for (const t of ON_FAILURE_TARGETS) add('lambda-function', t, 'on-failure');
  return out;
}
