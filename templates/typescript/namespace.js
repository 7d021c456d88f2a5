// {{ header }}
// @ts-self-types="./{{ ns.file }}.d.ts"
/** {{ ns.ty }}: {{ ns.doc }} */

import { fill, formatArgument } from "./format.js";
import { FrozenMap } from "./frozen-map.js";
import { DEFAULT_LOCALE, resolveLocale } from "./locale.js";

/** Every known code by symbol. A code the server sends that is not here is still a {{ ns.code_type }}. */
export const {{ ns.ty }} = /* @__PURE__ */ Object.freeze({
{%- for e in ns.entries %}
  /** {{ e.code_doc() }}: {{ e.doc() }}{% if let Some((_, note)) = e.deprecated() %} @deprecated {{ note }}{% endif %} */
  {{ e.symbol() }}: {{ e.code() }},
{%- for alias in e.aliases() %}
  /** Alias of {{ e.symbol() }}.{% if let Some((_, note)) = e.deprecated() %} @deprecated {{ note }}{% endif %} */
  {{ alias }}: {{ e.code() }},
{%- endfor %}
{%- endfor %}
});

/** Each attribute's value in the entries that do not set it (each entry lists only its own). */
const UNSET = /* @__PURE__ */ Object.freeze({ {%- for a in ns.attributes %} {{ a.field }}: {{ a.unset }}{% if !loop.last %},{% endif %}{% endfor %} });

/**
 * An entry, frozen, with the value in `UNSET` of each attribute it does not set (a call, not a
 * spread in each literal, so that bundlers can still drop a namespace nothing imports).
 */
function row(entry) {
  return Object.freeze({ code: entry.code, symbol: entry.symbol, deprecated: entry.deprecated, ...UNSET, ...entry });
}

/** Every entry by code, in catalog order: what the lookups read. */
const byCode = /* @__PURE__ */ new Map([
{%- for e in ns.entries %}
  [{{ e.code() }}, /* @__PURE__ */ row({ code: {{ e.code() }}, symbol: {{ e.symbol_literal() }}, deprecated: {% match e.deprecated() %}{% when Some((literal, _)) %}{{ literal }}{% when None %}undefined{% endmatch %},{% for (field, value) in e.attributes() %} {{ field }}: {{ value }},{% endfor %}{% if let Some(p) = e.params() %} params: {{ p }},{% endif %} messages: /* @__PURE__ */ Object.freeze({ {{ e.messages() }} }) })],
{%- endfor %}
]);

/** Every entry by code, in catalog order (read-only). */
export const entries = /* @__PURE__ */ new FrozenMap(byCode);

/** Every known code, in catalog order. */
export const codes = /* @__PURE__ */ Object.freeze([{% for e in ns.entries %}{{ e.code() }}{% if !loop.last %}, {% endif %}{% endfor %}]);

/** Codes this namespace used once and retired: never reused, so never known again. */
export const retiredCodes = /* @__PURE__ */ Object.freeze([{% for c in ns.retired %}{{ c }}{% if !loop.last %}, {% endif %}{% endfor %}]);

/**
 * Why `code` should no longer be used, or undefined (also for an unknown code).
 * @param {{ ns.code_jsdoc }} code
 */
export function deprecationOf(code) {
  return byCode.get(code)?.deprecated;
}

/**
 * Whether the catalog lists `code`.
 * @param {{ ns.code_jsdoc }} code
 */
export function isKnown(code) {
  return byCode.has(code);
}

/**
 * The catalog symbol of `code`, or undefined for an unknown code.
 * @param {{ ns.code_jsdoc }} code
 */
export function symbolOf(code) {
  return byCode.get(code)?.symbol;
}

/**
 * The message of `code` in `locale` (a BCP 47 tag, falling back to DEFAULT_LOCALE, as does a
 * missing translation), or undefined for an unknown code.
 * @param {{ ns.code_jsdoc }} code
 * @param {string} [locale]
 */
export function messageOf(code, locale = DEFAULT_LOCALE) {
  const messages = byCode.get(code)?.messages;
  return messages === undefined ? undefined : (messages[resolveLocale(locale)] ?? messages[DEFAULT_LOCALE]);
}

/**
 * The message of `code` only if the catalog translates it into exactly `locale`, or undefined.
 * @param {{ ns.code_jsdoc }} code
 * @param {import("./locale.js").Locale} locale
 */
export function translationOf(code, locale) {
  return byCode.get(code)?.messages[locale];
}

{% for a in ns.attributes -%}
/**
 * {{ a.doc }}: the value for `code`, or undefined for an unknown code.
 * @param {{ ns.code_jsdoc }} code
 */
export function {{ a.lookup }}(code) {
  return byCode.get(code)?.{{ a.field }};
}

{% endfor -%}
/** The names of the parameters of no message. */
const NO_PARAMS = /* @__PURE__ */ Object.freeze([]);

/**
 * The names of the parameters the message of `code` is formatted with (`{name}` in it), in
 * catalog order: empty for a message without parameters and for an unknown code.
 * @param {{ ns.code_jsdoc }} code
 * @returns {readonly string[]}
 */
export function paramsOf(code) {
  return byCode.get(code)?.params ?? NO_PARAMS;
}

/**
 * The message of `code` in `locale`, its parameters filled with `args` (text, as
 * formatArgument writes them), or `unknown code (CODE)`.
 * @param {{ ns.code_jsdoc }} code
 * @param {string} locale
 * @param {Readonly<Record<string, string>>} args
 */
