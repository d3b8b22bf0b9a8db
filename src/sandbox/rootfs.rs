//! The run's filesystem, built from an allowlist: a fresh tmpfs becomes `/`, holding
//! read-only binds of the system directories programs need (`/usr`, `/etc`, the
//! `/lib*` and `/bin` links…), a few device nodes, a private `/dev/shm`, and the run's
//! own directories (interpreter prefixes and venv read-only, the run dir read-write)
//! at their usual paths. Nothing else of the host exists there: no `/tmp`, `/home`,
//! `/run`, `/var`, and no Unix socket of any other program.
//!
//! Prepared before fork ([`prepare`]); [`Prepared::build`] runs between fork and exec,
//! in a new mount namespace, with raw syscalls only.
use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// Top-level host entries the run may see: directories are bound read-only, symlinks
/// (merged-/usr systems: `/bin -> usr/bin`) are recreated.
const SYSTEM: &[&str] = &[
    "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt",
];
const DEVICES: &[&str] = &[
    "/dev/null",
    "/dev/zero",
    "/dev/full",
    "/dev/random",
    "/dev/urandom",
];
const DEV_LINKS: &[(&str, &str)] = &[
    ("/proc/self/fd", "/dev/fd"),
    ("/proc/self/fd/0", "/dev/stdin"),
    ("/proc/self/fd/1", "/dev/stdout"),
    ("/proc/self/fd/2", "/dev/stderr"),
];

/// The mount point the new root is built on (then pivoted to). Any existing directory
/// works; what it holds on the host is covered and never seen.
const STAGE: &str = "/tmp";
const OLD: &str = "/.pygrade-old-root";

/// At most this many run directories are bound (the run dir's parts, interpreter
/// prefixes, a venv, a service's program directory).
pub const MAX_BINDS: usize = 16;

enum Entry {
    /// Bind `src` at `dst` read-only.
    Dir { src: CString, dst: CString },
    /// `dst` is a symlink to `target`.
    Link { target: CString, dst: CString },
}

struct Bind {
    src: CString,
    dst: CString,
    /// Directories to create on the new root, outermost first.
    mkdirs: Vec<CString>,
    writable: bool,
}

pub struct Prepared {
    stage: CString,
    tmpfs: CString,
    root_opts: CString,
    shm_opts: CString,
    system: Vec<Entry>,
    dev_dir: CString,
    devices: Vec<(CString, CString)>,
    dev_links: Vec<(CString, CString)>,
    shm: CString,
    proc_src: CString,
    proc_dst: CString,
    binds: Vec<Bind>,
    old_staged: CString,
    old: CString,
    root: CString,
    dot: CString,
}

fn cstr(p: impl AsRef<[u8]>) -> CString {
    CString::new(p.as_ref().to_vec()).unwrap_or_default()
}

fn staged(path: &Path) -> CString {
    let mut s = STAGE.as_bytes().to_vec();
    s.extend_from_slice(path.as_os_str().as_bytes());
    cstr(s)
}

