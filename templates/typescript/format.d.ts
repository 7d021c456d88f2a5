// {{ header }}

/**
 * A number argument as every language writes it: an integer in decimal digits; any other number
 * as the shortest decimal that reads back as the same number, without exponent
 * (`0.30000000000000004`, `1000000000000000000000`); `0` for both zeros; `NaN`, `Infinity`,
 * `-Infinity`.
 */
export declare function formatNumber(value: number | bigint): string;

/** An argument as text: a string as it is, a number as formatNumber writes it. */
export declare function formatArgument(value: string | number | bigint): string;

/**
 * `template` with each `{name}` replaced by the argument of that name (kept when there is none),
 * and each doubled brace read as one.
 */
export declare function fill(template: string, args: Readonly<Record<string, string>>): string;
