import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { AppInfo, ExampleProject, ProjectSummary, RecentProject } from '../../../models/api/contract';
import { call } from '../api/client';
import { errorText, fieldErrors } from '../i18n/errorText';
import { useProject } from '../state/ProjectContext';

export function StartPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { setProject } = useProject();
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [examples, setExamples] = useState<ExampleProject[]>([]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [name, setName] = useState('');
  const [client, setClient] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('projects.recent', {}).then(setRecent);
    void call('projects.examples', {}).then(setExamples);
    void call('app.info', {}).then(setInfo);
  }, []);

  const opened = (summary: ProjectSummary | null) => {
    if (!summary) return;
    setProject(summary);
    navigate('/project');
  };

  const attempt = async (action: () => Promise<ProjectSummary | null>) => {
    setBusy(true);
    setFailure(null);
    try {
      opened(await action());
    } catch (error) {
      const fields = fieldErrors(t, error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(errorText(t, error));
      void call('projects.recent', {}).then(setRecent);
    } finally {
      setBusy(false);
    }
  };

  const create = (e: FormEvent) => {
    e.preventDefault();
    void attempt(() => call('projects.create', { name, client }));
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>{t('start.title')}</Title>
        <Text c="dimmed">{t('start.subtitle')}</Text>
      </div>
      {failure && (
        <Alert color="red" title={t('errors.title')} withCloseButton onClose={() => setFailure(null)} data-testid="start-error">
          {failure}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <form onSubmit={create} noValidate>
            <Stack gap="sm">
              <Title order={4}>{t('start.newProject')}</Title>
              <TextInput
                label={t('start.projectName')}
                placeholder={t('start.projectNamePlaceholder')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.name}
                required
                data-testid="new-project-name"
              />
              <TextInput
                label={t('start.client')}
                placeholder={t('start.clientPlaceholder')}
                value={client}
                onChange={(e) => setClient(e.currentTarget.value)}
                error={errors.client}
                data-testid="new-project-client"
              />
              <Group justify="space-between" align="center">
                <Text size="xs" c="dimmed">
                  {info && t('start.savedIn', { folder: info.projectsFolder })}
                </Text>
                <Button type="submit" loading={busy} data-testid="create-project">
                  {t('start.create')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={4}>{t('start.open')}</Title>
            {info?.host === 'electron' && (
              <Button variant="light" onClick={() => void attempt(() => call('projects.open', {}))}>
                {t('start.openDialog')}
              </Button>
            )}
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('start.openPath')}
                placeholder="/home/…/Projet.ilot"
                value={openPath}
                onChange={(e) => setOpenPath(e.currentTarget.value)}
                data-testid="open-path"
              />
              <Button variant="default" disabled={!openPath.trim()} onClick={() => void attempt(() => call('projects.open', { path: openPath.trim() }))} data-testid="open-path-button">
                {t('start.openPathButton')}
              </Button>
            </Group>
            <Title order={5} mt="sm">
              {t('start.recent')}
            </Title>
            {recent.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('start.noRecent')}
              </Text>
            )}
            <Stack gap={6} data-testid="recent-projects">
              {recent.slice(0, 6).map((r) => (
                <Group key={r.path} justify="space-between" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Anchor component="button" disabled={!r.exists} onClick={() => void attempt(() => call('projects.open', { path: r.path }))} fw={500}>
                      {r.name}
                    </Anchor>
                    <Text size="xs" c="dimmed" truncate="start">
                      {r.path} · {dateFormat.format(new Date(r.openedAt))}
                    </Text>
                  </div>
                  <Group gap={4} wrap="nowrap">
                    {!r.exists && <Badge color="orange" variant="light">{t('start.missing')}</Badge>}
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void call('projects.forgetRecent', { path: r.path }).then(setRecent)}>
                      {t('start.forget')}
                    </Button>
                  </Group>
                </Group>
              ))}
            </Stack>
          </Stack>
        </Card>
      </SimpleGrid>
      <div>
        <Title order={4} mb="sm">
          {t('start.examples')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {examples.map((ex) => (
            <Card key={ex.id} withBorder padding="lg">
              <Stack gap="xs" h="100%" justify="space-between">
                <div>
                  <Text fw={600}>{ex.title}</Text>
                  <Text size="sm" c="dimmed">
                    {ex.description}
                  </Text>
                </div>
                <Group justify="flex-end">
                  <Button variant="light" onClick={() => void attempt(() => call('projects.openExample', { id: ex.id }))} data-testid={`example-${ex.id}`}>
                    {t('start.openExample')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </div>
    </Stack>
  );
}
