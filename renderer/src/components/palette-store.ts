import { createSpotlight } from '@mantine/spotlight';

/** The command palette's own store: Ctrl+K and the header button open it, and screens ask whether it is open. */
export const [paletteStore, palette] = createSpotlight();

export const paletteOpen = (): boolean => paletteStore.getState().opened;

/**
 * Marks the palette's first entry as the one Enter opens, when none is: entries that arrive after the
 * typing (customers found by the station) would otherwise leave Enter with nothing to open.
 */
export function selectFirstPaletteEntry(): void {
  const { listId } = paletteStore.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list || list.querySelector('[data-selected]')) return;
  const first = list.querySelector('[data-action]');
  if (!first) return;
  first.setAttribute('data-selected', 'true');
  paletteStore.updateState((state) => ({ ...state, selected: 0 }));
}
