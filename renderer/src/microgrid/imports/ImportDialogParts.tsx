/** Pieces every import dialog shares: the reading/error status and the cancel/import buttons. */
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the dialog is doing now ("reading…") and the last error, which names the file's line. */
export function ImportStatus({ busy, error }: { busy: string | null; error: string | null }) {
  return (
    <>
      {busy && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{busy}</Text>
        </Group>
      )}
      {error && (
        <Alert color="red" data-testid="import-error">
          {error}
        </Alert>
      )}
    </>
  );
}

export function ImportActions({ onCancel, onConfirm, disabled }: { onCancel(): void; onConfirm(): void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} data-testid="import-cancel">
        {t('io.cancel')}
      </Button>
      <Button onClick={onConfirm} disabled={disabled} data-testid="import-confirm">
        {t('io.confirm')}
      </Button>
    </Group>
  );
}
