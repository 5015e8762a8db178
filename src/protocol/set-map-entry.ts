/**
 * Sets one entry of a map-shaped object. A `__proto__` key (JSON.parse makes it an own key) is
 * defined as a plain own property: assigning it would replace the object's prototype instead.
 */
export function setMapEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
