import { Notifications } from '@mantine/notifications';
import { NAV_WIDTH } from '../theme.ts';

/**
 * Where toasts appear: at the foot of the navigation column and no wider than it. Below the screen
 * links there is nothing to press on any screen, so a message never covers a button, a field or a
 * tile at 1366×768 (tests/e2e/layout.spec.ts checks the reception and counter screens). Several at
 * once stack behind the newest (Mantine's default limit of five, so a message that stays until closed
 * never holds back the next) rather than climbing over the links. (Its 8 px inset is in app.css:
 * Mantine renders a container for every position, so it is set on the bottom-left one only.)
 */
export function Toasts() {
  return (
    <Notifications
      position="bottom-left"
      containerWidth={NAV_WIDTH - 16}
      layout="stacked"
      classNames={{ root: 'fd-toasts' }}
      styles={{ notification: { overflowWrap: 'anywhere' } }}
    />
  );
}
