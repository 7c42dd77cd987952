/**
 * Delimited-text reader for French energy data: semicolon or comma separators (guessed from the
 * header line), RFC 4180 quoting ("" inside quotes), CRLF or LF, a UTF-8 BOM, and decimal commas
 * ("1 234,5"). Pure string work: files are read elsewhere. Errors carry the 1-based file line.
 */
export interface CsvTable {
  readonly delimiter: ';' | ',';
  readonly header: readonly string[];
  /** Data rows with the file line each starts on (1-based; the header is line 1 of the text). */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

function guessDelimiter(firstLine: string): ';' | ',' {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === ',') comma++;
  }
  return semi >= comma && semi > 0 ? ';' : comma > 0 ? ',' : ';';
}

export function parseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = src.search(/\r?\n/);
  const delimiter = guessDelimiter(firstBreak < 0 ? src : src.slice(0, firstBreak));
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field.trim() !== '') throw new CsvError('a quote opens in the middle of a field', line);
      field = '';
      quoted = true;
      fieldWasQuoted = true;
    } else if (ch === delimiter) {
      cells.push(fieldWasQuoted ? field : field.trim());
      field = '';
      fieldWasQuoted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(fieldWasQuoted ? field : field.trim());
      if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
      cells = [];
      field = '';
      fieldWasQuoted = false;
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  if (quoted) throw new CsvError('a quoted field is never closed', recordLine);
  if (field !== '' || cells.length > 0 || fieldWasQuoted) {
    cells.push(fieldWasQuoted ? field : field.trim());
    records.push({ line: recordLine, cells });
  }
  if (records.length === 0) throw new CsvError('the file is empty', 1);
  const [head, ...rows] = records;
  for (const r of rows) {
    if (r.cells.length !== head.cells.length) {
      throw new CsvError(`${r.cells.length} fields where the header has ${head.cells.length} (separator "${delimiter}")`, r.line);
    }
  }
  return { delimiter, header: head.cells, rows };
}

/**
 * A French or international decimal: "1234.5", "1234,5", "1 234,5" (space, no-break or narrow
 * no-break thousands separators). Returns NaN for anything else, including an empty cell.
 */
export function parseDecimal(cell: string): number {
  const compact = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(compact)) return NaN;
  return Number(compact.replace(',', '.'));
}

/** Index of a header column, matched case- and accent-insensitively on any of the names. */
export function findColumn(header: readonly string[], ...names: string[]): number {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const wanted = names.map(norm);
  return header.findIndex((h) => wanted.includes(norm(h)));
}
