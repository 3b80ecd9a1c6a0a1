import { nodeVersionProblem } from './node-version.mjs';

// Run before every npm script that needs Node (and as `preinstall`, so `npm ci` on an older Node says what to do).
const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
