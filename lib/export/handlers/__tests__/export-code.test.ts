import { describe, expect, it } from 'vitest';
import { triggerCases } from '../../../events/testing/trigger-pipelines';
import { buildGraph, PipelineBuilder, type NodeOfKind, type Pipeline } from '../../../model';
import { INLINE_CODE_BUDGET_BYTES } from '../../../model/facts/lambda-events';
import { exportCdkApp, exportCloudFormation } from '../../index';
import { handlerSource } from '../index';
import { handlerPlan } from '../plan';

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const resources = (p: Pipeline): Rec => exportCloudFormation(p).template.Resources as Rec;
const fnOf = (p: Pipeline) => buildGraph(p).node('fn') as NodeOfKind<'lambda-function'>;

describe('the export and the handler agree', () => {
  it('batchItemFailures are returned only where the mapping has ReportBatchItemFailures', () => {
    for (const c of triggerCases()) {
      const graph = buildGraph(c.pipeline);
      const plan = handlerPlan(graph, fnOf(c.pipeline));
      const mapping = Object.values(resources(c.pipeline)).find((r: Rec) => r.Type === 'AWS::Lambda::EventSourceMapping') as Rec | undefined;
      const code = handlerSource(graph, fnOf(c.pipeline))!.code;
      if (!mapping) {
        expect(plan.families[0].reportsItemFailures, c.name).toBe(false);
        continue;
      }
      const reports = (mapping.Properties.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures');
      expect(plan.families[0].reportsItemFailures, c.name).toBe(reports);
      // Without it, the handler fails the whole batch instead of returning item failures.
      expect(code.includes('does not report item failures: fail the whole batch'), c.name).toBe(!reports);
    }
  });

  it('a Firehose processor: ProcessingConfiguration on the delivery stream, no mapping or item-failure setting for the function', () => {
    // Firehose invokes the function itself (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html):
    // no event source mapping, so no FunctionResponseTypes; the handler returns records[], never batchItemFailures.
    for (const name of ['firehose', 'firehose-kinesis']) {
      const c = triggerCases().find((t) => t.name === name)!;
      const r = resources(c.pipeline);
      expect(Object.values(r).filter((x: Rec) => x.Type === 'AWS::Lambda::EventSourceMapping'), name).toEqual([]);
      expect(JSON.stringify(r), name).not.toContain('ReportBatchItemFailures');
      expect(r.FnFunction.Properties.Environment?.Variables?.SLUICE_ITEM_FAILURE_SOURCES, name).toBeUndefined();
      const stream = Object.values(r).find((x: Rec) => x.Type === 'AWS::KinesisFirehose::DeliveryStream') as Rec;
      const destination = Object.entries(stream.Properties).find(([k]) => k.endsWith('DestinationConfiguration'))![1] as Rec;
      const [processor] = destination.ProcessingConfiguration.Processors;
      expect(processor.Parameters[0]).toEqual({ ParameterName: 'LambdaArn', ParameterValue: { 'Fn::GetAtt': ['FnFunction', 'Arn'] } });
      // The Direct PUT case sets a 2 MB processor buffer on the edge; the Kinesis one keeps AWS's default (left out).
      expect(processor.Parameters.slice(1), name).toEqual(name === 'firehose' ? [{ ParameterName: 'BufferSizeInMBs', ParameterValue: '2' }] : []);
      const code = handlerSource(buildGraph(c.pipeline), fnOf(c.pipeline))!.code;
      expect(code).toContain('"ProcessingFailed"');
      expect(code).not.toContain('batchItemFailures');
    }
  });

  it('two queues into one function, only one reporting: the export lists the reporting queue for the handler', () => {
    const p = new PipelineBuilder().node('a', 'sqs-queue').node('b', 'sqs-queue').node('fn', 'lambda-function', { runtime: 'python3.13' })
      .edge('a', 'fn', { reportBatchItemFailures: true }).edge('b', 'fn').build();
    const plan = handlerPlan(buildGraph(p), fnOf(p)).families[0];
    expect([plan.reportsItemFailures, plan.mixed]).toEqual([false, true]);
    const fn = resources(p).FnFunction.Properties;
    expect(fn.Environment.Variables.SLUICE_ITEM_FAILURE_SOURCES).toEqual({ 'Fn::Join': [',', [{ 'Fn::GetAtt': ['AQueue', 'Arn'] }]] });
    expect(exportCdkApp(p).files['lib/test-pipeline-stack.ts']).toContain('SLUICE_ITEM_FAILURE_SOURCES: cdk.Fn.join(",", [cdk.Fn.getAtt("AQueue", "Arn").toString()])');
  });
});

describe('CloudFormation: inline where it fits, packaged otherwise', () => {
  it('an index handler is inlined as the generated code', () => {
    const p = triggerCases('nodejs22.x').find((c) => c.name === 'kinesis')!.pipeline;
    const fn = Object.values(resources(p)).find((r: Rec) => r.Type === 'AWS::Lambda::Function') as Rec;
    expect(fn.Properties.Code.ZipFile).toBe(handlerSource(buildGraph(p), fnOf(p))!.code);
    expect(fn.Properties.Code.ZipFile).toContain("Buffer.from(record.kinesis.data, 'base64')");
  });

  it('a handler in another file, or one over the inline budget, is a package with instructions', () => {
    const other = new PipelineBuilder().node('q', 'sqs-queue').node('fn', 'lambda-function', { runtime: 'python3.13', handler: 'app.main' }).edge('q', 'fn').build();
    const t = exportCloudFormation(other).template;
    expect((t.Resources.FnFunction.Properties as Rec).Code).toEqual({ S3Bucket: { Ref: 'FnFunctionCodeBucket' }, S3Key: { Ref: 'FnFunctionCodeKey' } });
    expect(t.Parameters!.FnFunctionCodeBucket.Description).toBe('S3 bucket holding the deployment package of function fn (zip lambda/fn/app.py from sluice export --out)');
    // 40 writes: about 300 bytes of writer each puts the handler over the budget (12,800 bytes).
    const b = new PipelineBuilder().node('q', 'sqs-queue').node('fn', 'lambda-function', { runtime: 'python3.13' }).edge('q', 'fn');
    for (let i = 0; i < 40; i++) b.node(`out${i}`, 'sqs-queue').edge('fn', `out${i}`);
    const big = b.build();
    expect(new TextEncoder().encode(handlerSource(buildGraph(big), fnOf(big))!.code).length).toBeGreaterThan(INLINE_CODE_BUDGET_BYTES);
    expect((exportCloudFormation(big).template.Resources.FnFunction.Properties as Rec).Code.S3Key).toEqual({ Ref: 'FnFunctionCodeKey' });
  });

  it('a Java function keeps its package and gets a placeholder README in the app', () => {
    const p = new PipelineBuilder().node('q', 'sqs-queue').node('fn', 'lambda-function', { runtime: 'java21', handler: 'com.example.Handler::handleRequest' }).edge('q', 'fn').build();
    expect((exportCloudFormation(p).template.Resources.FnFunction.Properties as Rec).Code.S3Bucket).toEqual({ Ref: 'FnFunctionCodeBucket' });
    const app = exportCdkApp(p).files;
    expect(app['lambda/fn/README.md']).toContain('Sluice generates handlers for Python and Node.js only, and this function runs java21');
  });
});

describe('CDK: the handlers are files of the app', () => {
  it('writes lambda/<id>/<file> and points the function at it', () => {
    const p = triggerCases('nodejs22.x').find((c) => c.name === 'sqs-fifo')!.pipeline;
    const { files } = exportCdkApp(p);
    expect(files['lambda/fn/index.js']).toBe(handlerSource(buildGraph(p), fnOf(p))!.code);
    expect(JSON.parse(files['lambda/fn/package.json'])).toEqual({ private: true, type: 'commonjs' });
    const stack = Object.entries(files).find(([k]) => k.endsWith('-stack.ts'))![1];
    expect(stack).toContain('code: lambda.Code.fromAsset(fileURLToPath(new URL("../lambda/fn", import.meta.url))),');
    expect(stack).not.toContain('FnFunctionCodeBucket');
  });
});
