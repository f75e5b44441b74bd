import { RDS_MAX_CONNECTIONS, rdsDefaultMaxConnections } from '../../../model';
import { defineRule } from '../../define-rule';
import { concurrencyNeeded } from '../../facts/lambda-load';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import type { DraftFinding } from '../../types';

/** Leave a fifth of the connections for everything else that talks to the database (admin, migrations, other apps). */
const SHARE_FOR_THE_FUNCTION = 0.8;

export const lambdaDatabaseConnections = defineRule({
  id: 'lambda-database-connections',
  area: 'lambda',
  severity: 'error',
  title: 'Function at high concurrency exhausting a database\'s connections',
  docsUrl: RDS_MAX_CONNECTIONS.url,
  description:
    'Each Lambda execution environment opens its own database connection. A function scaled to hundreds of concurrent executions writing straight to RDS (no RDS Proxy, no Data API) opens that many connections, and the engine refuses those over max_connections, which RDS sets from the instance\'s memory (about 450 on a 4 GiB PostgreSQL instance). Lambda to Redshift is exported through the Redshift Data API, which holds no connection per execution, so it is not counted here.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const db of ctx.nodesOfKind('rds-database')) {
      const max = rdsDefaultMaxConnections(db.config.engine, db.config.instanceClass);
      if (max === undefined) continue;
      const writers = ctx.incomingOf(db.id, 'writes').filter((e) => ctx.node(e.source)?.kind === 'lambda-function');
      const perFunction = writers.map((e) => {
        const fn = ctx.node(e.source) as Parameters<typeof concurrencyNeeded>[1];
        const needed = concurrencyNeeded(ctx, fn);
        return { edge: e, fn, connections: fn.config.reservedConcurrency === undefined ? needed : Math.min(needed, fn.config.reservedConcurrency) };
      });
      const total = perFunction.reduce((s, f) => s + f.connections, 0);
      if (total <= max) continue;
      const budget = Math.max(1, Math.floor((max * SHARE_FOR_THE_FUNCTION) / perFunction.length));
      for (const f of perFunction) {
        if (f.connections === 0) continue;
        out.push(
          ctx.atEdge(f.edge, undefined, {
            message: `${f.fn.id} runs about ${num(f.connections)} concurrent executions, each with its own connection to ${db.id}${perFunction.length > 1 ? ` (${num(total)} from all functions)` : ''}, over the ${num(max)} connections ${db.config.engine} allows on ${db.config.instanceClass} by default: connections are refused and writes fail`,
            fix: 'Put RDS Proxy between the function and the database (it pools connections), use the RDS Data API (Aurora), or cap the function\'s concurrency and queue the writes.',
            action: setAction(`Cap ${f.fn.id} at ${num(budget)} concurrent executions`, 'node', f.fn.id, 'reservedConcurrency', budget),
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'orders', kind: 'sqs-queue', config: { traffic: { recordsPerSecond: 5000 } } },
        { id: 'store-order', kind: 'lambda-function', config: { durationMsPerInvocation: 1000, durationMsPerRecord: 0 } },
        { id: 'db', kind: 'rds-database', config: { instanceClass: 'db.t4g.medium' } },
      ],
      edges: [
        { id: 'orders-to-store', source: 'orders', target: 'store-order', config: { batchSize: 1 } },
        { id: 'store-to-db', source: 'store-order', target: 'db' },
      ],
    },
    passing: {
      nodes: [
        { id: 'orders', kind: 'sqs-queue', config: { traffic: { recordsPerSecond: 5000 } } },
        { id: 'store-order', kind: 'lambda-function', config: { durationMsPerInvocation: 1000, durationMsPerRecord: 0, reservedConcurrency: 300 } },
        { id: 'db', kind: 'rds-database', config: { instanceClass: 'db.t4g.medium' } },
      ],
      edges: [
        { id: 'orders-to-store', source: 'orders', target: 'store-order', config: { batchSize: 1 } },
        { id: 'store-to-db', source: 'store-order', target: 'db' },
      ],
    },
  },
});
