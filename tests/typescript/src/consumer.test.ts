// A TypeScript service consuming the generated package as an npm dependency.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { DEFAULT_LOCALE, LOCALES, larkea, rayvision, resolveLocale } from "api-errors";
import type { Locale } from "api-errors";
import { LarkeaCode } from "api-errors/larkea";

interface ExpectedEntry {
  code: number;
  symbol: string;
  messages: Record<string, string>;
}
interface Expected {
  default_locale: string;
  locales: string[];
  namespaces: { name: string; entries: ExpectedEntry[]; retired: number[] }[];
}

/** The catalog as the test harness read it (CATALOG_EXPECTED), or undefined when run by hand. */
function expected(): Expected | undefined {
  const path = process.env["CATALOG_EXPECTED"];
  return path === undefined ? undefined : (JSON.parse(readFileSync(path, "utf8")) as Expected);
}

const modules = { rayvision, larkea } as const;

test("known codes give their symbol and messages byte for byte", () => {
  assert.equal(rayvision.symbolOf(812), "ACCOUNT_LOGIN_IPLIMITFAIL");
  assert.equal(rayvision.messageOf(812, "en"), "IP address is prohibited");
  assert.equal(rayvision.messageOf(812, "zh"), "IP被限制");
  assert.equal(rayvision.RayvisionCode.VINSUFFICIENT_PERMISSIONS, 605);
  assert.equal(larkea.messageOf(100006, "zh"), "不支持的 HTTP 方法");
  assert.equal(larkea.symbolOf(120902), "USERNAME_OR_PASSWORD_ERROR");
  assert.equal(larkea.symbolOf(120913), "PASSWORD_NOT_MATCH");
  const code: LarkeaCode = LarkeaCode.DEVICE_SHADOW_VERSION_MISMATCH;
  assert.equal(code, 131604);
});

test("aliases name the same code; a well-known code is not deprecated", () => {
  assert.equal(rayvision.RayvisionCode.INSUFFICIENT_PERMISSIONS, rayvision.RayvisionCode.VINSUFFICIENT_PERMISSIONS);
  assert.equal(rayvision.fromSymbol("VALIDATE_COMMON_CODE_ERROR"), 606);
  assert.equal(rayvision.symbolOf(606), "VALIDATE_COMMOM_CODE_ERROR");
  assert.equal(rayvision.deprecationOf(606), undefined);
  assert.equal(rayvision.entries.get(605)?.deprecated, undefined);
});

test("locales fall back to the default", () => {
  assert.equal(DEFAULT_LOCALE, "en");
  assert.deepEqual([...LOCALES], ["en", "zh"]);
  const zh: Locale = resolveLocale("zh-Hans-CN");
  assert.equal(zh, "zh");
  assert.equal(resolveLocale("ZH"), "zh");
  assert.equal(resolveLocale("fr-FR"), "en");
  assert.equal(larkea.messageOf(131700, "fr"), "illegal topic name");
  assert.equal(larkea.messageOf(131700), "illegal topic name");
});

test("unknown, negative and largest codes", () => {
  assert.equal(rayvision.isKnown(424242), false);
  assert.equal(rayvision.symbolOf(424242), undefined);
  assert.equal(larkea.messageOf(424242, "zh"), undefined);
  assert.equal(larkea.symbolOf(-1), "FAILED");
  assert.equal(larkea.messageOf(-1, "zh"), "错误");
  assert.equal(rayvision.symbolOf(1000000), "RAYVISION_ERROR");
  assert.equal(rayvision.fromSymbol("RAYVISION_ERROR"), 1000000);
  assert.equal(rayvision.fromSymbol("toString"), undefined);
  const raw: number = 424242;
  if (larkea.isKnown(raw)) assert.fail("424242 is not in the catalog");
});

test("iteration yields every code in catalog order", () => {
  const catalog = expected();
  if (catalog === undefined) return;
  for (const ns of catalog.namespaces) {
    const mod = modules[ns.name as keyof typeof modules];
    assert.deepEqual([...mod.codes], ns.entries.map((e) => e.code), ns.name);
    assert.deepEqual([...mod.retiredCodes], ns.retired, ns.name);
    for (const entry of ns.entries) {
      assert.equal(mod.symbolOf(entry.code), entry.symbol);
      for (const locale of catalog.locales) {
        assert.equal(mod.messageOf(entry.code, locale), entry.messages[locale], `${ns.name} ${entry.code} ${locale}`);
      }
    }
  }
});

test("API response envelopes map to codes", () => {
  const farm = JSON.parse(
    '{"version":"1.0.0","result":false,"message":"IP address is prohibited","code":812,"data":null,"serverTime":1700000000000}',
  ) as { code: number; message: string };
  assert.equal(rayvision.symbolOf(farm.code), "ACCOUNT_LOGIN_IPLIMITFAIL");
  assert.equal(rayvision.messageOf(farm.code, "zh-CN"), "IP被限制");

  const iot = JSON.parse('{"success":false,"code":131604,"message":"device shadow version not match","data":null}') as {
    success: boolean;
    code: number;
  };
  assert.equal(larkea.isKnown(iot.code) ? iot.code === LarkeaCode.DEVICE_SHADOW_VERSION_MISMATCH : false, true);

  const future = JSON.parse('{"success":false,"code":131999,"message":"new","data":null}') as { code: number };
  assert.equal(larkea.isKnown(future.code), false);
  assert.equal(future.code, 131999);
});

test("services throw their namespace's error and callers catch it by class", () => {
  const find = (): never => {
    throw new larkea.LarkeaError(LarkeaCode.DEVICE_NOT_FOUND);
  };
  try {
    find();
    assert.fail("find threw nothing");
  } catch (error) {
    if (!(error instanceof larkea.LarkeaError)) throw error;
    assert.equal(error.code, LarkeaCode.DEVICE_NOT_FOUND);
    assert.equal(error.name, "LarkeaError");
    assert.equal(error.message, `DEVICE_NOT_FOUND (${LarkeaCode.DEVICE_NOT_FOUND}): ${larkea.messageOf(LarkeaCode.DEVICE_NOT_FOUND)}`);
    assert.equal(error.messageIn("zh"), larkea.messageOf(LarkeaCode.DEVICE_NOT_FOUND, "zh"));
  }
  const cause = new Error("socket closed");
  const unknown = new larkea.LarkeaError(424242, { cause });
  assert.equal(unknown.message, "unknown code (424242)");
  assert.equal(unknown.messageIn("zh"), "unknown code (424242)");
  assert.equal(unknown.cause, cause);
});
