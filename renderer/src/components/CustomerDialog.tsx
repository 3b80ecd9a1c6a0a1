import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Modal, Stack, TagsInput, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { customerPhone, MAX_PHONES, MAX_TAGS, tags, VIP_TAG, type Customer } from '../../../shared/contract/customers.ts';
import { optionalText, text } from '../../../shared/contract/fields.ts';
import { isApiError } from '../api/errors.ts';
import { useOpMutation } from '../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from './errors.ts';
import { FormActions } from './FormActions.tsx';
import { DuplicateDialog, type DuplicateOwner } from './DuplicateDialog.tsx';

const form = z.object({
  name: text(60),
  phones: z
    .array(z.object({ value: customerPhone }))
    .min(1, { error: 'add at least one phone number' })
    .max(MAX_PHONES, { error: `at most ${MAX_PHONES} phone numbers` }),
  tags,
  notes: optionalText(1000),
});
type FormIn = z.input<typeof form>;
type FormOut = z.output<typeof form>;

/** What a new customer starts with: the picker passes what was typed (a name or phone digits). */
export interface CustomerDraft {
  name?: string;
  phone?: string;
}

/** Splits what was typed into the search box into a name or a phone for a new customer. */
export function draftFromQuery(q: string): CustomerDraft {
  const typed = q.trim();
  return /^[+\d][\d\s\-()]*$/.test(typed) ? { phone: typed } : { name: typed };
}

function initialValues(customer: Customer | undefined, draft: CustomerDraft | undefined): FormIn {
  if (customer)
    return { name: customer.name, phones: customer.phones.map((value) => ({ value })), tags: customer.tags, notes: customer.notes };
  return { name: draft?.name ?? '', phones: [{ value: draft?.phone ?? '' }], tags: [], notes: '' };
}

/** The error of a list field, or of its first bad item (a tag too long), as one field error. */
function listError(
  e: { type?: string; message?: string; [index: number]: { type?: string; message?: string } | undefined } | undefined,
): FieldError | undefined {
  if (!e) return undefined;
  if (e.message) return { type: e.type ?? 'validate', message: e.message };
  const item = Object.values(e).find(
    (v): v is { type?: string; message?: string } => typeof v === 'object' && v !== null && 'message' in v,
  );
  return item?.message ? { type: item.type ?? 'validate', message: item.message } : undefined;
}

/** Station field keys (`phones.1`) to the form's (`phones.1.value`). */
const PHONE_FIELDS = Object.fromEntries(Array.from({ length: MAX_PHONES }, (_, i) => [`phones.${i}`, `phones.${i}.value`]));

/**
 * Create or edit a customer: name, up to five phones (the first is the main one), tags (vip gives
 * priority in the queue) and notes. A phone another customer already has opens the duplicate warning.
 */
