/** Pinpoint citations: how a pin reads and where it links, from a source's templates. */

export interface PinnableSource {
  title: string;
  url: string;
  pinUrl?: string;
  pinLabel?: string;
}

/** The section part of a pin: "164.514(b)(2)" → "164.514". */
export function pinSection(pin: string): string {
  const paren = pin.indexOf('(');
  return (paren === -1 ? pin : pin.slice(0, paren)).trim();
}

/** How a pinpoint reads: "45 CFR 164.514(b)(2)" from pinLabel "45 CFR {pin}". */
export function formatPinLabel(source: PinnableSource, pin?: string): string {
  if (!pin) return source.title;
  return source.pinLabel ? source.pinLabel.replaceAll('{pin}', pin) : `${source.title}, ${pin}`;
}

/**
 * The link for a pinpoint: the source's pinUrl template filled in, or its main URL. Values are
 * URI-encoded except for the characters eCFR anchors use literally.
 */
export function formatPinUrl(source: PinnableSource, pin?: string): string {
  if (!pin || !source.pinUrl) return source.url;
  const encode = (value: string) => encodeURIComponent(value).replace(/%28/g, '(').replace(/%29/g, ')');
  return source.pinUrl.replaceAll('{section}', encode(pinSection(pin))).replaceAll('{pin}', encode(pin));
}

/** A pinpoint citation ready to print: how it reads and where it links. */
export interface PinCitation {
  label: string;
  url: string;
}

/** How a citation of `source` at `pin` reads and where it links (the one place both are worked out). */
export function pinCitation(source: PinnableSource, pin?: string): PinCitation {
  return { label: formatPinLabel(source, pin), url: formatPinUrl(source, pin) };
}
