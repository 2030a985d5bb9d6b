/**
 * Command-line operands → the list of inputs to read, in the order given:
 * `-` is stdin; an existing folder is searched recursively for `*.txt`
 * (`*.jsonl` with `--input jsonl`), in sorted order; an existing file is
 * itself; anything else that looks like a glob is expanded here (tinyglobby),
 * so quoted globs work on every shell. What cannot be used becomes an
 * `InputError` in the list, reported in its place while the rest goes on.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError, InputError } from './errors.js';

export type InputRef = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; error: InputError };

/** Code-unit order: stable across locales and machines. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file under `folder` whose name ends with `extension` (any case), sorted; unreadable subfolders are errors. */
async function searchFolder(folder: string, extension: string): Promise<InputRef[]> {
  // Keep the folder as the user wrote it (`seeds/` → `seeds/a.txt`, `./x` → `./x/a.txt`).
  const prefix = folder.endsWith('/') || folder.endsWith(path.sep) ? folder : folder + path.sep;
  const files: string[] = [];
  const errors: InputRef[] = [];
  const wanted = extension.toLowerCase();
  const walk = async (relative: string): Promise<void> => {
    const dir = prefix + relative;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      errors.push({ kind: 'error', error: new InputError(dir, describeFsError(error)) });
      return;
    }
    for (const entry of entries) {
      const child = relative + entry.name;
      if (entry.isDirectory()) {
        await walk(child + path.sep); // symbolic links to folders are not followed: no loops
      } else if (entry.name.toLowerCase().endsWith(wanted) && (entry.isFile() || entry.isSymbolicLink())) {
        files.push(prefix + child);
      }
    }
  };
  await walk('');
  const refs: InputRef[] = files.sort(byCodeUnit).map((file) => ({ kind: 'file', path: file }));
  if (refs.length === 0 && errors.length === 0) {
    return [{ kind: 'error', error: new InputError(folder, `folder has no *${extension} files`) }];
  }
  return [...refs, ...errors];
}

async function expandGlob(pattern: string): Promise<InputRef[]> {
  const matches = await glob([pattern], { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(pattern) });
  if (matches.length === 0) return [{ kind: 'error', error: new InputError(pattern, 'no files match this pattern') }];
  return matches.sort(byCodeUnit).map((file) => ({ kind: 'file', path: file }));
}

/** Expand the operands; `extension` is what folders are searched for (`.txt`, `.jsonl`). */
export async function expandInputs(operands: readonly string[], extension = '.txt'): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  for (const operand of operands) {
    if (operand === '-') {
      refs.push({ kind: 'stdin' });
      continue;
    }
    try {
      const info = await stat(operand);
      if (info.isDirectory()) refs.push(...(await searchFolder(operand, extension)));
      else refs.push({ kind: 'file', path: operand });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && isDynamicPattern(operand)) refs.push(...(await expandGlob(operand)));
      else refs.push({ kind: 'error', error: new InputError(operand, describeFsError(error)) });
    }
  }
  return refs;
}
