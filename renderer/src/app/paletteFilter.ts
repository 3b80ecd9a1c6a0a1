import type { SpotlightActionData, SpotlightProps } from '@mantine/spotlight';

type SpotlightActions = Parameters<NonNullable<SpotlightProps['filter']>>[1][number];

function keywordsOf(action: SpotlightActionData): string {
  const k = action.keywords;
  return (Array.isArray(k) ? k.join(',') : (k ?? '')).toLowerCase();
}

/**
 * The palette's filter: screens and commands whose label holds the query come first, then those whose
 * description or keywords do (Mantine's own rule); a group in `searched` holds what the station found
 * for the query (customers) and is kept as it is.
 */
export function paletteFilter(searched: string) {
  return (raw: string, data: SpotlightActions[]): SpotlightActions[] => {
    const query = raw.trim().toLowerCase();
    return data.flatMap((item): SpotlightActions[] => {
      if (!('group' in item) || !('actions' in item)) return [item];
      if (item.group === searched || query === '') return item.actions.length > 0 ? [item] : [];
      const inLabel = item.actions.filter((a: SpotlightActionData) => typeof a.label === 'string' && a.label.toLowerCase().includes(query));
      const elsewhere = item.actions.filter(
        (a: SpotlightActionData) =>
          !inLabel.includes(a) &&
          ((typeof a.description === 'string' && a.description.toLowerCase().includes(query)) || keywordsOf(a).includes(query)),
      );
      const actions = [...inLabel, ...elsewhere];
      return actions.length > 0 ? [{ ...item, actions }] : [];
    });
  };
}
