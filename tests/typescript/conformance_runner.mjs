// The TypeScript runner of the conformance suite (tests/conformance/, crates/gen/tests/conformance/):
// performs each case of the JSON file named by the first argument on the package at the second,
// whose namespaces the others name as `namespace=TypeName=ErrorName`, and prints one JSON line
// per case, `{"id": N, "value": V}` or `{"id": N, "error": KIND}`. The harness compares.
// Usage: node conformance_runner.mjs <cases.json> <package dir> <namespace>=<TypeName>=<ErrorName>...
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [casesPath, dir, ...namespaceArgs] = process.argv.slice(2);
const load = (name) => import(pathToFileURL(`${dir}/${name}.js`).href);
const { formatNumber } = await load("format");
const namespaces = {};
for (const arg of namespaceArgs) {
  const [ns, , errorName] = arg.split("=");
  const mod = await load(ns);
  namespaces[ns] = { mod, error: mod[errorName] };
}

/** A case the package refused, as the cases expect: its kind. */
class Refused extends Error {}

const readProblem = (error, text) => {
  let read;
  try {
    read = error.fromProblem(JSON.parse(text));
  } catch (e) {
    if (e instanceof TypeError) throw new Refused("invalid-problem");
    throw e;
  }
  return JSON.stringify(read.toProblem());
};

const number = (value) => {
  const [kind, text] = [value.slice(0, 1), value.slice(2)];
  const written = formatNumber(kind === "i" ? BigInt(text) : Number(text));
  // A service passes integers as numbers, too.
  if (kind === "i" && formatNumber(Number(text)) !== written) throw new Error(`${text} as a number differs`);
  return written;
};

const operations = {
  symbol: ({ mod }, c) => mod.symbolOf(c.code),
  from_symbol: ({ mod }, c) => mod.fromSymbol(c.symbol),
  message: ({ mod }, c) => mod.messageOf(c.code, c.locale),
  error_text: ({ error }, c) => new error(c.code, { arguments: c.args }).message,
  error_message: ({ error }, c) => new error(c.code, { arguments: c.args }).messageIn(c.locale),
  problem: ({ error }, c) => JSON.stringify(new error(c.code, { arguments: c.args }).toProblem(c.locale)),
  read_problem: ({ error }, c) => readProblem(error, c.json),
  code_json: (_, c) => {
    const written = JSON.stringify({ code: c.code });
    const back = JSON.parse(written).code;
    if (back !== c.code) throw new Error(`${c.code} came back as ${back}`);
    return back;
  },
};

for (const c of JSON.parse(readFileSync(casesPath, "utf8"))) {
  try {
    const value = c.op === "number" ? number(c.value) : operations[c.op](namespaces[c.ns], c);
    // `undefined` is the language's "none": null in the answer.
    console.log(JSON.stringify({ id: c.id, value: value ?? null }));
  } catch (e) {
    const error = e instanceof Refused ? e.message : `${e.name}: ${e.message}`;
    console.log(JSON.stringify({ id: c.id, error }));
  }
}
