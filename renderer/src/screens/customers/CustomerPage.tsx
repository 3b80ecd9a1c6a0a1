import { useState } from 'react';
import { Badge, Button, Grid, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlarm, IconPencil, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { VIP_TAG } from '../../../../shared/contract/customers.ts';
import { formatPhone } from '../../../../shared/identifiers.ts';
import { useOp } from '../../api/hooks.ts';
import { formatDateTime } from '../../format.ts';
import { AssetList } from './AssetList.tsx';
import { CustomerActions } from './CustomerActions.tsx';
import { CustomerDialog } from '../../components/CustomerDialog.tsx';
import { HistoryTabs } from './HistoryTabs.tsx';
import { VipBadge } from '../../components/VipBadge.tsx';
import { BackLink, RecordLoading, RecordNotFound } from '../../components/RecordFrame.tsx';
import { NewReminderDialog } from '../reminders/NewReminderDialog.tsx';

/**
 * One customer: details, phones and tags, their devices and vehicles, and their history; a number or a
 * booking for them from here. (Opening a job joins these once jobs exist.)
 */
export function CustomerPage() {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const customer = useOp('customers.get', { id: valid ? id : 1 }, { enabled: valid });
  const [editing, setEditing] = useState(false);
  const back = () => void navigate('/customers');

  const [assetDialog, setAssetDialog] = useState(false);
  const [reminding, setReminding] = useState(false);
  // Escape in an open dialog closes only the dialog (the dialog's own handler runs first).
  useHotkeys([
    ['Escape', () => editing || assetDialog || reminding || back()],
    ['alt+E', () => setEditing(true)],
  ]);

  const backLink = <BackLink onBack={back} label={t('page.back')} />;

  if (!valid || customer.isError) return <RecordNotFound back={backLink} text={t('page.notFound')} />;
  if (!customer.data) return <RecordLoading />;
  const c = customer.data;
  const otherTags = c.tags.filter((tag) => tag !== VIP_TAG);

  return (
    <Stack gap="lg" data-testid="customer-page">
      {backLink}
      <NewReminderDialog customer={reminding ? { id: c.id, name: c.name } : null} onClose={() => setReminding(false)} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} data-testid="customer-name">
              {c.name}
            </Title>
            {c.vip && <VipBadge size="lg" />}
          </Group>
          <Text size="sm" c="dimmed">
            {t('page.since', { date: formatDateTime(c.createdAt).slice(0, 10) })}
          </Text>
        </Stack>
        <Group gap="sm">
          <CustomerActions customer={{ id: c.id, name: c.name, phones: c.phones, tags: c.tags, vip: c.vip }} />
          <Button variant="light" leftSection={<IconAlarm size={16} />} onClick={() => setReminding(true)} data-testid="remind-me">
            {t('reminders:create.button')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            rightSection={<Kbd size="xs">Alt E</Kbd>}
            onClick={() => setEditing(true)}
          >
            {t('page.edit')}
          </Button>
        </Group>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" h="100%">
            <Stack gap="md">
              <Title order={4}>{t('page.details')}</Title>
              <Stack gap={6}>
                <Text size="sm" fw={600} c="dimmed">
                  {t('form.phones')}
                </Text>
                {c.phones.map((phone, i) => (
                  <Group key={phone} gap="xs" wrap="nowrap">
                    <IconPhone size={16} color="var(--mantine-color-dimmed)" />
                    <Text ff="monospace" fw={i === 0 ? 600 : 400} data-testid="customer-phone">
                      {formatPhone(phone)}
                    </Text>
                    {i === 0 && c.phones.length > 1 && (
                      <Badge variant="light" size="xs">
                        {t('form.phoneMain')}
                      </Badge>
                    )}
                  </Group>
                ))}
              </Stack>
              <Stack gap={6}>
                <Text size="sm" fw={600} c="dimmed">
                  {t('form.tags')}
                </Text>
                {otherTags.length === 0 && !c.vip ? (
                  <Text size="sm" c="dimmed">
                    {t('page.noTags')}
                  </Text>
                ) : (
                  <Group gap={6}>
                    {c.vip && <VipBadge />}
                    {otherTags.map((tag) => (
                      <Badge key={tag} variant="light" color="gray" tt="none">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
              <Stack gap={6}>
                <Text size="sm" fw={600} c="dimmed">
                  {t('page.notes')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={c.notes ? undefined : 'dimmed'}>
                  {c.notes || t('page.noNotes')}
                </Text>
              </Stack>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <AssetList customerId={c.id} assets={c.assets} onDialogChange={setAssetDialog} />
        </Grid.Col>
      </Grid>

      <HistoryTabs customerId={c.id} assets={c.assets} />

      <CustomerDialog
        opened={editing}
        onClose={() => setEditing(false)}
        customer={c}
        onOpenExisting={(other) => void navigate(`/customers/${other}`)}
      />
    </Stack>
  );
}
