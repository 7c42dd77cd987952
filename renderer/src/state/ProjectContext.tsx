import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ProjectSummary } from '../../../models/api/contract';
import { call, on } from '../api/client';

interface ProjectState {
  readonly project: ProjectSummary | null;
  readonly loading: boolean;
  /** Bumped on every change, so views can refetch what they show. */
  readonly revision: number;
  refresh(): Promise<void>;
  setProject(summary: ProjectSummary | null): void;
}

const ProjectContext = createContext<ProjectState | null>(null);

export function ProjectProvider({ children }: { children: ReactNode }) {
  const [project, setProjectState] = useState<ProjectSummary | null>(null);
  const [loading, setLoading] = useState(true);
  const [revision, setRevision] = useState(0);

  const refresh = useCallback(async () => {
    setProjectState(await call('projects.current', {}));
    setRevision((r) => r + 1);
    setLoading(false);
  }, []);

  useEffect(() => {
    void refresh();
    return on('project.changed', () => void refresh());
  }, [refresh]);

  const setProject = useCallback((summary: ProjectSummary | null) => {
    setProjectState(summary);
    setRevision((r) => r + 1);
  }, []);

  const value = useMemo(() => ({ project, loading, revision, refresh, setProject }), [project, loading, revision, refresh, setProject]);
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

export function useProject(): ProjectState {
  const state = useContext(ProjectContext);
  if (!state) throw new Error('useProject outside ProjectProvider');
  return state;
}
