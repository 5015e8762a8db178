import type * as sdk from "@aws-sdk/client-lambda";
import { describe, expectTypeOf, it } from "vitest";
import type * as ours from "../../src/index.js";

// The SDK's command inputs and outputs, model shapes and enums are interchangeable with this
// library's: code that builds or consumes them for one compiles against the other.

describe("command inputs and outputs are assignable both ways", () => {
  it("CreateEventSourceMapping", () => {
    expectTypeOf<sdk.CreateEventSourceMappingCommandInput>().toExtend<ours.CreateEventSourceMappingCommandInput>();
    expectTypeOf<ours.CreateEventSourceMappingCommandInput>().toExtend<sdk.CreateEventSourceMappingCommandInput>();
    expectTypeOf<sdk.CreateEventSourceMappingCommandOutput>().toExtend<ours.CreateEventSourceMappingCommandOutput>();
    expectTypeOf<ours.CreateEventSourceMappingCommandOutput>().toExtend<sdk.CreateEventSourceMappingCommandOutput>();
  });

  it("UpdateEventSourceMapping", () => {
    expectTypeOf<sdk.UpdateEventSourceMappingCommandInput>().toExtend<ours.UpdateEventSourceMappingCommandInput>();
    expectTypeOf<ours.UpdateEventSourceMappingCommandInput>().toExtend<sdk.UpdateEventSourceMappingCommandInput>();
    expectTypeOf<sdk.UpdateEventSourceMappingCommandOutput>().toExtend<ours.UpdateEventSourceMappingCommandOutput>();
    expectTypeOf<ours.UpdateEventSourceMappingCommandOutput>().toExtend<sdk.UpdateEventSourceMappingCommandOutput>();
  });

  it("GetEventSourceMapping", () => {
    expectTypeOf<sdk.GetEventSourceMappingCommandInput>().toExtend<ours.GetEventSourceMappingCommandInput>();
    expectTypeOf<ours.GetEventSourceMappingCommandInput>().toExtend<sdk.GetEventSourceMappingCommandInput>();
    expectTypeOf<sdk.GetEventSourceMappingCommandOutput>().toExtend<ours.GetEventSourceMappingCommandOutput>();
    expectTypeOf<ours.GetEventSourceMappingCommandOutput>().toExtend<sdk.GetEventSourceMappingCommandOutput>();
  });

  it("ListEventSourceMappings", () => {
    expectTypeOf<sdk.ListEventSourceMappingsCommandInput>().toExtend<ours.ListEventSourceMappingsCommandInput>();
    expectTypeOf<ours.ListEventSourceMappingsCommandInput>().toExtend<sdk.ListEventSourceMappingsCommandInput>();
    expectTypeOf<sdk.ListEventSourceMappingsCommandOutput>().toExtend<ours.ListEventSourceMappingsCommandOutput>();
    expectTypeOf<ours.ListEventSourceMappingsCommandOutput>().toExtend<sdk.ListEventSourceMappingsCommandOutput>();
  });

  it("DeleteEventSourceMapping", () => {
    expectTypeOf<sdk.DeleteEventSourceMappingCommandInput>().toExtend<ours.DeleteEventSourceMappingCommandInput>();
    expectTypeOf<ours.DeleteEventSourceMappingCommandInput>().toExtend<sdk.DeleteEventSourceMappingCommandInput>();
    expectTypeOf<sdk.DeleteEventSourceMappingCommandOutput>().toExtend<ours.DeleteEventSourceMappingCommandOutput>();
    expectTypeOf<ours.DeleteEventSourceMappingCommandOutput>().toExtend<sdk.DeleteEventSourceMappingCommandOutput>();
  });

  it("the service unions", () => {
    expectTypeOf<sdk.ServiceOutputTypes>().toExtend<ours.ServiceOutputTypes | sdk.ServiceOutputTypes>();
    expectTypeOf<ours.ServiceInputTypes>().toExtend<sdk.ServiceInputTypes>();
    expectTypeOf<ours.ServiceOutputTypes>().toExtend<sdk.ServiceOutputTypes>();
  });
});

