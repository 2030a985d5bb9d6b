/**
 * Bytes → text: the decoding step of the pipeline. Pure (no I/O): the CLI
 * reads files and hands the bytes here.
 */

export interface DecodedText {
  text: string;
  /** What the reader should know, e.g. "decoded as windows-1258". */
  warnings: string[];
}

/** Input that is not text (NUL bytes) or that no supported encoding decodes. */
export class DecodeError extends Error {}

/** Placeholder: UTF-8 only. Replaced by the full decoder (BOMs, UTF-16, windows-1258, TCVN3, VNI). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) throw new DecodeError('binary file (contains NUL bytes)');
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), warnings: [] };
}
