/** Placeholder until the byline reader lands: finds no authors. */
export function findAuthors(_text: string): string[] {
  return [];
}
