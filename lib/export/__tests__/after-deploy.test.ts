import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { afterDeploySteps } from '../after-deploy';

describe('the after-you-deploy list', () => {
  it('lists only what a template cannot do: scripts to upload, SQL to run, a subscription to confirm', () => {
    const p = new PipelineBuilder('x')
      .node('fn', 'lambda-function')
      .node('load', 'glue-job')
      .node('delivery', 'firehose')
      .node('warehouse', 'redshift-cluster')
      .edge('delivery', 'warehouse')
      .build();
    const steps = afterDeploySteps(p, { view: 'cloudformation', alarms: true });
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('glue/load.py');
    expect(steps[1]).toContain('Create the table delivery in the dev database of warehouse');
    expect(steps[2]).toContain('AlarmTopicArn');
    // The CDK app uploads the scripts as assets; without alarms there is nothing to subscribe to.
    expect(afterDeploySteps(p, { view: 'cdk', alarms: false })).toEqual([steps[1]]);
  });

  it('is empty for a design that deploys complete', () => {
    const p = new PipelineBuilder('y').node('in', 's3-bucket').node('out', 'sqs-queue').edge('in', 'out').build();
    expect(afterDeploySteps(p, { view: 'cloudformation', alarms: true })).toEqual([]);
  });
});
