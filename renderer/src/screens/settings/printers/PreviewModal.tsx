import { Center, Loader, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAPER, type PaperSize } from '../../../../../shared/print/layout.ts';

/**
 * Shows a document's HTML page as the printer will get it. The page comes from the station, carries
 * its own strict CSP and no scripts, and runs in a sandboxed frame all the same.
 */
export function PreviewModal({
  title,
  html,
  paper,
  onClose,
  loading,
}: {
  title: string;
  html: string | null;
  paper: PaperSize | null;
  loading?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('print');
  const widthMm = paper ? PAPER[paper].widthMm : 80;
  return (
    <Modal
      opened={html !== null || loading === true}
      onClose={onClose}
      title={t('settings.previewTitle', { name: title })}
      size={widthMm > 100 ? 'xl' : 'md'}
    >
      {html ? (
        <iframe
          title={title}
          sandbox=""
          srcDoc={html}
          data-testid="print-preview"
          style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: '#eee' }}
        />
      ) : (
        <Center h={200}>
          <Loader />
        </Center>
      )}
    </Modal>
  );
}
