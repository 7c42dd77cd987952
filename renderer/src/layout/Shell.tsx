import { AppShell, Badge, Button, Group, NavLink, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { useCallback, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Locale, MenuCommand } from '../../../models/api/contract';
import { call, on } from '../api/client';
import { switchLocale } from '../i18n';
import { errorText } from '../i18n/errorText';
import { NoticeProvider, useNotify } from '../state/Notices';
import { useProject } from '../state/ProjectContext';

const WORKSPACES = [
  { path: '/project', key: 'nav.overview' },
  { path: '/microgrid', key: 'nav.microgrid' },
  { path: '/audit', key: 'nav.audit' },
  { path: '/flex', key: 'nav.flex' },
  { path: '/acc', key: 'nav.acc' },
  { path: '/scenarios', key: 'nav.scenarios' },
  { path: '/reports', key: 'nav.reports' },
] as const;

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

function ShellFrame({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { project, refresh, setProject } = useProject();
  const notify = useNotify();

  const undo = useCallback(async () => {
    try {
      const result = await call('project.undo', {});
      notify(result ? t('header.undone') : t('header.nothingToUndo'), result ? 'success' : 'info');
      await refresh();
    } catch (error) {
      notify(errorText(t, error), 'error');
    }
  }, [notify, refresh, t]);

  const setLocale = useCallback(async (locale: Locale) => {
    await call('settings.update', { locale });
    await switchLocale(locale);
  }, []);

  // Ctrl+Z undoes the last saved change when the focus is not in a text field (which has its own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey && !isEditable(e.target) && project) {
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [project, undo]);

  useEffect(
    () =>
      on('menu.command', ({ command }: { command: MenuCommand }) => {
        const run = async () => {
          switch (command) {
            case 'new':
              navigate('/');
              break;
            case 'open': {
              const opened = await call('projects.open', {});
              if (opened) {
                setProject(opened);
                navigate('/project');
              }
              break;
            }
            case 'save-as': {
              const saved = await call('projects.saveAs', {});
              if (saved) setProject(saved);
              break;
            }
            case 'close':
              await call('projects.close', {});
              setProject(null);
              navigate('/');
              break;
            case 'undo':
              await undo();
              break;
            case 'locale-fr':
            case 'locale-en':
              await setLocale(command === 'locale-fr' ? 'fr' : 'en');
              break;
            case 'about':
              notify(`Ilot — ${t('app.tagline')}`);
              break;
          }
        };
        run().catch((error: unknown) => notify(errorText(t, error), 'error'));
      }),
    [navigate, notify, setLocale, setProject, t, undo],
  );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text className="ilot-brand" size="xl">
              Ilot
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {project && (
              <Badge variant="light" color="gray" size="lg" radius="sm" data-testid="current-project" style={{ textTransform: 'none', maxWidth: 360 }}>
                {project.header.name}
              </Badge>
            )}
            <Tooltip label={t('header.undoHint')}>
              <Button variant="default" size="xs" onClick={() => void undo()} disabled={!project} data-testid="undo">
                ↶ {t('header.undo')}
              </Button>
            </Tooltip>
            <SegmentedControl
              size="xs"
              aria-label={t('header.language')}
              value={i18n.language === 'en' ? 'en' : 'fr'}
              onChange={(v) => void setLocale(v as Locale)}
              data={[
                { value: 'fr', label: 'FR' },
                { value: 'en', label: 'EN' },
              ]}
              data-testid="locale-switch"
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLink label={t('nav.projects')} active={location.pathname === '/'} onClick={() => navigate('/')} data-testid="nav-projects" />
        <div className="ilot-nav-section">{project ? project.header.name : t('nav.noProject')}</div>
        {WORKSPACES.map((w) => (
          <NavLink
            key={w.path}
            label={t(w.key)}
            active={location.pathname === w.path}
            disabled={!project}
            onClick={() => navigate(w.path)}
            data-testid={`nav-${w.path.slice(1)}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  return (
    <NoticeProvider>
      <ShellFrame>{children}</ShellFrame>
    </NoticeProvider>
  );
}
