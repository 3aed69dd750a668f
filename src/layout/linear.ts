/**
 * A linear map from a domain to a range (what d3-scale's scaleLinear does for our bars, without the
 * ticks, formats, colour interpolation and arrays it brings into the bundle: about 7 KB gzipped).
 * A zero-width domain maps everything to the range's start.
 */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}
