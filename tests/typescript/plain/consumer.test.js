// A plain JavaScript service on Node 20, no TypeScript: the package runs as published.
import assert from "node:assert/strict";
import { test } from "node:test";

import { larkea, rayvision, resolveLocale } from "api-errors";

test("plain JavaScript sees the same codes", () => {
  assert.equal(rayvision.RayvisionCode.SUCCESS, 200);
  assert.equal(rayvision.messageOf(815, "zh"), "UNIONID已存在");
  assert.equal(larkea.symbolOf(-1), "FAILED");
  assert.equal(larkea.messageOf(424242), undefined);
  assert.equal(resolveLocale("pt-BR"), "en");
  assert.ok(Object.isFrozen(larkea.LarkeaCode));
  assert.equal(larkea.entries.get(120801)?.messages.en, "verify email code failed");
});
