import { ActionIcon, Group, Slider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parisClock } from './sceneUtils';

/** Slider over the day at the step, play/pause and the displayed time. The parent owns the time. */
export function TimeScrubber(props: { dayStartUtcMs: number; stepMinutes: number; steps: number; index: number; playing: boolean; onIndex(i: number): void; onTogglePlay(): void }) {
  const { t } = useTranslation();
  const { dayStartUtcMs, stepMinutes, steps, index, playing } = props;
  const at = (i: number) => dayStartUtcMs + i * stepMinutes * 60_000;
  const marks = [0, 6, 12, 18].map((h) => Math.round((h * 60) / stepMinutes)).filter((i) => i < steps).map((i) => ({ value: i, label: parisClock(at(i)) }));
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <ActionIcon
        variant="filled"
        size="lg"
        aria-label={playing ? t('site3d.pause') : t('site3d.play')}
        title={playing ? t('site3d.pause') : t('site3d.play')}
        onClick={props.onTogglePlay}
        data-testid="site3d-play"
      >
        {/* Plain glyphs: no icon font or remote asset. */}
        <span aria-hidden style={{ fontSize: 16, lineHeight: 1 }}>
          {playing ? '❚❚' : '▶'}
        </span>
      </ActionIcon>
      <Slider
        style={{ flex: 1 }}
        mx="md"
        min={0}
        max={steps - 1}
        step={1}
        value={index}
        onChange={props.onIndex}
        label={(i) => parisClock(at(i))}
        marks={marks}
        mb="lg"
        aria-label={t('site3d.time')}
        data-testid="site3d-slider"
      />
      <Text fw={600} ff="monospace" size="lg" miw={64} ta="right" data-testid="site3d-time">
        {parisClock(at(index))}
      </Text>
    </Group>
  );
}
