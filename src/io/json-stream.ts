/**
 * Writes one JSON object exactly as `JSON.stringify(value, null, 2)` followed by a newline would, its
 * properties in the order given, except that a list property is written item by item: a list as long
 * as a catalogue is never held whole (one string of it would also stop at V8's maximum string length).
 */
export interface JsonObjectWriter {
  property(key: string, value: unknown): void;
  /** A list property: its items are added one by one, then it is ended before the next property. */
  list(key: string): { add(item: unknown): void; end(): void };
  end(): void;
}

export function createJsonObjectWriter(write: (text: string) => void): JsonObjectWriter {
  let isFirst = true;
  let isListOpen = false;
  const open = (key: string): void => {
    if (isListOpen) throw new Error(`the list before ${key} is not ended`);
    write(`${isFirst ? "{" : ","}\n  ${JSON.stringify(key)}: `);
    isFirst = false;
  };
  return {
    property(key, value) {
      if (value === undefined) return; // As JSON.stringify: an undefined property is left out.
      open(key);
      write(indent(JSON.stringify(value, null, 2), "  "));
    },
    list(key) {
      open(key);
      isListOpen = true;
      write("[");
      let isEmpty = true;
      return {
        add(item) {
          write(`${isEmpty ? "" : ","}\n    ${indent(JSON.stringify(item, null, 2), "    ")}`);
          isEmpty = false;
        },
        end() {
          write(isEmpty ? "]" : "\n  ]");
          isListOpen = false;
        },
      };
    },
    end() {
      if (isListOpen) throw new Error("a list is not ended");
      write(isFirst ? "{}\n" : "\n}\n");
    },
  };
}

/** JSON strings hold no raw newline: every newline of the text starts a line of the structure. */
function indent(json: string, by: string): string {
  return json.replaceAll("\n", `\n${by}`);
}

/** Every property of `value`, in order (the parts of an object that are not lists). */
export function writeProperties(writer: JsonObjectWriter, value: Readonly<Record<string, unknown>>): void {
  for (const [key, item] of Object.entries(value)) writer.property(key, item);
}
