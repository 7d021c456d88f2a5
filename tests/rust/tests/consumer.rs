//! A Rust service consuming the generated crate as a path dependency.

use api_errors::{LarkeaCode, LarkeaError, Locale, RayvisionCode};
use consumer_rust::{FarmResponse, IotResponse};

#[test]
fn known_codes_give_symbol_and_messages() {
    let code = RayvisionCode::ACCOUNT_LOGIN_IPLIMITFAIL;
    assert_eq!(code.code(), 812);
    assert_eq!(code.symbol(), Some("ACCOUNT_LOGIN_IPLIMITFAIL"));
    assert_eq!(code.message(Locale::En), Some("IP address is prohibited"));
    assert_eq!(code.message(Locale::Zh), Some("IP被限制"));
    assert_eq!(LarkeaCode::METHOD_NOT_SUPPORTED.message(Locale::Zh), Some("不支持的 HTTP 方法"));
    assert_eq!(LarkeaCode::from(120_902).symbol(), Some("USERNAME_OR_PASSWORD_ERROR"));
    assert_eq!(LarkeaCode::from(120_913).symbol(), Some("PASSWORD_NOT_MATCH"));
    assert_eq!(
        RayvisionCode::from_symbol("VALIDATE_COMMOM_CODE_ERROR"),
        Some(RayvisionCode::VALIDATE_COMMOM_CODE_ERROR)
    );
    assert_eq!(format!("{code}"), "ACCOUNT_LOGIN_IPLIMITFAIL (812): IP address is prohibited");
    assert_eq!(format!("{code:?}"), "RayvisionCode::ACCOUNT_LOGIN_IPLIMITFAIL");
}

#[test]
fn aliases_name_the_same_code() {
    assert_eq!(RayvisionCode::INSUFFICIENT_PERMISSIONS, RayvisionCode::VINSUFFICIENT_PERMISSIONS);
    assert_eq!(
        RayvisionCode::from_symbol("VALIDATE_COMMON_CODE_ERROR"),
        Some(RayvisionCode::VALIDATE_COMMOM_CODE_ERROR)
    );
    assert_eq!(RayvisionCode::VALIDATE_COMMON_CODE_ERROR.symbol(), Some("VALIDATE_COMMOM_CODE_ERROR"));
    assert_eq!(RayvisionCode::VALIDATE_COMMOM_CODE_ERROR.deprecation(), None);
}

#[test]
fn locales_fall_back_to_default() {
    assert_eq!(Locale::DEFAULT, Locale::En);
    assert_eq!(Locale::ALL.iter().map(|l| l.tag()).collect::<Vec<_>>(), ["en", "zh"]);
    assert_eq!(Locale::from_tag("zh-Hans-CN"), Some(Locale::Zh));
    assert_eq!(Locale::from_tag("ZH"), Some(Locale::Zh));
    assert_eq!(Locale::from_tag("fr-FR"), None);
    assert_eq!(LarkeaCode::TOPIC_NAME_ILLEGAL.message_for("fr"), Some("illegal topic name"));
    assert_eq!(LarkeaCode::TOPIC_NAME_ILLEGAL.message_for("zh-TW"), Some("主题名称不合法"));
}

#[test]
fn unknown_negative_and_largest_codes() {
    let unknown = RayvisionCode::from(424_242);
    assert!(!unknown.is_known());
    assert_eq!(unknown.code(), 424_242);
    assert_eq!(unknown.symbol(), None);
    assert_eq!(unknown.message(Locale::Zh), None);
    assert_eq!(format!("{unknown} / {unknown:?}"), "unknown code (424242) / RayvisionCode(424242)");
    assert_eq!(i32::from(unknown), 424_242);
    let failed = LarkeaCode::new(-1);
    assert_eq!(failed, LarkeaCode::FAILED);
    assert_eq!(failed.message(Locale::Zh), Some("错误"));
    assert_eq!(RayvisionCode::from(1_000_000), RayvisionCode::RAYVISION_ERROR);
    let boxed: Box<dyn std::error::Error> = Box::new(LarkeaCode::DEVICE_NOT_FOUND);
    assert_eq!(boxed.to_string(), "DEVICE_NOT_FOUND (131601): device not found");
}

