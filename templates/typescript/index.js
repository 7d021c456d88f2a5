// {{ header }}
// @ts-self-types="./index.d.ts"
export { DEFAULT_LOCALE, LOCALES, resolveLocale } from "./locale.js";
export { formatArgument, formatNumber } from "./format.js";
{%- for ns in namespaces %}
export * as {{ ns.export }} from "./{{ ns.file }}.js";
{%- endfor %}
