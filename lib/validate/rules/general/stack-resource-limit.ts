// The template builder alone (not the YAML renderer or the CDK app): the designer runs this rule
// on every edit, and loads only what it needs.
import { buildTemplate } from '../../../export/cloudformation/build-template';
import { CLOUDFORMATION_QUOTAS_URL, MAX_STACK_RESOURCES } from '../../../model';
import { defineRule } from '../../define-rule';

/**
 * No node kind exports more than 20 resources (a Lambda function with its role, log group,
 * alarms and event configuration is the largest) and no edge more than 5, so a design under
 * this bound cannot reach the limit and the exporter need not run on every keystroke.
 */
const MAX_RESOURCES_PER_NODE = 20;
const MAX_RESOURCES_PER_EDGE = 5;

export const stackResourceLimit = defineRule({
  id: 'stack-resource-limit',
  area: 'general',
  severity: 'error',
  title: 'More resources than one CloudFormation stack holds',
  docsUrl: CLOUDFORMATION_QUOTAS_URL,
  description: `A CloudFormation stack declares at most ${MAX_STACK_RESOURCES} resources; a template with more is refused as a whole. Every node becomes one or more resources (a function brings its role, log group and alarms), so a large design has to be deployed as several stacks.`,
  check(ctx) {
    const { nodes, edges } = ctx.pipeline;
    if (nodes.length * MAX_RESOURCES_PER_NODE + edges.length * MAX_RESOURCES_PER_EDGE < MAX_STACK_RESOURCES) return [];
    let count: number;
    try {
      count = Object.keys(buildTemplate(ctx.pipeline, { alarms: true }).template.Resources).length;
    } catch {
      // A design the export refuses (rules of its own say why) has no template to count; rules never throw.
      return [];
    }
    if (count <= MAX_STACK_RESOURCES) return [];
    return [
      {
        path: ['nodes'],
        message: `the export makes ${count.toLocaleString('en-US')} CloudFormation resources (with alarms); one stack holds at most ${MAX_STACK_RESOURCES}, so CloudFormation refuses the whole template`,
        fix: 'Split the design: draw each part that deploys on its own as a pipeline of its own and export each as a stack (parts talk through the queues, streams and buckets they share), or deploy the parts as nested stacks (AWS::CloudFormation::Stack) under one parent stack. Leaving out the alarms (--no-alarms) saves a few resources but rarely enough.',
      },
    ];
  },
  examples: {
    failing: {
      nodes: Array.from({ length: 130 }, (_, i) => [
        { id: `q${i}`, kind: 'sqs-queue' as const },
        { id: `f${i}`, kind: 'lambda-function' as const },
      ]).flat(),
      edges: Array.from({ length: 130 }, (_, i) => ({ id: `q${i}-to-f${i}`, source: `q${i}`, target: `f${i}` })),
    },
    passing: {
      nodes: [
        { id: 'jobs', kind: 'sqs-queue' },
        { id: 'worker', kind: 'lambda-function' },
      ],
      edges: [{ id: 'jobs-to-worker', source: 'jobs', target: 'worker' }],
    },
  },
});
