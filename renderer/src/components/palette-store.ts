import { createSpotlight } from '@mantine/spotlight';

/** The command palette's own store: Ctrl+K and the header button open it, and screens ask whether it is open. */
export const [paletteStore, palette] = createSpotlight();

export const paletteOpen = (): boolean => paletteStore.getState().opened;
