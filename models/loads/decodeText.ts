/**
 * Text decoding of imported files. Enedis exports are UTF-8 (sometimes with a byte-order mark) from the customer
 * space, and often Windows-1252 once opened and saved again in a French spreadsheet. A strict UTF-8 decode fails on
 * cp1252 accented bytes (é = 0xE9 alone is invalid UTF-8), which is the detection rule used here.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

// Bytes 0x80–0x9F of Windows-1252 (WHATWG Encoding Standard, index-single-byte windows-1252); 0 = undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

// Decoded by hand: Node's TextDecoder('windows-1252') maps 0x80–0x9F as Latin-1 control codes (checked on
// Node 20), which would turn '€' and typographic quotes into invisible characters.
function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
  }
}
