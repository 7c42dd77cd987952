/** Pieces every import dialog shares: the reading/error status and the cancel/import buttons. */
import { Alert, Button, Group, Loader, Text, TextInput } from '@mantine/core';
import { formatNumber, type UiLocale } from '../../../../models/core/numberFormat';
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

/** Where the file leaves steps of the scenario's year empty (import refused), then the series' name. */
export function ImportFitAndName({ fit, messageKey, locale, name, setName }: { fit: { missingSteps: number; steps: number; year: number }; messageKey: string; locale: UiLocale; name: string; setName(v: string): void }) {
  const { t } = useTranslation();
  return (
    <>
      {fit.missingSteps > 0 && (
        <Alert color="orange" data-testid="import-not-fit">
          {t(messageKey, { missing: formatNumber(fit.missingSteps, locale, 0), steps: formatNumber(fit.steps, locale, 0), year: fit.year })}
        </Alert>
      )}
      <TextInput label={t('io.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="import-name" />
    </>
  );
}
