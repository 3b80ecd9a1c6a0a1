import { Button, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { PhotoCapture } from '../../../components/PhotoCapture.tsx';
import { useLocalName } from '../../queue/names.ts';
import type { ConditionDraft } from './draft.ts';

/** The condition check: each item ok or damaged with a note, and its photos. */
export function ConditionSection(props: {
  items: JobsSettings['conditionChecklist'];
  value: Record<string, ConditionDraft>;
  onChange: (v: Record<string, ConditionDraft>) => void;
  photos: Record<string, string[]>;
  onPhotos: (v: Record<string, string[]>) => void;
  errors: Record<string, string>;
}) {
  const { items, value, onChange, photos, onPhotos, errors } = props;
  const { t } = useTranslation('jobIntake');
  const name = useLocalName();
  const set = (key: string, answer: ConditionDraft) => onChange({ ...value, [key]: answer });
  const unanswered = items.filter((i) => value[i.key] === undefined);
  const restOk = () => onChange({ ...value, ...Object.fromEntries(unanswered.map((i) => [i.key, { state: 'ok', note: '' }])) });
  return (
    <>
      {unanswered.length > 0 && (
        <Button
          size="xs"
          variant="light"
          color="teal"
          leftSection={<IconChecks size={14} />}
          onClick={restOk}
          style={{ alignSelf: 'flex-start' }}
          data-testid="condition-rest-ok"
        >
          {t('condition.restOk', { count: unanswered.length })}
        </Button>
      )}
      <Table verticalSpacing={4} data-testid="intake-condition">
        <Table.Tbody>
          {items.map((item) => {
            const answer = value[item.key];
            const error = errors[`condition.${item.key}`];
            return (
              <Table.Tr key={item.key} data-field={`condition.${item.key}`} data-testid={`condition-${item.key}`}>
                <Table.Td w={120}>
                  <Text size="sm" fw={500}>
                    {name(item)}
                  </Text>
                  {error && (
                    <Text size="xs" c="red">
                      {error}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={130}>
                  <SegmentedControl
                    size="xs"
                    color={answer?.state === 'damaged' ? 'red' : 'teal'}
                    value={answer?.state ?? ''}
                    onChange={(state) => set(item.key, { state: state as ConditionDraft['state'], note: answer?.note ?? '' })}
                    data={[
                      { value: 'ok', label: t('condition.ok') },
                      { value: 'damaged', label: t('condition.damaged') },
                    ]}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    placeholder={t('condition.note')}
                    value={answer?.note ?? ''}
                    maxLength={200}
                    disabled={answer === undefined}
                    onChange={(e) => answer && set(item.key, { ...answer, note: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <PhotoCapture
                    photos={photos[item.key] ?? []}
                    onChange={(list) => onPhotos({ ...photos, [item.key]: list })}
                    testId={`photo-${item.key}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
