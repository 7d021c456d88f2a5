// Prints what a generated package knows of its own API, which the conformance suite
// (conformance_runner.mjs) does not ask, for the test harness to compare with the catalog byte for
// byte (it sorts the lines):
//   NS CODE LOCALE SYMBOL HEX        every message (falling back), iterating `codes`, as hex of
//                                    its UTF-8 bytes
//   untranslated NS CODE LOCALE      every locale the code has no translation in
//   deprecated NS CODE HEX           every deprecation note
//   attr NS CODE FIELD VALUE         every attribute ($DUMP_ATTRIBUTES): i:N, b:BOOL, s:HEX, l:HEX,HEX
//   alias NS ALIAS CODE              every alias (as the language names it), looked up by name
//   retired NS CODE                  every retired code
//   unknown NS CODE                  $DUMP_UNKNOWN_NS, looked up and printed back
//   typed NS CODE LOCALE HEX         each of $DUMP_TYPED_NS formatted through `format` and `of`
// An error with an argument for each parameter must survive a problem+json round trip, through
// the ES modules and the CommonJS twins alike; that is asserted, not printed.
// Usage: node dump.mjs <package dir> <namespace>=<TypeName>...
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const hex = (text) => Buffer.from(text, "utf8").toString("hex");
const attributes = (process.env.DUMP_ATTRIBUTES ?? "").split(",").filter((a) => a !== "");
const dumped = (value) => {
  if (typeof value === "number") return `i:${value}`;
  if (typeof value === "boolean") return `b:${value}`;
  if (typeof value === "string") return `s:${hex(value)}`;
  if (!Object.isFrozen(value)) throw new Error("a list attribute is not frozen");
  return `l:${value.map(hex).join(",")}`;
};
const [dir, ...namespaces] = process.argv.slice(2);
// DUMP_COMMONJS=1 reads the package's CommonJS twins (`require`), else its ES modules: the
// driver compares the two dumps.
const require = createRequire(import.meta.url);
const load = async (name) =>
  process.env.DUMP_COMMONJS === "1" ? require(`${dir}/${name}.cjs`) : import(pathToFileURL(`${dir}/${name}.js`).href);
const { LOCALES } = await load("locale");
for (const arg of namespaces) {
  const [ns, typeName, errorName] = arg.split("=");
  const mod = await load(ns);
  for (const code of mod.codes) {
    for (const locale of LOCALES) {
      console.log([ns, code, locale, mod.symbolOf(code), hex(mod.messageOf(code, locale))].join("\t"));
      if (mod.translationOf(code, locale) === undefined) console.log(["untranslated", ns, code, locale].join("\t"));
    }
    for (const field of attributes) {
      const value = mod[`${field}Of`](code);
      if (value !== mod.entries.get(code)[field]) throw new Error(`${field}Of(${code}) differs from the entry`);
      console.log(["attr", ns, code, field, dumped(value)].join("\t"));
    }
    const problem = new mod[errorName](code).toProblem();
    const back = mod[errorName].fromProblem(JSON.parse(JSON.stringify(problem)));
    if (back.code !== code) throw new Error(`problem of ${code} came back as ${back.code}`);
    const params = mod.paramsOf(code);
    if (params.length > 0) {
      const args = Object.fromEntries(params.map((n) => [n, `<${n}> "q" 'q' {x} }{\n`]));
      const error = new mod[errorName](code, { arguments: args });
      const again = mod[errorName].fromProblem(JSON.parse(JSON.stringify(error.toProblem())));
      for (const locale of LOCALES) {
        if (again.messageIn(locale) !== error.messageIn(locale)) throw new Error(`arguments of ${code} lost`);
      }
    }
    const note = mod.deprecationOf(code);
    if (note !== undefined) console.log(["deprecated", ns, code, hex(note)].join("\t"));
  }
  for (const [name, code] of Object.entries(mod[typeName])) {
    if (mod.symbolOf(code) !== name) console.log(["alias", ns, name, mod.fromSymbol(name)].join("\t"));
  }
  for (const item of (process.env[`DUMP_TYPED_${ns}`] ?? "").split(";").filter((x) => x !== "")) {
    const [codeText, , params] = item.split("|");
    const code = typeof mod.codes[0] === "number" ? Number(codeText) : codeText;
    /** Typed arguments: text, the int as a number, the float. */
    const args = Object.fromEntries(
      params.split(",").map((p) => {
        const [name, kind] = p.split(":");
        const value = { s: `<${name}> "q" 'q' {x} }{\n`, i: -9007199254740991, f: 0.30000000000000004 }[kind];
        return [name, value];
      }),
    );
    for (const locale of LOCALES) {
      const text = mod.format(code, args, locale);
      if (mod[errorName].of(code, args).messageIn(locale) !== text) throw new Error(`of(${code}) differs from format`);
      console.log(["typed", ns, codeText, locale, hex(text)].join("\t"));
    }
  }
  const unknownText = process.env[`DUMP_UNKNOWN_${ns}`];
  const unknown = typeof mod.codes[0] === "number" ? Number(unknownText) : unknownText;
  if (mod.isKnown(unknown) || mod.symbolOf(unknown) !== undefined) throw new Error(`unknown code ${unknown} is known`);
  console.log(["unknown", ns, unknown].join("\t"));
  for (const code of mod.retiredCodes) {
    if (mod.isKnown(code)) throw new Error(`retired code ${code} is known`);
    console.log(["retired", ns, code].join("\t"));
  }
}
