//! A service's response types, decoding each API's JSON envelope into generated codes.

use api_errors::{LarkeaCode, RayvisionCode};
use serde::Deserialize;

/// The render farm's envelope: `{"version", "result", "message", "code", "data", "serverTime"}`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FarmResponse {
    pub version: String,
    pub result: bool,
    pub message: String,
    pub code: RayvisionCode,
    pub data: Option<serde_json::Value>,
    pub server_time: i64,
}

/// The `IoT` platform's envelope: `{"success", "code", "message", "data"}`.
#[derive(Debug, Deserialize)]
pub struct IotResponse {
    pub success: bool,
    pub code: LarkeaCode,
    pub message: String,
    pub data: Option<serde_json::Value>,
}
