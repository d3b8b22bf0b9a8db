//! Reading files a sandboxed program may have tampered with. Everything in a run dir is
//! untrusted: a program can leave a symlink to a host file (or to /proc/self/environ)
//! where pygrade expects its output, a FIFO that never delivers, or /dev/zero. Every
//! host-side read of such a path goes through [`read_beneath`]: resolved strictly
//! beneath the trusted directory with no symlink followed (openat2), opened
//! non-blocking, accepted only if it is a regular file, and read up to a cap.
use std::ffi::CString;
use std::fs::File;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    Missing,
    /// A symlink, or a path that leaves the directory.
    Link,
    /// A FIFO, device, socket or directory.
    NotRegular,
    /// Larger than the cap.
    TooLarge(u64),
    Io(String),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Missing => write!(f, "missing"),
            Refused::Link => write!(f, "a symbolic link (not followed)"),
            Refused::NotRegular => write!(f, "not a regular file (not read)"),
            Refused::TooLarge(n) => write!(f, "larger than {n} bytes (not read)"),
            Refused::Io(e) => write!(f, "unreadable: {e}"),
        }
    }
}

/// Read `rel` strictly beneath `dir`: no symlink anywhere on the way, regular files
/// only, never blocking, at most `cap` bytes.
pub fn read_beneath(dir: &Path, rel: &str, cap: u64) -> Result<Vec<u8>, Refused> {
    let file = open_beneath(dir, rel)?;
    read_regular(file, cap)
}

/// Read an already opened file if it is regular and within `cap`.
fn read_regular(file: File, cap: u64) -> Result<Vec<u8>, Refused> {
    let meta = file.metadata().map_err(|e| Refused::Io(e.to_string()))?;
    if !meta.file_type().is_file() {
        return Err(Refused::NotRegular);
    }
    if meta.len() > cap {
        return Err(Refused::TooLarge(cap));
    }
    let mut bytes = Vec::new();
    // The size can change under us: never read past the cap whatever it says now.
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Refused::Io(e.to_string()))?;
    if bytes.len() as u64 > cap {
        return Err(Refused::TooLarge(cap));
    }
    Ok(bytes)
}

fn open_beneath(dir: &Path, rel: &str) -> Result<File, Refused> {
    let cdir = CString::new(dir.as_os_str().as_bytes()).map_err(|_| Refused::Missing)?;
    let crel = CString::new(rel).map_err(|_| Refused::Missing)?;
    let flags = libc::O_RDONLY | libc::O_CLOEXEC | libc::O_NONBLOCK | libc::O_NOFOLLOW;
    // SAFETY: plain open of a NUL-terminated path; the fd is owned below.
    let dfd = unsafe {
        libc::open(
            cdir.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
        )
    };
    if dfd < 0 {
        return Err(errno_refusal());
    }
    // SAFETY: dfd is a fresh descriptor we own.
    let dfd = unsafe { OwnedFd::from_raw_fd(dfd) };
    use std::os::fd::AsRawFd;
    // SAFETY: open_how is plain data (non-exhaustive, so not built by a literal).
    let mut how: libc::open_how = unsafe { std::mem::zeroed() };
    how.flags = flags as u64;
    how.resolve = libc::RESOLVE_BENEATH | libc::RESOLVE_NO_SYMLINKS | libc::RESOLVE_NO_MAGICLINKS;
    // SAFETY: openat2 with a valid dirfd, NUL-terminated path and a correctly sized
    // open_how; it returns a new fd or -1.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_openat2,
            dfd.as_raw_fd(),
            crel.as_ptr(),
            &how as *const libc::open_how,
            std::mem::size_of::<libc::open_how>(),
        )
    } as i32;
    if fd >= 0 {
        // SAFETY: a fresh descriptor we own.
        return Ok(unsafe { File::from_raw_fd(fd) });
    }
    let err = std::io::Error::last_os_error();
    if err.raw_os_error() != Some(libc::ENOSYS) {
        return Err(refusal(err));
    }
    // Kernels before 5.6: walk component by component, refusing every symlink.
    let mut cur = dfd;
    let parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
    for (i, part) in parts.iter().enumerate() {
        if *part == ".." || *part == "." {
            return Err(Refused::Link);
        }
        let cpart = CString::new(*part).map_err(|_| Refused::Missing)?;
        let last = i + 1 == parts.len();
        let f = if last {
            flags
        } else {
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC
        };
        // SAFETY: openat on a descriptor we own with a NUL-terminated name.
        let fd = unsafe { libc::openat(cur.as_raw_fd(), cpart.as_ptr(), f) };
        if fd < 0 {
            return Err(errno_refusal());
        }
        // SAFETY: a fresh descriptor we own.
        let next = unsafe { OwnedFd::from_raw_fd(fd) };
        if last {
            return Ok(File::from(next));
        }
        cur = next;
    }
    Err(Refused::Missing)
}

