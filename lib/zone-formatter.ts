// Intl.DateTimeFormat for a time zone, built once per zone and kind: building one costs far more than
// formatting with it, and dates are formatted per run and per chart label. Callers keep their options
// in a module constant; that object (with the locale) is the kind.

const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** Zones are validated but stored as typed, so spellings could pile up: a kind starts again past this. */
const MAX_ZONES_PER_KIND = 1000;

/** Throws a RangeError for an unknown IANA zone, which is what a caller should see; nothing is kept then. */
export function zoneFormatter(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  let byZone = byOptions.get(options);
  if (!byZone) {
    byZone = new Map();
    byOptions.set(options, byZone);
  }
  const key = `${locale} ${timeZone}`;
  let formatter = byZone.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    if (byZone.size >= MAX_ZONES_PER_KIND) byZone.clear();
    byZone.set(key, formatter);
  }
  return formatter;
}
