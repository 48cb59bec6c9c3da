import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from './errors.js';
import { byCodeUnit } from '../util.js';
import { FORMAT_BY_EXTENSION, formatOfPath } from './format.js';
import { describeFsError } from './read-bytes.js';

const EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION).join(' ');

/**
 * Turns command-line inputs into files: a file stays as given, a folder is walked (supported extensions,
 * no node_modules, no dot entries), a glob is expanded, `-` (stdin) passes through. Each argument's files
 * are sorted; arguments keep their order; a file named twice is kept once. Missing paths and globs or
 * folders that yield nothing become errors.
 */
export async function expandInputs(args: string[], cwd: string): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    const key = path === '-' ? '-' : resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    let stats: Stats | null = null;
    let statError: unknown = null;
    try {
      stats = await stat(resolve(cwd, arg));
    } catch (e) {
      statError = e;
    }
    let found: string[];
    if (stats?.isDirectory()) {
      found = await walk(cwd, arg, errors);
      if (found.length === 0 && !errors.some((e) => e.file === arg)) errors.push(new InputError(arg, `folder holds no input files (${EXTENSIONS})`));
    } else if (stats) {
      found = [arg];
    } else if (isDynamicPattern(arg)) {
      found = await expandGlob(arg, cwd, errors);
    } else {
      errors.push(new InputError(arg, describeFsError(statError)));
      continue;
    }
    for (const f of found) add(f);
  }
  return { files, errors };
}


/** Input files below `dir`, sorted; a folder that cannot be read is an error of its own and the walk goes on. */
async function walk(cwd: string, dir: string, errors: InputError[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(resolve(cwd, rel), { withFileTypes: true });
    } catch (e) {
      errors.push(new InputError(rel, `folder cannot be read: ${describeFsError(e)}`));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(rel, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (formatOfPath(entry.name) !== null && (entry.isFile() || (await isFileLink(resolve(cwd, path))))) out.push(path);
      // Symbolic links to folders are not followed: no cycles.
    }
  };
  await visit(dir);
  return out.sort(byCodeUnit);
}

async function isFileLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function expandGlob(pattern: string, cwd: string, errors: InputError[]): Promise<string[]> {
  let matched: string[];
  try {
    matched = await glob(pattern, {
      cwd,
      absolute: isAbsolute(pattern), // paths come back in the form the pattern was given
      onlyFiles: true,
      expandDirectories: false,
      ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**'],
    });
  } catch (e) {
    errors.push(new InputError(pattern, `bad glob pattern: ${e instanceof Error ? e.message : String(e)}`));
    return [];
  }
  const supported = matched.filter((p) => formatOfPath(p) !== null).sort(byCodeUnit);
  if (matched.length === 0) errors.push(new InputError(pattern, 'no files match this pattern'));
  else if (supported.length === 0) {
    errors.push(new InputError(pattern, `pattern matches ${matched.length} file(s) but none with a supported extension (${EXTENSIONS})`));
  }
  return supported;
}
