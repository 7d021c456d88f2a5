// A Go service consuming the generated package.
package consumer

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"testing"

	apierrors "apierrors.dev/api-errors"
)

func TestKnownCodesGiveSymbolAndMessages(t *testing.T) {
	code := apierrors.RayvisionAccountLoginIplimitfail
	if code.Code() != 812 {
		t.Fatalf("code %d", code.Code())
	}
	if s, ok := code.Symbol(); !ok || s != "ACCOUNT_LOGIN_IPLIMITFAIL" {
		t.Fatalf("symbol %q", s)
	}
	if m, _ := code.Message(apierrors.LocaleEn); m != "IP address is prohibited" {
		t.Fatalf("en %q", m)
	}
	if m, _ := code.Message(apierrors.LocaleZh); m != "IP被限制" {
		t.Fatalf("zh %q", m)
	}
	if got := code.String(); got != "ACCOUNT_LOGIN_IPLIMITFAIL" {
		t.Fatalf("String %q", got)
	}
	if got := code.Error(); got != "ACCOUNT_LOGIN_IPLIMITFAIL (812): IP address is prohibited" {
		t.Fatalf("Error %q", got)
	}
	if s, _ := apierrors.LarkeaCode(120902).Symbol(); s != "USERNAME_OR_PASSWORD_ERROR" {
		t.Fatalf("120902 %q", s)
	}
}

func TestAliasesNameTheSameCode(t *testing.T) {
	if apierrors.RayvisionInsufficientPermissions != apierrors.RayvisionVinsufficientPermissions {
		t.Fatal("alias differs")
	}
	c, ok := apierrors.RayvisionCodeFromSymbol("VALIDATE_COMMON_CODE_ERROR")
	if !ok || c != apierrors.RayvisionValidateCommomCodeError {
		t.Fatalf("alias lookup %v %v", c, ok)
	}
	if s, _ := c.Symbol(); s != "VALIDATE_COMMOM_CODE_ERROR" {
		t.Fatalf("symbol of alias %q", s)
	}
	if _, ok := c.Deprecation(); ok {
		t.Fatal("606 is not deprecated")
	}
}

func TestLocalesFallBackToDefault(t *testing.T) {
	if apierrors.DefaultLocale != apierrors.LocaleEn {
		t.Fatal("default")
	}
	for tag, want := range map[string]apierrors.Locale{"zh-Hans-CN": apierrors.LocaleZh, "ZH": apierrors.LocaleZh, "fr-FR": apierrors.LocaleEn} {
		if got := apierrors.ResolveLocale(tag); got != want {
			t.Fatalf("%s: %v", tag, got)
		}
	}
	if _, ok := apierrors.ParseLocale("fr"); ok {
		t.Fatal("fr parsed")
	}
	if m, _ := apierrors.LarkeaTopicNameIllegal.MessageFor("zh-TW"); m != "主题名称不合法" {
		t.Fatalf("zh-TW %q", m)
	}
}

func TestUnknownNegativeAndLargestCodes(t *testing.T) {
	unknown := apierrors.RayvisionCode(424242)
	if unknown.IsKnown() {
		t.Fatal("424242 known")
	}
	if _, ok := unknown.Symbol(); ok {
		t.Fatal("symbol of unknown")
	}
	if unknown.String() != "RayvisionCode(424242)" || unknown.Error() != "unknown code (424242)" {
		t.Fatalf("%s / %s", unknown.String(), unknown.Error())
	}
	if m, _ := apierrors.LarkeaFailed.Message(apierrors.LocaleZh); apierrors.LarkeaCode(-1) != apierrors.LarkeaFailed || m != "错误" {
		t.Fatal("-1")
	}
	if apierrors.RayvisionCode(1000000) != apierrors.RayvisionRayvisionError {
		t.Fatal("1000000")
	}
}

func TestCodesAreErrors(t *testing.T) {
	err := fmt.Errorf("fetching device: %w", apierrors.LarkeaDeviceNotFound)
	if !errors.Is(err, apierrors.LarkeaDeviceNotFound) {
		t.Fatal("errors.Is")
	}
	var code apierrors.LarkeaCode
	if !errors.As(err, &code) || code != apierrors.LarkeaDeviceNotFound {
		t.Fatal("errors.As")
	}
	if err.Error() != "fetching device: DEVICE_NOT_FOUND (131601): device not found" {
		t.Fatal(err.Error())
	}
}

type expectedEntry struct {
	Code     int32             `json:"code"`
	Symbol   string            `json:"symbol"`
	Messages map[string]string `json:"messages"`
}

type expectedCatalog struct {
	Locales    []string `json:"locales"`
	Namespaces []struct {
		Name    string          `json:"name"`
		Entries []expectedEntry `json:"entries"`
		Retired []int32         `json:"retired"`
	} `json:"namespaces"`
}

// namespace is what the test needs of a namespace's generated API, whatever its type.
type namespace struct {
	codes   []int32
	retired []int32
	symbol  func(int32) (string, bool)
	message func(int32, apierrors.Locale) (string, bool)
}

