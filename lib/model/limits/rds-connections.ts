/**
 * How many connections an RDS database takes by default. Checked 2026-12-06.
 * RDS sets max_connections from the instance's memory (DBInstanceClassMemory, a little under
 * the class's memory): PostgreSQL and Aurora PostgreSQL LEAST(DBInstanceClassMemory/9531392, 5000),
 * MySQL DBInstanceClassMemory/12582880. Aurora MySQL uses its own table and is not estimated here.
 */
export const RDS_MAX_CONNECTIONS = {
  bytesPerConnection: { postgres: 9_531_392, 'aurora-postgresql': 9_531_392, mysql: 12_582_880 } as Readonly<Record<string, number>>,
  cap: { postgres: 5000, 'aurora-postgresql': 5000 } as Readonly<Record<string, number>>,
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.MaxConnections',
  checked: '2026-12-06',
} as const;

/** Memory of common instance classes, in GiB, by size (the same across t3/t4g, m5/m6g/m7g, r5/r6g/r7g families). */
const MEMORY_GIB: Record<string, Record<string, number>> = {
  t: { micro: 1, small: 2, medium: 4, large: 8, xlarge: 16, '2xlarge': 32 },
  m: { large: 8, xlarge: 16, '2xlarge': 32, '4xlarge': 64, '8xlarge': 128, '12xlarge': 192, '16xlarge': 256 },
  r: { large: 16, xlarge: 32, '2xlarge': 64, '4xlarge': 128, '8xlarge': 256, '12xlarge': 384, '16xlarge': 512 },
};
export const RDS_INSTANCE_MEMORY_URL = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html';

/** The memory of an instance class such as db.t4g.medium, when known. */
export function rdsInstanceMemoryGib(instanceClass: string): number | undefined {
  const m = /^db\.([tmr])\d+[a-z]*\.([a-z0-9]+)$/.exec(instanceClass);
  return m ? MEMORY_GIB[m[1]]?.[m[2]] : undefined;
}

/** AWS's default max_connections for an engine and instance class (from the class's full memory: an upper bound). */
export function rdsDefaultMaxConnections(engine: string, instanceClass: string): number | undefined {
  const gib = rdsInstanceMemoryGib(instanceClass);
  const per = RDS_MAX_CONNECTIONS.bytesPerConnection[engine];
  if (gib === undefined || per === undefined) return undefined;
  const n = Math.floor((gib * 1024 ** 3) / per);
  const cap = RDS_MAX_CONNECTIONS.cap[engine];
  return cap === undefined ? n : Math.min(n, cap);
}
