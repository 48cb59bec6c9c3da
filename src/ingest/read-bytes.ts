import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './errors.js';

/**
 * Reads the input's bytes: a file relative to `cwd`, or the stream for `-`. A file is read at once: a batch is
 * bound by the processor, and an asynchronous read's round trip through the thread pool cost about 0.2 ms a file.
 */
export async function readBytes(path: string, cwd: string, stdin?: NodeJS.ReadableStream): Promise<Buffer> {
  if (path === '-') return readStream(stdin ?? process.stdin);
  try {
    return readFileSync(resolve(cwd, path));
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  } catch (err) {
    throw new InputError('-', `cannot read standard input: ${err instanceof Error ? err.message : String(err)}`);
  }
  return Buffer.concat(chunks);
}

/** One line for a file-system error, by its code. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
