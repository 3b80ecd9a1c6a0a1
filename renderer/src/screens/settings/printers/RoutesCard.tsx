import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PrintRoute, Printer } from '../../../../../shared/contract/print.ts';
import { PAPER_SIZES, ROLL_PAPERS } from '../../../../../shared/print/layout.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../../components/errors.ts';
import { useSeededState } from '../../../components/useSeededState.ts';
import { printFieldText } from './fields.ts';
import { isApiError } from '../../../api/errors.ts';

/** Which printer prints each kind of document, on what paper, how many copies. */
export function RoutesCard({ printers, canEdit }: { printers: Printer[]; canEdit: boolean }) {
  const { t } = useTranslation('print');
  const routes = useOp('print.routes.get');
  const [draft, setDraft] = useSeededState<PrintRoute[]>(routes.data, []);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const save = useOpMutation('print.routes.save', {
    onSuccess: () => {
      setFieldErrors({});
      notifySuccess(t('settings.routesSaved'));
    },
    onError: (error) => {
      if (isApiError(error) && Object.keys(error.fields).length) setFieldErrors(error.fields);
      else notifyError(t, error);
    },
  });
  const printerOptions = [{ value: '', label: t('settings.none') }, ...printers.map((p) => ({ value: String(p.id), label: p.name }))];
  const update = (i: number, patch: Partial<PrintRoute>) => setDraft((d) => d.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={4}>{t('settings.routes')}</Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('problems.document')}</Table.Th>
              <Table.Th>{t('settings.printer')}</Table.Th>
              <Table.Th>{t('settings.paper')}</Table.Th>
              <Table.Th w={120}>{t('settings.copies')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.map((route, i) => {
              const printer = printers.find((p) => p.id === route.printerId);
              const papers = PAPER_SIZES.filter((p) => printer?.language !== 'escpos' || ROLL_PAPERS.includes(p)).map((p) => ({
                value: p,
                label: t(`papers.${p}`),
              }));
              const err = (field: string) =>
                fieldErrors[`routes.${i}.${field}`] ? printFieldText(t, fieldErrors[`routes.${i}.${field}`]) : undefined;
              return (
                <Table.Tr key={route.kind} data-testid="print-route">
                  <Table.Td>
                    <Text fw={500}>{t(`kinds.${route.kind}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t(`kinds.${route.kind}`)}: ${t('settings.printer')}`}
                      data={printerOptions}
                      value={route.printerId === null ? '' : String(route.printerId)}
                      disabled={!canEdit}
                      allowDeselect={false}
                      error={err('printerId')}
                      onChange={(v) => {
                        const next = v ? printers.find((p) => p.id === Number(v)) : undefined;
                        update(i, {
                          printerId: next ? next.id : null,
                          paper: next?.language === 'escpos' && !ROLL_PAPERS.includes(route.paper) ? next.paper : route.paper,
                        });
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t(`kinds.${route.kind}`)}: ${t('settings.paper')}`}
                      data={papers}
                      value={route.paper}
                      disabled={!canEdit}
                      allowDeselect={false}
                      error={err('paper')}
                      onChange={(v) => v && update(i, { paper: v })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${t(`kinds.${route.kind}`)}: ${t('settings.copies')}`}
                      min={1}
                      max={10}
                      allowDecimal={false}
                      value={route.copies}
                      disabled={!canEdit}
                      error={err('copies')}
                      onChange={(v) => update(i, { copies: Math.max(1, Math.min(10, Number(v) || 1)) })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {canEdit && (
          <Group justify="flex-end">
            <Button onClick={() => save.mutate({ routes: draft })} loading={save.isPending} disabled={!draft.length}>
              {t('settings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
