/**
 * Element paths: the child-element indexes from <body> down to an element. Used to map
 * blocks of the extracted text (which comes from a clone of the page) back to the element
 * they came from in the original page.
 */

/** Attribute written on every element of the clone before Readability runs. Readability keeps
 * data attributes (and copies them when it renames a tag), so it survives extraction. */
export const PATH_ATTR = 'data-lacuna-path';

/** Writes PATH_ATTR ("0.3.1") on every element under `body` (body itself gets ""). */
export function markPaths(body: Element): void {
  const stack: Array<[Element, string]> = [[body, '']];
  while (stack.length > 0) {
    const [el, path] = stack.pop()!;
    el.setAttribute(PATH_ATTR, path);
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push([child, path === '' ? String(i) : `${path}.${i}`]);
    }
  }
}

/** The path recorded on the nearest element at or above `el` that has one, or null. */
export function pathOf(el: Element | null): number[] | null {
  for (let cur = el; cur; cur = cur.parentElement) {
    const value = cur.getAttribute(PATH_ATTR);
    if (value !== null) return value === '' ? [] : value.split('.').map(Number);
  }
  return null;
}

/** The element at `path` under the document's body, or null when the page no longer has it. */
export function resolvePath(doc: Document, path: readonly number[]): Element | null {
  let el: Element | null | undefined = doc.body;
  for (const i of path) {
    if (!el) return null;
    el = el.children[i];
  }
  return el ?? null;
}
