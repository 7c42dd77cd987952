import { describe, expect, it } from 'vitest';
import { CsvError, findColumn, parseCsv, parseDecimal } from './csv';

describe('parseCsv', () => {
  it('reads semicolons, quotes with doubled quotes and embedded separators, CRLF and a BOM', () => {
    const t = parseCsv('\ufeffNom;Valeur\r\n"Mairie; annexe";"1 234,5"\r\n"Dit ""X""";2\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['Nom', 'Valeur']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['Mairie; annexe', '1 234,5'],
      ['Dit "X"', '2'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });
  it('guesses commas and skips blank lines while keeping file line numbers', () => {
    const t = parseCsv('a,b\n1,2\n\n3,4');
    expect(t.delimiter).toBe(',');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });
  it('counts lines inside quoted multi-line fields', () => {
    const t = parseCsv('a;b\n"x\ny";1\nz;2\n');
    expect(t.rows[1].line).toBe(4);
  });
  it('reports a wrong field count with its line', () => {
    expect(() => parseCsv('a;b\n1;2\n1;2;3\n')).toThrow(new CsvError('3 fields where the header has 2 (separator ";")', 3));
  });
  it('reports an unclosed quote and an empty file', () => {
    expect(() => parseCsv('a;b\n"1;2\n')).toThrow(/line 2: a quoted field is never closed/);
    expect(() => parseCsv('\n\n')).toThrow(/the file is empty/);
  });
});

describe('parseDecimal', () => {
  it('accepts French and international forms', () => {
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('1\u202f234,5')).toBe(1234.5);
    expect(parseDecimal('0.25')).toBe(0.25);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('1e3')).toBe(1000);
  });
  it('refuses text, empty cells and two separators', () => {
    expect(parseDecimal('')).toBeNaN();
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal('1,234.5')).toBeNaN();
  });
});

describe('findColumn', () => {
  it('ignores case, accents and punctuation', () => {
    expect(findColumn(['PRM', 'Rôle', 'Lat (°)'], 'role')).toBe(1);
    expect(findColumn(['PRM', 'Rôle'], 'priorite', 'priority')).toBe(-1);
  });
});
