// ESLint rule: a lib is reached through its public surface only.
//
// - A relative import that lands in another lib's folder (`../../platform/src/auth/actor.js` from a
//   lib, `../../libs/board/src/…` from an app, tool, test or bench) is an error: import
//   `@beslutskedjan/<lib>` (its src/index.ts) or `@beslutskedjan/<lib>/testing` instead.
// - A file never imports its own lib's index (by name or relatively): within a lib, imports stay
//   relative and point at the file that has the thing, which keeps module evaluation order sane.
//
// `node tools/dev/rewrite-lib-imports.mjs` fixes the first kind in bulk.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCOPE = '@beslutskedjan/';

const posix = (p) => p.split(sep).join('/');
const libOf = (relPath) => /^libs\/([^/]+)(\/|$)/.exec(relPath)?.[1] ?? null;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: "Import another lib through '@beslutskedjan/<lib>', never by a relative path into its folder" },
    schema: [],
    messages: {
      crossLib: "'{{spec}}' reaches into lib '{{lib}}': import it from '{{alias}}' (add the name to its index.ts if missing).",
      ownBarrel: "A file in lib '{{lib}}' imports its own index ('{{spec}}'): import the file that has the thing, relatively.",
    },
  },
  create(context) {
    const file = posix(relative(ROOT, context.physicalFilename ?? context.filename));
    if (file.startsWith('..')) return {};
    const ownLib = libOf(file);

    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (spec.startsWith(SCOPE)) {
        const lib = spec.slice(SCOPE.length).split('/')[0];
        if (lib === ownLib) context.report({ node: source, messageId: 'ownBarrel', data: { lib, spec } });
        return;
      }
      if (!spec.startsWith('.')) return;
      const target = posix(relative(ROOT, resolve(dirname(resolve(ROOT, file)), spec)));
      const lib = libOf(target);
      if (!lib) return;
      if (lib !== ownLib) {
        const testing = /^libs\/[^/]+\/src\/(testing\/|(.*\/)?testing-)/.test(target);
        const alias = `${SCOPE}${lib}${testing ? '/testing' : ''}`;
        context.report({ node: source, messageId: 'crossLib', data: { spec, lib, alias } });
      } else if (
        /^libs\/[^/]+\/src\/(testing\/)?index(\.[jt]s)?$/.test(target) &&
        target !== file.replace(/\.ts$/, '.js') &&
        target !== file
      ) {
        context.report({ node: source, messageId: 'ownBarrel', data: { lib, spec } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
