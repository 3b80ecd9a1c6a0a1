import type { Locale } from '../../../../shared/contract/fields.ts';
import type { PrintDocument } from '../../../../shared/print/layout.ts';
import { coreT } from '../../i18n.ts';

/**
 * "No sale": nothing printed, only the drawer's pulse sent on the receipt printer (the drawer hangs off
 * it), queued like any receipt so a drawer that did not open shows as a failed print job.
 */
export function drawerKick(data: { locale: Locale; till: string }): PrintDocument {
  const t = coreT(data.locale, 'cashierDrawer');
  return { kind: 'receipt', title: t('kick.title', { till: data.till }), locale: data.locale, blocks: [{ t: 'drawer' }] };
}
