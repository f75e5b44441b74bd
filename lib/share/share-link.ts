import LZString from 'lz-string';
import { formatMb, MAX_PIPELINE_TEXT_CHARS, parsePipelineText, type Pipeline } from '../model';
import { decompressFromUriCapped } from './decompress-capped';
import { summariseProblems } from '../persist/summarise-problems';

/** The URL fragment key that carries a shared pipeline: `#share=<lz-string>`. */
export const SHARE_PARAM = 'share';

export type ShareDecodeResult =
  | { kind: 'none' }
  | { kind: 'ok'; pipeline: Pipeline; migratedFrom?: number }
  | { kind: 'error'; message: string };

/** The fragment (without `#`) that carries the pipeline, compressed so it survives in a URL. */
export function encodeShareFragment(pipeline: Pipeline): string {
  return `${SHARE_PARAM}=${LZString.compressToEncodedURIComponent(JSON.stringify(pipeline))}`;
}

/** A full link to this page with the pipeline in the fragment; the fragment never reaches a server. */
export function shareUrl(pageUrl: string, pipeline: Pipeline): string {
  const base = pageUrl.split('#')[0];
  return `${base}#${encodeShareFragment(pipeline)}`;
}

/** The compressed payload in a fragment such as `#share=...`, or undefined when there is none. */
export function sharePayload(fragment: string): string | undefined {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0 ? part === SHARE_PARAM : part.slice(0, eq) === SHARE_PARAM) return eq < 0 ? '' : part.slice(eq + 1);
  }
  return undefined;
}

const BROKEN_LINK = 'the share link is damaged or incomplete (was it cut off when copied?)';

/**
 * Read a pipeline out of a URL fragment. Untrusted: it goes through the same parser and
 * migrations as a file, and any failure comes back as a message, never as an exception.
 */
export function decodeShareFragment(fragment: string, maxChars = MAX_PIPELINE_TEXT_CHARS): ShareDecodeResult {
  const payload = sharePayload(fragment);
  if (payload === undefined) return { kind: 'none' };
  if (payload === '') return { kind: 'error', message: `${BROKEN_LINK}: it carries no pipeline after "${SHARE_PARAM}="` };
  // Capped while it inflates: a link is untrusted and LZ text can grow far beyond the link.
  const inflated = decompressFromUriCapped(payload, maxChars);
  if (!inflated.ok && inflated.reason === 'too-large') {
    return { kind: 'error', message: `the shared pipeline is too large to open: it inflates to more than ${formatMb(maxChars)}, the most Sluice reads` };
  }
  if (!inflated.ok || !inflated.text) return { kind: 'error', message: `${BROKEN_LINK}: it does not decompress to a pipeline` };
  const parsed = parsePipelineText(inflated.text);
  if (!parsed.ok) {
    return { kind: 'error', message: `the shared pipeline is not valid: ${summariseProblems(parsed.problems)}` };
  }
  return parsed.migratedFrom === undefined
    ? { kind: 'ok', pipeline: parsed.pipeline }
    : { kind: 'ok', pipeline: parsed.pipeline, migratedFrom: parsed.migratedFrom };
}

/** The fragment with the share payload taken out (other keys kept), for `history.replaceState`. */
export function withoutShare(fragment: string): string {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const rest = body.split('&').filter((part) => part !== '' && part !== SHARE_PARAM && !part.startsWith(`${SHARE_PARAM}=`));
  return rest.length ? `#${rest.join('&')}` : '';
}
