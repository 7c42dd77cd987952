/** The items of a territory document in a table, each row with its edit and remove buttons. */
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { DataTable } from './DataTable';

export function EditableTable<T>({
  items,
  rowKey,
  columns,
  cells,
  editLabel,
  editTestId,
  onEdit,
  onRemove,
  testId,
}: {
  items: readonly T[];
  rowKey(item: T): string;
  /** Header labels, one per cell; the buttons' column has none. */
  columns: readonly string[];
  cells(item: T): ReactNode[];
  editLabel: ReactNode;
  /** Test id of row i's edit button: `<editTestId>-<i>`. */
  editTestId: string;
  onEdit(index: number): void;
  onRemove(index: number): void;
  testId: string;
}) {
  return (
    <DataTable
      striped
      highlightOnHover
      withTableBorder
      fz="sm"
      data-testid={testId}
      columns={[...columns, null]}
      rows={items}
      rowKey={rowKey}
      cells={(item, i) => [
        ...cells(item),
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="light" onClick={() => onEdit(i)} data-testid={`${editTestId}-${i}`}>
            {editLabel}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(i)}>
            ×
          </Button>
        </Group>,
      ]}
    />
  );
}

/** The list without its item at `index`. */
export function without<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, j) => j !== index);
}