/// What the run needs: `read` directories (read-only) and `write` directories, each at
/// its own path. Both the given and the canonical form of a path are kept.
pub fn prepare(read: &[PathBuf], write: &[PathBuf]) -> Prepared {
    let mut system = Vec::new();
    for top in SYSTEM {
        let path = Path::new(top);
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            continue;
        };
        if meta.file_type().is_symlink() {
            if let Ok(target) = std::fs::read_link(path) {
                system.push(Entry::Link {
                    target: cstr(target.as_os_str().as_bytes()),
                    dst: staged(path),
                });
            }
        } else if meta.is_dir() {
            system.push(Entry::Dir {
                src: cstr(top),
                dst: staged(path),
            });
        }
    }
    let covered = |p: &Path| {
        SYSTEM
            .iter()
            .any(|top| p.starts_with(top) && !is_link(Path::new(top)))
    };
    let mut wanted: Vec<(PathBuf, bool)> = Vec::new();
    for (dirs, writable) in [(read, false), (write, true)] {
        for p in dirs {
            wanted.push((p.clone(), writable));
            if let Ok(c) = std::fs::canonicalize(p) {
                wanted.push((c, writable));
            }
        }
    }
    wanted.sort();
    wanted.dedup();
    let mut binds = Vec::new();
    for (path, writable) in &wanted {
        // Outermost only (a write dir inside a read dir is its own bind: kept).
        let inside_other = wanted
            .iter()
            .any(|(q, w)| q != path && path.starts_with(q) && w == writable);
        if inside_other || (!writable && covered(path)) || !path.is_dir() {
            continue;
        }
        if binds.len() == MAX_BINDS {
            break;
        }
        let mut mkdirs = Vec::new();
        let mut dir = PathBuf::from("/");
        for part in path.components().skip(1) {
            dir.push(part);
            mkdirs.push(staged(&dir));
        }
        binds.push(Bind {
            src: cstr(path.as_os_str().as_bytes()),
            dst: staged(path),
            mkdirs,
            writable: *writable,
        });
    }
    Prepared {
        stage: cstr(STAGE),
        tmpfs: cstr("tmpfs"),
        root_opts: cstr("size=1m,nr_inodes=4096,mode=755"),
        shm_opts: cstr("size=64m,mode=1777"),
        system,
        dev_dir: staged(Path::new("/dev")),
        devices: DEVICES
            .iter()
            .filter(|d| Path::new(d).exists())
            .map(|d| (cstr(d), staged(Path::new(d))))
            .collect(),
        dev_links: DEV_LINKS
            .iter()
            .map(|(t, d)| (cstr(t), staged(Path::new(d))))
            .collect(),
        shm: staged(Path::new("/dev/shm")),
        proc_src: cstr("/proc"),
        proc_dst: staged(Path::new("/proc")),
        binds,
        old_staged: staged(Path::new(OLD)),
        old: cstr(OLD),
        root: cstr("/"),
        dot: cstr("."),
    }
}

fn is_link(p: &Path) -> bool {
    std::fs::symlink_metadata(p)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false)
}

