import { InputError } from './errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes the bytes as UTF-8, refusing what is not an article's text: binary data (a NUL byte),
 * UTF-16, invalid UTF-8, an empty or white-space-only file. A UTF-8 BOM is dropped.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new InputError(file, 'UTF-16 encoded (byte-order mark at offset 0); convert it to UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, `binary file (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` (byte 0x${hex(bytes[at] ?? 0)} at offset ${at})` : '';
    throw new InputError(file, `not valid UTF-8${where}; convert it to UTF-8`);
  }
  if (!/\S/.test(text)) throw new InputError(file, text.length === 0 ? 'empty file' : 'empty file (only white space)');
  return text;
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. Only called after decoding failed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // truncated at end of file
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}
