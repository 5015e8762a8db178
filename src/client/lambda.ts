import type { HttpHandlerOptions, Paginator } from "@smithy/types";
import { CreateEventSourceMappingCommand, type CreateEventSourceMappingCommandInput, type CreateEventSourceMappingCommandOutput } from "../commands/create-event-source-mapping-command.js";
import { DeleteEventSourceMappingCommand, type DeleteEventSourceMappingCommandInput, type DeleteEventSourceMappingCommandOutput } from "../commands/delete-event-source-mapping-command.js";
import { GetEventSourceMappingCommand, type GetEventSourceMappingCommandInput, type GetEventSourceMappingCommandOutput } from "../commands/get-event-source-mapping-command.js";
import { ListEventSourceMappingsCommand, type ListEventSourceMappingsCommandInput, type ListEventSourceMappingsCommandOutput } from "../commands/list-event-source-mappings-command.js";
import { UpdateEventSourceMappingCommand, type UpdateEventSourceMappingCommandInput, type UpdateEventSourceMappingCommandOutput } from "../commands/update-event-source-mapping-command.js";
import type { LambdaCommand } from "../commands/lambda-command.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../commands/service-types.js";
import { paginateListEventSourceMappings, type LambdaPaginationConfiguration } from "../pagination/paginate-list-event-source-mappings.js";
import { LambdaClient } from "./lambda-client.js";

type Callback<T> = (err: unknown, data?: T) => void;

/** The SDK's aggregated-client method signature: promise form, or callback form with optional options. */
export interface AggregatedMethod<I, O> {
  (args: I, options?: HttpHandlerOptions): Promise<O>;
  (args: I, cb: (err: unknown, data?: O) => void): void;
  (args: I, options: HttpHandlerOptions, cb: (err: unknown, data?: O) => void): void;
}

/** The methods {@link Lambda} adds to {@link LambdaClient}. */
export interface LambdaMethods {
  /** Sends {@link CreateEventSourceMappingCommand}. */
  createEventSourceMapping: AggregatedMethod<CreateEventSourceMappingCommandInput, CreateEventSourceMappingCommandOutput>;
  /** Sends {@link UpdateEventSourceMappingCommand}. */
  updateEventSourceMapping: AggregatedMethod<UpdateEventSourceMappingCommandInput, UpdateEventSourceMappingCommandOutput>;
  /** Sends {@link GetEventSourceMappingCommand}. */
  getEventSourceMapping: AggregatedMethod<GetEventSourceMappingCommandInput, GetEventSourceMappingCommandOutput>;
  /** Sends {@link ListEventSourceMappingsCommand}. */
  listEventSourceMappings: AggregatedMethod<ListEventSourceMappingsCommandInput, ListEventSourceMappingsCommandOutput>;
  /** Sends {@link DeleteEventSourceMappingCommand}. */
  deleteEventSourceMapping: AggregatedMethod<DeleteEventSourceMappingCommandInput, DeleteEventSourceMappingCommandOutput>;
  /** Pages through ListEventSourceMappings; note the SDK's argument order (input first). */
  paginateListEventSourceMappings(
    input?: ListEventSourceMappingsCommandInput,
    paginationConfig?: Omit<LambdaPaginationConfiguration, "client">,
  ): Paginator<ListEventSourceMappingsCommandOutput>;
}

type CommandClass = new (input: never) => LambdaCommand<ServiceInputTypes, ServiceOutputTypes>;
const commands = {
  createEventSourceMapping: CreateEventSourceMappingCommand,
  updateEventSourceMapping: UpdateEventSourceMappingCommand,
  getEventSourceMapping: GetEventSourceMappingCommand,
  listEventSourceMappings: ListEventSourceMappingsCommand,
  deleteEventSourceMapping: DeleteEventSourceMappingCommand,
} as unknown as Record<string, CommandClass>;

/**
 * The aggregated client: {@link LambdaClient} plus one method per command, like `Lambda` in
 * `@aws-sdk/client-lambda`. Convenient; import {@link LambdaClient} and the commands instead when
 * bundle size matters, since this class pulls in every command.
 *
 * @example
 * ```ts
 * const lambda = new Lambda({ region: "us-east-1" });
 * const mapping = await lambda.getEventSourceMapping({ UUID });
 * ```
 */
export class Lambda extends LambdaClient {}
export interface Lambda extends LambdaMethods {}

for (const [method, CommandCtor] of Object.entries(commands)) {
  Object.defineProperty(Lambda.prototype, method, {
    configurable: true,
    writable: true,
    // `async`, as in the SDK: the callback forms return a Promise of undefined and bad options reject.
    value: async function (this: Lambda, args: never, optionsOrCb?: HttpHandlerOptions | Callback<unknown>, cb?: Callback<unknown>) {
      const command = new CommandCtor(args);
      if (typeof optionsOrCb === "function") {
        this.send(command, optionsOrCb as never);
      } else if (typeof cb === "function") {
        if (typeof optionsOrCb !== "object") throw new Error(`Expected http options but got ${typeof optionsOrCb}`);
        this.send(command, optionsOrCb || {}, cb as never);
      } else {
        return this.send(command, optionsOrCb);
      }
    },
  });
}

Lambda.prototype.paginateListEventSourceMappings = function (this: Lambda, input = {}, paginationConfig = {}) {
  return paginateListEventSourceMappings({ ...paginationConfig, client: this }, input);
};