fn errno_refusal() -> Refused {
    refusal(std::io::Error::last_os_error())
}

fn refusal(err: std::io::Error) -> Refused {
    match err.raw_os_error() {
        Some(libc::ENOENT) => Refused::Missing,
        Some(libc::ELOOP) | Some(libc::EXDEV) | Some(libc::ENOTDIR) => Refused::Link,
        Some(libc::ENXIO) => Refused::NotRegular,
        _ => Refused::Io(err.to_string()),
    }
}

/// Read a learner's file from the workspace: a regular file (a symlink only if it
/// resolves to a regular file inside `root`), never blocking, at most `cap` bytes.
pub fn read_learner_file(root: &Path, path: &Path, cap: u64) -> Result<Vec<u8>, Refused> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Refused::Missing,
        _ => Refused::Io(e.to_string()),
    })?;
    let real = if meta.file_type().is_symlink() {
        let real = std::fs::canonicalize(path).map_err(|_| Refused::Link)?;
        let root = std::fs::canonicalize(root).map_err(|e| Refused::Io(e.to_string()))?;
        if !real.starts_with(&root) {
            return Err(Refused::Link);
        }
        real
    } else {
        path.to_path_buf()
    };
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(&real)
        .map_err(refusal)?;
    read_regular(file, cap)
}

use std::os::unix::fs::OpenOptionsExt;

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_regular_file_beneath_is_read() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("sub")).unwrap();
        std::fs::write(d.path().join("sub/out.txt"), "hi").unwrap();
        assert_eq!(read_beneath(d.path(), "sub/out.txt", 10).unwrap(), b"hi");
        assert_eq!(read_beneath(d.path(), "nope", 10), Err(Refused::Missing));
    }

    #[test]
    fn symlinks_fifos_devices_and_floods_are_refused() {
        let d = tempfile::tempdir().unwrap();
        let secret = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(secret.path(), "host secret").unwrap();
        symlink(secret.path(), d.path().join("link")).unwrap();
        symlink("/proc/self/environ", d.path().join("environ")).unwrap();
        symlink("/dev/zero", d.path().join("zero")).unwrap();
        std::fs::create_dir(d.path().join("real")).unwrap();
        std::fs::write(d.path().join("real/f"), "x").unwrap();
        symlink(d.path().join("real"), d.path().join("dirlink")).unwrap();
        let fifo = CString::new(d.path().join("fifo").as_os_str().as_bytes()).unwrap();
        // SAFETY: mkfifo with a NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        std::fs::write(d.path().join("big"), vec![b'x'; 100]).unwrap();
        for name in ["link", "environ", "zero", "dirlink/f", "../x"] {
            assert_eq!(
                read_beneath(d.path(), name, 1000),
                Err(Refused::Link),
                "{name}"
            );
        }
        assert_eq!(
            read_beneath(d.path(), "fifo", 1000),
            Err(Refused::NotRegular)
        );
        assert_eq!(
            read_beneath(d.path(), "real", 1000),
            Err(Refused::NotRegular)
        );
        assert_eq!(
            read_beneath(d.path(), "big", 10),
            Err(Refused::TooLarge(10))
        );
    }

    #[test]
    fn learner_files_may_link_inside_the_workspace_only() {
        let ws = tempfile::tempdir().unwrap();
        let outside = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(ws.path().join("real.py"), "x = 1\n").unwrap();
        symlink(ws.path().join("real.py"), ws.path().join("inside.py")).unwrap();
        symlink(outside.path(), ws.path().join("outside.py")).unwrap();
        let read = |n: &str| read_learner_file(ws.path(), &ws.path().join(n), 100);
        assert_eq!(read("real.py").unwrap(), b"x = 1\n");
        assert_eq!(read("inside.py").unwrap(), b"x = 1\n");
        assert_eq!(read("outside.py"), Err(Refused::Link));
        assert_eq!(read("absent.py"), Err(Refused::Missing));
        let fifo = CString::new(ws.path().join("f.py").as_os_str().as_bytes()).unwrap();
        // SAFETY: mkfifo with a NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        assert_eq!(read("f.py"), Err(Refused::NotRegular));
    }
}
