//! Third-party packages exercises declare (`requires = ["pytest"]`), pinned in
//! `exercises/requirements.toml`, and whether the interpreter in use can import them.
use std::collections::{BTreeMap, HashMap};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use serde::Deserialize;

use crate::catalog::{Catalog, REQUIREMENTS_FILE};
use crate::error::{Error, Result};
use crate::python::Interpreter;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// The pip requirement, pinned: `pytest==8.3.5`.
    pub pip: String,
    /// The module to import to know it is there.
    pub import: String,
}

pub fn load(catalog: &Catalog) -> Result<BTreeMap<String, Requirement>> {
    let Some(text) = catalog.source.text(REQUIREMENTS_FILE) else {
        return Ok(BTreeMap::new());
    };
    toml::from_str(&text)
        .map_err(|e| Error::new(format!("{REQUIREMENTS_FILE}: {}", e.to_string().trim())))
}

/// Import availability, asked of the interpreter once per module per process.
#[derive(Default)]
pub struct Packages {
    known: Mutex<HashMap<String, bool>>,
}

impl Packages {
    /// Names (as in requirements.toml) from `wanted` that cannot be imported.
    pub fn missing(
        &self,
        catalog: &Catalog,
        python: &Interpreter,
        wanted: &[String],
    ) -> Result<Vec<String>> {
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let reqs = load(catalog)?;
        let mut modules = Vec::new();
        for name in wanted {
            let req = reqs.get(name).ok_or_else(|| {
                Error::new(format!(
                    "exercise requires `{name}`, which {REQUIREMENTS_FILE} does not list"
                ))
            })?;
            // Probed as `module:dist==version`: importable, and at the pinned version.
            modules.push((name.clone(), format!("{}:{}", req.import, req.pip)));
        }
        let unknown: Vec<String> = {
            let known = self.known.lock().unwrap_or_else(|p| p.into_inner());
            modules
                .iter()
                .filter(|(_, m)| !known.contains_key(m))
                .map(|(_, m)| m.clone())
                .collect()
        };
        if !unknown.is_empty() {
            let found = probe(python, &unknown)?;
            let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
            for m in unknown {
                let ok = found.contains(&m);
                known.insert(m, ok);
            }
        }
        let known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        Ok(modules
            .into_iter()
            .filter(|(_, m)| known.get(m) != Some(&true))
            .map(|(n, _)| n)
            .collect())
    }
}

// Each argument is `module:dist==version`; printed back when importable at that version.
const PROBE: &str = "import importlib.util, sys\nfrom importlib import metadata\nfor arg in sys.argv[1:]:\n    module, _, spec = arg.partition(':')\n    dist, _, version = spec.partition('==')\n    try:\n        ok = importlib.util.find_spec(module) is not None and (not version or metadata.version(dist) == version)\n    except Exception:\n        ok = False\n    if ok:\n        print(arg)";

fn probe(python: &Interpreter, modules: &[String]) -> Result<Vec<String>> {
    let out = Command::new(&python.executable)
        .args(["-I", "-c", PROBE])
        .args(modules)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| {
            Error::new(format!(
                "could not run {}: {e}",
                python.executable.display()
            ))
        })?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect())
}
