import { closestMatch } from './closest-match.js';
import {
  colourAttributes,
  colourKeywords,
  diagramClasses,
  forbiddenElements,
  localName,
  localUrlReference,
  markerAttributes,
} from './svg-rules.js';
import { parseXml, type XmlAttribute, type XmlElement } from './svg-xml.js';

/** A problem in an SVG file, at an offset in it; no offset means "at the block that uses the file". */
export interface SvgFinding {
  readonly offset: number | undefined;
  readonly code: string;
  readonly message: string;
}

export interface CheckedSvg {
  /** The `<svg>` element, when the file is well-formed and has one. */
  readonly root: XmlElement | undefined;
  readonly findings: readonly SvgFinding[];
}

const colourAdvice = (attribute: string): string =>
  attribute === 'stroke'
    ? 'give the element a class such as li-stroke-primary'
    : 'give the element a class such as li-fill-primary';

function checkAttribute(attribute: XmlAttribute, findings: SvgFinding[]): void {
  const name = localName(attribute.name).toLowerCase();
  const value = attribute.value.trim();
  const at = (code: string, message: string): void => {
    findings.push({ offset: attribute.offset, code, message });
  };
  if (name.startsWith('on')) {
    at(
      'svg-event-handler',
      `event-handler attribute "${attribute.name}" is not allowed in a diagram: the course cannot run code from content; remove it`,
    );
  } else if (name === 'style') {
    at(
      'svg-style-attribute',
      'style attributes are not allowed in a diagram: colour shapes with the li-* classes (e.g. class="li-fill-primary") and use SVG attributes such as stroke-width for the rest',
    );
  } else if (name === 'href' && !value.startsWith('#')) {
    at(
      'svg-external-link',
      `${attribute.name}="${value}" refers to something outside the diagram: a diagram may only refer to #ids inside its own file`,
    );
  } else if ((markerAttributes as readonly string[]).includes(name) && value !== 'none' && !localUrlReference.test(value)) {
    at(
      'svg-external-link',
      `${attribute.name}="${value}" refers to something outside the diagram: refer to a <marker> in this file, e.g. url(#arrow)`,
    );
  } else if (
    (colourAttributes as readonly string[]).includes(name) &&
    !(colourKeywords as readonly string[]).includes(value.toLowerCase())
  ) {
    at(
      'svg-hard-coded-colour',
      `${attribute.name}="${value}" is a hard-coded colour, which would ignore the course's colours and contrast: remove it and ${colourAdvice(name)} (none, transparent and currentColor are fine)`,
    );
  } else if (name === 'class') {
    for (const className of value.split(/\s+/)) {
      if (!className.startsWith('li-') || (diagramClasses as readonly string[]).includes(className)) continue;
      const closest = closestMatch(className, diagramClasses);
      at(
        'svg-unknown-class',
        `class "${className}" is not one of the diagram colour classes${closest ? ` (did you mean "${closest}"?)` : ''}: use ${diagramClasses.join(', ')}`,
      );
    }
  }
}

function checkElement(element: XmlElement, findings: SvgFinding[]): void {
  const advice = forbiddenElements[localName(element.name).toLowerCase()];
  if (advice !== undefined) {
    findings.push({
      offset: element.offset,
      code: 'svg-unsafe-element',
      message: `<${element.name}> is not allowed in a diagram: ${advice}`,
    });
  }
  for (const attribute of element.attributes) checkAttribute(attribute, findings);
  for (const child of element.children) if (child.type === 'element') checkElement(child, findings);
}

function viewBoxAdvice(root: XmlElement): string {
  const size = (name: string): string | undefined => {
    const value = root.attributes.find((attribute) => attribute.name === name)?.value.trim();
    return value && /^\d+(\.\d+)?(px)?$/.test(value) ? value.replace(/px$/, '') : undefined;
  };
  const width = size('width');
  const height = size('height');
  return width && height ? `viewBox="0 0 ${width} ${height}"` : 'viewBox="0 0 width height" (the size of the drawing)';
}

/**
 * Reads an SVG file and finds everything a diagram may not contain: a root that is not `<svg>` or
 * has no viewBox, unsafe elements, event handlers, style attributes, links out of the file,
 * hard-coded colours and unknown `li-*` classes. Every finding is reported, not just the first.
 */
export function checkSvg(text: string): CheckedSvg {
  const document = parseXml(text);
  if (document.error) {
    const { offset, message } = document.error;
    return { root: undefined, findings: [{ offset, code: 'invalid-svg', message: `the diagram is not well-formed SVG: ${message}` }] };
  }
  const findings: SvgFinding[] = [];
  const elements = document.nodes.filter((node): node is XmlElement => node.type === 'element');
  const strayText = document.nodes.find((node) => node.type === 'text' && node.text.trim() !== '');
  if (strayText) {
    findings.push({
      offset: strayText.offset,
      code: 'invalid-svg',
      message: 'text outside the <svg> element: a diagram file holds one <svg> element and nothing else',
    });
  }
  const [root, ...extra] = elements;
  if (!root) {
    findings.push({
      offset: undefined,
      code: 'invalid-svg',
      message: 'the diagram file holds no <svg> element: save the drawing as SVG',
    });
    return { root: undefined, findings };
  }
  for (const element of extra) {
    findings.push({
      offset: element.offset,
      code: 'invalid-svg',
      message: `<${element.name}> is outside the <svg> element: a diagram file holds one <svg> element and nothing else`,
    });
  }
  for (const element of elements) checkElement(element, findings);
  if (root.name !== 'svg') {
    findings.push({
      offset: root.offset,
      code: 'invalid-svg',
      message: `the diagram's outermost element is <${root.name}>, not <svg>: save the drawing as SVG`,
    });
    return { root: undefined, findings };
  }
  if (!root.attributes.some((attribute) => attribute.name.toLowerCase() === 'viewbox')) {
    findings.push({
      offset: root.offset,
      code: 'svg-no-viewbox',
      message: `the <svg> element has no viewBox, so the diagram cannot scale to fit the screen: add ${viewBoxAdvice(root)}`,
    });
  }
  return { root, findings };
}

/** The text of each `<text>` element (with its `<tspan>`s), which must also be in alt or description. */
export function diagramTexts(root: XmlElement): { text: string; offset: number }[] {
  const textOf = (element: XmlElement): string =>
    element.children.map((child) => (child.type === 'text' ? child.text : textOf(child))).join('');
  const found: { text: string; offset: number }[] = [];
  const visit = (element: XmlElement): void => {
    if (localName(element.name).toLowerCase() === 'text') {
      const text = textOf(element).replace(/\s+/g, ' ').trim();
      if (text) found.push({ text, offset: element.offset });
      return;
    }
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  visit(root);
  return found;
}
