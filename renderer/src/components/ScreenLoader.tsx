import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows a spinner while a screen's code loads (each screen is its own chunk, fetched when first opened). */
export function ScreenLoader({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center h="100%">
          <Loader aria-label={t('loading')} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
