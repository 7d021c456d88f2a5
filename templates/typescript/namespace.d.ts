// {{ header }}
/** {{ ns.ty }}: {{ ns.doc }} */

import type { Locale } from "./locale.js";

/** Every known code by symbol. A code the server sends that is not here is still a {{ ns.code_type }}. */
export declare const {{ ns.ty }}: {
{%- for e in ns.entries %}
  /** {{ e.code_doc() }}: {{ e.doc() }}{% if let Some((_, note)) = e.deprecated() %} @deprecated {{ note }}{% endif %} */
  readonly {{ e.symbol() }}: {{ e.code() }};
{%- for alias in e.aliases() %}
  /** Alias of {{ e.symbol() }}.{% if let Some((_, note)) = e.deprecated() %} @deprecated {{ note }}{% endif %} */
  readonly {{ alias }}: {{ e.code() }};
{%- endfor %}
{%- endfor %}
};

/** A known code of this namespace. */
export type {{ ns.ty }} = (typeof {{ ns.ty }})[keyof typeof {{ ns.ty }}];

/** A catalog symbol of this namespace. */
export type {{ ns.pascal }}Symbol = keyof typeof {{ ns.ty }};

/** One catalog entry. */
export interface {{ ns.pascal }}Entry {
  readonly code: {{ ns.ty }};
  readonly symbol: {{ ns.pascal }}Symbol;
  /** Why the code should no longer be used, when it is deprecated. */
  readonly deprecated: string | undefined;
{%- for a in ns.attributes %}
  /** {{ a.doc }} */
  readonly {{ a.field }}: {{ a.ty }};
{%- endfor %}
  /** The catalog's translations; the default locale's is always there. */
  readonly messages: Readonly<Partial<Record<Locale, string>>>;
  /** The names of the parameters its message is formatted with, when it has any. */
  readonly params?: readonly string[];
}

/** Every entry by code, in catalog order. */
export declare const entries: ReadonlyMap<{{ ns.code_type }}, {{ ns.pascal }}Entry>;

/** Every known code, in catalog order. */
export declare const codes: readonly {{ ns.ty }}[];

/** Codes this namespace used once and retired: never reused, so never known again. */
export declare const retiredCodes: readonly {{ ns.code_type }}[];

/** Why `code` should no longer be used, or undefined (also for an unknown code). */
export declare function deprecationOf(code: {{ ns.code_type }}): string | undefined;

/** Whether the catalog lists `code`. */
export declare function isKnown(code: {{ ns.code_type }}): code is {{ ns.ty }};

/** The catalog symbol of `code`, or undefined for an unknown code. */
export declare function symbolOf(code: {{ ns.code_type }}): {{ ns.pascal }}Symbol | undefined;

/**
 * The message of `code` in `locale` (a BCP 47 tag, falling back to DEFAULT_LOCALE, as does a
 * missing translation), or undefined for an unknown code.
 */
export declare function messageOf(code: {{ ns.code_type }}, locale?: string): string | undefined;

/** The message of `code` only if the catalog translates it into exactly `locale`, or undefined. */
export declare function translationOf(code: {{ ns.code_type }}, locale: Locale): string | undefined;

/**
 * The names of the parameters the message of `code` is formatted with (`{name}` in it), in
 * catalog order: empty for a message without parameters and for an unknown code.
 */
export declare function paramsOf(code: {{ ns.code_type }}): readonly string[];

/** The codes whose messages have parameters, grouped by the arguments they take. */
export type {{ ns.pascal }}Params =
{%- for (codes, args) in ns.param_groups %}
  | { code: {{ codes }}; args: {{ args }} }
{%- endfor %}
  | never;

/** A code whose message has parameters. */
export type {{ ns.pascal }}ParamCode = {{ ns.pascal }}Params["code"];

/** The arguments the message of code `C` takes. */
export type {{ ns.pascal }}Args<C extends {{ ns.pascal }}ParamCode> = {{ ns.pascal }}Params extends infer P
  ? P extends { code: infer K; args: infer A }
    ? C extends K
      ? A
      : never
    : never
  : never;

/**
 * The message of `code` in `locale`, its parameters filled with `args`, typed per code (text, or
 * numbers as formatNumber writes them).
 */
export declare function format<C extends {{ ns.pascal }}ParamCode>(
  code: C,
  args: {{ ns.pascal }}Args<C>,
  locale?: string,
): string;

{% for a in ns.attributes -%}
/** {{ a.doc }}: the value for `code`, or undefined for an unknown code. */
export declare function {{ a.lookup }}(code: {{ ns.code_type }}): {{ a.ty }} | undefined;

{% endfor -%}
/**
 * The code with catalog symbol or alias `symbol`, spelled exactly as the API spells it, or
 * undefined.
 */
export declare function fromSymbol(symbol: string): {{ ns.ty }} | undefined;

/**
 * An error of this namespace that a service throws: a code, known or not, the arguments its
 * message is formatted with (`arguments`, text or numbers, kept as text), and what caused it, if
 * anything (`cause`, as `Error` takes it). Its `message` is its text, `SYMBOL (CODE): message` in
 * DEFAULT_LOCALE (`unknown code (CODE)` for a code the catalog does not list).
 */
export declare class {{ ns.error }} extends Error {
  /** The code, known or not. */
  readonly code: {{ ns.code_type }};
  /** The arguments by name, as text (numbers as formatNumber writes them). */
  readonly arguments: Readonly<Record<string, string>>;
  constructor(
    code: {{ ns.code_type }},
    options?: { cause?: unknown; arguments?: Readonly<Record<string, string | number | bigint>> },
  );
  /**
   * The message in `locale` (a BCP 47 tag, falling back as messageOf does), its parameters
   * filled with the arguments (a parameter without one stays `{name}`).
   */
  messageIn(locale: string): string;
  /**
   * The error as RFC 9457 problem details (`application/problem+json`), members in this order:
   * `type` from the catalog's problem base URI, the namespace and the symbol (`about:blank`
   * without one), `title` the message in DEFAULT_LOCALE, `status` from the `http_status`
   * attribute when the catalog has one and knows the code, `detail` the message in `locale`,
   * `code`, the bare code, and `arguments` (sorted by name) when there are any.
   */
  toProblem(locale?: string): {{ ns.problem }};
  /** An error of `code` with typed arguments: those of its parameters (see {{ ns.pascal }}Params). */
  static of<C extends {{ ns.pascal }}ParamCode>(
    code: C,
    args: {{ ns.pascal }}Args<C>,
    options?: { cause?: unknown },
  ): {{ ns.error }};
  /**
   * The error a problem describes, by its `code`, known or not, and its text `arguments`. Only
   * `code` is required: {{ ns.code_noun }}. Any other member of the wrong type is ignored,
   * as RFC 9457 asks, and so is an argument that is not text.
   * @throws {TypeError} when `problem` is not an object or its `code` is missing or not {{ ns.code_noun }}
   */
  static fromProblem(problem: unknown): {{ ns.error }};
}

/** RFC 9457 problem details of an error of this namespace. */
export interface {{ ns.problem }} {
  type: string;
  title: string;
  status?: number;
  detail: string;
  code: {{ ns.code_type }};
  /** The error's arguments by name, as text, when it has any. */
  arguments?: Record<string, string>;
}
