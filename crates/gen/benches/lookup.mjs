// Lookup by code (symbol and message), then an error's message formatted with two arguments, in
// the generated TypeScript package for the synthetic catalog, the way crates/gen/benches/lookup/
// measures Rust. Prints the median ns of each: "LOOKUP FORMAT".
// Usage: node lookup.mjs <generated typescript dir>
import { pathToFileURL } from "node:url";

const mod = await import(pathToFileURL(`${process.argv[2]}/service_000.js`).href);
const all = [...mod.codes];
let state = 0x2545f491n;
const probes = Array.from({ length: 1024 }, (_, i) => {
  state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
  return i % 16 === 0 ? -7 : all[Number(state % BigInt(all.length))];
});

const withParams = all.filter((c) => mod.paramsOf(c).length > 0);

function format(n) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const code = withParams[i % withParams.length];
    sink += mod.format(code, { name: "disk-7", count: 3 }, "zh").length;
  }
  const ns = Number(process.hrtime.bigint() - start) / n;
  if (sink === 0) throw new Error("nothing formatted");
  return ns;
}

function run(n) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const code = probes[i & 1023];
    sink += (mod.symbolOf(code)?.length ?? 0) + (mod.messageOf(code, "zh")?.length ?? 0);
  }
  const ns = Number(process.hrtime.bigint() - start) / n;
  if (sink === 0) throw new Error("nothing looked up");
  return ns;
}

run(1_000_000); // warm up the JIT
const times = Array.from({ length: 7 }, () => run(1_000_000)).sort((a, b) => a - b);
format(200_000);
const formats = Array.from({ length: 7 }, () => format(200_000)).sort((a, b) => a - b);
console.log(times[3].toFixed(1), formats[3].toFixed(1));
