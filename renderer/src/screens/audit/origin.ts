import type { TFunction } from 'i18next';

/**
 * Where an audited change came from, in words: the desktop app ("ipc"), a browser or display over
 * the network ("http 192.168.1.20", the address kept), the command line, the demo. An origin this
 * console does not know is shown as recorded.
 */
export function originText(t: TFunction, origin: string): string {
  const [kind = '', ...rest] = origin.split(' ');
  const address = rest.join(' ');
  switch (kind) {
    case 'ipc':
    case 'cli':
    case 'demo':
      return t(`audit:origins.${kind}`);
    case 'http':
      return t('audit:origins.http', { address: address.replace(/^::ffff:/, '') });
    default:
      return origin;
  }
}
