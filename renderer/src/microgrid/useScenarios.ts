import { useCallback, useEffect, useRef, useState } from 'react';
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

  // Progress is drawn by RunBar alone (useTaskProgress): the page re-renders only at start and end.
  // The run is over when its task.done arrives: drop its progress bar at once, then refresh the list.
  useEffect(
    () =>
      on('task.done', (e) => {
        setTasks((list) => list.filter((t) => t.taskId !== e.taskId));
        void reload();
      }),
    [reload],
  );

  return { scenarios, tasks, setTasks, reload };
}

/**
 * The fraction done of one task, updated at most once per animation frame so a stream of progress
 * events never turns into a stream of renders.
 */
export function useTaskProgress(taskId: string | undefined, initial = 0): number {
  const [fraction, setFraction] = useState(initial);
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (!taskId) return;
    setFraction(initial);
    let frame = 0;
    const off = on('task.progress', (p) => {
      if (p.taskId !== taskId) return;
      pending.current = p.fraction;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (pending.current !== null) setFraction(pending.current);
      });
    });
    return () => {
      off();
      cancelAnimationFrame(frame);
    };
  }, [taskId, initial]);
  return fraction;
}
