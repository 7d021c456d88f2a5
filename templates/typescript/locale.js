// {{ header }}
// @ts-self-types="./locale.d.ts"

/** Every locale the catalog has messages in. */
export const LOCALES = /* @__PURE__ */ Object.freeze([{% for l in locales %}{{ l }}{% if !loop.last %}, {% endif %}{% endfor %}]);

/** The locale a message falls back to when the requested one is not in the catalog. */
export const DEFAULT_LOCALE = {{ default_locale }};

/**
 * The catalog locale for a BCP 47 tag: the tag itself, else the tag with its last subtag removed,
 * repeatedly (`zh-Hans-CN`, `zh-Hans`, `zh`), ASCII case-insensitively; else DEFAULT_LOCALE.
 * @param {string} tag
 * @returns {import("./locale.js").Locale}
 */
export function resolveLocale(tag) {
  // The common case, a tag exactly as the catalog spells it, allocates nothing.
  if (LOCALES.includes(tag)) return tag;
  let rest = asciiLower(tag);
  for (;;) {
    const found = LOCALES.find((l) => asciiLower(l) === rest);
    if (found !== undefined) return found;
    const cut = rest.lastIndexOf("-");
    if (cut < 0) return DEFAULT_LOCALE;
    rest = rest.slice(0, cut);
  }
}

/**
 * ASCII letters lowered, nothing else: BCP 47 tags are ASCII, and `toLowerCase` would also turn
 * the Kelvin sign into `k`, which no other language's package does.
 * @param {string} text
 * @returns {string}
 */
function asciiLower(text) {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}