func asInt32[C ~int32](codes []C) []int32 {
	out := make([]int32, len(codes))
	for i, c := range codes {
		out[i] = int32(c)
	}
	return out
}

var namespaces = map[string]namespace{
	"rayvision": {
		asInt32(apierrors.RayvisionCodes()), asInt32(apierrors.RayvisionRetiredCodes()),
		func(c int32) (string, bool) { return apierrors.RayvisionCode(c).Symbol() },
		func(c int32, l apierrors.Locale) (string, bool) { return apierrors.RayvisionCode(c).Message(l) },
	},
	"larkea": {
		asInt32(apierrors.LarkeaCodes()), asInt32(apierrors.LarkeaRetiredCodes()),
		func(c int32) (string, bool) { return apierrors.LarkeaCode(c).Symbol() },
		func(c int32, l apierrors.Locale) (string, bool) { return apierrors.LarkeaCode(c).Message(l) },
	},
}

func TestIterationMatchesTheCatalogInOrder(t *testing.T) {
	path := os.Getenv("CATALOG_EXPECTED")
	if path == "" {
		t.Skip("CATALOG_EXPECTED not set: run through `cargo test` to compare with the whole catalog")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var catalog expectedCatalog
	if err := json.Unmarshal(data, &catalog); err != nil {
		t.Fatal(err)
	}
	for _, ns := range catalog.Namespaces {
		got, ok := namespaces[ns.Name]
		if !ok {
			t.Fatalf("namespace %s has no generated type in this test", ns.Name)
		}
		want := make([]int32, len(ns.Entries))
		for i, e := range ns.Entries {
			want[i] = e.Code
			if s, _ := got.symbol(e.Code); s != e.Symbol {
				t.Errorf("%s %d: symbol %q, want %q", ns.Name, e.Code, s, e.Symbol)
			}
			for _, tag := range catalog.Locales {
				l, _ := apierrors.ParseLocale(tag)
				if m, _ := got.message(e.Code, l); m != e.Messages[tag] {
					t.Errorf("%s %d %s: %q, want %q", ns.Name, e.Code, tag, m, e.Messages[tag])
				}
			}
		}
		if !slices.Equal(got.codes, want) {
			t.Errorf("%s: codes out of catalog order", ns.Name)
		}
		if !slices.Equal(got.retired, ns.Retired) && (len(got.retired) > 0 || len(ns.Retired) > 0) {
			t.Errorf("%s: retired %v, want %v", ns.Name, got.retired, ns.Retired)
		}
	}
}

type iotResponse struct {
	Success bool                 `json:"success"`
	Code    apierrors.LarkeaCode `json:"code"`
	Message string               `json:"message"`
}

func TestAPIEnvelopesDecodeIntoCodes(t *testing.T) {
	var iot iotResponse
	if err := json.Unmarshal([]byte(`{"success":false,"code":131604,"message":"device shadow version not match","data":null}`), &iot); err != nil {
		t.Fatal(err)
	}
	if m, _ := iot.Code.Message(apierrors.LocaleEn); iot.Code != apierrors.LarkeaDeviceShadowVersionMismatch || m != iot.Message {
		t.Fatalf("%v %q", iot.Code, m)
	}
	var future iotResponse
	if err := json.Unmarshal([]byte(`{"success":false,"code":131999,"message":"new"}`), &future); err != nil {
		t.Fatal(err)
	}
	if future.Code.IsKnown() || future.Code.Code() != 131999 {
		t.Fatal("unknown code lost")
	}
	out, err := json.Marshal(future)
	if err != nil || string(out) != `{"success":false,"code":131999,"message":"new"}` {
		t.Fatalf("%s %v", out, err)
	}
}

func TestServicesReturnTheirNamespaceError(t *testing.T) {
	find := func() error {
		return fmt.Errorf("finding device: %w", &apierrors.LarkeaError{Code: apierrors.LarkeaDeviceNotFound})
	}
	err := find()
	var e *apierrors.LarkeaError
	if !errors.As(err, &e) || e.Code != apierrors.LarkeaDeviceNotFound {
		t.Fatalf("errors.As: %v", err)
	}
	if !errors.Is(err, apierrors.LarkeaDeviceNotFound) || !errors.Is(err, &apierrors.LarkeaError{Code: apierrors.LarkeaDeviceNotFound}) {
		t.Fatal("errors.Is by code")
	}
	if errors.Is(err, apierrors.LarkeaCode(424242)) {
		t.Fatal("errors.Is matched another code")
	}
	for _, l := range []apierrors.Locale{apierrors.LocaleEn, apierrors.LocaleZh} {
		if m, _ := apierrors.LarkeaDeviceNotFound.Message(l); e.Message(l) != m {
			t.Fatalf("message in %v: %q", l, e.Message(l))
		}
	}
	cause := errors.New("socket closed")
	unknown := &apierrors.LarkeaError{Code: 424242, Cause: cause}
	if unknown.Message(apierrors.LocaleZh) != "unknown code (424242)" || !errors.Is(unknown, cause) {
		t.Fatalf("unknown code with a cause: %v", unknown)
	}
}
