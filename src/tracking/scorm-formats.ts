/**
 * Value formats of the two SCORM data models: times, durations, identifiers and interaction
 * responses. Pure and small; each function names the data-model type it produces.
 */

/** Letters, digits, underscore and dot only: some LMSes reject anything else in ids and responses. */
export function scormIdentifier(id: string): string {
  return id.replace(/[^A-Za-z0-9_.]/g, '_');
}

/** SCORM 2004 `timeinterval` (ISO 8601 duration), e.g. `PT1H2M3.45S`. */
export function isoDuration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds.toFixed(2).replace(/\.?0+$/, '') || '0'}S`;
}

/** SCORM 1.2 `CMITimespan`, `HHHH:MM:SS.SS`. */
export function cmiTimespan(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(centiseconds / 360_000));
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 `time` (second, 10, 0), in UTC to the hundredth: `2026-11-29T09:05:03.25Z`. */
export function isoTimestamp(epochMilliseconds: number): string {
  const iso = new Date(epochMilliseconds).toISOString();
  return `${iso.slice(0, 22)}Z`;
}

/** SCORM 1.2 `CMITime`, time of day `HH:MM:SS` (UTC). */
export function cmiTime(epochMilliseconds: number): string {
  return new Date(epochMilliseconds).toISOString().slice(11, 19);
}

/** Plain text of build-time HTML, for an interaction's description. Course HTML is sanitised, so tags can simply go. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (entity, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[lower] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts a list joined by `separator` to whole items within `limit` characters. */
export function joinWithin(items: readonly string[], separator: string, limit: number): string {
  let joined = '';
  for (const item of items) {
    const next = joined ? `${joined}${separator}${item}` : item;
    if (next.length > limit) break;
    joined = next;
  }
  return joined;
}
