//! The learner's workspace: the files they edit, their progress, their venv. Found by
//! walking up from the current directory to the `.pygrade/` marker.
use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::error::{Context, Error, Result};

const STATE_DIR: &str = ".pygrade";
const MARKER: &str = "workspace.toml";
const INSTALLED: &str = "installed.txt";

#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
}

impl Workspace {
    /// `--workspace`, then `PYGRADE_WORKSPACE`, then the nearest marker above cwd.
    pub fn locate(explicit: Option<&Path>) -> Result<Workspace> {
        let start = match explicit
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("PYGRADE_WORKSPACE").map(PathBuf::from))
        {
            Some(p) => p,
            None => {
                std::env::current_dir().context(|| "reading the current directory".to_string())?
            }
        };
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            if d.join(STATE_DIR).join(MARKER).is_file() {
                return Ok(Workspace {
                    root: d.to_path_buf(),
                });
            }
            if Workspace::lost_marker(d) {
                let ws = Workspace {
                    root: d.to_path_buf(),
                };
                ws.write_marker()?;
                crate::ui::warn(&format!(
                    "{} was missing; pygrade restored it (your progress and files are untouched)",
                    ws.state_dir().join(MARKER).display()
                ));
                return Ok(ws);
            }
            dir = d.parent();
        }
        Err(Error::new(format!(
            "{} is not inside a pygrade workspace",
            start.display()
        ))
        .with_hint(
            "create one with `pygrade init ~/python-mastery`, then run pygrade from inside it",
        ))
    }

    /// `.pygrade/` holds pygrade's own records but its marker was deleted.
    fn lost_marker(dir: &Path) -> bool {
        let state = dir.join(STATE_DIR);
        !state.join(MARKER).exists()
            && (state.join(INSTALLED).is_file() || state.join("progress.json").is_file())
    }

    /// The workspace `dir` is inside (itself included), if any.
    pub fn enclosing(dir: &Path) -> Option<PathBuf> {
        let dir = std::fs::canonicalize(dir).ok().or_else(|| {
            // Not created yet: look from its nearest existing ancestor.
            dir.ancestors().find_map(|a| std::fs::canonicalize(a).ok())
        })?;
        dir.ancestors()
            .find(|d| d.join(STATE_DIR).join(MARKER).is_file() || Workspace::lost_marker(d))
            .map(Path::to_path_buf)
    }

    fn write_marker(&self) -> Result<()> {
        let marker = format!(
            "# pygrade workspace; do not delete\nformat = 1\ncreated_by = \"pygrade {}\"\n",
            env!("CARGO_PKG_VERSION")
        );
        crate::fsutil::write_atomic(&self.state_dir().join(MARKER), marker.as_bytes())
            .context(|| format!("writing {}", self.state_dir().display()))
    }

    pub fn state_dir(&self) -> PathBuf {
        self.root.join(STATE_DIR)
    }

    pub fn venv(&self) -> PathBuf {
        self.root.join(".venv")
    }

    pub fn backups(&self) -> PathBuf {
        self.state_dir().join("backups")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Workspace-relative form of an absolute path inside it.
    pub fn relative(&self, path: &Path) -> Option<String> {
        let rel = path.strip_prefix(&self.root).ok()?;
        Some(rel.to_string_lossy().replace('\\', "/"))
    }

    /// Create a workspace at `root` holding every stub. Refuses to touch an existing
    /// workspace or any file that is already there.
    pub fn create(root: &Path, catalog: &Catalog) -> Result<Workspace> {
        if let Some(outer) = Workspace::enclosing(root) {
            let same = std::fs::canonicalize(root).ok().as_deref() == Some(outer.as_path());
            let what = if same {
                format!("{} is already a pygrade workspace", root.display())
            } else {
                format!(
                    "{} is inside the pygrade workspace {}; a workspace inside another would hide its progress",
                    root.display(),
                    outer.display()
                )
            };
            return Err(Error::new(format!("{what}; nothing was changed")).with_hint(format!(
                "continue where you left off: `cd {} && pygrade next`, or pick a directory outside it",
                outer.display()
            )));
        }
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        for ex in &catalog.exercises {
            for (file, rel) in ex.meta.files.iter().zip(ex.learner_paths()) {
                let stub = catalog
                    .source
                    .get(&format!("{}/stub/{file}", ex.id))
                    .unwrap_or_default();
                files.push((rel, stub.to_vec()));
            }
        }
        files.push(("README.md".into(), LEARNER_README.as_bytes().to_vec()));
        files.push((
            ".gitignore".into(),
            b".pygrade/\n.venv/\n__pycache__/\n".to_vec(),
        ));
        let clashes: Vec<&str> = files
            .iter()
            .map(|(r, _)| r.as_str())
            .filter(|r| root.join(r).exists())
            .collect();
        if !clashes.is_empty() {
            return Err(Error::new(format!(
                "{} already has files pygrade would write ({}); nothing was changed",
                root.display(),
                clashes
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .with_hint("pick a new or empty directory: `pygrade init ~/python-mastery`"));
        }
        crate::embedded::write_tree(root, files.iter().map(|(r, b)| (r.as_str(), b.as_slice())))?;
        let ws = Workspace {
            root: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        };
        ws.write_marker()?;
        let ids: Vec<&str> = catalog.exercises.iter().map(|e| e.id.as_str()).collect();
        ws.add_installed(&ids)?;
        Ok(ws)
    }

    /// Exercises whose stubs this workspace received (at init or by `pygrade update`).
    /// None for a workspace older than this record: then every exercise counts.
    pub fn installed(&self) -> Option<Vec<String>> {
        let text = std::fs::read_to_string(self.state_dir().join(INSTALLED)).ok()?;
        Some(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect(),
        )
    }

    pub fn has_installed(&self, id: &str) -> bool {
        self.installed()
            .is_none_or(|ids| ids.iter().any(|i| i == id))
    }

    pub fn add_installed(&self, ids: &[&str]) -> Result<()> {
        let mut all = self.installed().unwrap_or_default();
        all.extend(ids.iter().map(|s| s.to_string()));
        all.sort();
        all.dedup();
        let text = format!(
            "# exercises whose stubs pygrade wrote here; `pygrade update` adds new ones\n{}\n",
            all.join("\n")
        );
        crate::fsutil::write_atomic(&self.state_dir().join(INSTALLED), text.as_bytes())
            .context(|| format!("writing {}", self.state_dir().display()))
    }
}

const LEARNER_README: &str = "# Python Mastery with pygrade

Thirty days, 65 exercises, from argparse to CPython internals. Each roadmap task is a
Python file in a `dayNN/` folder: read its docstring, write the code, and pygrade grades
it in a sandbox against hidden cases.

    pygrade            # watch mode: grades the current exercise on every save
    pygrade next       # what to do next, and how your current attempt does
    pygrade check day02/deep_equal
    pygrade hint deep_equal
    pygrade list       # everything, with your progress
    pygrade setup      # installs the third-party packages later exercises need

ROADMAP.md is ticked as you pass exercises. Your progress lives in `.pygrade/`;
`pygrade reset ID` restores a stub and keeps your version as a backup there.
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::Source;

    #[test]
    fn create_then_locate_from_a_subdirectory() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ws");
        let catalog = Catalog::load(Source::embedded());
        let ws = Workspace::create(&root, &catalog).unwrap();
        assert!(ws.path("day02/deep_equal.py").is_file());
        let found = Workspace::locate(Some(&root.join("day02"))).unwrap();
        assert_eq!(found.root, root);
    }

    #[test]
    fn create_refuses_an_existing_workspace_and_clashing_files() {
        let dir = tempfile::tempdir().unwrap();
        let catalog = Catalog::load(Source::embedded());
        Workspace::create(dir.path(), &catalog).unwrap();
        let err = Workspace::create(dir.path(), &catalog).unwrap_err();
        assert!(err.message.contains("already a pygrade workspace"));

        let other = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(other.path().join("day02")).unwrap();
        std::fs::write(other.path().join("day02/deep_equal.py"), "mine").unwrap();
        let err = Workspace::create(other.path(), &catalog).unwrap_err();
        assert!(err.message.contains("day02/deep_equal.py"));
        assert_eq!(
            std::fs::read_to_string(other.path().join("day02/deep_equal.py")).unwrap(),
            "mine"
        );
    }

    #[test]
    fn a_deleted_marker_is_restored_and_nested_workspaces_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ws");
        let catalog = Catalog::load(Source::embedded());
        Workspace::create(&root, &catalog).unwrap();
        std::fs::remove_file(root.join(STATE_DIR).join(MARKER)).unwrap();
        let found = Workspace::locate(Some(&root.join("day02"))).unwrap();
        assert_eq!(found.root, root);
        assert!(root.join(STATE_DIR).join(MARKER).is_file());
        let err = Workspace::create(&root.join("day02/inner"), &catalog).unwrap_err();
        assert!(
            err.to_string().contains("is inside the pygrade workspace"),
            "{err}"
        );
        let err = Workspace::create(&root, &catalog).unwrap_err();
        assert!(
            err.to_string().contains("already a pygrade workspace"),
            "{err}"
        );
    }
}
