// Prints every message of a generated package, one line per code and locale, as
// `namespace<TAB>code<TAB>locale<TAB>symbol<TAB>hex of the UTF-8 bytes`, so the test harness
// compares the text each language reads back with the catalog's, byte for byte.
// Usage: node dump.mjs <package dir> <namespace>...
import { pathToFileURL } from "node:url";

const [dir, ...namespaces] = process.argv.slice(2);
const { LOCALES } = await import(pathToFileURL(`${dir}/locale.js`).href);
for (const ns of namespaces) {
  const mod = await import(pathToFileURL(`${dir}/${ns}.js`).href);
  for (const code of mod.codes) {
    for (const locale of LOCALES) {
      const hex = Buffer.from(mod.messageOf(code, locale), "utf8").toString("hex");
      console.log([ns, code, locale, mod.symbolOf(code), hex].join("\t"));
    }
  }
}
