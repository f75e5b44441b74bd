import { describe, expect, it } from 'vitest';
import { readPipelineFile } from './read-pipeline';

describe('readPipelineFile', () => {
  it('names the file and ends its message with a full stop', () => {
    const result = readPipelineFile('notes.sluice.json', '{\n  "format": "sluice.pipeline",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Could not open notes\.sluice\.json: not valid JSON at line 3/);
    expect(result.message).toMatch(/\.$/);
    expect(result.message).not.toContain('Import template');
  });

  it('points a CloudFormation template to the template import', () => {
    for (const [name, text] of [
      ['stack.yaml', 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n'],
      ['stack.json', '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {} }'],
    ]) {
      const result = readPipelineFile(name, text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('It looks like a CloudFormation template: use Code › Import template… to draw it.');
    }
  });
});
