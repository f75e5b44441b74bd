import { EMR_IDLE_TIMEOUT, EMR_SUGGESTED_IDLE_SECONDS } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { duration, num } from '../../format';

export const emrAutoTermination = defineRule({
  id: 'emr-auto-termination',
  area: 'emr',
  severity: 'error',
  title: 'EMR cluster that never terminates by itself',
  docsUrl: EMR_IDLE_TIMEOUT.url,
  description:
    'A cluster on EC2 kept alive between steps runs, and bills every instance, until someone terminates it. An auto-termination policy ends it after an idle time of 60 s to 7 days; EMR ignores it on a cluster with three primary nodes, which always has termination protection on.',
  check(ctx) {
    return ctx.nodesOfKind('emr-cluster').flatMap((cluster) => {
      const c = cluster.config;
      if (c.deployment !== 'ec2') return [];
      const action = setAction(`Terminate after ${duration(EMR_SUGGESTED_IDLE_SECONDS)} idle`, 'node', cluster.id, 'autoTerminationIdleSeconds', EMR_SUGGESTED_IDLE_SECONDS);
      if (c.autoTerminationIdleSeconds === 0) {
        const instances = c.instanceCount + c.taskInstanceCount;
        return [
          ctx.atNode(cluster, 'autoTerminationIdleSeconds', {
            severity: 'warning',
            message: `the cluster has no auto-termination: its ${num(instances)} instance${instances === 1 ? ' runs and bills' : 's run and bill'} ${num(instances * 24 * 30)} instance-hours a month, idle or not, until someone terminates it`,
            fix: 'Set an idle timeout (e.g. 1 hour), or run the work on EMR Serverless, which stops when idle.',
            action,
          }),
        ];
      }
      if (c.highAvailability) {
        return [
          ctx.atNode(cluster, 'highAvailability', {
            severity: 'warning',
            message: `with three primary nodes EMR turns termination protection on and ignores the ${duration(c.autoTerminationIdleSeconds)} idle timeout: the cluster runs until someone turns protection off and terminates it`,
            fix: 'Use one primary node for clusters that should end when idle; keep three for long-running shared clusters, with an alarm on idle time.',
            action: setAction('Use one primary node', 'node', cluster.id, 'highAvailability', false),
          }),
        ];
      }
      if (c.autoTerminationIdleSeconds < EMR_IDLE_TIMEOUT.minSeconds) {
        return [
          ctx.atNode(cluster, 'autoTerminationIdleSeconds', {
            message: `an idle timeout of ${num(c.autoTerminationIdleSeconds)} s is below EMR's minimum of ${num(EMR_IDLE_TIMEOUT.minSeconds)} s: the cluster cannot be created`,
            fix: `Use ${num(EMR_IDLE_TIMEOUT.minSeconds)} to ${num(EMR_IDLE_TIMEOUT.maxSeconds)} s.`,
            action,
          }),
        ];
      }
      return [];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'spark', kind: 'emr-cluster', config: { autoTerminationIdleSeconds: 0 } }] },
    passing: { nodes: [{ id: 'spark', kind: 'emr-cluster', config: { autoTerminationIdleSeconds: 3600 } }] },
  },
});
