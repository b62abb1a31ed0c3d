/**
 * A build plugin that leaves the extension's bundles without raw-HTML sinks
 * (`element.innerHTML = <non-literal>`), so that the add-on linter passes with warnings
 * as errors and no reviewer has to take a library's word that a sink is safe.
 *
 * Lacuna's own code never sets HTML from strings. Two libraries do:
 * - Readability re-parses HTML it serialized from the same page clone (restoring the page
 *   between attempts, unwrapping <noscript> images). We parse those strings with DOMParser,
 *   which yields inert nodes, and move the nodes in: the same tree, no sink.
 * - Preact supports `dangerouslySetInnerHTML`, which Lacuna never uses; the bundle makes it
 *   throw instead, so raw HTML can never be rendered by mistake.
 *
 * Each rewrite must match exactly once: a library update that changes the code fails the
 * build here instead of silently bringing a sink back.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const PARSE_INERT = `(function (html) { return Array.from(new DOMParser().parseFromString(html, "text/html").body.childNodes); })`;

const REWRITES: Rewrite[] = [
  {
    file: /@mozilla\/readability\/Readability\.js$/,
    find: /page\.innerHTML = pageCacheHtml;/,
    replace: `page.replaceChildren(...${PARSE_INERT}(pageCacheHtml));`,
  },
  {
    file: /@mozilla\/readability\/Readability\.js$/,
    find: /tmp\.innerHTML = noscript\.innerHTML;/,
    replace: `tmp.replaceChildren(...${PARSE_INERT}(noscript.innerHTML));`,
  },
  {
    file: /preact\/dist\/preact\.(module\.js|mjs)$/,
    find: /\((\w)\.innerHTML=(\w)\.__html\)/,
    replace: '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Lacuna: raw HTML is never rendered")})()',
  },
];

export function applyRewrites(id: string, code: string): string | null {
  const mine = REWRITES.filter((rewrite) => rewrite.file.test(id));
  if (mine.length === 0) return null;
  return mine.reduce((text, rewrite) => {
    const matches = text.match(new RegExp(rewrite.find.source, 'g')) ?? [];
    if (matches.length !== 1) {
      throw new Error(`no-html-sinks: expected exactly one ${rewrite.find} in ${id}, found ${matches.length}; review the rewrite`);
    }
    return text.replace(rewrite.find, rewrite.replace);
  }, code);
}

export function noHtmlSinks(): Plugin {
  return {
    name: 'lacuna-no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const rewritten = applyRewrites(id.split('?')[0] ?? id, code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
