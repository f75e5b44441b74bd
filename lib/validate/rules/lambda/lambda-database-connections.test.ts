import { describe, expect, it } from 'vitest';
import { addEdge, addNode, afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.MaxConnections (checked 2026-12-06):
// PostgreSQL max_connections = LEAST(DBInstanceClassMemory / 9,531,392, 5,000).
const apiToDatabase = (rps: number, engine = 'postgres', handler: Record<string, unknown> = {}) =>
  patched((d) => {
    Object.assign(nodeConfig(d, 'api'), { traffic: { recordsPerSecond: rps, avgRecordBytes: 2000 } });
    Object.assign(nodeConfig(d, 'api-handler'), handler);
    addNode(d, 'orders-db', 'rds-database', { engine, instanceClass: 'db.t4g.medium' });
    addEdge(d, 'handler-to-orders-db', 'api-handler', 'orders-db');
  });

describe('lambda-database-connections', () => {
  it('reports 1,040 concurrent executions against the 450 connections of a 4 GiB PostgreSQL instance, and caps the function', () => {
    // 4 GiB = 4,294,967,296 B / 9,531,392 = 450. API calls: 20,000/s × (50 ms + 2 ms) = 1,040 concurrent executions.
    const p = apiToDatabase(20000);
    expect(check(p, 'lambda-database-connections')).toEqual([
      {
        rule: 'lambda-database-connections',
        severity: 'error',
        edgeId: 'handler-to-orders-db',
        message: 'api-handler runs about 1,040 concurrent executions, each with its own connection to orders-db, over the 450 connections postgres allows on db.t4g.medium by default: connections are refused and writes fail',
      },
    ]);
    // 80% of 450 = 360 left for the function.
    const { applied, remaining } = afterFix(p, 'lambda-database-connections');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'api-handler')?.config).toMatchObject({ reservedConcurrency: 360 });
  });

  it('uses MySQL\'s 12,582,880 bytes a connection: 341 on 4 GiB', () => {
    expect(check(apiToDatabase(7000, 'mysql'), 'lambda-database-connections').map((f) => f.message)).toEqual([
      'api-handler runs about 364 concurrent executions, each with its own connection to orders-db, over the 341 connections mysql allows on db.t4g.medium by default: connections are refused and writes fail',
    ]);
  });

  it('accepts a function capped under the limit, low traffic, and engines it cannot estimate (Aurora MySQL)', () => {
    expect(check(apiToDatabase(20000, 'postgres', { reservedConcurrency: 400 }), 'lambda-database-connections')).toEqual([]);
    expect(check(apiToDatabase(100), 'lambda-database-connections')).toEqual([]);
    expect(check(apiToDatabase(20000, 'aurora-mysql'), 'lambda-database-connections')).toEqual([]);
  });
});
