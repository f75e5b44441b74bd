import { describe, expect, it } from 'vitest';
import { CATALOG, ICON_FAMILIES, KIND_ICON_FAMILY, KIND_IDS } from '..';

describe('icon families', () => {
  it("every service's tile has its AWS icon family's colour", () => {
    for (const kind of KIND_IDS) expect(CATALOG[kind].icon.color, kind).toBe(ICON_FAMILIES[KIND_ICON_FAMILY[kind]].color);
  });

  it('each family has a shape of its own, so colour is not the only difference', () => {
    const shapes = Object.values(ICON_FAMILIES).map((f) => f.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('the families are AWS\'s: Glue, Kinesis, Firehose, Athena are Analytics; SQS, SNS, EventBridge are Application Integration', () => {
    expect(['glue-job', 'glue-crawler', 'kinesis-stream', 'firehose', 'athena-workgroup'].map((k) => KIND_ICON_FAMILY[k as keyof typeof KIND_ICON_FAMILY])).toEqual(Array(5).fill('analytics'));
    expect(['sqs-queue', 'sns-topic', 'schedule'].map((k) => KIND_ICON_FAMILY[k as keyof typeof KIND_ICON_FAMILY])).toEqual(Array(3).fill('application-integration'));
    expect(KIND_ICON_FAMILY['lambda-function']).toBe('compute');
    expect(KIND_ICON_FAMILY['s3-bucket']).toBe('storage');
  });
});
