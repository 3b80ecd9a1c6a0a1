import { useState } from 'react';
import { Checkbox, Group, Pill, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { useLocalName } from '../../queue/names.ts';

/** What came in with the item: the shop's checklist, and anything else typed (Enter adds it). */
export function AccessoriesSection(props: {
  items: JobsSettings['accessoriesChecklist'];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const { items, value, onChange } = props;
  const { t } = useTranslation('jobIntake');
  const name = useLocalName();
  const [extra, setExtra] = useState('');
  const listed = new Set(items.map((i) => name(i)));
  const toggle = (label: string, on: boolean) => onChange(on ? [...value, label] : value.filter((v) => v !== label));
  const addExtra = () => {
    const label = extra.trim();
    if (label !== '' && !value.includes(label)) onChange([...value, label]);
    setExtra('');
  };
  return (
    <Group gap="md" align="center">
      {items.map((item) => {
        const label = name(item);
        return (
          <Checkbox key={item.key} label={label} checked={value.includes(label)} onChange={(e) => toggle(label, e.currentTarget.checked)} />
        );
      })}
      {value
        .filter((v) => !listed.has(v))
        .map((v) => (
          <Pill key={v} withRemoveButton onRemove={() => toggle(v, false)}>
            {v}
          </Pill>
        ))}
      <TextInput
        size="xs"
        w={180}
        placeholder={t('accessoryOther')}
        value={extra}
        maxLength={60}
        onChange={(e) => setExtra(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            addExtra();
          }
        }}
        onBlur={addExtra}
      />
    </Group>
  );
}
