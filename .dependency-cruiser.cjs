/**
 * The import boundaries of the code (docs/ARCHITECTURE.md, "Modules and their faces"), checked by
 * `npm run lint` (dependency-cruiser). A module is a folder of server/modules; its face is its index.ts.
 */
const TEST = '(\\.test\\.ts|\\.fixtures\\.ts)$|^(test|e2e|bench)/';
/** What one module may import of another: its face, its schemas (zod, shared with the web) and, from tests, its fixtures. */
const OPEN = ['^server/modules/[^/]+/index\\.ts$', '^server/modules/[^/]+/[^/]+\\.schema\\.ts$'];

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'No file imports itself through others: a cycle makes load order matter and hides a missing seam.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'layers-import-no-module',
      comment: 'http/, db/, lib/ and common/ are below the modules: they import none (a module hands them what they need).',
      severity: 'error',
      from: { path: '^(server/(http|db|lib)|common)/', pathNot: TEST },
      to: { path: '^server/modules/' },
    },
    {
      name: 'module-internals',
      comment: "A module uses another only through its face (index.ts) or its schemas.",
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/', pathNot: TEST },
      to: { path: '^server/modules/', pathNot: ['^server/modules/$1/', ...OPEN] },
    },
    {
      name: 'outside-uses-faces',
      comment: 'app.ts, jobs, seed, backup and scripts use a module through its face or its schemas too.',
      severity: 'error',
      from: { path: '^server/', pathNot: ['^server/modules/', TEST] },
      to: { path: '^server/modules/', pathNot: OPEN },
    },
    {
      name: 'tests-use-faces-and-fixtures',
      comment: "A test reaches another module through its face, its schemas or its fixtures.",
      severity: 'error',
      from: { path: TEST, pathNot: ['^bench/', '^server/modules/'] },
      to: { path: '^server/modules/', pathNot: [...OPEN, '\\.fixtures\\.ts$'] },
    },
    {
      name: 'tests-of-a-module-stay-home',
      comment: "A module's own tests may use its internals: only when they live in its folder.",
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/.*(\\.test\\.ts|\\.fixtures\\.ts)$' },
      to: { path: '^server/modules/', pathNot: ['^server/modules/$1/', ...OPEN, '\\.fixtures\\.ts$'] },
    },
    {
      name: 'web-imports-schemas-and-common',
      comment: 'The web app bundles nothing of the server: it imports the zod schemas (as types) and common/.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(server|test|e2e|bench)/', pathNot: '\\.schema\\.ts$' },
    },
    {
      name: 'web-type-only',
      comment: "The server's schemas reach the web as types only.",
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^web/dist/' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
