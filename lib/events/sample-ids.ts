import { bucketNamePart } from '../export/cloudformation/references';
import { SAMPLE_ACCOUNT, SAMPLE_REGION } from '../model/facts/lambda-events';
import type { PipelineNode } from '../model';

/**
 * Deterministic stand-ins for what AWS generates (message ids, sequence numbers, ARNs): the same
 * design always gives the same sample, so it can be copied, diffed and snapshot-tested.
 */

/** FNV-1a over a string, as 8 hex digits. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A UUID-shaped id (version 4 layout) from a seed. */
export function sampleUuid(seed: string): string {
  const hex = fnv(seed) + fnv(`${seed}/1`) + fnv(`${seed}/2`) + fnv(`${seed}/3`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A long decimal sequence number (Kinesis: 56 digits; DynamoDB: 21+), increasing with `index`. */
export function sampleSequence(seed: string, index: number, digits: number): string {
  const stem = BigInt(`0x${fnv(seed)}${fnv(`${seed}#`)}`).toString().padStart(20, '0');
  const tail = String(index + 1).padStart(6, '0');
  return `49${stem}`.padEnd(digits - tail.length, '0').slice(0, digits - tail.length) + tail;
}

/** Base64 of UTF-8 text, in the browser, a worker and Node alike. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The resource name a sample shows for a node (AWS's naming rules kept: tables 3+ chars, FIFO suffixes). */
export function sampleResourceName(node: PipelineNode): string {
  // A DynamoDB table name has 3 to 255 characters; queue, topic and stream names may be shorter.
  const base = node.kind !== 'dynamodb-table' || node.id.length >= 3 ? node.id : `${node.id}-${'x'.repeat(3 - node.id.length)}`;
  if ((node.kind === 'sqs-queue' || node.kind === 'sns-topic') && node.config.fifo) return `${base.slice(0, 75)}.fifo`;
  return base;
}

export function sampleBucketName(pipelinePrefix: string, node: PipelineNode): string {
  return `${pipelinePrefix}-${bucketNamePart(node.id)}-${SAMPLE_ACCOUNT}-${SAMPLE_REGION}`.slice(0, 63).replace(/-+$/, '');
}

export function sampleArn(service: string, resource: string): string {
  return `arn:aws:${service}:${SAMPLE_REGION}:${SAMPLE_ACCOUNT}:${resource}`;
}

/** S3 writes an object key in an event URL-encoded as a form value: spaces as "+", "/" kept. */
export function s3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}
