import { useEffect, useRef, useState } from 'react';
import { Center, Loader } from '@mantine/core';
import type { DisplayCall } from '../../../../shared/contract/queue.ts';
import { i18n } from '../../i18n/index.ts';
import { Announcer } from './announcer.ts';
import { CounterBreaks } from './CounterBreaks.tsx';
import { CurrentCall } from './CurrentCall.tsx';
import { DisplayHeader } from './DisplayHeader.tsx';
import { NoticeLine } from './NoticeLine.tsx';
import { ReadyForPickup } from './ReadyForPickup.tsx';
import { RecentCalls } from './RecentCalls.tsx';
import { SoundGate } from './SoundGate.tsx';
import { useDisplayFeed } from './useDisplayFeed.ts';
import { useSound } from './useSound.ts';
import { WaitingServices } from './WaitingServices.tsx';
import './display.css';
import { nameIn } from '../../../../shared/names.ts';

/** How long a new call flashes. */
const FLASH_MS = 3500;

/**
 * The queue display: the number being called, the calls before it, who waits for each service, jobs
 * ready for pickup and the store's notice, in the store's language. Each new call flashes, chimes and
 * is spoken; the screen says so while it has lost the station and catches up when it is back.
 */
export function QueueDisplay({ token, onUnpaired }: { token: string | null; onUnpaired: () => void }) {
  const announcer = useRef<Announcer | null>(null);
  announcer.current ??= new Announcer();
  const [flashAt, setFlashAt] = useState<string | null>(null);
  const sound = useSound();

  const feed = useDisplayFeed(
    token,
    (call, settings) => {
      setFlashAt(call.at);
      void announcer.current?.announce(call, settings);
    },
    onUnpaired,
  );

  useEffect(() => {
    if (!flashAt) return;
    const timer = setTimeout(() => setFlashAt(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashAt]);

  const state = feed.state;
  const locale = state?.locale;
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);

  if (!state) {
    return (
      <Center h="100vh" bg="#121c42">
        <Loader color="yellow" />
      </Center>
    );
  }
  const t = i18n.getFixedT(state.locale, 'display');
  const zh = state.locale === 'zh-CN';
  const counterName = (call: Pick<DisplayCall, 'counterNameZh' | 'counterNameEn'>) =>
    nameIn(zh ? 'zh-CN' : 'en', { nameZh: call.counterNameZh, nameEn: call.counterNameEn });
  const onBreak = new Set(state.breaks.map((b) => b.counterId));
  const disconnected = feed.connection !== 'connected' && (feed.everConnected || feed.error?.code === 'NETWORK');

  return (
    <div className="fd-display" data-testid="queue-display" data-locale={state.locale}>
      {disconnected && (
        <div className="fd-display-banner" role="status" data-testid="display-reconnecting">
          {t('reconnecting')}
        </div>
      )}
      <DisplayHeader
        t={t}
        storeName={state.storeName}
        demo={state.demo}
        locale={state.locale}
        timeZone={state.timeZone}
        skewMs={feed.skewMs}
      >
        <CounterBreaks t={t} breaks={state.breaks} counterName={counterName} />
      </DisplayHeader>
      <main className="fd-display-main">
        <CurrentCall
          t={t}
          call={state.current}
          counterName={state.current && counterName(state.current)}
          flash={!!state.current && state.current.at === flashAt}
          onBreak={!!state.current && onBreak.has(state.current.counterId)}
        />
        <RecentCalls t={t} calls={state.recent} counterName={counterName} onBreak={(call) => onBreak.has(call.counterId)} />
      </main>
      <div className="fd-display-bottom">
        <WaitingServices t={t} services={state.services} serviceName={(s) => nameIn(zh ? 'zh-CN' : 'en', s)} />
        <ReadyForPickup t={t} items={state.readyForPickup} />
      </div>
      <NoticeLine text={state.displayNotice} />
      {sound.needsTap && <SoundGate t={t} onEnable={sound.enable} />}
    </div>
  );
}
