/** Frame of the territory edit dialogs: fields, the message of a refused save, Cancel and Save. */
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FormModal({
  opened,
  onClose,
  title,
  failure,
  onSave,
  testId,
  saveTestId,
  children,
}: {
  opened: boolean;
  onClose(): void;
  title: string;
  failure: string | null;
  onSave(): Promise<void>;
  testId: string;
  saveTestId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl">
      <Stack gap="sm" data-testid={testId}>
        {children}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('terr.common.cancel')}
          </Button>
          <Button onClick={() => void onSave()} data-testid={saveTestId}>
            {t('terr.common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
