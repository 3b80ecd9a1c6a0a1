import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { retryFailedScreens } from './lazyScreen.tsx';

interface Props {
  children: ReactNode;
  /** A different key (another route) clears the error: the next screen gets its own chance. */
  resetKey?: string;
}

/**
 * Keeps a screen that could not be shown from blanking the whole console: its code failed to arrive
 * (the station dropped out while it loaded) or it stopped with an error. The header and the screen list
 * stay; Try again fetches the code again and shows the screen anew.
 */
export class ScreenErrorBoundary extends Component<Props, { error: Error | null; resetKey?: string }> {
  override state: { error: Error | null; resetKey?: string } = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; resetKey?: string }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error): void {
    console.warn('A screen could not be shown:', error.message);
  }

  private readonly retry = () => {
    retryFailedScreens();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <ScreenFailed retry={this.retry} />;
  }
}

function ScreenFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100%" data-testid="screen-failed">
      <Stack align="center" gap="md" maw={460}>
        <Title order={3}>{t('screenFailed.title')}</Title>
        <Text ta="center" c="dimmed">
          {t('screenFailed.hint')}
        </Text>
        <Button onClick={retry}>{t('actions.retry')}</Button>
      </Stack>
    </Center>
  );
}
