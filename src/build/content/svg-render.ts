import {
  colourKeywords,
  diagramClasses,
  keptAttributes,
  keptElements,
  localName,
  localUrlReference,
  markerAttributes,
  textElements,
} from './svg-rules.js';
import type { XmlElement, XmlNode } from './svg-xml.js';

export interface SvgRenderOptions {
  /** Put before every id and `#id` reference so ids never clash with another diagram on the page. */
  readonly idPrefix: string;
  /** The accessible name of the diagram: the block's `alt`. */
  readonly label: string;
}

const svgNamespace = 'http://www.w3.org/2000/svg';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** The value to keep for an attribute, or undefined to drop it. */
function keptValue(name: string, value: string, idPrefix: string): string | undefined {
  const trimmed = value.trim();
  switch (name) {
    case 'id':
      return trimmed === '' ? undefined : `${idPrefix}${trimmed}`;
    case 'href':
      return trimmed.startsWith('#') && trimmed.length > 1 ? `#${idPrefix}${trimmed.slice(1)}` : undefined;
    case 'fill':
    case 'stroke': {
      const keyword = trimmed.toLowerCase();
      if (!(colourKeywords as readonly string[]).includes(keyword)) return undefined;
      return keyword === 'currentcolor' ? 'currentColor' : 'none';
    }
    case 'class': {
      const classes = trimmed.split(/\s+/).filter((item) => (diagramClasses as readonly string[]).includes(item));
      return classes.length === 0 ? undefined : classes.join(' ');
    }
    default:
      if ((markerAttributes as readonly string[]).includes(name)) {
        if (trimmed === 'none') return trimmed;
        const reference = localUrlReference.exec(trimmed)?.[2];
        return reference === undefined ? undefined : `url(#${idPrefix}${reference})`;
      }
      return value;
  }
}

function attributesOf(element: XmlElement, idPrefix: string, isRoot: boolean): [string, string][] {
  const kept: [string, string][] = [];
  for (const attribute of element.attributes) {
    const name = keptAttributes.get(localName(attribute.name).toLowerCase());
    if (name === undefined || kept.some(([earlier]) => earlier === name)) continue;
    // The root scales with its container: only its viewBox sets the proportions.
    if (isRoot && (name === 'width' || name === 'height')) continue;
    const value = keptValue(name.toLowerCase(), attribute.value, idPrefix);
    if (value !== undefined) kept.push([name, value]);
  }
  return kept;
}

function renderNodes(nodes: readonly XmlNode[], idPrefix: string, keepText: boolean): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return keepText ? escapeText(node.text) : '';
      const name = keptElements.get(localName(node.name).toLowerCase());
      // Anything outside the allow-list goes, with everything inside it.
      if (name === undefined) return '';
      return renderElement(name, attributesOf(node, idPrefix, false), renderNodes(node.children, idPrefix, textElements.has(name)));
    })
    .join('');
}

function renderElement(name: string, attributes: readonly [string, string][], content: string): string {
  const attributeText = attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
  return content === '' ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${content}</${name}>`;
}

/**
 * Rebuilds a checked diagram from the allow-lists in svg-rules.ts: comments, the XML declaration,
 * the doctype, unknown elements and attributes are dropped; ids and `#id` references get the
 * block's prefix; the root gets `role="img"`, the alt text as its accessible name, and no
 * width or height so it scales to its container.
 */
export function renderSvg(root: XmlElement, options: SvgRenderOptions): string {
  const attributes: [string, string][] = [
    ['xmlns', svgNamespace],
    ...attributesOf(root, options.idPrefix, true),
    ['role', 'img'],
    ['aria-label', options.label],
    ['focusable', 'false'],
  ];
  return renderElement('svg', attributes, renderNodes(root.children, options.idPrefix, false));
}
