import { IconVolume } from '@tabler/icons-react';
import type { TFunction } from 'i18next';

/** The one tap a TV browser needs before a page may make sound: anywhere on the screen will do. */
export function SoundGate({ t, onEnable }: { t: TFunction; onEnable: () => void }) {
  return (
    <button type="button" className="fd-display-sound" onClick={onEnable} data-testid="display-enable-sound">
      <span className="fd-display-sound-button">
        <IconVolume size="1.2em" />
        {t('enableSound')}
      </span>
      <span className="fd-display-sound-hint">{t('enableSoundHint')}</span>
    </button>
  );
}
