// Architecture rules, checked by dependency-cruiser: `npm run arch`.
// Each rule names what it forbids and says why in `comment`; every rule is proven to fire by
// tests/unit/architecture.test.ts, which cruises a small tree with one violation per rule.
//
// The four layers, each arrow pointing at what may be imported: shared ← electron/core ← electron/app,
// and shared ← renderer.
//   shared         what both sides agree on: imports nothing but itself and pure packages
//   electron/core  plain Node, itself layered (see CORE below)
//   electron/app   the Electron shell: the only code that imports the `electron` package
//   renderer       the React console: beside electron/, never importing it

/** The core's own layers, outermost first: a module may import a layer below its own, never above. */
const CORE = {
  // What starts and serves a core: the station server and CLI, opening a core, start-of-day backups,
  // the data folder, what to say when the store cannot be opened.
  // The reader worker's entry is one too: it starts a thread serving the heavy reads.
  entry: '^electron/core/(server/|open-core\\.ts$|lifecycle\\.ts$|startup\\.ts$|data-dir\\.ts$|readers/reader-worker\\.ts$)',
  // The one door every operation goes through: session, role, input and output checks.
  dispatch: '^electron/core/dispatch\\.ts$',
  // One handler file per area, each a table of one-line calls into services.
  handlers: '^electron/core/handlers/',
  // The rules of the shop, one area per folder or file; printing is an area like the others.
  services: '^electron/core/(services|printing)/',
  // What every service is handed: the core object, the call context, who is calling, the clock, the
  // event bus, words; and the pool of reader threads the core runs heavy reads on (readers/, but for
  // the worker's entry).
  kernel: '^electron/core/((core|context|actor|clock|events|i18n)\\.ts$|readers/(?!reader-worker\\.ts$))',
  // Opening the SQLite file, migrations, the lock, statement cache, marks for kept reads.
  store: '^electron/core/store/',
};

/** A service area: `services/<area>/`, a one-file service `services/<name>.ts`, or `printing/`. */
const AREA = '^electron/core/(services/[^/.]+|printing)(/|\\.ts$)';
/** A file inside an area folder. Its public module is the folder's `index.ts`. */
const AREA_FOLDER_FILE = '^electron/core/(services/[^/]+|printing)/';
const AREA_PUBLIC_MODULE = '^electron/core/(services/[^/]+|printing)/index\\.ts$';