fn check(rc: libc::c_long) -> io::Result<()> {
    if rc < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

unsafe fn mkdir(path: &CString) -> io::Result<()> {
    if libc::mkdir(path.as_ptr(), 0o755) != 0 && *libc::__errno_location() != libc::EEXIST {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

unsafe fn bind(src: *const libc::c_char, dst: &CString) -> io::Result<()> {
    check(libc::mount(
        src,
        dst.as_ptr(),
        std::ptr::null(),
        libc::MS_BIND | libc::MS_REC,
        std::ptr::null(),
    ) as libc::c_long)
}

/// Make the bind at `dst` read-only, keeping the flags the kernel locks in a user
/// namespace (a remount that drops them is refused). Best effort: Landlock and file
/// permissions still forbid writes where this fails.
unsafe fn read_only(dst: &CString) {
    let mut st: libc::statvfs = std::mem::zeroed();
    if libc::statvfs(dst.as_ptr(), &mut st) != 0 {
        return;
    }
    let mut flags = libc::MS_REMOUNT | libc::MS_BIND | libc::MS_RDONLY;
    for (st_flag, ms_flag) in [
        (libc::ST_NOSUID, libc::MS_NOSUID),
        (libc::ST_NODEV, libc::MS_NODEV),
        (libc::ST_NOEXEC, libc::MS_NOEXEC),
        (libc::ST_NOATIME, libc::MS_NOATIME),
        (libc::ST_NODIRATIME, libc::MS_NODIRATIME),
        (libc::ST_RELATIME, libc::MS_RELATIME),
    ] {
        if st.f_flag & st_flag != 0 {
            flags |= ms_flag;
        }
    }
    libc::mount(
        std::ptr::null(),
        dst.as_ptr(),
        std::ptr::null(),
        flags,
        std::ptr::null(),
    );
}

impl Prepared {
    /// Build the new root and pivot into it. In a fresh mount namespace whose mounts
    /// are private; raw syscalls only.
    pub unsafe fn build(&self) -> io::Result<()> {
        // Run directories may live under the stage (/tmp): open them before the new
        // root covers it, and bind from the descriptors.
        let mut fds = [-1 as libc::c_int; MAX_BINDS];
        for (slot, b) in fds.iter_mut().zip(&self.binds) {
            *slot = libc::open(
                b.src.as_ptr(),
                libc::O_PATH | libc::O_DIRECTORY | libc::O_CLOEXEC,
            );
            check(*slot as libc::c_long)?;
        }
        check(libc::mount(
            self.tmpfs.as_ptr(),
            self.stage.as_ptr(),
            self.tmpfs.as_ptr(),
            libc::MS_NOSUID | libc::MS_NODEV,
            self.root_opts.as_ptr().cast(),
        ) as libc::c_long)?;
        for entry in &self.system {
            match entry {
                Entry::Dir { src, dst } => {
                    mkdir(dst)?;
                    bind(src.as_ptr(), dst)?;
                    read_only(dst);
                }
                Entry::Link { target, dst } => {
                    check(libc::symlink(target.as_ptr(), dst.as_ptr()) as libc::c_long)?;
                }
            }
        }
        mkdir(&self.dev_dir)?;
        for (src, dst) in &self.devices {
            let fd = libc::open(
                dst.as_ptr(),
                libc::O_CREAT | libc::O_WRONLY | libc::O_CLOEXEC,
                0o644,
            );
            check(fd as libc::c_long)?;
            libc::close(fd);
            bind(src.as_ptr(), dst)?;
        }
        for (target, dst) in &self.dev_links {
            check(libc::symlink(target.as_ptr(), dst.as_ptr()) as libc::c_long)?;
        }
        mkdir(&self.shm)?;
        check(libc::mount(
            self.tmpfs.as_ptr(),
            self.shm.as_ptr(),
            self.tmpfs.as_ptr(),
            libc::MS_NOSUID | libc::MS_NODEV,
            self.shm_opts.as_ptr().cast(),
        ) as libc::c_long)?;
        // The host's procfs, so that the reaper may mount the run's own over it (the
        // kernel only allows a new procfs where one is already fully visible).
        mkdir(&self.proc_dst)?;
        bind(self.proc_src.as_ptr(), &self.proc_dst)?;
        for (&fd, b) in fds.iter().zip(&self.binds) {
            for d in &b.mkdirs {
                mkdir(d)?;
            }
            check(libc::fchdir(fd) as libc::c_long)?;
            bind(self.dot.as_ptr(), &b.dst)?;
            libc::close(fd);
            if !b.writable {
                read_only(&b.dst);
            }
        }
        mkdir(&self.old_staged)?;
        check(libc::syscall(
            libc::SYS_pivot_root,
            self.stage.as_ptr(),
            self.old_staged.as_ptr(),
        ))?;
        check(libc::chdir(self.root.as_ptr()) as libc::c_long)?;
        check(libc::umount2(self.old.as_ptr(), libc::MNT_DETACH) as libc::c_long)?;
        libc::rmdir(self.old.as_ptr());
        // Nothing may be created in the new root itself.
        libc::mount(
            std::ptr::null(),
            self.root.as_ptr(),
            std::ptr::null(),
            libc::MS_REMOUNT | libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NODEV,
            std::ptr::null(),
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_dirs_are_bound_at_their_paths_and_system_dirs_not_twice() {
        let run = tempfile::tempdir().unwrap();
        let work = run.path().join("work");
        std::fs::create_dir(&work).unwrap();
        let p = prepare(
            &[PathBuf::from("/usr/lib"), run.path().into()],
            std::slice::from_ref(&work),
        );
        let dsts: Vec<String> = p
            .binds
            .iter()
            .map(|b| b.dst.to_string_lossy().into_owned())
            .collect();
        let staged_work = format!("{STAGE}{}", work.display());
        assert!(dsts.contains(&staged_work), "{dsts:?}");
        assert!(p.binds.iter().any(|b| b.writable));
        assert!(!dsts.iter().any(|d| d.ends_with("/usr/lib")), "{dsts:?}");
        assert!(p
            .system
            .iter()
            .any(|e| matches!(e, Entry::Dir { src, .. } if src.to_bytes() == b"/usr")));
    }
}
