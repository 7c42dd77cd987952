import { Alert, Button, Card, Grid, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import type { AuditTrailEntry, ProjectHeaderPatch, Site } from '../../../models/project/schemas';
import { formatNumber } from '../../../models/core/numberFormat';
import { call } from '../api/client';
import { errorText, fieldErrors } from '../i18n/errorText';
import { useNotify } from '../state/Notices';
import { useProject } from '../state/ProjectContext';
import { SiteForm } from './SiteForm';

type HeaderField = keyof ProjectHeaderPatch;

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { project, revision, refresh, setProject } = useProject();
  const [draft, setDraft] = useState({ name: '', client: '', notes: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sites, setSites] = useState<Site[]>([]);
  const [history, setHistory] = useState<AuditTrailEntry[]>([]);
  const locale = i18n.language === 'en' ? 'en' : 'fr';

  useEffect(() => {
    if (!project) return;
    setDraft({ name: project.header.name, client: project.header.client, notes: project.header.notes });
    void call('sites.list', {}).then(setSites);
    void call('project.history', { limit: 8 }).then(setHistory);
  }, [project, revision]);

  if (!project) return <Navigate to="/" replace />;

  // Each field is saved when it loses focus; the audit trail keeps the previous value for undo.
  const save = async (field: HeaderField) => {
    if (draft[field] === project.header[field]) return;
    try {
      setProject(await call('project.update', { [field]: draft[field] }));
      setErrors((e) => ({ ...e, [field]: '' }));
      notify(t('overview.saved'), 'success');
    } catch (error) {
      const fields = fieldErrors(t, error);
      if (Object.keys(fields).length) setErrors(fields);
      else notify(errorText(t, error), 'error');
    }
  };

  const removeSite = async (site: Site) => {
    await call('sites.delete', { id: site.id });
    notify(t('overview.deleted', { name: site.name }));
    await refresh();
  };

  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'medium' });
  const describe = (h: AuditTrailEntry) => {
    const entity = t(`history.entity.${h.entity}`);
    if (h.field === '*') return `${entity} — ${h.oldValue === null ? t('history.created') : t('history.deleted')}`;
    return `${entity} — ${t(`history.field.${h.field}`, { defaultValue: h.field })}`;
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('overview.title')}</Title>
          <Text size="sm" c="dimmed" data-testid="project-path">
            {t('overview.file')} : {project.path}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => void call('projects.saveAs', {}).then((s) => s && setProject(s)).catch((e: unknown) => notify(errorText(t, e), 'error'))}>
            {t('overview.saveAs')}
          </Button>
          <Button
            variant="default"
            onClick={() =>
              void call('projects.close', {}).then(() => {
                setProject(null);
                navigate('/');
              })
            }
            data-testid="close-project"
          >
            {t('overview.close')}
          </Button>
        </Group>
      </Group>
      {project.warnings.includes('opened-elsewhere') && <Alert color="orange">{t('overview.openedElsewhere')}</Alert>}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder padding="lg" h="100%">
            <Stack gap="sm">
              <Title order={4}>{t('overview.identity')}</Title>
              <TextInput
                label={t('overview.name')}
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
                onBlur={() => void save('name')}
                error={errors.name}
                data-testid="project-name"
              />
              <TextInput
                label={t('overview.client')}
                value={draft.client}
                onChange={(e) => setDraft({ ...draft, client: e.currentTarget.value })}
                onBlur={() => void save('client')}
                error={errors.client}
                data-testid="project-client"
              />
              <Textarea
                label={t('overview.notes')}
                placeholder={t('overview.notesPlaceholder')}
                autosize
                minRows={3}
                maxRows={8}
                value={draft.notes}
                onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
                onBlur={() => void save('notes')}
                error={errors.notes}
                data-testid="project-notes"
              />
              <Text size="xs" c="dimmed">
                {t('overview.summary', { sites: project.siteCount, scenarios: project.scenarioCount })}
              </Text>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder padding="lg" h="100%">
            <Title order={4} mb="sm">
              {t('overview.history')}
            </Title>
            {history.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('overview.noHistory')}
              </Text>
            ) : (
              <Stack gap={4} data-testid="history">
                {history.map((h) => (
                  <Group key={h.seq} justify="space-between" wrap="nowrap" opacity={h.undone ? 0.5 : 1}>
                    <Text size="sm" truncate>
                      {describe(h)}
                    </Text>
                    <Text size="xs" c="dimmed" className="ilot-mono" style={{ whiteSpace: 'nowrap' }}>
                      {dateFormat.format(new Date(h.at))}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={4}>{t('overview.sites')}</Title>
          {sites.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('overview.noSites')}
            </Text>
          ) : (
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="sites-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('overview.siteName')}</Table.Th>
                  <Table.Th>{t('overview.commune')}</Table.Th>
                  <Table.Th>{t('overview.departement')}</Table.Th>
                  <Table.Th>{t('overview.latitude')}</Table.Th>
                  <Table.Th>{t('overview.longitude')}</Table.Th>
                  <Table.Th>{t('overview.elevation')}</Table.Th>
                  <Table.Th>{t('overview.climateZone')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sites.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td fw={500}>{s.name}</Table.Td>
                    <Table.Td>{s.commune}</Table.Td>
                    <Table.Td>{s.departement ?? '—'}</Table.Td>
                    <Table.Td className="ilot-mono">{formatNumber(s.latDeg, locale, 5)}°</Table.Td>
                    <Table.Td className="ilot-mono">{formatNumber(s.lonDeg, locale, 5)}°</Table.Td>
                    <Table.Td className="ilot-mono">{formatNumber(s.elevationM, locale, 0)}</Table.Td>
                    <Table.Td>{s.climateZone ?? '—'}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removeSite(s)}>
                        {t('overview.delete')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={5}>{t('overview.addSite')}</Title>
          <SiteForm onAdded={() => void refresh()} />
        </Stack>
      </Card>
    </Stack>
  );
}
