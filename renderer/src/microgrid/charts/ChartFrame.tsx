/** The card every chart sits in: title, units line, controls, the "Exporter en PNG" button. */
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportChartPng } from './exportPng';

export interface ChartFrameProps {
  readonly title: string;
  readonly subtitle?: string;
  /** File name of the PNG export, without extension. */
  readonly fileName: string;
  readonly controls?: ReactNode;
  readonly testId?: string;
  readonly children: ReactNode;
}

export function ChartFrame({ title, subtitle, fileName, controls, testId, children }: ChartFrameProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const onExport = () => {
    if (!ref.current) return;
    setError(null);
    exportChartPng(ref.current, fileName).catch((e: unknown) => setError(t('charts.exportFailed', { reason: e instanceof Error ? e.message : String(e) })));
  };
  return (
    <Card withBorder padding="md" radius="sm" ref={ref} data-testid={testId} style={{ background: '#fff' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={4} data-export-text>
              {title}
            </Title>
            {subtitle && (
              <Text size="sm" c="dimmed" data-export-text>
                {subtitle}
              </Text>
            )}
          </div>
          <Group gap="xs" wrap="nowrap" data-export-ignore>
            {controls}
            <Button size="xs" variant="default" onClick={onExport} data-testid={testId ? `${testId}-export` : undefined}>
              {t('charts.exportPng')}
            </Button>
          </Group>
        </Group>
        {error && (
          <Text size="sm" c="red" data-export-ignore>
            {error}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}
