// A CommonJS service (`require`, as on a Node without require(esm)): the package's `require`
// condition serves its CommonJS twin, which holds what the ES modules hold, value for value.
const assert = require("node:assert/strict");
const { test } = require("node:test");

const cjs = require("api-errors");

test("require and import see the same package", async () => {
  const esm = await import("api-errors");
  assert.deepEqual(Object.keys(cjs).sort(), Object.keys(esm).sort());
  assert.deepEqual(cjs.LOCALES, esm.LOCALES);
  for (const name of Object.keys(esm).filter((key) => typeof esm[key] === "object" && "codes" in esm[key])) {
    const [c, e] = [cjs[name], esm[name]];
    assert.deepEqual(Object.keys(c).sort(), Object.keys(e).sort(), name);
    assert.deepEqual(c.codes, e.codes, name);
    assert.ok(c.codes.length > 0, name);
    for (const code of e.codes) {
      for (const locale of e.LOCALES ?? esm.LOCALES) {
        assert.equal(c.messageOf(code, locale), e.messageOf(code, locale), `${name} ${code} ${locale}`);
      }
      assert.equal(c.symbolOf(code), e.symbolOf(code));
    }
  }
});

test("the entries a caller is handed cannot make a code known", () => {
  const ns = Object.values(cjs).find((value) => typeof value === "object" && value !== null && "entries" in value);
  assert.throws(() => ns.entries.set(-424242, {}), TypeError);
  Map.prototype.set.call(ns.entries, -424242, {});
  assert.equal(ns.isKnown(-424242), false);
});
