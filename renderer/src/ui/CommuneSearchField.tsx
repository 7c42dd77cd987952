/**
 * A French commune typed by name or postal code, searched in the offline index of the main process
 * (geo.searchCommunes) 200 ms after the last key. Picking one hands its département and position to
 * the form, with a note when the position is approximate or unknown.
 */
import { Autocomplete } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSearchHit } from '../../../models/api/contract';
import { call } from '../api/client';

export function CommuneSearchField({
  value,
  onChange,
  onPick,
  label,
  error,
  testId,
}: {
  value: string;
  onChange(text: string): void;
  onPick(hit: CommuneSearchHit): void;
  label: string;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<CommuneSearchHit[]>([]);
  const [placementNote, setPlacementNote] = useState<string | null>(null);
  const picked = useRef<string | null>(null);
  useEffect(() => {
    if (value === picked.current) return setHits([]);
    picked.current = null;
    setPlacementNote(null);
    if (value.trim().length < 2) return setHits([]);
    let live = true;
    const timer = setTimeout(() => {
      void call('geo.searchCommunes', { query: value, limit: 8 })
        .then((found) => live && setHits(found))
        .catch(() => live && setHits([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value]);
  const optionLabel = (h: CommuneSearchHit) => `${h.name} — ${h.postalCodes[0] ?? h.insee} (${h.departement})`;
  const pick = (option: string) => {
    const hit = hits.find((h) => optionLabel(h) === option);
    if (!hit) return;
    picked.current = hit.name;
    setHits([]);
    setPlacementNote(hit.placement === null ? 'unknown' : hit.placement === 'gazetteer' ? null : hit.placement);
    onPick(hit);
  };
  return (
    <Autocomplete
      label={label}
      placeholder={t('overview.communeSearch')}
      value={value}
      onChange={onChange}
      data={hits.map(optionLabel)}
      onOptionSubmit={pick}
      filter={({ options }) => options}
      description={placementNote ? t(`overview.placement.${placementNote}`) : undefined}
      error={error}
      data-testid={testId}
    />
  );
}
