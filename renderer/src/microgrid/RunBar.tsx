import { Badge, Button, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { ScenarioListItem, TaskInfo } from '../../../models/api/contract';
import { useTaskProgress } from './useScenarios';

/** Run, progress and cancel for one scenario; the run itself happens in a worker thread. */
export const RunBar = memo(function RunBar({ scenario, task, onRun, onCancel }: { scenario: ScenarioListItem; task?: TaskInfo; onRun(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fraction = useTaskProgress(task?.taskId, task?.fraction ?? 0);
  const pct = Math.round(fraction * 100);
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="run-bar">
      <Group gap="xs">
        {scenario.hasResult ? (
          <Badge color={scenario.stale ? 'orange' : 'teal'} variant="light" data-testid="result-state">
            {scenario.stale ? t('mg.stale') : t('mg.upToDate')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" data-testid="result-state">
            {t('mg.noResult')}
          </Badge>
        )}
      </Group>
      {task ? (
        <Group gap="sm" wrap="nowrap" style={{ flex: 1, maxWidth: 520 }}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }} className="ilot-mono">
            {t('mg.running', { pct })}
          </Text>
          <Progress value={pct} style={{ flex: 1 }} transitionDuration={0} data-testid="run-progress" aria-label={t('mg.running', { pct })} />
          <Button size="xs" variant="default" onClick={onCancel} data-testid="cancel-run">
            {t('mg.cancel')}
          </Button>
        </Group>
      ) : (
        <Button onClick={onRun} data-testid="run-simulation">
          ▶ {t('mg.run')}
        </Button>
      )}
    </Group>
  );
});
