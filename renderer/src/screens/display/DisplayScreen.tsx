import { useState } from 'react';
import { isDisplayWindow, readDisplayToken, saveDisplayToken } from './connection.ts';
import { PairingScreen } from './PairingScreen.tsx';
import { QueueDisplay } from './QueueDisplay.tsx';

/**
 * `#/display`: the Electron display window shows the queue at once; a browser shows it once paired
 * (its display token kept on the TV), and the pairing screen until then or after it was removed.
 */
export function DisplayScreen() {
  const windowed = isDisplayWindow();
  const [token, setToken] = useState(() => (windowed ? null : readDisplayToken()));
  const [removed, setRemoved] = useState(false);

  if (!windowed && !token) {
    return (
      <PairingScreen
        removed={removed}
        onPaired={(next) => {
          saveDisplayToken(next);
          setRemoved(false);
          setToken(next);
        }}
      />
    );
  }
  return (
    <QueueDisplay
      key={token ?? 'window'}
      token={token}
      onUnpaired={() => {
        saveDisplayToken(null);
        setRemoved(true);
        setToken(null);
      }}
    />
  );
}
