/** The territory documents of one kind: pick, create (blank or demo), rename, delete (undoable). */
import { Button, Card, Group, Modal, NavLink, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { useNotify } from '../state/Notices';
import { useProject } from '../state/ProjectContext';

export interface TerritoryItem {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
}

export function useTerritoryList(kind: 'portfolio' | 'acc-operation') {
  const { project, revision } = useProject();
  const [items, setItems] = useState<TerritoryItem[]>([]);
  const reload = useCallback(async () => {
    if (!project) return setItems([]);
    setItems(await call('territories.list', { kind }));
  }, [kind, project]);
  useEffect(() => {
    void reload();
  }, [reload, revision]);
  return { items, reload };
}

export function TerritoryList({
  title,
  items,
  selectedId,
  onSelect,
  onChanged,
  newLabel,
  emptyText,
  templates,
  create,
  testPrefix,
}: {
  title: string;
  items: TerritoryItem[];
  selectedId: string | null;
  onSelect(id: string): void;
  onChanged(): Promise<void>;
  newLabel: string;
  emptyText: string;
  templates: Array<{ value: string; label: string }>;
  create(name: string, template: string): Promise<string>;
  testPrefix: string;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [template, setTemplate] = useState(templates[0].value);
  const selected = items.find((s) => s.id === selectedId);

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
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={5}>{title}</Title>
          <Button size="compact-xs" onClick={() => setCreating(true)} data-testid={`${testPrefix}-new`}>
            + {t('terr.common.new')}
          </Button>
        </Group>
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        )}
        <div data-testid={`${testPrefix}-list`}>
          {items.map((s) => (
            <NavLink key={s.id} label={s.name} active={s.id === selectedId} onClick={() => onSelect(s.id)} variant="light" />
          ))}
        </div>
        {selected && (
          <Group gap={4}>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => {
                const next = window.prompt(t('terr.common.rename'), selected.name);
                if (next && next.trim()) void act(async () => void (await call('territories.rename', { id: selected.id, name: next.trim() })));
              }}
            >
              {t('terr.common.rename')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => void act(async () => void (await call('territories.delete', { id: selected.id })))} data-testid={`${testPrefix}-delete`}>
              {t('terr.common.delete')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} title={newLabel}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              const id = await create(name.trim() || newLabel, template);
              setCreating(false);
              setName('');
              return id;
            });
          }}
        >
          <Stack>
            <TextInput label={t('terr.common.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus data-testid={`${testPrefix}-new-name`} />
            <Select label={t('terr.common.template')} value={template} onChange={(v) => v && setTemplate(v)} allowDeselect={false} data={templates} comboboxProps={{ withinPortal: true }} />
            <Group justify="flex-end">
              <Button type="submit" data-testid={`${testPrefix}-create`}>
                {t('terr.common.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