export function CustomerDialog({
  opened,
  onClose,
  customer,
  draft,
  onSaved,
  onOpenExisting,
}: {
  opened: boolean;
  onClose: () => void;
  /** The customer to edit; without it the dialog creates one. */
  customer?: Customer;
  draft?: CustomerDraft;
  onSaved?: (customer: Customer) => void;
  /** "Open 张三" in the duplicate warning. */
  onOpenExisting: (customerId: number) => void;
}) {
  const { t } = useTranslation('customers');
  const errorText = useFieldErrorText();
  const [duplicate, setDuplicate] = useState<{ owner: DuplicateOwner; error: unknown } | null>(null);
  const values = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(form), defaultValues: initialValues(customer, draft) });
  const phones = useFieldArray({ control: values.control, name: 'phones' });
  const creating = customer === undefined;

  // Fresh values each time it opens; `draft` must be a stable object (state), not built during render.
  useEffect(() => {
    if (opened) values.reset(initialValues(customer, draft));
  }, [opened, customer, draft, values]);
  // A duplicate warning belongs to the values it was raised for: fresh values drop it.
  const [shownFor, setShownFor] = useState({ opened, customer, draft });
  if (shownFor.opened !== opened || shownFor.customer !== customer || shownFor.draft !== draft) {
    setShownFor({ opened, customer, draft });
    if (opened) setDuplicate(null);
  }

  const done = (saved: Customer) => {
    notifySuccess(t(creating ? 'form.created' : 'form.updated', { name: saved.name }));
    setDuplicate(null);
    onSaved?.(saved);
    onClose();
  };
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'CONFLICT' && typeof error.params.customerId === 'number') {
      setDuplicate({ owner: { customerId: error.params.customerId, customerName: String(error.params.customerName ?? '') }, error });
      return;
    }
    applyServerErrors(t, error, values, PHONE_FIELDS);
  };
  const create = useOpMutation('customers.create', { onSuccess: done, onError });
  const update = useOpMutation('customers.update', { onSuccess: done, onError });

  const submit = (v: FormOut, confirmDuplicate: boolean) => {
    const input = { name: v.name, phones: v.phones.map((p) => p.value), tags: v.tags, notes: v.notes, confirmDuplicate };
    if (customer) update.mutate({ id: customer.id, ...input });
    else create.mutate(input);
  };
  const { errors } = values.formState;

  return (
    <>
      <Modal
        opened={opened}
        onClose={onClose}
        title={creating ? t('form.createTitle') : t('form.editTitle', { name: customer.name })}
        size="lg"
        closeOnEscape={duplicate === null}
        data-testid="customer-dialog"
      >
        <form noValidate onSubmit={(e) => void values.handleSubmit((v) => submit(v, false))(e)}>
          <Stack>
            <TextInput
              label={t('form.name')}
              withAsterisk
              data-autofocus={draft?.phone === undefined || undefined}
              error={errorText(errors.name)}
              {...values.register('name')}
            />
            <Stack gap="xs">
              {phones.fields.map((field, i) => (
                <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={i === 0 ? t('form.phoneMain') : t('form.phone', { n: i + 1 })}
                    withAsterisk={i === 0}
                    inputMode="tel"
                    data-autofocus={(i === 0 && draft?.phone !== undefined) || undefined}
                    error={errorText(errors.phones?.[i]?.value)}
                    {...values.register(`phones.${i}.value`)}
                  />
                  {phones.fields.length > 1 && (
                    <Tooltip label={t('form.removePhone')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="lg"
                        mt={26}
                        onClick={() => phones.remove(i)}
                        aria-label={t('form.removePhone')}
                      >
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              ))}
              {errors.phones?.message && (
                <Text c="red" size="sm">
                  {errorText(listError({ type: errors.phones.type, message: errors.phones.message }))}
                </Text>
              )}
              {phones.fields.length < MAX_PHONES && (
                <Group>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    leftSection={<IconPlus size={16} />}
                    onClick={() => phones.append({ value: '' })}
                  >
                    {t('form.addPhone')}
                  </Button>
                </Group>
              )}
            </Stack>
            <Controller
              control={values.control}
              name="tags"
              render={({ field }) => (
                <TagsInput
                  label={t('form.tags')}
                  description={t('form.tagsHint')}
                  data={[VIP_TAG]}
                  maxTags={MAX_TAGS}
                  value={field.value}
                  onChange={field.onChange}
                  clearable
                  error={errorText(listError(errors.tags))}
                />
              )}
            />
            <Textarea
              label={t('form.notes')}
              autosize
              minRows={2}
              maxRows={6}
              error={errorText(errors.notes)}
              {...values.register('notes')}
            />
            <FormActions
              onCancel={onClose}
              loading={create.isPending || update.isPending}
              submitLabel={creating ? t('form.create') : t('common:actions.save')}
            />
          </Stack>
        </form>
      </Modal>
      <DuplicateDialog
        owner={duplicate?.owner ?? null}
        creating={creating}
        onBack={() => {
          // Back on the form, the phone in question is marked.
          if (duplicate) applyServerErrors(t, duplicate.error, values, PHONE_FIELDS);
          setDuplicate(null);
        }}
        onOpen={(id) => {
          setDuplicate(null);
          onClose();
          onOpenExisting(id);
        }}
        onConfirm={() => void values.handleSubmit((v) => submit(v, true))()}
      />
    </>
  );
}
