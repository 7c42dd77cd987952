import { Button, Group, Paper, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A file button with a drop zone around it; a plain input so tests can use setInputFiles. */
export function FileDrop({ accept, onFile, testId, disabled }: { accept: string; onFile(file: File): void; testId: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <Paper
      withBorder
      p="md"
      style={{ borderStyle: 'dashed', background: over ? 'var(--mantine-color-blue-0)' : undefined }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <Group justify="center" gap="sm">
        <Button variant="light" size="xs" disabled={disabled} onClick={() => input.current?.click()}>
          {t('io.chooseFile')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('io.dropHere')}
        </Text>
        <input
          ref={input}
          type="file"
          accept={accept}
          hidden
          data-testid={testId}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </Group>
    </Paper>
  );
}
