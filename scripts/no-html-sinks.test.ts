import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { applyRewrites } from './no-html-sinks';

const require = createRequire(import.meta.url);
const SINK = /\.innerHTML\s*=\s*(?!["'`]{2})[^=]/;

describe('no-html-sinks', () => {
  it('removes every raw-HTML sink from the Readability and Preact code that is bundled', () => {
    for (const path of [require.resolve('@mozilla/readability/Readability.js'), require.resolve('preact').replace(/preact\.js$/, 'preact.module.js')]) {
      const source = readFileSync(path, 'utf8');
      expect(source).toMatch(SINK);
      const rewritten = applyRewrites(path, source);
      expect(rewritten, path).not.toBeNull();
      expect(rewritten).not.toMatch(SINK);
    }
  });

  it('leaves other files alone', () => {
    expect(applyRewrites('/src/ui/Popup.tsx', 'el.innerHTML = x;')).toBeNull();
  });

  it('fails the build when a library changed and a rewrite no longer matches', () => {
    expect(() => applyRewrites('/x/@mozilla/readability/Readability.js', 'nothing here')).toThrow(/expected exactly one/);
  });
});
