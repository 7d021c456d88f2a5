// {{ header }}

/** Every locale the catalog has messages in. */
export declare const LOCALES: readonly [{% for l in locales %}{{ l }}{% if !loop.last %}, {% endif %}{% endfor %}];

/** A locale the catalog has messages in. */
export type Locale = (typeof LOCALES)[number];

/** The locale a message falls back to when the requested one is not in the catalog. */
export declare const DEFAULT_LOCALE: {{ default_locale }};

/**
 * The catalog locale for a BCP 47 tag: the tag itself, else the tag with its last subtag removed,
 * repeatedly (`zh-Hans-CN`, `zh-Hans`, `zh`), case-insensitively; else DEFAULT_LOCALE.
 */
export declare function resolveLocale(tag: string): Locale;
