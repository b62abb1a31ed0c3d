/**
 * Signs that the page shows only part of the article: a paywall or "subscribe to continue
 * reading" box after the text. Read from the original document, which is not changed.
 */
import { isHidden } from './detect';
import { collapseWhitespace } from './text';

/** Phrases of paywall and registration boxes. "Continue reading" alone is not one (it is a
 * common ad separator), only with a subscribe/sign-in/register request. */
export const PAYWALL_TEXT =
  /subscribe (?:now |today )?to (?:continue|keep|read|unlock|access)|to (?:continue|keep) reading|continue reading[^.]{0,60}\b(?:subscri|sign in|log in|register)|already a (?:subscriber|member)\b|\bsubscribers? only\b|exclusively for subscribers|(?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying |paid |our )?(?:subscribers|members)|(?:sign|log) in to (?:continue|read|keep reading)|register (?:for free )?to (?:continue|read|keep reading)|unlock (?:this|the full) (?:article|story)|to read the (?:full|rest of the|whole) (?:article|story)|you have reached your (?:free )?(?:article )?limit|free articles? (?:remaining|left)/i;

const PAYWALL_NAME = /paywall|pay-wall|regwall|reg-wall|subscri|premium|piano|metered|meter-|tp-modal|gate|locked|truncat/i;

const CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';

/**
 * True when an element after the article's last block (in document order) looks like a
 * paywall box. `after` is that last block's element in the original document; when null,
 * any such box in the page counts.
 */
export function hasPaywallBox(doc: Document, after: Element | null): boolean {
  const body = doc.body;
  if (!body) return false;
  // querySelectorAll lists elements in document order: those seen after `after` follow it
  // (or are inside it). Not compareDocumentPosition: linkedom 0.18 answers it backwards.
  let passed = after === null;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!passed) {
      if (el !== after) continue;
      passed = true;
    }
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const text = collapseWhitespace(el.textContent ?? '');
    if (text.length < 12) continue;
    const named = PAYWALL_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    // Only small boxes: a phrase inside the whole page's text says nothing about where it is.
    if (text.length > (named ? 1200 : 300)) continue;
    if (!PAYWALL_TEXT.test(text)) continue;
    if (el.closest(CHROME)) continue;
    if (isHidden(el)) continue;
    return true;
  }
  return false;
}