/// A namespace's codes in order, its symbol lookup, its message lookup and its retired codes.
type Lookup = (Vec<i32>, fn(i32) -> Option<&'static str>, fn(i32, Locale) -> Option<&'static str>, &'static [i32]);

/// Every entry as the catalog holds it: the JSON copy the test harness writes and names in
/// `CATALOG_EXPECTED` (namespaces, entries in order, each locale's message with fallback).
#[test]
fn iteration_matches_the_catalog_in_order() {
    let Some(path) = std::env::var_os("CATALOG_EXPECTED") else {
        eprintln!("CATALOG_EXPECTED not set: run through `cargo test` to compare with the whole catalog");
        return;
    };
    let catalog: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let ints = |v: &serde_json::Value| -> Vec<i32> {
        v.as_array().unwrap().iter().map(|c| i32::try_from(c.as_i64().expect("an integer code")).unwrap()).collect()
    };
    for ns in catalog["namespaces"].as_array().unwrap() {
        let name = ns["name"].as_str().unwrap();
        let (codes, symbol, message, retired): Lookup = match name {
            "rayvision" => (
                RayvisionCode::ALL.iter().map(|c| c.code()).collect(),
                |c| RayvisionCode::from(c).symbol(),
                |c, l| RayvisionCode::from(c).message(l),
                api_errors::rayvision::RETIRED_CODES,
            ),
            "larkea" => (
                LarkeaCode::ALL.iter().map(|c| c.code()).collect(),
                |c| LarkeaCode::from(c).symbol(),
                |c, l| LarkeaCode::from(c).message(l),
                api_errors::larkea::RETIRED_CODES,
            ),
            other => panic!("namespace {other} has no generated type in this test"),
        };
        let entries = ns["entries"].as_array().unwrap();
        let declared: Vec<serde_json::Value> = entries.iter().map(|e| e["code"].clone()).collect();
        assert_eq!(codes, ints(&serde_json::Value::Array(declared)), "{name}");
        assert_eq!(retired, ints(&ns["retired"]), "{name}");
        for entry in entries {
            let code = i32::try_from(entry["code"].as_i64().unwrap()).unwrap();
            assert_eq!(symbol(code), entry["symbol"].as_str());
            for tag in catalog["locales"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()) {
                let locale = Locale::from_tag(tag).unwrap();
                assert_eq!(message(code, locale), entry["messages"][tag].as_str(), "{name} {code} {tag}");
            }
        }
    }
}

#[test]
fn api_envelopes_decode_into_codes() {
    let farm: FarmResponse = serde_json::from_str(
        r#"{"version":"1.0.0","result":false,"message":"IP address is prohibited","code":812,"data":null,"serverTime":1700000000000}"#,
    )
    .unwrap();
    assert_eq!(farm.code, RayvisionCode::ACCOUNT_LOGIN_IPLIMITFAIL);
    assert!(!farm.result && farm.version == "1.0.0" && farm.server_time > 0 && farm.data.is_none());
    assert_eq!(farm.code.message(Locale::En), Some(farm.message.as_str()));
    assert_eq!(farm.code.message_for("zh-CN"), Some("IP被限制"));

    let iot: IotResponse = serde_json::from_str(
        r#"{"success":false,"code":131604,"message":"device shadow version not match","data":null}"#,
    )
    .unwrap();
    assert_eq!(iot.code, LarkeaCode::DEVICE_SHADOW_VERSION_MISMATCH);
    assert_eq!(iot.code.message(Locale::En), Some(iot.message.as_str()));
    assert!(!iot.success && iot.data.is_none());

    let future: IotResponse =
        serde_json::from_str(r#"{"success":false,"code":131999,"message":"new","data":null}"#).unwrap();
    assert!(!future.code.is_known());
    assert_eq!(future.code.code(), 131_999);

    // Serde round trip: codes serialize as their bare integers, known or not.
    assert_eq!(serde_json::to_string(&LarkeaCode::FAILED).unwrap(), "-1");
    assert_eq!(serde_json::to_string(&future.code).unwrap(), "131999");
    assert_eq!(serde_json::from_str::<RayvisionCode>("1000000").unwrap(), RayvisionCode::RAYVISION_ERROR);
}

/// A service returns its namespace's error with `?`, a caller finds it in a `Box<dyn Error>`,
/// renders it in two locales, and an unknown code with a cause survives.
#[test]
fn services_return_errors_with_codes() {
    fn find() -> Result<(), LarkeaError> {
        Err(LarkeaError::new(LarkeaCode::DEVICE_NOT_FOUND))
    }
    fn handler() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        find()?;
        Ok(())
    }
    let boxed = handler().unwrap_err();
    let err = boxed.downcast_ref::<LarkeaError>().expect("a LarkeaError");
    assert_eq!(err.code(), LarkeaCode::DEVICE_NOT_FOUND);
    for locale in [Locale::En, Locale::Zh] {
        assert_eq!(err.message(locale), LarkeaCode::DEVICE_NOT_FOUND.message(locale).unwrap());
    }
    assert_eq!(err.to_string(), LarkeaCode::DEVICE_NOT_FOUND.to_string());

    let wrapped = LarkeaError::new(424_242).with_cause(std::io::Error::other("socket closed"));
    assert!(!wrapped.code().is_known());
    assert_eq!(wrapped.message(Locale::Zh), "unknown code (424242)");
    assert_eq!(std::error::Error::source(&wrapped).unwrap().to_string(), "socket closed");

    // Problem details through JSON, the unknown code kept.
    let problem = wrapped.problem(Locale::Zh);
    let back: api_errors::Problem<i32> = serde_json::from_str(&serde_json::to_string(&problem).unwrap()).unwrap();
    assert_eq!((back.r#type.as_str(), back.code, back.status), ("about:blank", 424_242, None));
    assert_eq!(LarkeaError::from_problem(&back).code(), LarkeaCode::from(424_242));
    let known = LarkeaError::new(LarkeaCode::DEVICE_NOT_FOUND).problem(Locale::Zh);
    assert_eq!(known.detail, LarkeaCode::DEVICE_NOT_FOUND.message(Locale::Zh).unwrap());
    assert_eq!(known.title, LarkeaCode::DEVICE_NOT_FOUND.message(Locale::DEFAULT).unwrap());
}

/// Codes and locales parse from text: a code from its digits (known or not) or a symbol, a locale
/// from a BCP 47 tag; an integer beyond `i32` does not convert.
#[test]
fn codes_and_locales_parse_from_text() {
    assert_eq!("131601".parse::<LarkeaCode>(), Ok(LarkeaCode::DEVICE_NOT_FOUND));
    assert_eq!("DEVICE_NOT_FOUND".parse::<LarkeaCode>(), Ok(LarkeaCode::DEVICE_NOT_FOUND));
    assert_eq!("424242".parse::<LarkeaCode>(), Ok(LarkeaCode::from(424_242)));
    let err = "NO_SUCH_SYMBOL".parse::<LarkeaCode>().unwrap_err();
    assert_eq!(err.to_string(), "`NO_SUCH_SYMBOL` is not a code of the catalog");
    assert_eq!(LarkeaCode::try_from(131_601_i64), Ok(LarkeaCode::DEVICE_NOT_FOUND));
    assert!(LarkeaCode::try_from(i64::from(i32::MAX) + 1).is_err());
    assert_eq!("zh-CN".parse::<Locale>(), Ok(Locale::Zh));
    assert!("fr".parse::<Locale>().is_err());
}
