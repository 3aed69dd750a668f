/** `Object.hasOwn` for the browsers the bundles support (it needs Chrome 93 / Safari 15.4). */
export function hasOwn(o: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}
