/**
 * Layout shared by the territory workspaces: page title, the list of documents on the left (create,
 * rename, delete), the selected document on the right under its name, and the page's dialogs.
 */
import { Alert, Grid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import type { TerritoryDoc } from '../../../../models/api/territoryContract';
import { useProject } from '../../state/ProjectContext';
import { TerritoryList } from '../TerritoryList';
import type { TerritoryDocState } from './useTerritoryDoc';

export function TerritoryFrame<T>({
  state,
  children,
  dialogs,
}: {
  state: Pick<TerritoryDocState<T>, 'api' | 'items' | 'reload' | 'selectedId' | 'setSelectedId' | 'doc'>;
  /** The selected document's workspace, under its name. */
  children(doc: TerritoryDoc<T>): ReactNode;
  dialogs?: ReactNode;
}) {
  const { t } = useTranslation();
  const { project } = useProject();
  if (!project) return <Navigate to="/" replace />;
  const { api, doc } = state;
  const emptyText = t(`${api.texts}.noDoc`);
  return (
    <Stack gap="md">
      <Title order={2}>{t(`${api.texts}.title`)}</Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <TerritoryList
            title={t(`${api.texts}.list`)}
            items={state.items}
            selectedId={state.selectedId}
            onSelect={state.setSelectedId}
            onChanged={state.reload}
            newLabel={t(`${api.texts}.newDoc`)}
            emptyText={emptyText}
            templates={api.templates.map((value) => ({ value, label: t(`${api.texts}.templates.${value}`) }))}
            create={async (name, template) => (await api.create(name, template)).id}
            testPrefix={api.testPrefix}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {!doc ? (
            <Alert color="gray">{emptyText}</Alert>
          ) : (
            <Stack gap="sm">
              <Title order={3} data-testid={`${api.testPrefix}-title`}>
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
