/**
 * Layout shared by the territory workspaces: page title, the list of documents on the left (create,
 * rename, delete), the selected document on the right under its name, and the page's dialogs.
 */
import { Alert, Grid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import type { TerritoryDoc } from '../../../../models/api/territoryContract';
import { useProject } from '../../state/ProjectContext';
import { TerritoryList } from '../TerritoryList';
import type { TerritoryDocState } from './useTerritoryDoc';

export function TerritoryFrame<T>({
  title,
  listTitle,
  newLabel,
  emptyText,
  templates,
  create,
  testPrefix,
  state,
  children,
  dialogs,
}: {
  title: string;
  listTitle: string;
  newLabel: string;
  /** Shown in the list when it is empty, and in place of the document when none is selected. */
  emptyText: string;
  templates: Array<{ value: string; label: string }>;
  create(name: string, template: string): Promise<string>;
  /** Prefix of the test ids: `<prefix>-new`, `<prefix>-list`, `<prefix>-title`… */
  testPrefix: string;
  state: Pick<TerritoryDocState<T>, 'items' | 'reload' | 'selectedId' | 'setSelectedId' | 'doc'>;
  /** The selected document's workspace, under its name. */
  children(doc: TerritoryDoc<T>): ReactNode;
  dialogs?: ReactNode;
}) {
  const { project } = useProject();
  if (!project) return <Navigate to="/" replace />;
  const { doc } = state;
  return (
    <Stack gap="md">
      <Title order={2}>{title}</Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <TerritoryList
            title={listTitle}
            items={state.items}
            selectedId={state.selectedId}
            onSelect={state.setSelectedId}
            onChanged={state.reload}
            newLabel={newLabel}
            emptyText={emptyText}
            templates={templates}
            create={create}
            testPrefix={testPrefix}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {!doc ? (
            <Alert color="gray">{emptyText}</Alert>
          ) : (
            <Stack gap="sm">
              <Title order={3} data-testid={`${testPrefix}-title`}>
                {doc.name}
              </Title>
              {children(doc)}
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      {dialogs}
    </Stack>
  );
}
