import { Select, Switch, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseLocaleNumber } from '../../../../models/core/numberFormat';

interface Common {
  label: string;
  error?: string;
  description?: string;
  testId?: string;
}

/**
 * A number typed in French or international notation, committed on blur or Enter, with its unit.
 * `scale` shows fractions as percentages (0.75 ↔ 75 %).
 */
export function NumberField({ label, value, unit, onCommit, error, description, testId, scale = 1, digits = 2, plain = false }: Common & { value: number | undefined | null; unit?: string; onCommit(v: number | null): void; scale?: number; digits?: number; plain?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  // Years and identifiers are written without thousands separators.
  const shown = value === undefined || value === null ? '' : plain ? String(value) : formatNumber(value * scale, locale, digits).replace(/\u202f/g, ' ');
  const [text, setText] = useState(shown);
  const [local, setLocal] = useState<string | undefined>();
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    if (text.trim() === shown.trim()) return;
    if (text.trim() === '') {
      setLocal(undefined);
      onCommit(null);
      return;
    }
    const n = parseLocaleNumber(text);
    if (Number.isNaN(n)) {
      setLocal(t('errors.invalidNumber'));
      return;
    }
    setLocal(undefined);
    onCommit(n / scale);
  };
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      rightSection={unit ? <span style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)', whiteSpace: 'nowrap' }}>{unit}</span> : undefined}
      rightSectionWidth={unit ? Math.max(36, unit.length * 8 + 12) : undefined}
      error={local ?? error}
      inputMode="decimal"
      data-testid={testId}
    />
  );
}

export function SelectField({ label, value, options, onCommit, error, description, testId }: Common & { value: string | undefined; options: Array<{ value: string; label: string }>; onCommit(v: string): void }) {
  return (
    <Select
      label={label}
      description={description}
      data={options}
      value={value ?? null}
      onChange={(v) => v !== null && onCommit(v)}
      allowDeselect={false}
      error={error}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function TextField({ label, value, onCommit, error, description, testId }: Common & { value: string | undefined; onCommit(v: string): void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => text !== (value ?? '') && onCommit(text)}
      error={error}
      data-testid={testId}
    />
  );
}

export function SwitchField({ label, checked, onCommit, testId }: { label: string; checked: boolean; onCommit(v: boolean): void; testId?: string }) {
  return <Switch label={label} checked={checked} onChange={(e) => onCommit(e.currentTarget.checked)} data-testid={testId} mt="md" />;
}

