/** A table of rows, one cell per column: the header, body and keys that every territory table repeats. */
import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  cells,
  rowTestId,
  ...table
}: Omit<TableProps, 'children'> & {
  /** Header cells; `null` for a column without a title. */
  columns: readonly ReactNode[];
  rows: readonly T[];
  rowKey(row: T): string | number;
  cells(row: T, index: number): ReactNode[];
  rowTestId?(row: T): string;
  'data-testid'?: string;
}) {
  return (
    <Table {...table}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((label, k) => (
            <Table.Th key={k}>{label}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, i) => (
          <Table.Tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
            {cells(row, i).map((cell, k) => (
              <Table.Td key={k}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
