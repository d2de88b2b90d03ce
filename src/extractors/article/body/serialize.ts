import type { AnyNode, Element } from 'domhandler';
import { isElement, isText } from './dom';
import { BLOCK_TAGS } from './hints';

/**
 * The chosen blocks as paragraphs: every block element (p, li, heading, table cell, div) and every <br>
 * ends a paragraph, inline text joins; whitespace is collapsed and zero-width characters dropped.
 */

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /\s+/g;

export function toParagraphs(blocks: Element[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: AnyNode) => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isElement(node)) return;
    const el = node as Element;
    const block = BLOCK_TAGS.has(el.name);
    if (block) flush();
    for (const child of el.children) walk(child);
    if (block) flush();
  };
  for (const b of blocks) {
    walk(b);
    flush();
  }
  return paragraphs;
}
