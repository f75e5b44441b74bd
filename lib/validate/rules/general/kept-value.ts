import { keptValuesInForce } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';

/** Where a kept value goes in its resource, as CloudFormation paths read: Resources.Db.Properties.Applications[2]. */
function place(logicalId: string, property: (string | number)[]): string {
  return `Resources.${logicalId}.Properties${property.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
}

/** An imported database whose 5 GB of storage (under RDS's minimum) was kept as written. */
const IMPORTED_5_GB = {
  nodes: {
    'orders-db': {
      logicalId: 'OrdersDb',
      resource: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', AllocatedStorage: 5, DBInstanceClass: 'db.t4g.medium' } },
      drawn: '{"name":"orders-db","config":{"engine":"mysql","allocatedStorageGb":20}}',
      values: [{ field: 'allocatedStorageGb', property: ['AllocatedStorage'], value: 5, reason: 'must be at least 20, got 5' }],
    },
  },
};

export const keptValue = defineRule({
  id: 'kept-value',
  area: 'general',
  severity: 'info',
  title: 'A value from the imported template is kept as written',
  docsUrl: AWS_DOCS.cfnResourceTypes,
  description:
    'An imported template may set a value that AWS accepts but the designer does not offer: an EMR application it does not list, a legacy instance type, an engine written in other letter cases, storage below the designer\'s minimum. The import keeps it as written and the export writes it back, but the node shows, simulates and prices the designer\'s own value. Setting the field in the inspector replaces the kept value.',
  check(ctx) {
    const kept = ctx.pipeline.kept;
    if (!kept) return [];
    return ctx.pipeline.nodes.flatMap((node) => {
      const k = kept.nodes[node.id];
      return keptValuesInForce(node, k).map((v) => {
        const shown = (node.config as Record<string, unknown>)[v.field];
        return ctx.atNode(node, v.field, {
          message: `${place(k.logicalId, v.property)} is ${JSON.stringify(v.value)}, kept as written from the imported template (${v.reason}): the export writes it, while the designer shows, simulates and prices ${v.field} ${shown === undefined ? 'unset' : JSON.stringify(shown)}`,
          fix: `Keep the template's value (suppress this finding), or set ${v.field} in the inspector: the export then writes the designer's value instead.`,
        });
      });
    });
  },
  examples: {
    failing: {
      nodes: [{ id: 'orders-db', kind: 'rds-database', config: { engine: 'mysql' } }],
      kept: IMPORTED_5_GB,
    },
    passing: {
      // The user has set the storage since the import: the designer's 100 GB is exported.
      nodes: [{ id: 'orders-db', kind: 'rds-database', config: { engine: 'mysql', allocatedStorageGb: 100 } }],
      kept: IMPORTED_5_GB,
    },
  },
});
