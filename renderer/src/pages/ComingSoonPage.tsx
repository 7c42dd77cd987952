import { Alert, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useProject } from '../state/ProjectContext';

/** A workspace that this version does not have yet says so plainly. */
export function ComingSoonPage({ nameKey }: { nameKey: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { project } = useProject();
  const name = t(nameKey);
  return (
    <Stack maw={720}>
      <Title order={2}>{name}</Title>
      {project ? (
        <Alert color="gray" title={t('workspace.comingTitle', { name })} data-testid="coming-soon">
          {t('workspace.comingBody')}
        </Alert>
      ) : (
        <Alert color="blue" title={t('workspace.needProject')}>
          <Button mt="sm" size="xs" onClick={() => navigate('/')}>
            {t('workspace.goStart')}
          </Button>
        </Alert>
      )}
    </Stack>
  );
}
