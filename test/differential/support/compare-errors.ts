import * as sdk from "@aws-sdk/client-lambda";
import { HttpResponse } from "@smithy/protocol-http";
import { expect } from "vitest";
import * as ours from "../../../src/index.js";

type AnyError = Error & Record<string, unknown>;
type ErrorClass = abstract new (...args: never[]) => unknown;

/**
 * Asserts that two thrown errors are the same to a caller: class name, `name`, `message`,
 * `String(err)`, `$fault`, `$metadata`, every own enumerable key in the same order with the same
 * values, and a non-enumerable `$response` with the same status. For service errors it also checks
 * `instanceof` against each library's modeled class and its `LambdaServiceException`.
 */
export function expectSameError(mine: AnyError | undefined, theirs: AnyError | undefined): void {
  expect(mine, "this library threw").toBeInstanceOf(Error);
  expect(theirs, "the SDK threw").toBeInstanceOf(Error);
  const a = mine!;
  const b = theirs!;
  expect(a.constructor.name).toBe(b.constructor.name);
  expect(a.name).toBe(b.name);
  expect(a.message).toBe(b.message);
  expect(String(a)).toBe(String(b));
  expect(a.$fault).toBe(b.$fault);
  expect(Object.keys(a)).toEqual(Object.keys(b));
  expect(Object.keys(a.$metadata ?? {})).toEqual(Object.keys(b.$metadata ?? {}));
  for (const key of Object.keys(b)) expect(a[key], key).toStrictEqual(b[key]);
  for (const key of ["Type", "Reason", "retryAfterSeconds", "Message", "$retryable"]) {
    expect(key in a, `has ${key}`).toBe(key in b);
    expect(a[key], key).toStrictEqual(b[key]);
  }
  for (const error of [a, b]) {
    const descriptor = Object.getOwnPropertyDescriptor(error, "$response");
    expect(descriptor?.enumerable).toBe(false);
    expect(HttpResponse.isInstance(descriptor?.value)).toBe(true);
  }
  expect((a.$response as HttpResponse).statusCode).toBe((b.$response as HttpResponse).statusCode);
  if (b instanceof sdk.LambdaServiceException) {
    expect(a).toBeInstanceOf(ours.LambdaServiceException);
    const name = b.constructor.name;
    const ourClass = (ours as unknown as Record<string, ErrorClass>)[name];
    const sdkClass = (sdk as unknown as Record<string, ErrorClass>)[name];
    expect(ourClass, `this library exports ${name}`).toBeDefined();
    expect(a).toBeInstanceOf(ourClass!);
    expect(b).toBeInstanceOf(sdkClass!);
    expect(a.constructor).toBe(ourClass);
  } else {
    expect(a).not.toBeInstanceOf(ours.LambdaServiceException);
  }
}
