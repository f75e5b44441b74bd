/**
 * lz-string's decompressFromEncodedURIComponent, with a cap on the text it produces. A share
 * link is untrusted, and LZ output grows much faster than its input: a link of a few hundred
 * KB can inflate to hundreds of MB before anything could look at it. This is the same
 * algorithm (lz-string 1.5, MIT), stopping as soon as the output passes `maxChars`; its
 * dictionary never holds more than the output does, so memory stays bounded too.
 */
const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...URI_SAFE].map((c, i) => [c, i]));
const RESET = 32;

export type CappedResult = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

export function decompressFromUriCapped(encoded: string, maxChars: number): CappedResult {
  const input = encoded.replace(/ /g, '+');
  if (input === '') return { ok: false, reason: 'damaged' };
  const value = (i: number) => VALUE.get(input.charAt(i)) ?? 0;
  let val = value(0);
  let position = RESET;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << n; power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = value(index++);
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  let first: string;
  switch (readBits(2)) {
    case 0:
      first = String.fromCharCode(readBits(8));
      break;
    case 1:
      first = String.fromCharCode(readBits(16));
      break;
    default:
      return { ok: true, text: '' };
  }
  dictionary[3] = first;
  let w = first;
  const result = [first];
  let total = first.length;
  for (;;) {
    if (index > input.length) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
    } else if (code === 2) return { ok: true, text: result.join('') };
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code];
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    total += entry.length;
    if (total > maxChars) return { ok: false, reason: 'too-large' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    w = entry;
    if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
  }
}
