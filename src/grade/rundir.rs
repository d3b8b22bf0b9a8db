//! The private directory of one run: `work/` (cwd and HOME: the learner's files and
//! fixtures), `grader/` (the check and its support code, pristine from the catalog)
//! and `tmp/` (TMPDIR). Removed when dropped.
use std::path::PathBuf;

use crate::catalog::{Catalog, Exercise, SUPPORT_DIR};
use crate::embedded::write_tree;
use crate::error::{Context, Result};
use crate::untrusted::{read_learner_file, Refused};
use crate::workspace::Workspace;

/// Where the learner's files come from for this run.
#[derive(Debug, Clone, Copy)]
pub enum Learner<'a> {
    Workspace(&'a Workspace),
    /// A variant of the exercise (`stub`, `solution`, `wrong/NAME`, `alt/NAME`), for the
    /// self-check. A wrong variant is a folder or an edit file (see `variant`); files
    /// it does not change come from the solution.
    Variant(&'a str),
    /// Files given directly (relative name, content); the rest from the solution.
    Inline(&'a [(String, Vec<u8>)]),
}

pub struct RunDir {
    /// Held for the run: a run dir whose lock is free belongs to a dead pygrade.
    _lock: std::fs::File,
    pub root: PathBuf,
    pub work: PathBuf,
    pub grader: PathBuf,
    pub tmp: PathBuf,
}

/// Outcome of gathering the learner's files.
pub enum Prepared {
    Ready(RunDir),
    Missing(PathBuf),
    /// Not a regular file inside the workspace (a symlink out of it, a FIFO, huge).
    Refused(PathBuf, Refused),
}

/// Learner files larger than this are not source code anyone wrote by hand.
pub const LEARNER_FILE_CAP: u64 = 4 * 1024 * 1024;

pub fn prepare(catalog: &Catalog, ex: &Exercise, learner: Learner) -> Result<Prepared> {
    let dir = create()?;
    Ok(match fill(&dir, catalog, ex, learner)? {
        Filled::Ready => Prepared::Ready(dir),
        Filled::Missing(p) => Prepared::Missing(p),
        Filled::Refused(p, why) => Prepared::Refused(p, why),
    })
}

/// What filling a run dir found.
pub enum Filled {
    Ready,
    Missing(PathBuf),
    Refused(PathBuf, Refused),
}

/// A new, empty run dir: `work/`, `grader/`, `tmp/`, on its own capped filesystem
/// where pygrade may mount one.
pub fn create() -> Result<RunDir> {
    sweep_once();
    let temp = tempfile::Builder::new()
        .prefix(super::sweep::PREFIX)
        .tempdir()
        .context(|| "creating a temporary directory".to_string())?
        .keep();
    // Canonical, so rewriting paths in tracebacks matches what Python prints.
    let root = std::fs::canonicalize(&temp).unwrap_or(temp);
    // Best effort: without root the run dir is an ordinary directory (doctor says so).
    super::runfs::mount_capped(&root);
    crate::shutdown::track_dir(&root);
    let lock = super::sweep::lock(&root).context(|| format!("locking {}", root.display()))?;
    let dir = RunDir {
        work: root.join("work"),
        grader: root.join("grader"),
        tmp: root.join("tmp"),
        root,
        _lock: lock,
    };
    for d in [&dir.work, &dir.grader, &dir.tmp] {
        std::fs::create_dir_all(d).context(|| format!("creating {}", d.display()))?;
    }
    Ok(dir)
}

/// Empty `work/`, `grader/` and `tmp/` for the next run, keeping the directories
/// themselves (a warm interpreter's sandbox has them mounted). Whatever the last run
/// left there is untrusted: removed without following links.
pub fn clear(dir: &RunDir) -> Result<()> {
    for d in [&dir.work, &dir.grader, &dir.tmp] {
        let entries = std::fs::read_dir(d).context(|| format!("reading {}", d.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            let is_dir = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
            let removed = if is_dir {
                super::sweep::remove_tree(&path)
            } else {
                std::fs::remove_file(&path)
            };
            removed.context(|| format!("removing {}", path.display()))?;
        }
    }
    Ok(())
}

/// Put the exercise's fixtures, the learner's files and the grader's files in `dir`.
pub fn fill(dir: &RunDir, catalog: &Catalog, ex: &Exercise, learner: Learner) -> Result<Filled> {
    let source = &catalog.source;
    write_tree(&dir.work, source.under(&format!("{}/fixtures", ex.id)))?;
    for file in &ex.meta.files {
        let bytes = match learner {
            Learner::Workspace(ws) => {
                let path = ws.path(&format!("{}/{file}", ex.day_dir()));
                match read_learner_file(&ws.root, &path, LEARNER_FILE_CAP) {
                    Ok(b) => b,
                    Err(Refused::Missing) => return Ok(Filled::Missing(path)),
                    Err(Refused::Io(e)) => {
                        return Err(crate::error::Error::new(format!(
                            "cannot read {}: {e}",
                            path.display()
                        )))
                    }
                    Err(why) => return Ok(Filled::Refused(path, why)),
                }
            }
            Learner::Variant(variant) => {
                let found = if variant != "stub" {
                    crate::variant::file(source, &ex.id, variant, file)
                        .map_err(crate::error::Error::new)?
                } else {
                    source
                        .get(&format!("{}/{variant}/{file}", ex.id))
                        .map(<[u8]>::to_vec)
                };
                match found {
                    Some(b) => b,
                    None => {
                        return Ok(Filled::Missing(PathBuf::from(format!(
                            "{}/{variant}/{file}",
                            ex.id
                        ))))
                    }
                }
            }
            Learner::Inline(files) => match files.iter().find(|(name, _)| name == file) {
                Some((_, b)) => b.clone(),
                None => match crate::variant::solution_file(source, &ex.id, file) {
                    Some(b) => b.to_vec(),
                    None => {
                        return Ok(Filled::Missing(PathBuf::from(format!(
                            "{}/solution/{file}",
                            ex.id
                        ))))
                    }
                },
            },
        };
        write_tree(
            &dir.work,
            std::iter::once((file.as_str(), bytes.as_slice())),
        )?;
    }
    write_tree(&dir.grader, source.under(SUPPORT_DIR))?;
    write_tree(&dir.grader, source.under(&format!("{}/grader", ex.id)))?;
    for (name, from) in &ex.meta.grader_files {
        let bytes = source.get(from).unwrap_or_default();
        write_tree(&dir.grader, std::iter::once((name.as_str(), bytes)))?;
    }
    if let Some(check) = source.get(&format!("{}/check.py", ex.id)) {
        write_tree(&dir.grader, std::iter::once(("check.py", check)))?;
    }
    Ok(Filled::Ready)
}

impl Drop for RunDir {
    fn drop(&mut self) {
        // Never silently: a run dir left behind can hold grader files.
        let removed = super::sweep::remove_tree(&self.root);
        // Untracked only once gone: a stop signal meanwhile removes it too.
        crate::shutdown::untrack_dir(&self.root);
        if let Err(e) = removed {
            crate::ui::warn(&format!(
                "could not remove the run directory {}: {e}",
                self.root.display()
            ));
        }
    }
}

/// Leftovers of runs whose pygrade died are removed by the next one.
fn sweep_once() {
    static SWEPT: std::sync::Once = std::sync::Once::new();
    SWEPT.call_once(|| {
        crate::sandbox::sweep_cgroups();
        for (path, e) in super::sweep::sweep(&std::env::temp_dir()) {
            crate::ui::warn(&format!(
                "could not remove the leftover run directory {}: {e}",
                path.display()
            ));
        }
    });
}
