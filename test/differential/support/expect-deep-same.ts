import { expect } from "vitest";

/**
 * Asserts that two output values hold the same data: same types (plain object, array, Date,
 * primitive), same own keys (order ignored) and same values, recursively. Unlike `toStrictEqual`
 * it copes with own keys named `constructor` or `__proto__`, which map members may carry.
 */
export function expectDeepSame(actual: unknown, expected: unknown, path = "$"): void {
  if (expected instanceof Date) {
    expect(actual, path).toBeInstanceOf(Date);
    expect((actual as Date).getTime(), path).toBe(expected.getTime());
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((item, i) => expectDeepSame((actual as unknown[])[i], item, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === "object") {
    expect(actual !== null && typeof actual === "object" && !Array.isArray(actual), `${path} is an object`).toBe(true);
    expect(Object.getPrototypeOf(actual), `${path} prototype`).toBe(Object.getPrototypeOf(expected));
    const keys = Object.keys(expected).sort();
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(keys);
    for (const key of keys) {
      const get = (o: unknown) => Object.getOwnPropertyDescriptor(o, key)?.value;
      expectDeepSame(get(actual), get(expected), `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toBe(expected);
}
