//! The layers of `src/` as the crate documentation describes them, checked on the source: each
//! module imports only from its own layer or the layers below, the domain performs no I/O, the
//! ports depend on no stage, and no two modules import each other, directly or round a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::harness::repo_root;

/// Top-level modules by layer, lowest first.
const LAYERS: &[&[&str]] = &[
    &["clock", "deadline"],
    &["domain"],
    &["ports"],
    &["config"],
    &["auth"],
    &["pipeline"],
    &["adapters"],
];

/// Crates that do I/O or carry AWS and HTTP types; the domain, the ports and the pipeline use none.
const OUTSIDE_WORLD: &[&str] = &["aws_", "reqwest", "http::", "lambda_runtime", "hyper"];

fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or_default();
    LAYERS
        .iter()
        .position(|l| l.contains(&top))
        .unwrap_or_else(|| panic!("module {module} is in no layer of tests/it/architecture.rs"))
}

/// Every module of the crate (`domain::event`, `adapters`, ...) with its source, test code cut.
fn modules() -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    collect(&repo_root().join("src"), "", &mut found);
    found
}

fn collect(dir: &Path, prefix: &str, found: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let join = |name: &str| {
            if prefix.is_empty() {
                name.to_string()
            } else {
                format!("{prefix}::{name}")
            }
        };
        if path.is_dir() {
            collect(&path, &join(&name), found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let module = match name.as_str() {
                "lib" | "main" => continue,
                "mod" => prefix.to_string(),
                "tests" => continue,
                _ => join(&name),
            };
            let text = std::fs::read_to_string(&path).unwrap();
            let code = match text.find("#[cfg(test)]\nmod tests") {
                Some(cut) => text[..cut].to_string(),
                None => text,
            };
            found.insert(module, code);
        }
    }
}

/// Removes comments, so a doc comment naming a module is not an import.
fn without_comments(code: &str) -> String {
    code.lines()
        .map(|line| match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a module names: `use` trees expanded, plus `crate::...` paths in code, with
/// `super::` resolved. Each as `a::b::c` from the crate root.
fn paths(module: &str, code: &str) -> Vec<String> {
    let code = without_comments(code);
    let mut found = Vec::new();
    let mut rest = code.as_str();
    while let Some(start) = rest.find("use ") {
        let at_boundary = start == 0 || !rest.as_bytes()[start - 1].is_ascii_alphanumeric();
        let Some(end) = rest[start..].find(';') else {
            break;
        };
        if at_boundary {
            expand(rest[start + 4..start + end].trim(), &mut found);
        }
        rest = &rest[start + end..];
    }
    for (i, _) in code.match_indices("crate::") {
        let path: String = code[i..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        found.push(path);
    }
    found
        .into_iter()
        .filter_map(|path| resolve(module, &path))
        .collect()
}

/// `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str, out: &mut Vec<String>) {
    // `x as y` names x; then whitespace carries no meaning.
    let tree = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let tree: String = tree.replace(" as ", "@").split_whitespace().collect();
    let Some(open) = tree.find('{') else {
        out.push(tree.split('@').next().unwrap_or_default().to_string());
        return;
    };
    let (prefix, inner) = (&tree[..open], &tree[open + 1..tree.len() - 1]);
    let (mut depth, mut last) = (0, 0);
    let mut parts = Vec::new();
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[last..i]);
                last = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[last..]);
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        expand(&format!("{prefix}{part}"), out);
    }
}

/// The crate-rooted form of `path` named in `module`, or `None` for another crate's path.
fn resolve(module: &str, path: &str) -> Option<String> {
    if let Some(rest) = path.strip_prefix("crate::") {
        return Some(rest.to_string());
    }
    let mut base: Vec<&str> = module.split("::").collect();
    let mut rest = path;
    let mut relative = false;
    while let Some(after) = rest.strip_prefix("super::") {
        base.pop();
        rest = after;
        relative = true;
    }
    if let Some(after) = rest.strip_prefix("self::") {
        rest = after;
        relative = true;
    }
    relative.then(|| {
        let mut full = base.join("::");
        if !full.is_empty() {
            full.push_str("::");
        }
        full + rest
    })
}

/// The module a crate-rooted path lands in: its longest prefix that is a module.
fn owner<'a>(path: &str, modules: &'a BTreeMap<String, String>) -> Option<&'a str> {
    let segments: Vec<&str> = path.split("::").collect();
    (1..=segments.len())
        .rev()
        .map(|n| segments[..n].join("::"))
        .find_map(|prefix| modules.get_key_value(&prefix).map(|(k, _)| k.as_str()))
}

/// Module -> the other modules it imports from (a module's own submodules excluded).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    modules
        .iter()
        .map(|(module, code)| {
            let deps = paths(module, code)
                .iter()
                .filter_map(|p| owner(p, &modules))
                .filter(|dep| *dep != module && !dep.starts_with(&format!("{module}::")))
                .map(str::to_string)
                .collect();
            (module.clone(), deps)
        })
        .collect()
}

