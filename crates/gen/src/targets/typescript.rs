use super::{Name, Target};
use crate::catalog::Catalog;
use crate::output::File;

pub struct TypeScript;

impl Target for TypeScript {
    fn name(&self) -> &'static str {
        "typescript"
    }

    fn reject(&self, _name: Name<'_>) -> Option<String> {
        None
    }

    fn render(&self, _catalog: &Catalog) -> askama::Result<Vec<File>> {
        Ok(Vec::new())
    }
}
