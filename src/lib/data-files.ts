/** The data behind the charts as the build publishes it: one CSV a kind of row, in each edition's `data/` folder. */
export const DATA_FILES = [
  { name: 'events.csv', label: 'data-events' },
  { name: 'figures.csv', label: 'data-figures' },
  { name: 'sources.csv', label: 'data-sources' },
] as const;
