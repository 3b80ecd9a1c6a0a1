/** The oldest Node.js Frontdesk runs on (Electron 45's tooling, better-sqlite3 13, vitest 5). */
export const REQUIRED_NODE = '22.12';

/**
 * What to tell someone running `version` (e.g. "20.20.2"), or null when it is new enough: which Node is
 * needed and three ways to get it.
 */
export function nodeVersionProblem(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = REQUIRED_NODE.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return [
    '',
    `Frontdesk needs Node.js ${REQUIRED_NODE} or newer (24 LTS is recommended); this is Node.js v${version.replace(/^v/, '')}.`,
    'Install a newer Node.js, then run the command again. Any one of these does it:',
    '  - with nvm:            nvm install 24 && nvm use 24',
    '  - with the installer:  https://nodejs.org/en/download (the LTS version)',
    '  - from npm itself:     npm i -g node@24   (then open a new terminal)',
    'Check with `node -v`.',
    '',
  ].join('\n');
}
