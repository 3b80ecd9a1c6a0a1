import { ActionIcon, CopyButton, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS } from '../theme.ts';

/** A small icon button that copies `value` to the clipboard and shows a tick once copied. */
export function CopyIconButton({ value }: { value: string }) {
  const { t } = useTranslation('common');
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('actions.copied') : t('actions.copy')}>
          <ActionIcon variant="subtle" color={copied ? STATUS.ok : 'gray'} onClick={copy} aria-label={t('actions.copy')}>
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
