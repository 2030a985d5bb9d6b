/** The library: `extract(text, options)` and the types of its output. No I/O here. */
export { extract } from './extract.js';
export { normaliseText } from './normalise/normalise.js';
export { parseVietnameseNumber, decimalToNumber } from './numbers/number.js';
export * from './types.js';
export { decodeBytes, DecodeError, type DecodedText } from './read/decode.js';
