import { Notifications } from '@mantine/notifications';
import { NAV_WIDTH } from '../theme.ts';

const GAP = 8;

/**
 * Where toasts appear: at the foot of the navigation column and no wider than it. Below the screen
 * links there is nothing to press on any screen, so a message never covers a button, a field or a
 * tile at 1366×768 (tests/e2e/layout.spec.ts checks the reception and counter screens). Several at
 * once stack behind the newest rather than climbing over the links.
 */
export function Toasts() {
  return (
    <Notifications
      position="bottom-left"
      containerWidth={NAV_WIDTH - 2 * GAP}
      layout="stacked"
      limit={3}
      styles={{ root: { left: GAP, bottom: GAP }, notification: { overflowWrap: 'anywhere' } }}
    />
  );
}
