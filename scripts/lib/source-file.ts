/**
 * A local source file (under --sources) read whole. A missing or unreadable file stops the build naming it, the
 * same way a file of the wrong shape does (SourceShapeError), so every step reports it alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepContext } from './context';
import { SourceShapeError } from './errors';

export function readSourceFile(file: string): string;
export function readSourceFile(file: string, as: 'bytes'): Buffer;
export function readSourceFile(file: string, as: 'text' | 'bytes' = 'text'): string | Buffer {
  try {
    return as === 'bytes' ? readFileSync(file) : readFileSync(file, 'utf8');
  } catch {
    throw new SourceShapeError(file, '(file)', 'cannot be read');
  }
}

/** A file by its path inside the --sources folder. */
export function readSourceText(ctx: StepContext, rel: string): string {
  return readSourceFile(join(ctx.opts.sources, rel));
}
