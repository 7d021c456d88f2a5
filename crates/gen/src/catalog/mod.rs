//! The catalog: what `catalog.yaml` holds (`raw`), how it is read ([`load`]) and checked
//! (`validate`), and the validated, language-neutral model every target renders (`model`).

mod attributes;
mod diagnostic;
mod load;
mod locate;
mod metadata;
mod model;
mod raw;
mod syntax;
pub mod template;
mod validate;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use load::{MAX_BYTES, Parsed, load, load_str, parse, parse_then_exit_on_error, read};
pub use metadata::LICENSES;
pub use model::{
    Attribute, AttributeType, Catalog, Code, CodeType, Deprecation, Entry, Metadata, Namespace, Param, ParamType, Pos,
    Publish, Retired, Value,
};
