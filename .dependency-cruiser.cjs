/* global module */
// The house runs one way (docs/architecture.md). `npm run depcheck` fails on a feature loop or
// on a lower layer importing a higher one. Layers, lowest first; a folder may import its own
// layer's folders (without loops) and any lower layer, never a higher one.
const LAYERS = [
  ['config', 'database', 'common', 'scope', 'audit', 'metrics', 'health'], // foundation
  ['units'], // org, lowest first: units ← users ← rosters ← auth
  ['users'],
  ['rosters'],
  ['auth'],
  ['realtime'], // the socket.io door: knows who is connected, not what is said on it
  ['question-bank'], // bank
  ['contests'],
  ['attempts'],
  ['integrity'], // the organisers' anti-abuse review: reads contests, attempts, accounts, lists
  ['leaderboard', 'results', 'public-contests'], // boards/results
  ['reports'],
];
// The composition root (app.module.ts, main.ts), the command-line tools, the test hooks and the
// web shell may import anything; no feature imports them.
const ROOTS = ['cli', 'test-hooks', 'web'];

const SRC = '^server/src/';
const folders = (names) => `${SRC}(${names.join('|')})/`;
// Entities are the table schema: any layer may read any table's entity (ScopePolicy reads units,
// the DataSource lists them all), so they are no edge between features.
const ENTITIES = `${SRC}[^/]+/entities/`;

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.join('+')}`,
  comment: `${layer.join(', ')} sit below ${LAYERS.slice(i + 1)
    .flat()
    .join(', ')}: they must not import them (publish an event instead, see common/events.ts)`,
  severity: 'error',
  from: { path: folders(layer) },
  to: { path: folders(LAYERS.slice(i + 1).flat()), pathNot: ENTITIES },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-feature-loops',
      comment: 'Two server folders that import each other (directly or round a longer loop)',
      severity: 'error',
      scope: 'folder',
      from: { path: `${SRC}[^/]+/?$` },
      to: { circular: true, path: `${SRC}[^/]+/?$` },
    },
    {
      name: 'no-module-cycles',
      comment: 'A file that imports itself round a loop',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'no-importing-the-roots',
      comment: 'The composition root and the tools sit on top: nothing imports them',
      severity: 'error',
      from: { path: SRC, pathNot: `${folders(ROOTS)}|${SRC}(app\\.module|main)\\.ts$` },
      to: { path: `${folders(ROOTS)}|${SRC}(app\\.module|main)\\.ts$` },
    },
    {
      name: 'no-server-client-imports',
      comment: 'Server and client meet only in contracts/',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^client/' },
    },
    {
      name: 'no-client-server-imports',
      comment: 'Server and client meet only in contracts/',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec|\\.test-support)\\.ts$|/dist/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
