import iconv from 'iconv-lite';

/** Text read from a file: the characters, and a note when the encoding had to be guessed. */
export type DecodedText = { text: string; notice: string | null } | { binary: true };

function swapPairs(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return out.swap16();
}

/** Share of the bytes at even (or odd) offsets that are 0: high on one side for UTF-16 text. */
function zeroShare(bytes: Buffer, offset: 0 | 1): number {
  let zeros = 0;
  let count = 0;
  for (let i = offset; i < bytes.length; i += 2, count++) if (bytes[i] === 0) zeros++;
  return count ? zeros / count : 0;
}

/**
 * Decodes a text file as a person saved it: UTF-8 (with or without BOM), UTF-16 with a BOM (as
 * Windows Notepad saves "Unicode"), or UTF-16 without one (recognised by its zero bytes). Bytes
 * that are not valid UTF-8 are read as Windows-1252 (Latin-1) with a notice, never analysed
 * silently as mojibake. A file with NUL bytes that is not UTF-16 is binary.
 */
export function decodeText(bytes: Buffer, name: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeText(bytes.subarray(3), name);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.subarray(2).toString('utf16le'), notice: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: swapPairs(bytes.subarray(2)).toString('utf16le'), notice: null };
  }
  if (bytes.includes(0)) {
    // Text without a BOM in UTF-16: one byte of each pair is 0 for Latin script.
    if (zeroShare(bytes, 1) > 0.3 && zeroShare(bytes, 0) < 0.05) {
      return {
        text: bytes.toString('utf16le'),
        notice: `Read ${name} as UTF-16 (no byte-order mark).`,
      };
    }
    if (zeroShare(bytes, 0) > 0.3 && zeroShare(bytes, 1) < 0.05) {
      return {
        text: swapPairs(bytes).toString('utf16le'),
        notice: `Read ${name} as UTF-16 (no byte-order mark).`,
      };
    }
    return { binary: true };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notice: null };
  } catch {
    return {
      // iconv-lite, as Node 20's TextDecoder reads 0x80-0x9F (€, curly quotes) as control codes.
      text: iconv.decode(bytes, 'windows-1252'),
      notice: `${name} is not UTF-8, so it was read as Latin-1 (Windows-1252). If letters look wrong in the report, save the file as UTF-8 and run again.`,
    };
  }
}
