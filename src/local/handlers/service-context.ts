import type { ResolvedLocalOptions } from "../options.js";
import type { MappingView } from "../store.js";

/** What an operation handler works with: settings, the store and the request's clock reading. @internal */
export interface ServiceContext {
  readonly options: ResolvedLocalOptions;
  /** Durable mappings for a read-only operation; for a write, a draft that also sees changes still being saved. */
  readonly store: MappingView;
  /** Epoch ms when the request is handled; one reading per request keeps a handler consistent. */
  readonly now: number;
  /** Unqualified (or exact qualified) function ARNs that exist, when an allow-list was given. */
  readonly functions?: ReadonlySet<string>;
}

/** A handler's answer: the success status and the output object (before JSON serialization). @internal */
export interface HandlerResult {
  status: number;
  output: object;
}

/** One operation's server-side logic; synchronous, so a request's check-and-change is never interleaved with another's. @internal */
export type OperationHandler = (context: ServiceContext, input: Record<string, unknown>) => HandlerResult;
