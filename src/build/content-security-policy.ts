import { createHash } from 'node:crypto';

/** `'sha256-…'` source expression for an inline `<script>` or `<style>` body, exactly as written. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export interface PolicyOptions {
  /** Hash sources of inline scripts; with none, scripts may come only from the page's own origin. */
  readonly scriptHashes?: readonly string[];
  readonly styleHashes?: readonly string[];
}

/**
 * A strict policy: nothing from elsewhere, no eval, no connections. Images may be `data:` URLs
 * (the inlined logo). Lit's component styles are constructed stylesheets, which style-src does
 * not govern, so only the page stylesheet needs allowing.
 */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const inlineScripts = options.scriptHashes ?? [];
  const inlineStyles = options.styleHashes ?? [];
  const directives = [
    "default-src 'none'",
    `script-src ${inlineScripts.length > 0 ? inlineScripts.join(' ') : "'self'"}`,
    `style-src ${inlineStyles.length > 0 ? inlineStyles.join(' ') : "'self'"}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "media-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}