/** Code that ships and runs in the app (as opposed to tests, scripts and build configs). */
const RUNTIME = '^(electron|shared|renderer)/';
const BUILD_CONFIG = '(^|/)[^/]*\\.config\\.(ts|mts|cts|js|mjs|cjs)$';
/** Packages that only make sense in the core's Node process. */
const SERVER_PACKAGES = '(^|/)node_modules/(@types/)?(better-sqlite3|ws|sirv|playwright-core)/';
const ELECTRON_PACKAGE = '(^|/)node_modules/(@types/)?electron/';
/** Files nobody imports on purpose: type declarations, dot-file configs, and files run or loaded by path. */
const ORPHAN_EXEMPT = [
  '(^|/)\\.[^/]+\\.(js|cjs|mjs|ts|json)$',
  '\\.d\\.(c|m)?ts$',
  '^scripts/[^/]+\\.mjs$',
  '^tests/electron/stand-in/hooks\\.mjs$',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Two modules import each other, directly or around a loop. A cycle means neither can be understood, ' +
        'loaded or tested alone: move what both need into a module of its own that both import.',
      from: {},
      to: { circular: true },
    },

    // The four-layer rule: shared ← electron/core ← electron/app; shared ← renderer.
    {
      name: 'shared-imports-only-shared',
      severity: 'error',
      comment:
        'shared/ is what the core and the renderer agree on, so it cannot lean on either of them: ' +
        'it imports only other files in shared/.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['local'], pathNot: '^shared/' },
    },
    {
      name: 'shared-no-node',
      severity: 'error',
      comment: 'shared/ also runs in the browser (the renderer bundles it), so it uses no Node built-in module.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-server-packages',
      severity: 'error',
      comment: 'shared/ imports no package that only works in the core (SQLite, WebSocket server, static files, Playwright).',
      from: { path: '^shared/' },
      to: { path: SERVER_PACKAGES },
    },
    {
      name: 'core-not-to-app-or-renderer',
      severity: 'error',
      comment:
        'electron/core is plain Node that runs without Electron (station server, tests): it never imports ' +
        'the Electron shell (electron/app) or the React console (renderer/).',
      from: { path: '^electron/core/' },
      to: { path: '^(electron/(?!core/)|renderer/)' },
    },
    {
      name: 'only-app-imports-electron',
      severity: 'error',
      comment:
        "Only the thin shell in electron/app/ may import the 'electron' package; everything else must run " +
        'in plain Node or a browser, so it stays testable without Electron.',
      from: { path: RUNTIME, pathNot: '^electron/app/' },
      to: { path: ELECTRON_PACKAGE },
    },
    {
      name: 'app-not-to-renderer',
      severity: 'error',
      comment:
        'The Electron shell loads the renderer as a page (app:// or the station server), it never imports ' +
        'its code: the two only meet through the preload bridge and the operation contract in shared/.',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'renderer-not-to-electron',
      severity: 'error',
      comment:
        'The renderer is a web page that works the same over IPC or HTTP: it never imports anything under ' +
        'electron/ (core or shell); it talks to the core only through the contract in shared/.',
      from: { path: '^renderer/' },
      to: { path: '^electron/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs sandboxed in a browser window, where no Node built-in module exists.',
      from: { path: '^renderer/', pathNot: BUILD_CONFIG },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-server-packages',
      severity: 'error',
      comment: 'The renderer imports no package that only works in the core (SQLite, WebSocket server, static files, Playwright).',
      from: { path: '^renderer/', pathNot: BUILD_CONFIG },
      to: { path: SERVER_PACKAGES },
    },
    {
      name: 'runtime-imports-only-runtime',
      severity: 'error',
      comment:
        'Code that ships (electron/, shared/, renderer/) imports only code that ships: never test support, ' +
        'repository scripts, root config files or anything outside the repository. They are not packaged, ' +
        'and production code that needs a test helper has its design upside down.',
      from: { path: RUNTIME },
      to: { dependencyTypes: ['local'], pathNot: RUNTIME },
    },

    // Inside the core: entry → dispatch → handlers → services → kernel → store, never upward.
    {
      name: 'core-store-imports-only-store',
      severity: 'error',
      comment:
        'The store (open, migrations, lock, statements, marks) is the bottom of the core: it knows SQLite ' +
        'and nothing of the shop, so it imports nothing else from electron/core.',
      from: { path: CORE.store },
      to: { path: '^electron/core/', pathNot: CORE.store },
    },
    {
      name: 'core-kernel-not-upward',
      severity: 'error',
      comment:
        'The kernel (core object, call context, clock, event bus, the core’s words) is what every service ' +
        'is handed; it may use the store but never a service, handler, dispatch or the server. Work that ' +
        'needs a service (the customer-key backfill) is handed in by open-core.ts.',
      from: { path: CORE.kernel },
      to: { path: [CORE.services, CORE.handlers, CORE.dispatch, CORE.entry] },
    },
    {
      name: 'core-services-not-upward',
      severity: 'error',
      comment:
        'A service holds the shop’s rules and is called by handlers; it never imports a handler, dispatch ' +
        'or the server (that would let a rule depend on how it is called).',
      from: { path: CORE.services },
      to: { path: [CORE.handlers, CORE.dispatch, CORE.entry] },
    },
    {
      name: 'core-handlers-not-upward',
      severity: 'error',
      comment: 'A handler is a one-line call into a service, reached through dispatch; it never imports dispatch or the server.',
      from: { path: CORE.handlers },
      to: { path: [CORE.dispatch, CORE.entry] },
    },
    {
      name: 'core-dispatch-not-upward',
      severity: 'error',
      comment: 'dispatch is the one door both transports use; it never imports the server or start-up code that sit in front of it.',
      from: { path: CORE.dispatch },
      to: { path: CORE.entry },
    },
    {
      name: 'core-module-has-a-layer',
      severity: 'error',
      comment:
        'Every module in electron/core belongs to one of the core layers listed at the top of ' +
        '.dependency-cruiser.cjs; a new top-level file must be added to the right layer there.',
      from: { path: '^electron/core/.+\\.ts$', pathNot: Object.values(CORE) },
      to: {},
    },
    {
      name: 'area-through-public-module',
      severity: 'error',
      comment:
        'A service area (services/<area>/ or printing/) reaches another area only through that area’s ' +
        'public module, its index.ts, never its rows, row types or internals: an area owns its tables ' +
        'and may change them freely. A one-file service (services/audit.ts) is its own public module.',
      from: { path: AREA },
      to: { path: AREA_FOLDER_FILE, pathNot: ['^electron/core/$1/', AREA_PUBLIC_MODULE] },
    },

    // The renderer.
    {
      name: 'components-not-to-screens',
      severity: 'error',
      comment:
        'renderer/src/components holds pieces that any screen may use; a component never imports a ' +
        'screen, or it could not be reused and screens would depend on each other through it.',
      from: { path: '^renderer/src/components/' },
      to: { path: '^renderer/src/screens/' },
    },

    // Hygiene.
    {
      name: 'runtime-no-dev-dependencies',
      severity: 'error',
      comment:
        'Code that ships (electron/, shared/, renderer/) may not import a devDependency, which is not ' +
        'installed in the packaged app. Type-only imports vanish at build time and are allowed, as are ' +
        "build configs; 'electron' itself is a devDependency by electron-builder's rules and is governed " +
        'by only-app-imports-electron.',
      from: { path: RUNTIME, pathNot: BUILD_CONFIG },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only', 'triple-slash-type-reference'],
        pathNot: ELECTRON_PACKAGE,
      },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment:
        'A module that imports nothing and that nothing imports is dead or forgotten: use it or remove it. ' +
        'Exempt: type declarations, dot-file configs, and files run by path rather than imported (the ' +
        'npm scripts in scripts/, the module hooks the Electron stand-in registers).',
      from: { orphan: true, pathNot: ORPHAN_EXEMPT },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file or installed package: a typo, a moved file or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment:
        'An import of a package that package.json does not list: it works only by accident (hoisted by ' +
        'another package) and may vanish or change version. Add it to package.json.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // Type-only imports count: a cycle or a layer breach through types is still a design breach.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // node_modules may be a symbolic link (worktrees share one); keep its paths as written.
    preserveSymlinks: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
