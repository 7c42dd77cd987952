/**
 * Reads a metered load-curve file from disk and hands its bytes to the pure importer of models/loads, so encoding
 * detection stays in one place. File-system errors become one-line messages naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { type ImportedLoadCurve, type LoadImportOptions, importEnedisLoadCurve } from '../../models/loads/importEnedisLoadCurve';

/** Enedis exports of one year at 10 min are about 3 MB; anything far larger is not a load curve. */
export const MAX_LOAD_FILE_BYTES = 64 * 1024 * 1024;

export class LoadFileReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadFileReadError';
  }
}

export async function readLoadFileBytes(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new LoadFileReadError(`${file}: not a regular file`);
    size = info.size;
  } catch (e) {
    if (e instanceof LoadFileReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadFileReadError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(e)})`);
  }
  if (size > MAX_LOAD_FILE_BYTES) throw new LoadFileReadError(`${file}: ${size} bytes is too large for a load curve (limit ${MAX_LOAD_FILE_BYTES})`);
  const buffer = await readFile(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Reads and imports an Enedis load curve; parse errors keep their line/column and gain the file name. */
export async function importLoadFile(file: string, options: LoadImportOptions = {}): Promise<ImportedLoadCurve> {
  const bytes = await readLoadFileBytes(file);
  try {
    return importEnedisLoadCurve(bytes, options);
  } catch (e) {
    throw new LoadFileReadError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
