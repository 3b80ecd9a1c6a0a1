import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenErrorBoundary } from './ScreenErrorBoundary.tsx';

/**
 * Shows a spinner while a screen's code loads (each screen is its own chunk, fetched when first opened),
 * and says so in place of the screen when it cannot be shown; `resetKey` (the route) gives the next one its chance.
 */
export function ScreenLoader({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  const { t } = useTranslation();
  return (
    <ScreenErrorBoundary resetKey={resetKey}>
      <Suspense
        fallback={
          <Center h="100%">
            <Loader aria-label={t('loading')} />
          </Center>
        }
      >
        {children}
      </Suspense>
    </ScreenErrorBoundary>
  );
}
