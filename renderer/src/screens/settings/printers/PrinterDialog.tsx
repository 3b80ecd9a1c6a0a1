import { useEffect, type FormEventHandler, type ReactNode } from 'react';
import { Autocomplete, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { text } from '../../../../../shared/contract/fields.ts';
import { printerHost, printerLanguage, printerPort, type Printer } from '../../../../../shared/contract/print.ts';
import { PAPER_SIZES, ROLL_PAPERS, paperSize } from '../../../../../shared/print/layout.ts';
import { notifications } from '@mantine/notifications';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess } from '../../../components/errors.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { printErrorText } from './fields.ts';

const networkForm = z.object({ name: text(60), host: printerHost, port: printerPort, paper: paperSize });
const systemForm = z.object({ name: text(60), systemName: text(200), language: printerLanguage, paper: paperSize });
type NetworkValues = z.output<typeof networkForm>;
type SystemValues = z.output<typeof systemForm>;

export type PrinterDialogState = { connection: 'network' | 'system'; printer: Printer | null } | null;

export function PrinterDialog({ state, onClose }: { state: PrinterDialogState; onClose: () => void }) {
  if (state?.connection === 'system') return <SystemPrinterDialog printer={state.printer} onClose={onClose} />;
  return <NetworkPrinterDialog opened={state?.connection === 'network'} printer={state?.printer ?? null} onClose={onClose} />;
}

function usePaperOptions(rollOnly: boolean) {
  const { t } = useTranslation('print');
  return PAPER_SIZES.filter((p) => !rollOnly || ROLL_PAPERS.includes(p)).map((p) => ({ value: p, label: t(`papers.${p}`) }));
}

function useSave(onClose: () => void) {
  const { t, i18n } = useTranslation('print');
  return useOpMutation('print.printers.save', {
    onSuccess: (saved) => {
      if (saved.routesSet.length > 0) {
        // The first printer takes every document that had none: say which, so nobody is surprised.
        const kinds = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(saved.routesSet.map((k) => t(`kinds.${k}`)));
        notifications.show({
          color: 'green',
          title: t('settings.routesSetTitle', { name: saved.name }),
          message: t('settings.routesSet', { kinds, name: saved.name }),
          autoClose: 10_000,
        });
      } else notifySuccess(t('settings.saved'));
      onClose();
    },
  });
}

interface PrinterFormModalProps {
  opened: boolean;
  /** The printer being edited, or null when adding one. */
  printer: Printer | null;
  /** The title when adding. */
  addTitle: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  saving: boolean;
  children: ReactNode;
}

/** What both kinds of printer dialog share: the modal and its title, the form, and Cancel / Save below the fields. */
function PrinterFormModal({ opened, printer, addTitle, onClose, onSubmit, saving, children }: PrinterFormModalProps) {
  const { t } = useTranslation('print');
  return (
    <Modal opened={opened} onClose={onClose} title={printer ? t('settings.editTitle', { name: printer.name }) : addTitle} size="lg">
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          {children}
          <FormActions onCancel={onClose} loading={saving} cancelLabel={t('settings.cancel')} submitLabel={t('settings.save')} />
        </Stack>
      </form>
    </Modal>
  );
}

function NetworkPrinterDialog({ opened, printer, onClose }: { opened: boolean; printer: Printer | null; onClose: () => void }) {
  const { t } = useTranslation('print');
  const papers = usePaperOptions(true);
  const form = useForm<z.input<typeof networkForm>, unknown, NetworkValues>({ resolver: zodResolver(networkForm) });
  const save = useSave(onClose);
  useEffect(() => {
    if (opened)
      form.reset({ name: printer?.name ?? '', host: printer?.host ?? '', port: printer?.port ?? 9100, paper: printer?.paper ?? '80mm' });
  }, [opened, printer, form]);
  const { errors } = form.formState;
  const err = (e: Parameters<typeof printErrorText>[1]) => printErrorText(t, e);
  return (
    <PrinterFormModal
      opened={opened}
      printer={printer}
      addTitle={t('settings.addTitleNetwork')}
      onClose={onClose}
      saving={save.isPending}
      onSubmit={(e) =>
        void form.handleSubmit((v) =>
          save.mutate(
            { ...(printer ? { id: printer.id } : {}), connection: 'network', ...v },
            { onError: (e) => applyServerErrors(t, e, form) },
          ),
        )(e)
      }
    >
      <TextInput label={t('settings.name')} withAsterisk data-autofocus error={err(errors.name)} {...form.register('name')} />
      <Group grow align="flex-start">
        <TextInput
          label={t('settings.host')}
          description={t('settings.hostHint')}
          withAsterisk
          className="fd-mono"
          error={err(errors.host)}
          {...form.register('host')}
        />
        <Controller
          control={form.control}
          name="port"
          render={({ field }) => (
            <NumberInput
              label={t('settings.port')}
              description="9100"
              withAsterisk
              min={1}
              max={65535}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
              error={err(errors.port)}
            />
          )}
        />
      </Group>
      <Controller
        control={form.control}
        name="paper"
        render={({ field }) => (
          <Select
            label={t('settings.paper')}
            data={papers}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            allowDeselect={false}
            withAsterisk
            error={err(errors.paper)}
          />
        )}
      />
    </PrinterFormModal>
  );
}

function SystemPrinterDialog({ printer, onClose }: { printer: Printer | null; onClose: () => void }) {
  const { t } = useTranslation('print');
  const form = useForm<z.input<typeof systemForm>, unknown, SystemValues>({
    resolver: zodResolver(systemForm),
    defaultValues: {
      name: printer?.name ?? '',
      systemName: printer?.systemName ?? '',
      language: printer?.language ?? 'page',
      paper: printer?.paper ?? 'A4',
    },
  });
  const system = useOp('print.systemPrinters');
  const save = useSave(onClose);
  const language = useWatch({ control: form.control, name: 'language' });
  const papers = usePaperOptions(language === 'escpos');
  const { errors } = form.formState;
  const err = (e: Parameters<typeof printErrorText>[1]) => printErrorText(t, e);
  return (
    <PrinterFormModal
      opened
      printer={printer}
      addTitle={t('settings.addTitleSystem')}
      onClose={onClose}
      saving={save.isPending}
      onSubmit={(e) =>
        void form.handleSubmit((v) =>
          save.mutate(
            { ...(printer ? { id: printer.id } : {}), connection: 'system', ...v },
            { onError: (e) => applyServerErrors(t, e, form) },
          ),
        )(e)
      }
    >
      <TextInput label={t('settings.name')} withAsterisk data-autofocus error={err(errors.name)} {...form.register('name')} />
      <Controller
        control={form.control}
        name="systemName"
        render={({ field }) => (
          <Autocomplete
            label={t('settings.systemName')}
            placeholder={t('settings.suggestions')}
            description={system.data ? t(`settings.sources.${system.data.source}`) : undefined}
            data={system.data?.printers.map((p) => p.name) ?? []}
            value={field.value}
            onChange={field.onChange}
            withAsterisk
            error={err(errors.systemName)}
          />
        )}
      />
      <Group grow align="flex-start">
        <Controller
          control={form.control}
          name="language"
          render={({ field }) => (
            <Select
              label={t('settings.language')}
              data={(['page', 'escpos'] as const).map((l) => ({ value: l, label: t(`settings.languages.${l}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
              error={err(errors.language)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="paper"
          render={({ field }) => (
            <Select
              label={t('settings.paper')}
              data={papers}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
              withAsterisk
              error={err(errors.paper)}
            />
          )}
        />
      </Group>
    </PrinterFormModal>
  );
}
