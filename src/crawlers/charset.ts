import iconv from 'iconv-lite';
import chardet from 'chardet';
import { NewsfactsError } from '../errors';

/**
 * Bytes to text, in the order browsers use: a byte-order mark, then the Content-Type charset, then a
 * <meta charset> or http-equiv in the first 4 KB, then a statistical detector, then UTF-8.
 */
export interface DecodedText {
  text: string;
  charset: string;
  /** which step chose the charset: "bom", "header", "meta", "detector", "default" */
  source: 'bom' | 'header' | 'meta' | 'detector' | 'default';
}

const META_SNIFF_BYTES = 4096;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;
const HIGH_BYTE = /[\x80-\xff]/;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

// WHATWG: these labels mean windows-1252 in practice, and a page declaring UTF-16 in a meta tag is UTF-8.
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
};

function normalizeLabel(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const name = LABEL_ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}

function sniffBom(body: Buffer): string | null {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

function isValidUtf8(body: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

export function decodeBody(body: Buffer, contentType: string | null = null): DecodedText {
  const bom = sniffBom(body);
  if (bom) return decodeWith(body, bom, 'bom');

  const fromHeader = contentType ? HEADER_CHARSET.exec(contentType)?.[1] : undefined;
  const headerCharset = fromHeader ? normalizeLabel(fromHeader) : null;
  if (headerCharset) return decodeDeclared(body, headerCharset, 'header');

  const head = body.subarray(0, META_SNIFF_BYTES).toString('latin1');
  const fromMeta = META_CHARSET.exec(head)?.[1];
  let metaCharset = fromMeta ? normalizeLabel(fromMeta) : null;
  if (metaCharset?.startsWith('utf-16')) metaCharset = 'utf-8';
  if (metaCharset) return decodeDeclared(body, metaCharset, 'meta');

  if (isValidUtf8(body)) return decodeWith(body, 'utf-8', 'default');
  const detected = chardet.detect(body);
  const detectedCharset = detected ? normalizeLabel(detected) : null;
  return decodeWith(body, detectedCharset ?? 'windows-1252', detectedCharset ? 'detector' : 'default');
}

/**
 * A page that declares a legacy charset (in the header or a meta tag) but whose bytes are valid UTF-8 with
 * multi-byte characters was re-saved as UTF-8 without updating the declaration, or sits behind a server whose
 * default charset is Latin-1: trust the bytes. Real windows-1252 text almost never forms valid UTF-8 sequences
 * ("Ã©" in place of "é" is what the opposite mistake looks like).
 */
function decodeDeclared(body: Buffer, declared: string, source: 'header' | 'meta'): DecodedText {
  if (declared !== 'utf-8' && !declared.startsWith('utf-16') && HIGH_BYTE.test(body.toString('latin1')) && isValidUtf8(body)) {
    return decodeWith(body, 'utf-8', 'detector');
  }
  return decodeWith(body, declared, source);
}

function decodeWith(body: Buffer, charset: string, source: DecodedText['source']): DecodedText {
  try {
    return { text: iconv.decode(body, charset, { stripBOM: true }), charset, source };
  } catch (err) {
    throw new NewsfactsError('DECODE_FAILED', `cannot decode the body as ${charset}`, { cause: err });
  }
}
