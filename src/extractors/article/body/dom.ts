import type { AnyNode, Element } from 'domhandler';

/** Small helpers over the raw domhandler tree: the body extractor walks nodes, not cheerio selections. */

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is AnyNode & { data: string } {
  return node.type === 'text';
}

export function childElements(el: Element): Element[] {
  return el.children.filter(isElement);
}

/** "class id" of an element, the string the class/id hints are tested against. */
export function classAndId(el: Element): string {
  const a = el.attribs ?? {};
  return `${a.class ?? ''} ${a.id ?? ''}`.trim();
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node as never);
  if (i >= 0) parent.children.splice(i, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Every element under `root` (root excluded), parents before children. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...childElements(root)].reverse();
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

export function ancestors(el: Element, max = Infinity): Element[] {
  const out: Element[] = [];
  let p = el.parent;
  while (p && out.length < max && isElement(p as AnyNode)) {
    out.push(p as Element);
    p = p.parent;
  }
  return out;
}

const SPACES = /\s+/g;

/** The element's text with runs of whitespace collapsed to one space. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node)) return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

export function normalizedText(node: AnyNode): string {
  return textOf(node).replace(SPACES, ' ').trim();
}

/** Share of an element's text that sits inside links (0 to 1); "#" links count less (Readability). */
export function linkDensity(el: Element, textLength = normalizedText(el).length): number {
  if (textLength === 0) return 0;
  let linkLength = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === 'a') {
        const href = child.attribs?.href ?? '';
        const coefficient = /^#./.test(href) ? 0.3 : 1;
        linkLength += normalizedText(child).length * coefficient;
      } else stack.push(child);
    }
  }
  return Math.min(1, linkLength / textLength);
}
