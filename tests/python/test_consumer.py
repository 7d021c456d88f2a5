"""A Python service consuming the generated package, installed with `pip install generated/python`."""

import json
import os
from typing import Any

import api_errors
import pytest
from api_errors import LarkeaCode, LarkeaError, RayvisionCode, larkea, rayvision, resolve_locale
from pydantic import BaseModel


def test_known_codes_give_symbol_and_messages() -> None:
    code = RayvisionCode.ACCOUNT_LOGIN_IPLIMITFAIL
    assert code == 812
    assert code.symbol == "ACCOUNT_LOGIN_IPLIMITFAIL"
    assert code.message("en") == "IP address is prohibited"
    assert code.message("zh") == "IP被限制"
    assert LarkeaCode.METHOD_NOT_SUPPORTED.message("zh") == "不支持的 HTTP 方法"
    assert larkea.symbol_of(120902) == "USERNAME_OR_PASSWORD_ERROR"
    assert larkea.symbol_of(120913) == "PASSWORD_NOT_MATCH"
    assert RayvisionCode.from_symbol("VALIDATE_COMMOM_CODE_ERROR") is RayvisionCode.VALIDATE_COMMOM_CODE_ERROR


def test_aliases_name_the_same_code() -> None:
    # mypy types an enum alias as a member of its own, so look it up by name to compare.
    assert RayvisionCode["INSUFFICIENT_PERMISSIONS"] is RayvisionCode.VINSUFFICIENT_PERMISSIONS
    assert int(RayvisionCode.INSUFFICIENT_PERMISSIONS) == 605
    assert RayvisionCode.from_symbol("VALIDATE_COMMON_CODE_ERROR") is RayvisionCode.VALIDATE_COMMOM_CODE_ERROR
    assert RayvisionCode.VALIDATE_COMMON_CODE_ERROR.symbol == "VALIDATE_COMMOM_CODE_ERROR"
    assert RayvisionCode.VALIDATE_COMMOM_CODE_ERROR.deprecation is None


def test_locales_fall_back_to_default() -> None:
    assert api_errors.DEFAULT_LOCALE == "en"
    assert api_errors.LOCALES == ("en", "zh")
    assert resolve_locale("zh-Hans-CN") == "zh"
    assert resolve_locale("ZH") == "zh"
    assert resolve_locale("fr-FR") == "en"
    assert LarkeaCode.TOPIC_NAME_ILLEGAL.message("fr") == "illegal topic name"
    assert LarkeaCode.TOPIC_NAME_ILLEGAL.message() == "illegal topic name"


def test_unknown_negative_and_largest_codes() -> None:
    assert RayvisionCode.from_code(424242) is None
    assert not rayvision.is_known(424242)
    assert larkea.symbol_of(424242) is None
    assert larkea.message_of(424242, "zh") is None
    failed = LarkeaCode.from_code(-1)
    assert failed is LarkeaCode.FAILED
    assert failed.message("zh") == "错误"
    assert RayvisionCode.from_code(1000000) is RayvisionCode.RAYVISION_ERROR
    assert RayvisionCode.from_symbol("name") is None


def test_iteration_in_catalog_order() -> None:
    path = os.environ.get("CATALOG_EXPECTED")
    if path is None:
        pytest.skip("CATALOG_EXPECTED not set: run through `cargo test` to compare with the whole catalog")
    with open(path, encoding="utf-8") as f:
        catalog: dict[str, Any] = json.load(f)
    modules = {"rayvision": (RayvisionCode, rayvision), "larkea": (LarkeaCode, larkea)}
    for ns in catalog["namespaces"]:
        enum_type, module = modules[ns["name"]]
        assert [int(c) for c in enum_type] == [e["code"] for e in ns["entries"]]
        assert frozenset(ns["retired"]) == module.RETIRED_CODES
        for entry in ns["entries"]:
            assert module.symbol_of(entry["code"]) == entry["symbol"]
            for locale in catalog["locales"]:
                assert module.message_of(entry["code"], locale) == entry["messages"][locale]


def test_api_envelopes_map_to_codes() -> None:
    farm = json.loads(
        '{"version": "1.0.0", "result": false, "message": "IP address is prohibited",'
        ' "code": 812, "data": null, "serverTime": 1700000000000}'
    )
    assert RayvisionCode.from_code(farm["code"]) is RayvisionCode.ACCOUNT_LOGIN_IPLIMITFAIL
    iot = json.loads('{"success": false, "code": 131604, "message": "device shadow version not match", "data": null}')
    assert LarkeaCode.from_code(iot["code"]) is LarkeaCode.DEVICE_SHADOW_VERSION_MISMATCH
    future = json.loads('{"success": false, "code": 131999, "message": "new", "data": null}')
    assert LarkeaCode.from_code(future["code"]) is None
    assert future["code"] == 131999


def test_services_raise_their_namespace_error() -> None:
    def find() -> None:
        raise LarkeaError(LarkeaCode.DEVICE_NOT_FOUND)

    with pytest.raises(LarkeaError) as caught:
        find()
    error = caught.value
    assert error.code == LarkeaCode.DEVICE_NOT_FOUND
    assert error.known is LarkeaCode.DEVICE_NOT_FOUND
    code = LarkeaCode.DEVICE_NOT_FOUND
    assert str(error) == f"{code.symbol} ({code.value}): {code.message()}"
    assert error.message("zh") == LarkeaCode.DEVICE_NOT_FOUND.message("zh")

    cause = OSError("socket closed")
    with pytest.raises(LarkeaError) as chained:
        try:
            raise cause
        except OSError as e:
            raise LarkeaError(424242) from e
    assert chained.value.known is None
    assert chained.value.message("zh") == "unknown code (424242)"
    assert chained.value.__cause__ is cause


class Envelope(BaseModel):
    """An API's JSON envelope as a pydantic model, its code typed with the generated enum."""

    success: bool
    code: LarkeaCode


def test_pydantic_fields_keep_unknown_codes() -> None:
    known = Envelope.model_validate_json('{"success": false, "code": 131601}')
    assert known.code is LarkeaCode.DEVICE_NOT_FOUND
    unknown = Envelope.model_validate_json('{"success": false, "code": 424242}')
    assert unknown.code == 424242
    assert LarkeaCode.from_code(unknown.code) is None
    assert unknown.model_dump_json() == '{"success":false,"code":424242}'
    assert known.model_dump() == {"success": False, "code": 131601}
