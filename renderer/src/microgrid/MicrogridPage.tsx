import { Alert, Grid, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import type { ScenarioDocument } from '../../../models/api/contract';
import { call, on } from '../api/client';
import { errorText, fieldErrors } from '../i18n/errorText';
import { useNotify } from '../state/Notices';
import { useProject } from '../state/ProjectContext';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { ResultsDashboard } from './ResultsDashboard';
import { ResultsPanel, useResult } from './ResultsPanel';
import { Site3dTab } from './Site3dTab';
import { useResultView } from './useResultView';
import { ExportMenu } from './exports/ExportMenu';
import { RunBar } from './RunBar';
import { ScenarioList } from './ScenarioList';
import { useScenarios } from './useScenarios';

export function MicrogridPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { project, revision } = useProject();
  const { scenarios, tasks, setTasks, reload } = useScenarios();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [doc, setDoc] = useState<ScenarioDocument | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tab, setTab] = useState<string | null>('editor');
  const [resultRevision, setResultRevision] = useState(0);
  const saving = useRef(Promise.resolve());

  useEffect(() => {
    if (!selectedId && scenarios.length > 0) setSelectedId(scenarios[0].id);
    if (selectedId && scenarios.length > 0 && !scenarios.some((s) => s.id === selectedId)) setSelectedId(scenarios[0].id);
  }, [scenarios, selectedId]);

  // The editor shows only the selected scenario's document: while another one loads, an edit would go
  // to the scenario that was shown before (doc.id), not to the one whose name is on screen.
  useEffect(() => {
    if (!selectedId) return setDoc(null);
    // Keep the same object when nothing changed, so the (large) editor does not re-render on every
    // project event, e.g. when a run's result is saved.
    void call('scenarios.get', { id: selectedId }).then((next) =>
      setDoc((prev) => (prev && prev.id === next.id && prev.updatedAt === next.updatedAt ? prev : next)),
    );
    // A new empty object would re-render the whole editor on every project event.
    setErrors((prev) => (Object.keys(prev).length ? {} : prev));
  }, [selectedId, revision]);

  useEffect(
    () =>
      on('task.done', (e) => {
        if (e.status === 'done') notify(t('mg.runDone'), 'success');
        else if (e.status === 'cancelled') notify(t('mg.runCancelled'));
        else notify(t('mg.runFailed', { message: e.message ?? '' }), 'error');
        // Showing the results happens once the run's end (progress bar removed) has been painted, in
        // a task of its own; the charts then mount one per task (DeferredMount).
        requestAnimationFrame(() =>
          setTimeout(() => {
            setResultRevision((r) => r + 1);
            if (e.status === 'done') setTab('results');
          }, 0),
        );
      }),
    [notify, t],
  );

  const result = useResult(selectedId, resultRevision + revision);
  const view = useResultView(result, tab === 'results' || tab === 'view3d');
  // One instant shared by the charts and the 3D scrubber; defaults to noon on the 21st of June.
  const [selectedTime, setSelectedTime] = useState<number | null>(null);
  const timeUtcMs = selectedTime ?? (result ? Date.UTC(new Date(result.timeline.startUtcMs).getUTCFullYear(), 5, 21, 10) : Date.UTC(2025, 5, 21, 10));

  // Saves are chained so that fast successive edits reach the file in order.
  const save = useCallback(
    (next: Record<string, unknown>) => {
      if (!doc) return;
      setDoc({ ...doc, data: next });
      saving.current = saving.current.then(async () => {
        try {
          await call('scenarios.update', { id: doc.id, data: next });
          setErrors((prev) => (Object.keys(prev).length ? {} : prev));
          await reload();
        } catch (error) {
          const fields = fieldErrors(t, error, { raw: true });
          const local: Record<string, string> = {};
          for (const [path, message] of Object.entries(fields)) local[path.replace(/^data\./, '')] = message;
          if (Object.keys(local).length) setErrors(local);
          else notify(errorText(t, error), 'error');
          setDoc(await call('scenarios.get', { id: doc.id }));
        }
      });
    },
    [doc, notify, reload, t],
  );

  if (!project) return <Navigate to="/" replace />;
  const selected = scenarios.find((s) => s.id === selectedId);
  const task = tasks.find((x) => x.scenarioId === selectedId);

  const run = async () => {
    if (!selected) return;
    try {
      await saving.current;
      const { taskId } = await call('simulation.run', { scenarioId: selected.id });
      setTasks((list) => [...list, { taskId, scenarioId: selected.id, startedAt: new Date().toISOString(), fraction: 0 }]);
    } catch (error) {
      notify(errorText(t, error), 'error');
    }
  };

  return (
    <Stack gap="md">
      <Title order={2}>{t('mg.title')}</Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <ScenarioList scenarios={scenarios} selectedId={selectedId} onSelect={setSelectedId} onChanged={reload} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {!selected ? (
            <Alert color="gray">{t('mg.noScenario')}</Alert>
          ) : (
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3} data-testid="scenario-title">
                  {selected.name}
                </Title>
              </Group>
              <RunBar scenario={selected} task={task} onRun={() => void run()} onCancel={() => task && void call('simulation.cancel', { taskId: task.taskId })} />
              <Group justify="flex-end">{selected.hasResult && <ExportMenu scenarioId={selected.id} />}</Group>
              <Tabs value={tab} onChange={setTab} keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="editor" data-testid="tab-editor">
                    {t('mg.tabs.editor')}
                  </Tabs.Tab>
                  <Tabs.Tab value="results" data-testid="tab-results">
                    {t('mg.tabs.results')}
                  </Tabs.Tab>
                  <Tabs.Tab value="view3d" data-testid="tab-3d">
                    {t('mg.tabs.view3d')}
                  </Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="editor" pt="sm">
                  {doc && doc.id === selectedId ? <ScenarioEditor doc={doc.data as Record<string, unknown>} errors={errors} onChange={save} scenarioId={doc.id} /> : <Loader size="sm" />}
                </Tabs.Panel>
                <Tabs.Panel value="results" pt="sm">
                  <Stack gap="md">
                    <ResultsPanel result={result} />
                    {result && <ResultsDashboard view={view} selectedTimeUtcMs={timeUtcMs} onSelectTime={setSelectedTime} />}
                  </Stack>
                </Tabs.Panel>
                <Tabs.Panel value="view3d" pt="sm">
                  {doc && doc.id === selectedId && <Site3dTab doc={doc.data} view={view} timeUtcMs={timeUtcMs} onTimeChange={setSelectedTime} />}
                </Tabs.Panel>
              </Tabs>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
