//! Run directories never outlive their run. Each holds `.lock`, flocked by the pygrade
//! process that made it for as long as the run lasts; the kernel drops the lock when
//! that process dies, however it dies. The next pygrade removes every `pygrade-*`
//! directory whose lock it can take: leftovers of a crashed or killed run. Removal
//! copes with what a hostile program leaves (unwritable directories, trees too deep
//! for a recursive walk) and reports what it could not remove.
use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

pub const PREFIX: &str = "pygrade-";
const LOCK: &str = ".lock";

/// Create and lock `dir/.lock`; the returned file holds the lock.
pub fn lock(dir: &Path) -> io::Result<File> {
    let file = File::create(dir.join(LOCK))?;
    // SAFETY: plain syscall on a descriptor we own.
    if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(file)
}

/// Remove leftovers of dead runs in `tmp` (once per process is enough).
pub fn sweep(tmp: &Path) -> Vec<(PathBuf, io::Error)> {
    let mut failures = Vec::new();
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return failures;
    };
    // SAFETY: no side effects.
    let me = unsafe { libc::geteuid() };
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(PREFIX) {
            continue;
        }
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if !meta.is_dir() || meta.uid() != me {
            continue;
        }
        if !abandoned(&path) {
            continue;
        }
        if let Err(e) = remove_tree(&path) {
            failures.push((path, e));
        }
    }
    failures
}

/// Its lock file exists and nobody holds the lock.
fn abandoned(dir: &Path) -> bool {
    let Ok(file) = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(dir.join(LOCK))
    else {
        return false;
    };
    if !file.metadata().map(|m| m.is_file()).unwrap_or(false) {
        return false;
    }
    // SAFETY: plain syscall on a descriptor we own; released when `file` closes.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

use std::os::unix::fs::OpenOptionsExt;

/// Remove `root` and everything in it. A plain recursive removal first; if that fails
/// (a directory made unwritable, a tree deeper than descriptors allow), make every
/// directory writable and flatten the tree one level at a time, then try again.
pub fn remove_tree(root: &Path) -> io::Result<()> {
    // A run dir may be a capped tmpfs (see `runfs`): detach it first, contents and all.
    super::runfs::unmount(root);
    match std::fs::remove_dir_all(root) {
        Ok(()) => return Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(_) => {}
    }
    let _ = std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o700));
    let mut n = 0usize;
    loop {
        let mut moved = false;
        for a in subdirs(root) {
            let _ = std::fs::set_permissions(&a, std::fs::Permissions::from_mode(0o700));
            for b in subdirs(&a) {
                let _ = std::fs::set_permissions(&b, std::fs::Permissions::from_mode(0o700));
                n += 1;
                if std::fs::rename(&b, root.join(format!(".flat-{n}"))).is_ok() {
                    moved = true;
                }
            }
        }
        if !moved {
            break;
        }
    }
    std::fs::remove_dir_all(root)
}

/// Real directories (not symlinks) directly inside `dir`.
fn subdirs(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locked_dir_is_kept_and_an_abandoned_one_swept() {
        let tmp = tempfile::tempdir().unwrap();
        let live = tmp.path().join("pygrade-live");
        let dead = tmp.path().join("pygrade-dead");
        let other = tmp.path().join("not-ours");
        for d in [&live, &dead, &other] {
            std::fs::create_dir(d).unwrap();
            std::fs::write(d.join("f"), "x").unwrap();
        }
        let _held = lock(&live).unwrap();
        drop(lock(&dead).unwrap());
        std::fs::write(other.join(LOCK), "").unwrap();
        assert!(sweep(tmp.path()).is_empty());
        assert!(live.exists());
        assert!(!dead.exists());
        assert!(other.exists());
    }

    #[test]
    fn a_dir_without_a_lock_file_is_not_ours_to_judge() {
        let tmp = tempfile::tempdir().unwrap();
        let young = tmp.path().join("pygrade-starting");
        std::fs::create_dir(&young).unwrap();
        sweep(tmp.path());
        assert!(young.exists());
    }

    #[test]
    fn deep_and_unwritable_trees_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("pygrade-deep");
        let mut deep = root.clone();
        for _ in 0..1500 {
            deep.push("d");
        }
        std::fs::create_dir_all(&deep).unwrap();
        let locked = root.join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::write(locked.join("f"), "x").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
        remove_tree(&root).unwrap();
        assert!(!root.exists());
    }
}
