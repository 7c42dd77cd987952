import { useCallback, useEffect, useState } from 'react';
import type { ScenarioListItem, TaskInfo } from '../../../models/api/contract';
import { call, on } from '../api/client';
import { useProject } from '../state/ProjectContext';

/** The project's micro-grid scenarios and the runs in progress, kept fresh from API events. */
export function useScenarios() {
  const { revision } = useProject();
  const [scenarios, setScenarios] = useState<ScenarioListItem[]>([]);
  const [tasks, setTasks] = useState<TaskInfo[]>([]);

  const reload = useCallback(async () => {
    setScenarios(await call('scenarios.list', { kind: 'microgrid' }));
    setTasks(await call('simulation.tasks', {}));
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, revision]);

  useEffect(() => {
    const offProgress = on('task.progress', (p) =>
      setTasks((list) => list.map((t) => (t.taskId === p.taskId ? { ...t, fraction: p.fraction } : t))),
    );
    const offDone = on('task.done', () => void reload());
    return () => {
      offProgress();
      offDone();
    };
  }, [reload]);

  return { scenarios, tasks, setTasks, reload };
}
