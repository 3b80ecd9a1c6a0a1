/** What the desktop app says when it cannot open the store at start-up (before any screen exists). */
export const startup = {
  title: 'Frontdesk cannot start',
  newerStore:
    'This data was written by a newer version of Frontdesk (schema {{found}}; this version knows up to {{supported}}). Install the newer version to open it; the data has not been changed.',
  locked: 'Another Frontdesk (process {{pid}}) is already using the data in {{dataDir}}. Close it first.',
  other: 'The data in {{dataDir}} could not be opened: {{message}}',
};
