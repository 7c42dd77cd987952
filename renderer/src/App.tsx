import { MantineProvider } from '@mantine/core';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { Shell } from './layout/Shell';
import { MicrogridPage } from './microgrid/MicrogridPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { ComparePage } from './scenarios/ComparePage';
import { OverviewPage } from './pages/OverviewPage';
import { StartPage } from './pages/StartPage';
import { AccPage } from './territory/AccPage';
import { FlexPage } from './territory/FlexPage';
import { ProjectProvider } from './state/ProjectContext';
import { theme } from './theme';

/** Hash routing: the app is loaded from a file in Electron, where path routing has no server. */
export function App() {
  return (
    <MantineProvider theme={theme}>
      <ProjectProvider>
        <HashRouter>
          <Shell>
            <Routes>
              <Route path="/" element={<StartPage />} />
              <Route path="/project" element={<OverviewPage />} />
              <Route path="/microgrid" element={<MicrogridPage />} />
              <Route path="/audit" element={<ComingSoonPage nameKey="nav.audit" />} />
              <Route path="/flex" element={<FlexPage />} />
              <Route path="/acc" element={<AccPage />} />
              <Route path="/scenarios" element={<ComparePage />} />
              <Route path="/reports" element={<ComingSoonPage nameKey="nav.reports" />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Shell>
        </HashRouter>
      </ProjectProvider>
    </MantineProvider>
  );
}
