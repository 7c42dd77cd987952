import { ActionIcon, Group, Slider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parisClock } from './sceneUtils';

/** Slider over the day at the step, play/pause and the displayed time. The parent owns the time. */
export function TimeScrubber(props: { dayStartUtcMs: number; timeUtcMs: number; stepMinutes: number; steps: number; index: number; playing: boolean; onIndex(i: number): void; onTogglePlay(): void }) {
  const { t } = useTranslation();
  const { dayStartUtcMs, stepMinutes, steps, index, playing } = props;
  const at = (i: number) => dayStartUtcMs + i * stepMinutes * 60_000;
  // Marks at the whole six hours of the Paris clock (found by reading the clock, so DST days stay right).
  const marks: Array<{ value: number; label: string }> = [];
  for (let i = 0; i < steps; i++) {
    const clock = parisClock(at(i));
    if (clock === '00:00' || clock === '06:00' || clock === '12:00' || clock === '18:00') marks.push({ value: i, label: clock });
  }
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
        {parisClock(props.timeUtcMs)}
      </Text>
    </Group>
  );
}
