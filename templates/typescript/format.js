// {{ header }}
// @ts-self-types="./format.d.ts"
// Message arguments, written the same way in every language the catalog generates.

/**
 * A number argument as every language writes it: an integer in decimal digits; any other number
 * as the shortest decimal that reads back as the same number, without exponent
 * (`0.30000000000000004`, `1000000000000000000000`); `0` for both zeros; `NaN`, `Infinity`,
 * `-Infinity`.
 * @param {number | bigint} value
 * @returns {string}
 */
export function formatNumber(value) {
  if (typeof value === "bigint") return value.toString();
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value === 0) return "0";
  const text = String(value);
  const e = text.indexOf("e");
  if (e < 0) return text;
  // JavaScript writes 1e21 and 1e-7 with an exponent: the same digits, written out.
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.slice(negative ? 1 : 0, e).split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(text.slice(e + 1));
  let out;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return (negative ? "-" : "") + out;
}

/**
 * An argument as text: a string as it is, a number as formatNumber writes it.
 * @param {string | number | bigint} value
 * @returns {string}
 */
export function formatArgument(value) {
  return typeof value === "string" ? value : formatNumber(value);
}

/**
 * `template` with each `{name}` replaced by the argument of that name (kept when there is none),
 * and each doubled brace read as one.
 * @param {string} template
 * @param {Readonly<Record<string, string>>} args
 * @returns {string}
 */
export function fill(template, args) {
  return template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name) => {
    if (name === undefined) return match[0];
    return Object.hasOwn(args, name) ? args[name] : match;
  });
}
