import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { api } from '../api/client.ts';
import { paletteOpen } from './palette-store.ts';

const TYPING_TAGS = ['INPUT', 'TEXTAREA', 'SELECT'];

/**
 * A screen's keyboard shortcuts (a letter issues a number, N books, Space calls the next): not while
 * typing in a field, not while the command palette is open, and not while the console is locked. Keys typed right after Ctrl+K can
 * arrive before the palette's search box has focus; without this they would reach the screen, so
 * "Ctrl+K, Book…" could open the booking dialog under the palette, or a letter issue a number.
 */
export function useScreenHotkeys(hotkeys: HotkeyItem[]): void {
  useHotkeys(
    hotkeys.map(([key, handler, options]): HotkeyItem => [
      key,
      (event) => {
        if (!paletteOpen() && !api.lockedBy) handler(event);
      },
      options,
    ]),
    TYPING_TAGS,
  );
}