#[test]
fn every_module_imports_only_from_its_layer_or_below() {
    let graph = graph();
    assert!(
        graph.len() > 25,
        "the walk found the modules: {:?}",
        graph.keys()
    );
    let mut wrong = Vec::new();
    for (module, deps) in &graph {
        for dep in deps {
            if layer(dep) > layer(module) {
                wrong.push(format!("{module} -> {dep}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports from a higher layer: {wrong:#?}");
}

#[test]
fn no_module_imports_in_a_cycle() {
    let graph = graph();
    // Depth-first search; a module met again while still on the path closes a cycle.
    fn visit<'a>(
        module: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| *m == module) {
            let mut cycle: Vec<String> = path[start..].iter().map(|m| m.to_string()).collect();
            cycle.push(module.to_string());
            return Some(cycle);
        }
        if !done.insert(module) {
            return None;
        }
        path.push(module);
        for dep in graph.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(dep, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        let mut path = Vec::new();
        if let Some(cycle) = visit(module, &graph, &mut path, &mut done) {
            panic!("import cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_domain_ports_and_pipeline_touch_no_aws_or_http_crate() {
    for (module, code) in modules() {
        let top = module.split("::").next().unwrap_or_default().to_string();
        if !["domain", "ports", "pipeline"].contains(&top.as_str()) {
            continue;
        }
        let code = without_comments(&code);
        for line in code.lines().filter(|l| l.trim_start().starts_with("use ")) {
            for crate_name in OUTSIDE_WORLD {
                assert!(
                    !line.trim_start()["use ".len()..].starts_with(crate_name),
                    "{module}: {line}"
                );
            }
        }
    }
}

#[test]
fn ports_depend_on_no_stage() {
    let stages = ["domain::validate", "domain::verify", "pipeline"];
    for (module, deps) in graph() {
        if module.starts_with("ports") {
            for dep in deps {
                assert!(
                    !stages.iter().any(|s| dep.starts_with(s)),
                    "{module} depends on the stage {dep}"
                );
            }
        }
    }
}

/// The checker itself: a cycle and a layer breach it must see.
#[test]
fn the_checks_see_what_they_look_for() {
    let mut found = Vec::new();
    expand("crate::a::{b, c::{d, e as f}}", &mut found);
    assert_eq!(found, ["crate::a::b", "crate::a::c::d", "crate::a::c::e"]);
    assert_eq!(
        resolve("domain::verify::pii", "super::super::ids::LanguageTag"),
        Some("domain::ids::LanguageTag".to_string())
    );
    assert_eq!(resolve("domain", "serde::Serialize"), None);
    let code = "use super::outcome::Outcome;\nlet x = crate::clock::unix_millis(); // crate::adapters in a comment";
    assert_eq!(
        paths("domain::validate", code),
        ["domain::outcome::Outcome", "clock::unix_millis"]
    );
    assert!(layer("adapters::memory") > layer("pipeline"));
}

/// Every reference to the design (`docs/NAME.md`, `docs/NAME.md, "Heading"`,
/// `docs/NAME.md#anchor`) in the code, the tests and the README names a file and a section that
/// exist.
#[test]
fn every_cited_design_section_exists() {
    let root = repo_root();
    let mut sources = vec![root.join("README.md"), root.join("template.yaml")];
    for dir in ["src", "tests", "docs", "benches", "sim/src", "ops/src"] {
        files(&root.join(dir), &mut sources);
    }
    let mut cited = 0;
    let mut missing = Vec::new();
    for source in &sources {
        let text = std::fs::read_to_string(source).unwrap();
        for (at, _) in text.match_indices("docs/") {
            let rest = &text[at..];
            let Some(end) = rest.find(".md") else {
                continue;
            };
            let name = &rest[..end + 3];
            let stem = &name["docs/".len()..name.len() - 3];
            if stem.is_empty() || !stem.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                continue;
            }
            cited += 1;
            let Ok(doc) = std::fs::read_to_string(root.join(name)) else {
                missing.push(format!("{}: {name}", source.display()));
                continue;
            };
            let after = &rest[end + 3..];
            let heading = match after.strip_prefix(", \"") {
                Some(quoted) => quoted.split('"').next().map(str::to_string),
                None => after.strip_prefix('#').map(|anchor| {
                    let end = anchor
                        .find(|c: char| !c.is_alphanumeric() && c != '-')
                        .unwrap_or(anchor.len());
                    anchor[..end].to_string()
                }),
            };
            if let Some(heading) = heading {
                let found = doc.lines().filter(|l| l.starts_with('#')).any(|l| {
                    let title = l.trim_start_matches('#').trim();
                    title == heading || anchor_of(title) == heading
                });
                if !found {
                    missing.push(format!("{}: {name}, \"{heading}\"", source.display()));
                }
            }
        }
    }
    assert!(cited > 20, "found {cited} citations");
    assert!(missing.is_empty(), "cited but missing: {missing:#?}");
}

/// GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped.
fn anchor_of(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "md") {
            out.push(path);
        }
    }
}
