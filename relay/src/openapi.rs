//! The relay's OpenAPI 3.1 document, written by hand and checked in (`openapi.json` beside
//! this file), served at `GET /openapi.json`. A test keeps it and [`crate::server::ROUTES`]
//! in step; the integration tests call every documented operation on a running relay.

/// The document's text.
pub const DOCUMENT: &str = include_str!("openapi.json");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::ROUTES;
    use std::collections::BTreeSet;

    fn documented() -> BTreeSet<(String, String)> {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).expect("the document is JSON");
        let mut ops = BTreeSet::new();
        for (path, item) in doc["paths"].as_object().expect("paths").iter() {
            for (method, op) in item.as_object().expect("path item") {
                assert!(
                    op["responses"].as_object().is_some_and(|r| !r.is_empty()),
                    "{method} {path} lists its responses"
                );
                ops.insert((method.to_uppercase(), path.clone()));
            }
        }
        ops
    }

    #[test]
    fn the_openapi_document_describes_every_route_and_no_other() {
        let routes: BTreeSet<(String, String)> = ROUTES.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
        assert_eq!(documented(), routes);
    }

    #[test]
    fn every_reference_in_the_openapi_document_resolves() {
        let doc: serde_json::Value = serde_json::from_str(DOCUMENT).unwrap();
        for r in DOCUMENT.split("\"$ref\": \"").skip(1) {
            let target = &r[..r.find('"').unwrap()];
            let pointer = target.trim_start_matches('#');
            assert!(doc.pointer(pointer).is_some(), "{target} resolves");
        }
    }
}
