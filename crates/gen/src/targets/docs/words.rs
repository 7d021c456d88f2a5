//! The words a docs page is made of, in the languages readers most often ask for: a page in a
//! locale reads in that language (its table headings, its notes), not only its messages. A
//! locale whose language is not here reads in English. `{…}` marks what the page fills in.

/// A page's fixed text in one language.
pub struct Words {
    /// `{ns}`: the namespace name, in backticks.
    pub title: &'static str,
    pub code: &'static str,
    pub symbol: &'static str,
    pub message: &'static str,
    pub deprecated: &'static str,
    pub attributes: &'static str,
    pub other_locales: &'static str,
    pub all_namespaces: &'static str,
    /// `{locale}`, `{coverage}` (as `12/40`), `{default}`.
    pub coverage: &'static str,
    /// `{default}`: the default locale whose message is shown.
    pub not_translated: &'static str,
    pub parameters: &'static str,
    pub retired: &'static str,
}

const EN: Words = Words {
    title: "{ns} error codes",
    code: "Code",
    symbol: "Symbol",
    message: "Message",
    deprecated: "Deprecated",
    attributes: "Attributes",
    other_locales: "Other locales",
    all_namespaces: "all namespaces",
    coverage: "Translated into `{locale}`: {coverage} entries; the others show the `{default}` message.",
    not_translated: "not translated: `{default}`",
    parameters: "parameters",
    retired: "Retired, never to be reused",
};

/// Each language by its primary subtag (BCP 47, lowercase).
const LANGUAGES: &[(&str, Words)] = &[
    ("en", EN),
    (
        "zh",
        Words {
            title: "{ns} 错误码",
            code: "代码",
            symbol: "符号",
            message: "消息",
            deprecated: "已弃用",
            attributes: "属性",
            other_locales: "其他语言",
            all_namespaces: "全部命名空间",
            coverage: "已译成 `{locale}`：{coverage} 条；其余显示 `{default}` 消息。",
            not_translated: "未翻译：`{default}`",
            parameters: "参数",
            retired: "已停用，永不复用",
        },
    ),
    (
        "ja",
        Words {
            title: "{ns} エラーコード",
            code: "コード",
            symbol: "シンボル",
            message: "メッセージ",
            deprecated: "非推奨",
            attributes: "属性",
            other_locales: "他の言語",
            all_namespaces: "すべての名前空間",
            coverage: "`{locale}` への翻訳: {coverage} 件。その他は `{default}` のメッセージを表示します。",
            not_translated: "未翻訳: `{default}`",
            parameters: "パラメーター",
            retired: "廃止済み (再利用不可)",
        },
    ),
    (
        "de",
        Words {
            title: "Fehlercodes von {ns}",
            code: "Code",
            symbol: "Symbol",
            message: "Meldung",
            deprecated: "Veraltet",
            attributes: "Attribute",
            other_locales: "Andere Sprachen",
            all_namespaces: "alle Namensräume",
            coverage: "Übersetzt nach `{locale}`: {coverage} Einträge; die übrigen zeigen die Meldung in `{default}`.",
            not_translated: "nicht übersetzt: `{default}`",
            parameters: "Parameter",
            retired: "Stillgelegt, nie wieder zu vergeben",
        },
    ),
    (
        "fr",
        Words {
            title: "Codes d’erreur de {ns}",
            code: "Code",
            symbol: "Symbole",
            message: "Message",
            deprecated: "Obsolète",
            attributes: "Attributs",
            other_locales: "Autres langues",
            all_namespaces: "tous les espaces de noms",
            coverage: "Traduit en `{locale}` : {coverage} entrées ; les autres affichent le message `{default}`.",
            not_translated: "non traduit : `{default}`",
            parameters: "paramètres",
            retired: "Retirés, à ne jamais réutiliser",
        },
    ),
    (
        "es",
        Words {
            title: "Códigos de error de {ns}",
            code: "Código",
            symbol: "Símbolo",
            message: "Mensaje",
            deprecated: "Obsoleto",
            attributes: "Atributos",
            other_locales: "Otros idiomas",
            all_namespaces: "todos los espacios de nombres",
            coverage: "Traducido a `{locale}`: {coverage} entradas; las demás muestran el mensaje en `{default}`.",
            not_translated: "sin traducir: `{default}`",
            parameters: "parámetros",
            retired: "Retirados, nunca se reutilizan",
        },
    ),
];

/// The words for a page in `locale`: its language's, or English.
pub fn for_locale(locale: &str) -> &'static Words {
    let language = locale.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    LANGUAGES.iter().find(|(tag, _)| *tag == language).map_or(&EN, |(_, words)| words)
}

#[cfg(test)]
mod tests {
    use super::{LANGUAGES, for_locale};

    #[test]
    fn a_locale_finds_its_language_or_english() {
        assert_eq!(for_locale("zh-Hant").code, "代码");
        assert_eq!(for_locale("DE").message, "Meldung");
        assert_eq!(for_locale("pt-BR").message, "Message");
        // Every language fills in what English does.
        for (tag, words) in LANGUAGES {
            assert!(words.title.contains("{ns}"), "{tag}");
            assert!(["{locale}", "{coverage}", "{default}"].iter().all(|p| words.coverage.contains(p)), "{tag}");
            assert!(words.not_translated.contains("{default}"), "{tag}");
        }
    }
}
