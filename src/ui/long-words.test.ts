/**
 * Items, outlets and titles come from pages and corpus files: a long unbroken string (an
 * address, names run together) must wrap within the popup's width and the card's, not widen
 * them, nor an article's text in its view on the options page (a layout the component tests
 * cannot measure; the styles that make it so).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = (path: string): string => readFileSync(resolve(import.meta.dirname, '..', path), 'utf8').replace(/\/\*[^]*?\*\//g, '');

/** The declarations of every rule whose selector list names `selector`, joined. */
function declarationsFor(sheet: string, selector: string): string {
  const found: string[] = [];
  for (const match of sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = match[1]!.split(',').map((s) => s.trim());
    if (selectors.includes(selector)) found.push(match[2]!);
  }
  return found.join(';');
}

describe('long unbroken words', () => {
  it('wrap in the popup’s items, outlets, discrepancies, related titles and header', () => {
    const popup = css('popup/popup.css');
    for (const selector of ['.article-title', '.item-text', '.item-meta', '.discrepancy-note', '.related-outlet', '.related-title']) {
      expect(declarationsFor(popup, selector), selector).toMatch(/overflow-wrap:\s*anywhere/);
    }
  });

  it('do not widen the popup’s grid columns past their share', () => {
    const popup = css('popup/popup.css');
    expect(declarationsFor(popup, '.item')).toMatch(/grid-template-columns:\s*20px minmax\(0, 1fr\)/);
    expect(declarationsFor(popup, '.related-doc')).toMatch(/grid-template-columns:\s*minmax\(0, 1fr\) auto/);
  });

  it('wrap in the card on the page', () => {
    expect(declarationsFor(css('ui/card.css'), '.card')).toMatch(/overflow-wrap:\s*anywhere/);
  });

  it('wrap in an article’s text on the options page', () => {
    expect(declarationsFor(css('options/options.css'), '.article-text')).toMatch(/overflow-wrap:\s*anywhere/);
  });
});
