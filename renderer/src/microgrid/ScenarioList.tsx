import { Button, Card, Group, Modal, NavLink, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioListItem } from '../../../models/api/contract';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { useNotify } from '../state/Notices';

/** The scenarios of the project: pick, create from a template, duplicate, rename, delete (undoable). */
export function ScenarioList({ scenarios, selectedId, onSelect, onChanged }: { scenarios: ScenarioListItem[]; selectedId: string | null; onSelect(id: string): void; onChanged(): Promise<void> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<'blank' | 'belle-ile'>('belle-ile');
  const selected = scenarios.find((s) => s.id === selectedId);

  /** Runs an action, reloads the list, then selects what the action returned (a new scenario). */
  const act = async (action: () => Promise<string | void>) => {
    try {
      const select = await action();
      await onChanged();
      if (select) onSelect(select);
    } catch (error) {
      notify(errorText(t, error), 'error');
    }
  };

  return (
    <Card withBorder padding="sm" h="100%">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={5}>{t('mg.scenarios')}</Title>
          <Button size="compact-xs" onClick={() => setCreating(true)} data-testid="new-scenario">
            + {t('mg.newScenario')}
          </Button>
        </Group>
        {scenarios.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('mg.noScenario')}
          </Text>
        )}
        <div data-testid="scenario-list">
          {scenarios.map((s) => (
            <NavLink
              key={s.id}
              label={s.name}
              description={s.hasResult ? (s.stale ? t('mg.stale') : t('mg.upToDate')) : t('mg.noResult')}
              active={s.id === selectedId}
              onClick={() => onSelect(s.id)}
              variant="light"
            />
          ))}
        </div>
        {selected && (
          <Group gap={4}>
            <Button size="compact-xs" variant="default" onClick={() => void act(async () => (await call('scenarios.duplicate', { id: selected.id, name: t('mg.copyOf', { name: selected.name }) })).id)} data-testid="duplicate-scenario">
              {t('mg.duplicate')}
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => {
                const next = window.prompt(t('mg.rename'), selected.name);
                if (next && next.trim()) void act(async () => void (await call('scenarios.update', { id: selected.id, name: next.trim() })));
              }}
            >
              {t('mg.rename')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => void act(async () => void (await call('scenarios.delete', { id: selected.id })))} data-testid="delete-scenario">
              {t('mg.delete')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('mg.newScenario')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              const created = await call('scenarios.create', { kind: 'microgrid', name: name.trim() || t('mg.newScenario'), template });
              setCreating(false);
              setName('');
              return created.id;
            });
          }}
        >
          <Stack>
            <TextInput label={t('mg.f.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus data-testid="new-scenario-name" />
            <Select
              label={t('mg.template')}
              value={template}
              onChange={(v) => v && setTemplate(v as 'blank' | 'belle-ile')}
              allowDeselect={false}
              data={[
                { value: 'blank', label: t('mg.templates.blank') },
                { value: 'belle-ile', label: t('mg.templates.belle-ile') },
              ]}
              data-testid="new-scenario-template"
            />
            <Group justify="flex-end">
              <Button type="submit" data-testid="create-scenario">
                {t('mg.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
