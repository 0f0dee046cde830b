/**
 * What a diagram's SVG may contain. The checks reject what is unsafe or would ignore the course's
 * colours; the sanitiser then keeps only the allow-lists below, whatever the checks missed.
 */

/** Colour classes the course theme styles (see docs/content-format.md, Diagrams). */
export const diagramClasses = [
  'li-fill-primary',
  'li-fill-accent',
  'li-fill-surface',
  'li-fill-background',
  'li-fill-text',
  'li-fill-on-primary',
  'li-stroke-primary',
  'li-stroke-accent',
  'li-stroke-text',
  'li-stroke-border',
] as const;

/** Elements that are rejected outright, by lower-case local name, with the advice to give. */
export const forbiddenElements: Readonly<Record<string, string>> = {
  script: 'the course cannot run code from content; remove it',
  style: 'colour shapes with the li-* classes instead (e.g. class="li-fill-primary") and size them with SVG attributes',
  foreignobject: 'it can hold any HTML; draw with SVG shapes and <text> instead',
  image: 'it can load pictures from elsewhere; draw the picture with SVG shapes instead',
  iframe: 'it can load other pages; remove it',
  a: 'diagrams hold no links; put the link in the caption or description instead',
};

/** Attributes that set a colour, by lower-case name; only these keywords may appear in them. */
export const colourAttributes = ['fill', 'stroke', 'stop-color', 'color'] as const;
export const colourKeywords = ['none', 'transparent', 'currentcolor'] as const;

/** Attributes that refer to a marker, whose value must be `none` or `url(#id)`. */
export const markerAttributes = ['marker-start', 'marker-mid', 'marker-end'] as const;

/** Elements kept in the compiled SVG, by lower-case name, with their spelling in SVG. */
export const keptElements: ReadonlyMap<string, string> = new Map(
  [
    'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title',
    'desc', 'defs', 'marker', 'use',
  ].map((name) => [name.toLowerCase(), name]),
);

/** Elements whose text is shown or read out; text anywhere else is whitespace or stray. */
export const textElements: ReadonlySet<string> = new Set(['text', 'tspan', 'title', 'desc']);

/** Attributes kept in the compiled SVG, by lower-case local name, with their spelling in SVG. */
export const keptAttributes: ReadonlyMap<string, string> = new Map(
  [
    'd', 'x', 'y', 'dx', 'dy', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'points',
    'transform', 'viewBox', 'class', 'id', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
    'stroke-dasharray', 'marker-start', 'marker-mid', 'marker-end', 'markerWidth', 'markerHeight', 'refX', 'refY',
    'orient', 'text-anchor', 'dominant-baseline', 'font-size', 'font-weight', 'href', 'opacity',
    'preserveAspectRatio',
  ].map((name) => [name.toLowerCase(), name]),
);

/** The part of a qualified name after its prefix: `href` for `xlink:href`. */
export function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

/** `url(#id)`, with or without quotes, as markers refer to their `<marker>`. */
export const localUrlReference = /^url\(\s*(['"]?)#([^'")\s]+)\1\s*\)$/;
