//! The exercise tree compiled into the binary (see build.rs), or an on-disk tree for
//! authors and tests (`PYGRADE_EXERCISES=DIR`): both look the same to the catalog.
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Context, Result};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Where exercise sources come from. Files are keyed by `/`-separated relative path.
#[derive(Debug, Clone)]
pub struct Source {
    /// Built-in files are borrowed from the binary, not copied.
    files: BTreeMap<String, Cow<'static, [u8]>>,
    pub origin: String,
    /// The directory it was read from; None for the built-in tree.
    pub dir: Option<PathBuf>,
}

impl Source {
    pub fn embedded() -> Source {
        let files = generated::FILES
            .iter()
            .map(|(k, v)| (k.to_string(), Cow::Borrowed(*v)))
            .collect();
        Source {
            files,
            origin: "built-in exercises".into(),
            dir: None,
        }
    }

    /// Read an exercise tree from disk (authoring, tests).
    pub fn from_dir(root: &Path) -> Result<Source> {
        let mut files = BTreeMap::new();
        walk(root, root, &mut files)?;
        if files.is_empty() {
            crate::bail!("no exercise files under {}", root.display());
        }
        Ok(Source {
            files,
            origin: root.display().to_string(),
            dir: Some(root.to_path_buf()),
        })
    }

    /// The source to use: `PYGRADE_EXERCISES` if set, else the built-in tree.
    pub fn current() -> Result<Source> {
        match std::env::var_os("PYGRADE_EXERCISES") {
            Some(dir) if !dir.is_empty() => Source::from_dir(&PathBuf::from(dir)),
            _ => Ok(Source::embedded()),
        }
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(|v| v.as_ref())
    }

    pub fn text(&self, path: &str) -> Option<String> {
        self.get(path)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }

    /// Files below `prefix/` as (path relative to prefix, bytes).
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        let dir = format!("{prefix}/");
        self.files
            .iter()
            .filter_map(move |(k, v)| k.strip_prefix(dir.as_str()).map(|rel| (rel, v.as_ref())))
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(|k| k.as_str())
    }
}

fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Cow<'static, [u8]>>) -> Result<()> {
    let entries = std::fs::read_dir(dir).context(|| format!("reading {}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name == "__pycache__" || name.ends_with(".pyc") {
            continue;
        }
        if path.is_dir() {
            walk(&path, root, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let bytes = std::fs::read(&path).context(|| format!("reading {}", path.display()))?;
            out.insert(rel.to_string_lossy().replace('\\', "/"), Cow::Owned(bytes));
        }
    }
    Ok(())
}

/// Write `files` (relative path, bytes) below `dir`, creating parents.
pub fn write_tree<'a>(dir: &Path, files: impl Iterator<Item = (&'a str, &'a [u8])>) -> Result<()> {
    for (rel, bytes) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, bytes).context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
