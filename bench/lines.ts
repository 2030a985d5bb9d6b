/** Lines of a stream (stdin by default), as strings, without readline's per-line overhead. */
export async function* readLines(stream: NodeJS.ReadableStream = process.stdin): AsyncGenerator<string> {
  (stream as NodeJS.ReadStream).setEncoding?.('utf8');
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    const data = rest + chunk;
    let from = 0;
    for (let nl = data.indexOf('\n'); nl !== -1; nl = data.indexOf('\n', from)) {
      yield data.slice(from, nl);
      from = nl + 1;
    }
    rest = data.slice(from);
  }
  if (rest !== '') yield rest;
}

/** A JSONL corpus line: `{"id","text"}`. */
export interface CorpusLine {
  id: string;
  text: string;
}
