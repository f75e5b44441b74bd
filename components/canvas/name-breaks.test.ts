import { describe, expect, it } from 'vitest';
import { nameParts } from './name-breaks';

describe('nameParts', () => {
  it('splits a PascalCase name between its words, never inside one', () => {
    // The example was drawn as "DataActivityKine sisStream".
    expect(nameParts('DataActivityKinesisStream')).toEqual(['Data', 'Activity', 'Kinesis', 'Stream']);
  });
  it('keeps acronyms whole and splits after separators', () => {
    expect(nameParts('S3RawEvents')).toEqual(['S3', 'Raw', 'Events']);
    expect(nameParts('ETLJob')).toEqual(['ETL', 'Job']);
    expect(nameParts('orders-dlq_v2.main')).toEqual(['orders-', 'dlq_', 'v2.', 'main']);
  });
  it('leaves plain words alone (spaces already break)', () => {
    expect(nameParts('Lambda function 1')).toEqual(['Lambda function 1']);
  });
});
