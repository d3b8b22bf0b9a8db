//! What every command starts from: the settings, read once, and the exercise catalog.
//! The command line fills in `Settings`; commands never look at flags or the
//! environment themselves.
use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::embedded::Source;
use crate::error::Result;
use crate::python::{self, Interpreter};
use crate::sandbox::{self, LayerState, Level};
use crate::workspace::Workspace;

/// Exit codes: 0 all passed, 1 something failed, 2 usage or setup error.
pub const EXIT_OK: i32 = 0;
pub const EXIT_FAILED: i32 = 1;
pub const EXIT_SETUP: i32 = 2;

/// The options every command shares, resolved once from flags and environment.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub python: Option<PathBuf>,
    pub workspace: Option<PathBuf>,
    /// The highest sandbox level asked for (flag, else PYGRADE_SANDBOX); None: the best.
    pub sandbox: Option<Level>,
}

pub struct App {
    pub settings: Settings,
    pub catalog: Catalog,
}

impl App {
    pub fn new(settings: Settings, source: Source) -> App {
        App {
            settings,
            catalog: Catalog::load(source),
        }
    }

    /// The same settings and catalog, for the workspace at `root`.
    pub fn for_workspace(&self, root: PathBuf) -> App {
        App {
            settings: Settings {
                workspace: Some(root),
                ..self.settings.clone()
            },
            catalog: self.catalog.clone(),
        }
    }

    pub fn workspace(&self) -> Result<Workspace> {
        Workspace::locate(self.settings.workspace.as_deref())
    }

    /// The interpreter for runs in `ws` (its .venv when there is one).
    pub fn python(&self, ws: Option<&Workspace>) -> Result<Interpreter> {
        let venv = ws.map(|w| w.venv());
        let cache = match ws {
            Some(w) => Some(w.state_dir()),
            None => user_cache_dir(),
        };
        python::find(&python::Search {
            flag: self.settings.python.as_deref(),
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
            flag: self.settings.python.as_deref(),
            venv,
            cache_dir: user_cache_dir().as_deref(),
        })
    }

    /// The sandbox level runs get, and each layer's state.
    pub fn sandbox(&self) -> (Level, Vec<LayerState>) {
        sandbox::layers::probe(self.settings.sandbox.unwrap_or(Level::Full))
    }
}

pub fn user_cache_dir() -> Option<PathBuf> {
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