function render(code, locale, args) {
  const message = messageOf(code, locale);
  if (message === undefined) return `unknown code (${code})`;
  return paramsOf(code).length === 0 ? message : fill(message, args);
}

/**
 * The message of `code` in `locale`, its parameters filled with `args` (text, or numbers as
 * formatNumber writes them).
 * @param {{ ns.code_jsdoc }} code
 * @param {Readonly<Record<string, string | number | bigint>>} args
 * @param {string} [locale]
 */
export function format(code, args, locale = DEFAULT_LOCALE) {
  /** @type {Record<string, string>} */
  const texts = {};
  for (const [name, value] of Object.entries(args)) texts[name] = formatArgument(value);
  return render(code, locale, texts);
}

/**
 * The code with catalog symbol or alias `symbol`, spelled exactly as the API spells it, or
 * undefined.
 * @param {string} symbol
 */
export function fromSymbol(symbol) {
  return Object.hasOwn({{ ns.ty }}, symbol) ? {{ ns.ty }}[symbol] : undefined;
}

/**
 * An error of this namespace that a service throws: a code, known or not, the arguments its
 * message is formatted with (`arguments`, text or numbers, kept as text), and what caused it, if
 * anything (`cause`, as `Error` takes it). Its `message` is the code's message in DEFAULT_LOCALE
 * (`unknown code (CODE)` for a code the catalog does not list).
 */
export class {{ ns.error }} extends Error {
  /**
   * @param {{ ns.code_jsdoc }} code
   * @param {{ ns.options_jsdoc }} [options]
   */
  constructor(code, options) {
    /** @type {Record<string, string>} */
    const args = {};
    for (const [name, value] of Object.entries(options?.arguments ?? {})) args[name] = formatArgument(value);
    const symbol = symbolOf(code);
    // The error's text, the same in every language: `SYMBOL (CODE): message`.
    const text = symbol === undefined ? `unknown code (${code})` : `${symbol} (${code}): ${render(code, DEFAULT_LOCALE, args)}`;
    super(text, options);
    this.name = "{{ ns.error }}";
    /** The code, known or not. */
    this.code = code;
    /** The arguments by name, as text. */
    this.arguments = Object.freeze(args);
  }

  /**
   * The message in `locale` (a BCP 47 tag, falling back as messageOf does), its parameters
   * filled with the arguments (a parameter without one stays `{name}`).
   * @param {string} locale
   */
  messageIn(locale) {
    return render(this.code, locale, this.arguments);
  }

  /**
   * The error as RFC 9457 problem details (`application/problem+json`), members in this order:
   * `type` from the catalog's problem base URI, the namespace and the symbol (`about:blank`
   * without one), `title` the message in DEFAULT_LOCALE, `status` from the `http_status`
   * attribute when the catalog has one and knows the code, `detail` the message in `locale`,
   * `code`, the bare code, and `arguments` (sorted by name) when there are any.
   * @param {string} [locale]
   */
  toProblem(locale = DEFAULT_LOCALE) {
{%- if let Some(prefix) = ns.problem_prefix %}
    const symbol = symbolOf(this.code);
{%- endif %}
    const problem = {
{%- if let Some(prefix) = ns.problem_prefix %}
      type: symbol === undefined ? "about:blank" : {{ prefix }} + symbol,
{%- else %}
      type: "about:blank",
{%- endif %}
      title: this.messageIn(DEFAULT_LOCALE),
{%- if ns.status %}
      status: httpStatusOf(this.code),
{%- endif %}
      detail: this.messageIn(locale),
      code: this.code,
    };
{%- if ns.status %}
    // Absent, not undefined, for a code the catalog does not list; the member keeps its place.
    if (problem.status === undefined) delete problem.status;
{%- endif %}
    const names = Object.keys(this.arguments).sort();
    if (names.length > 0) problem.arguments = Object.fromEntries(names.map((n) => [n, this.arguments[n]]));
    return problem;
  }

  /**
   * An error of `code` with typed arguments (see the declarations: each code's parameters).
   * @param {{ ns.code_jsdoc }} code
   * @param {Readonly<Record<string, string | number | bigint>>} args
   * @param {{ ns.cause_jsdoc }} [options]
   */
  static of(code, args, options) {
    return new {{ ns.error }}(code, { cause: options?.cause, arguments: args });
  }

  /**
   * The error a problem describes, by its `code`, known or not, and its text `arguments`. Only
   * `code` is required: {{ ns.code_noun }}. Any other member of the wrong type is ignored,
   * as RFC 9457 asks, and so is an argument that is not text.
   * @param {unknown} problem problem details, as `JSON.parse` or `response.json()` gives them
   * @throws {TypeError} when `problem` is not an object or its `code` is missing or not {{ ns.code_noun }}
   */
  static fromProblem(problem) {
    const { code, arguments: given } = typeof problem === "object" && problem !== null ? problem : {};
{%- if ns.string_codes %}
    if (typeof code !== "string") {
{%- else %}
    if (typeof code !== "number" || !Number.isInteger(code) || code < -2147483648 || code > 2147483647) {
{%- endif %}
      throw new TypeError(`problem details without {{ ns.code_noun }}: ${JSON.stringify(problem)}`);
    }
    /** @type {Record<string, string>} */
    const args = {};
    if (typeof given === "object" && given !== null && !Array.isArray(given)) {
      for (const [name, value] of Object.entries(given)) {
        if (typeof value === "string") args[name] = value;
      }
    }
    return new {{ ns.error }}(code, { arguments: args });
  }
}
