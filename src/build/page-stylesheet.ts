import type { BrandColours } from '../course/types.js';

/**
 * The page stylesheet: brand colours from course.yaml as custom properties (components read them
 * through their theme tokens) and the few document-level rules a shadow root cannot set.
 */
export function pageStylesheet(colours: BrandColours): string {
  return [
    `:root{--li-brand-primary:${colours.primary};--li-brand-primary-text:${colours.primaryText};--li-brand-accent:${colours.accent};--li-brand-background:${colours.background};--li-brand-text:${colours.text};color-scheme:light}`,
    `html{-webkit-text-size-adjust:100%;text-size-adjust:100%}`,
    `body{margin:0;background:${colours.background};color:${colours.text};font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}`,
    `@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation-duration:0.01ms!important;animation-iteration-count:1!important;transition-duration:0.01ms!important;scroll-behavior:auto!important}}`,
    `@media print{@page{margin:15mm}@page certificate{size:A4 landscape;margin:12mm}body{background:#fff}}`,
  ].join('\n');
}
