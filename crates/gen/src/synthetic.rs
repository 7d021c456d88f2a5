//! Synthetic catalogs of any size, for benchmarks: deterministic for a seed, with symbols and
//! messages shaped like real ones (`DEVICE_SHADOW_UPDATE_FAILED`, "device shadow update failed",
//! "设备影子更新失败") in two locales, codes ascending with gaps, a few aliases and
//! deprecations, and one code in seven with message parameters.

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// `(English, Chinese)` words the symbols and messages are made of.
const SUBJECTS: &[(&str, &str)] = &[
    ("DEVICE", "设备"),
    ("USER", "用户"),
    ("TOKEN", "令牌"),
    ("GROUP", "分组"),
    ("FILE", "文件"),
    ("PRODUCT", "产品"),
    ("TOPIC", "主题"),
    ("ORDER", "订单"),
    ("INVOICE", "发票"),
    ("TASK", "任务"),
    ("ACCOUNT", "账号"),
    ("RENDER", "渲染"),
    ("QUOTA", "配额"),
    ("REGION", "区域"),
    ("KEY", "密钥"),
];
const OBJECTS: &[(&str, &str)] = &[
    ("SHADOW", "影子"),
    ("NAME", "名称"),
    ("VERSION", "版本"),
    ("STATUS", "状态"),
    ("PARAM", "参数"),
    ("SESSION", "会话"),
    ("LIMIT", "上限"),
    ("OWNER", "所有者"),
    ("TYPE", "类型"),
    ("SIZE", "大小"),
];
const STATES: &[(&str, &str)] = &[
    ("NOT_FOUND", "未找到"),
    ("EXISTS", "已存在"),
    ("EXPIRED", "已过期"),
    ("INVALID", "不合法"),
    ("UPDATE_FAILED", "更新失败"),
    ("DELETE_FAILED", "删除失败"),
    ("MISMATCH", "不匹配"),
    ("EXCEEDS_LIMIT", "超过上限"),
    ("LOCKED", "已锁定"),
    ("REQUIRED", "不能为空"),
];

/// splitmix64: a tiny deterministic generator; the benchmarks (and the name torture's draw)
/// need repeatability, not quality.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        // The modulo keeps the index below `items.len()`, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        items[(self.next_u64() % items.len() as u64) as usize]
    }
}

/// Codes per namespace of [`catalog`]; [`shaped`] takes any size.
pub const NAMESPACE_SIZE: usize = 1_000;

/// A catalog of `codes` codes in namespaces of [`NAMESPACE_SIZE`] codes (`service_000`, ...) and
/// two locales (`en`, `zh`), as YAML text.
#[must_use]
pub fn catalog(codes: usize, seed: u64) -> String {
    shaped(codes, seed, NAMESPACE_SIZE, 2)
}

/// The tags of `count` locales: `en`, `zh`, then two-letter tags (`aa`, `ab`...) past them.
fn locale_tags(count: usize) -> Vec<String> {
    let extra = (b'a'..=b'z')
        .flat_map(|a| (b'a'..=b'z').map(move |b| format!("{}{}", a as char, b as char)))
        .filter(|t| t != "en" && t != "zh");
    ["en".to_owned(), "zh".to_owned()].into_iter().chain(extra).take(count.max(1)).collect()
}

/// A catalog of `codes` codes in namespaces of `namespace_size`, with `locales` locales (`en`
/// and `zh` first; the others carry the English text tagged with the locale).
#[must_use]
pub fn shaped(codes: usize, seed: u64, namespace_size: usize, locales: usize) -> String {
    let namespace_size = namespace_size.max(1);
    let tags = locale_tags(locales);
    let mut rng = Rng(seed);
    let mut out = String::with_capacity(codes * (80 + 40 * tags.len()));
    out.push_str("# Synthetic catalog for benchmarks (errgen::synthetic).\n");
    out.push_str("package: synthetic-errors\nversion: 1.0.0\ntargets: {java: {package: org.example.synthetic}}\n");
    let _ = write!(out, "default_locale: en\nlocales: [{}]\n\nnamespaces:\n", tags.join(", "));
    for (n, start) in (0..codes).step_by(namespace_size).enumerate() {
        let name = format!("service_{n:03}");
        let count = namespace_size.min(codes - start);
        let _ = write!(out, "  - name: {name}\n    description: Synthetic service {name}\n    entries:\n");
        let mut used = BTreeSet::new();
        let mut code: i64 = 100_000;
        for i in 0..count {
            // Gaps of 1 to 4: codes stay well inside i32 for any size a benchmark uses.
            #[allow(clippy::cast_possible_wrap)]
            let gap = (rng.next_u64() % 4) as i64 + 1;
            code += gap;
            let (s, o, t) = (rng.pick(SUBJECTS), rng.pick(OBJECTS), rng.pick(STATES));
            let mut symbol = format!("{}_{}_{}", s.0, o.0, t.0);
            if !used.insert(symbol.clone()) {
                symbol = format!("{symbol}_{i}");
                used.insert(symbol.clone());
            }
            let en = format!("{} {} {}", s.0, o.0, t.0).to_lowercase().replace('_', " ");
            let zh = format!("{}{}{}", s.1, o.1, t.1);
            let _ = write!(out, "      - code: {code}\n        symbol: {symbol}\n");
            if i % 97 == 0 {
                let _ = writeln!(out, "        aliases: [{symbol}_ALIAS]");
            }
            // One code in seven has parameters, as real catalogs' messages carry arguments.
            let (en_args, zh_args) = if i % 7 == 3 {
                out.push_str("        params: {name: string, count: int}\n");
                (": {name} after {count} tries", "：{name}，{count} 次")
            } else {
                ("", "")
            };
            let _ = write!(out, "        message: {{en: \"{en} ({i}){en_args}\"");
            if tags.len() > 1 {
                let _ = write!(out, ", zh: \"{zh}（{i}）{zh_args}\"");
            }
            for tag in tags.iter().skip(2) {
                let _ = write!(out, ", {tag}: \"{en} ({i}) [{tag}]{en_args}\"");
            }
            out.push_str("}\n");
            if i % 89 == 1 {
                let _ = writeln!(out, "        deprecated: {{reason: Superseded.}}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn valid_and_deterministic() {
        let text = super::catalog(500, 7);
        assert_eq!(text, super::catalog(500, 7));
        assert_ne!(text, super::catalog(500, 8));
        let catalog = crate::catalog::load_str(&text, "synthetic.yaml").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(catalog.namespaces.iter().map(|n| n.entries.len()).sum::<usize>(), 500);
    }
}
