import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// @prisma/schema-engine-wasm is built for bundlers (it imports its .wasm file as an ES module, which Node
// cannot do). Instantiate the WebAssembly ourselves and hand it to the generated bindings.
let loaded: typeof import("@prisma/schema-engine-wasm") | undefined;

export async function loadSchemaEngine(): Promise<typeof import("@prisma/schema-engine-wasm")> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  // The package's exports map does not list the .wasm file: resolve a listed entry and look beside it.
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bindings as never });
  const b = bindings as unknown as { __wbg_set_wasm(w: WebAssembly.Exports): void };
  b.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  loaded = bindings as unknown as typeof import("@prisma/schema-engine-wasm");
  return loaded;
}
