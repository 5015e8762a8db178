import { base64ToBytes } from "../runtime/base64-to-bytes.js";
import { mayHoldInexactNumber, parseEventText } from "./json-text.js";

/**
 * The decoded data key of a shaped record (`body`, `data` or `value`), which matches differently from ordinary
 * fields: a nested pattern object needs JSON data, a value array needs plain-text data.
 */
export class DecodedPayload {
  /**
   * @param format `json` when the data parsed as a JSON object or array, `text` for any other UTF-8 text,
   *   `undecodable` when the bytes are not valid UTF-8 (nothing then matches a pattern on this key).
   * @param value The parsed JSON value, or the text.
   * @param textPatterns Whether value-array patterns may match plain text (SQS, Kafka, MQ: yes; Kinesis: no).
   */
  constructor(
    readonly format: "json" | "text" | "undecodable",
    readonly value: unknown,
    readonly textPatterns: boolean,
  ) {}

  /** Parses raw data text: JSON objects and arrays become `json`, anything else stays `text`. */
  static fromText(text: string, textPatterns: boolean): DecodedPayload {
    const first = text.trimStart()[0];
    if (first === "{" || first === "[") {
      // JSON.parse is the fast path; numbers a double may not hold exactly need their text (see NumberText).
      if (!mayHoldInexactNumber(text)) {
        try {
          return new DecodedPayload("json", JSON.parse(text), textPatterns);
        } catch {
          // not JSON after all: matched as plain text below
        }
      } else {
        const parsed = parseEventText(text);
        if (parsed.ok) return new DecodedPayload("json", parsed.value, textPatterns);
      }
    }
    return new DecodedPayload("text", text, textPatterns);
  }

  /** Decodes base64 data as UTF-8 (strictly) and then parses it like {@link DecodedPayload.fromText}. */
  static fromBase64(data: string, textPatterns: boolean): DecodedPayload {
    let text: string;
    try {
      text = UTF8.decode(base64ToBytes(data));
    } catch {
      return new DecodedPayload("undecodable", data, textPatterns);
    }
    return DecodedPayload.fromText(text, textPatterns);
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
