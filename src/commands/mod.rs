//! One module per command; each is a thin composition of the pipeline stages.
pub mod check;
pub mod dev_bless;
pub mod dev_check;
pub mod doctor;
pub mod hint;
pub mod init;
pub mod list;
pub mod next;
pub mod reset;
pub mod roadmap;
pub mod session;
pub mod setup;
pub mod solution;
pub mod update;
pub mod watch;

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::cli::Global;
use crate::embedded::Source;
use crate::error::Result;
use crate::python::{self, Interpreter};
use crate::sandbox::{self, LayerState, Level};
use crate::workspace::Workspace;

pub use session::Session;

/// What every command starts from: the options and the exercise catalog.
pub struct App {
    pub global: Global,
    pub catalog: Catalog,
}

impl App {
    pub fn new(global: Global, source: Source) -> App {
        App {
            global,
            catalog: Catalog::load(source),
        }
    }

    pub fn workspace(&self) -> Result<Workspace> {
        Workspace::locate(self.global.workspace.as_deref())
    }

    /// The interpreter for runs in `ws` (its .venv when there is one).
    pub fn python(&self, ws: Option<&Workspace>) -> Result<Interpreter> {
        let venv = ws.map(|w| w.venv());
        let cache = match ws {
            Some(w) => Some(w.state_dir()),
            None => user_cache_dir(),
        };
        python::find(&python::Search {
            flag: self.global.python.as_deref(),
            venv: venv.as_deref(),
            cache_dir: cache.as_deref(),
        })
    }

    /// The interpreter for author commands: `./.venv` when the repository has one
    /// (`pygrade setup --venv .venv` creates it), so exercises with requirements run.
    pub fn dev_python(&self) -> Result<Interpreter> {
        let venv = Path::new(".venv");
        let venv = venv.join("bin/python").exists().then_some(venv);
        python::find(&python::Search {
            flag: self.global.python.as_deref(),
            venv,
            cache_dir: user_cache_dir().as_deref(),
        })
    }

    /// The sandbox level runs get, and each layer's state.
    pub fn sandbox(&self) -> (Level, Vec<LayerState>) {
        let cap = self
            .global
            .sandbox
            .or_else(|| {
                std::env::var("PYGRADE_SANDBOX")
                    .ok()
                    .and_then(|s| Level::parse(&s))
            })
            .unwrap_or(Level::Full);
        sandbox::layers::probe(cap)
    }
}

fn user_cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("pygrade"))
}

/// The exercise tree authors work on: `--exercises DIR`, else `PYGRADE_EXERCISES`, else
/// `./exercises` when it exists, else the built-in tree.
pub fn dev_source(dir: Option<&Path>) -> Result<Source> {
    if let Some(d) = dir {
        return Source::from_dir(d);
    }
    if std::env::var_os("PYGRADE_EXERCISES").is_some_and(|v| !v.is_empty()) {
        return Source::current();
    }
    let local = Path::new("exercises");
    if local.join(crate::catalog::ROADMAP_FILE).is_file() {
        return Source::from_dir(local);
    }
    Ok(Source::embedded())
}