describe("model shapes are assignable both ways", () => {
  it("EventSourceMappingConfiguration and its nested shapes", () => {
    expectTypeOf<sdk.EventSourceMappingConfiguration>().toExtend<ours.EventSourceMappingConfiguration>();
    expectTypeOf<ours.EventSourceMappingConfiguration>().toExtend<sdk.EventSourceMappingConfiguration>();
    expectTypeOf<sdk.DestinationConfig>().toExtend<ours.DestinationConfig>();
    expectTypeOf<ours.DestinationConfig>().toExtend<sdk.DestinationConfig>();
    expectTypeOf<sdk.SelfManagedEventSource>().toExtend<ours.SelfManagedEventSource>();
    expectTypeOf<ours.SelfManagedEventSource>().toExtend<sdk.SelfManagedEventSource>();
    expectTypeOf<sdk.SelfManagedKafkaEventSourceConfig>().toExtend<ours.SelfManagedKafkaEventSourceConfig>();
    expectTypeOf<ours.AmazonManagedKafkaEventSourceConfig>().toExtend<sdk.AmazonManagedKafkaEventSourceConfig>();
    expectTypeOf<sdk.FilterCriteria>().toExtend<ours.FilterCriteria>();
    expectTypeOf<ours.SourceAccessConfiguration>().toExtend<sdk.SourceAccessConfiguration>();
    expectTypeOf<sdk.ProvisionedPollerConfig>().toExtend<ours.ProvisionedPollerConfig>();
    expectTypeOf<ours.EventSourceMappingMetricsConfig>().toExtend<sdk.EventSourceMappingMetricsConfig>();
    expectTypeOf<sdk.EventSourceMappingLoggingConfig>().toExtend<ours.EventSourceMappingLoggingConfig>();
  });

  it("members have the SDK's types", () => {
    expectTypeOf<ours.EventSourceMappingConfiguration["LastModified"]>().toEqualTypeOf<sdk.EventSourceMappingConfiguration["LastModified"]>();
    expectTypeOf<ours.EventSourceMappingConfiguration["StartingPositionTimestamp"]>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<ours.EventSourceMappingConfiguration["State"]>().toEqualTypeOf<sdk.EventSourceMappingConfiguration["State"]>();
    expectTypeOf<ours.EventSourceMappingConfiguration["StartingPosition"]>().toEqualTypeOf<sdk.EventSourceMappingConfiguration["StartingPosition"]>();
    expectTypeOf<ours.ListEventSourceMappingsCommandInput["MaxItems"]>().toEqualTypeOf<sdk.ListEventSourceMappingsCommandInput["MaxItems"]>();
    expectTypeOf<ours.CreateEventSourceMappingCommandInput["Tags"]>().toEqualTypeOf<sdk.CreateEventSourceMappingCommandInput["Tags"]>();
  });
});

describe("enums match the SDK's", () => {
  it("as types", () => {
    expectTypeOf<ours.EventSourcePosition>().toEqualTypeOf<sdk.EventSourcePosition>();
    expectTypeOf<ours.FunctionResponseType>().toEqualTypeOf<sdk.FunctionResponseType>();
    expectTypeOf<ours.SourceAccessType>().toEqualTypeOf<sdk.SourceAccessType>();
    expectTypeOf<ours.EndPointType>().toEqualTypeOf<sdk.EndPointType>();
    expectTypeOf<ours.FullDocument>().toEqualTypeOf<sdk.FullDocument>();
    expectTypeOf<ours.EventSourceMappingMetric>().toEqualTypeOf<sdk.EventSourceMappingMetric>();
    expectTypeOf<ours.EventSourceMappingSystemLogLevel>().toEqualTypeOf<sdk.EventSourceMappingSystemLogLevel>();
    expectTypeOf<ours.KafkaSchemaRegistryAuthType>().toEqualTypeOf<sdk.KafkaSchemaRegistryAuthType>();
    expectTypeOf<ours.KafkaSchemaValidationAttribute>().toEqualTypeOf<sdk.KafkaSchemaValidationAttribute>();
    expectTypeOf<ours.SchemaRegistryEventRecordFormat>().toEqualTypeOf<sdk.SchemaRegistryEventRecordFormat>();
    expectTypeOf<ours.ThrottleReason>().toEqualTypeOf<sdk.ThrottleReason>();
    expectTypeOf<ours.KafkaEventSourceMappingConsumptionMode>().toEqualTypeOf<sdk.KafkaEventSourceMappingConsumptionMode>();
  });

  it("as const objects", () => {
    expectTypeOf<typeof ours.EventSourcePosition>().toEqualTypeOf<typeof sdk.EventSourcePosition>();
    expectTypeOf<typeof ours.SourceAccessType>().toEqualTypeOf<typeof sdk.SourceAccessType>();
    expectTypeOf<typeof ours.EventSourceMappingSystemLogLevel>().toEqualTypeOf<typeof sdk.EventSourceMappingSystemLogLevel>();
    expectTypeOf<typeof ours.ThrottleReason>().toEqualTypeOf<typeof sdk.ThrottleReason>();
    expectTypeOf<typeof ours.FunctionResponseType>().toEqualTypeOf<typeof sdk.FunctionResponseType>();
  });
});
