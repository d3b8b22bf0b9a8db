//! Layer 3: Landlock. The ruleset is built in the parent (it is a kernel object behind
//! a descriptor); the child only calls `landlock_restrict_self` on it.
use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

const CREATE_RULESET_VERSION: u32 = 1;
const RULE_PATH_BENEATH: i32 = 1;

pub const EXECUTE: u64 = 1 << 0;
pub const WRITE_FILE: u64 = 1 << 1;
pub const READ_FILE: u64 = 1 << 2;
pub const READ_DIR: u64 = 1 << 3;
const TRUNCATE: u64 = 1 << 14;
const IOCTL_DEV: u64 = 1 << 15;
/// Rights that make sense on a file (not a directory).
const FILE_RIGHTS: u64 = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV;
const SCOPE_ABSTRACT_UNIX_SOCKET: u64 = 1 << 0;
const SCOPE_SIGNAL: u64 = 1 << 1;

pub const READ: u64 = READ_FILE | READ_DIR;
pub const READ_EXEC: u64 = READ | EXECUTE;

#[repr(C)]
struct RulesetAttr {
    handled_access_fs: u64,
    handled_access_net: u64,
    scoped: u64,
}

#[repr(C, packed)]
struct PathBeneath {
    allowed_access: u64,
    parent_fd: i32,
}

/// The Landlock ABI version, or None when the kernel lacks it or it is disabled.
pub fn abi() -> Option<u32> {
    // SAFETY: the documented probe call: NULL attr, size 0, the VERSION flag.
    let v = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0usize,
            CREATE_RULESET_VERSION,
        )
    };
    (v > 0).then_some(v as u32)
}

/// Every filesystem right the given ABI knows.
fn all_fs_rights(abi: u32) -> u64 {
    let mut rights = (1 << 13) - 1; // ABI 1: EXECUTE ..= MAKE_SYM
    if abi >= 2 {
        rights |= 1 << 13; // REFER
    }
    if abi >= 3 {
        rights |= TRUNCATE;
    }
    if abi >= 5 {
        rights |= IOCTL_DEV;
    }
    rights
}

/// What the sandboxed program may touch.
pub struct Policy {
    /// (path, rights); `u64::MAX` means every right the ABI has.
    pub rules: Vec<(PathBuf, u64)>,
}

impl Policy {
    /// The standard policy: system dirs readable and executable, `/etc`, `/proc`, `/sys`
    /// readable, a few devices, `/dev/shm` writable (multiprocessing), the given extra
    /// read dirs, and full rights on `write_dirs`. Nothing else: not $HOME, not /tmp,
    /// not the learner's workspace.
    pub fn standard(
        read_exec: &[PathBuf],
        read_only: &[PathBuf],
        write_dirs: &[PathBuf],
    ) -> Policy {
        let mut rules: Vec<(PathBuf, u64)> = Vec::new();
        for dir in [
            "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/opt",
        ] {
            rules.push((dir.into(), READ_EXEC));
        }
        for dir in ["/etc", "/proc", "/sys"] {
            rules.push((dir.into(), READ));
        }
        rules.push(("/dev".into(), READ_DIR));
        for dev in [
            "/dev/null",
            "/dev/zero",
            "/dev/full",
            "/dev/random",
            "/dev/urandom",
        ] {
            rules.push((dev.into(), READ_FILE | WRITE_FILE | IOCTL_DEV));
        }
        rules.push(("/dev/shm".into(), u64::MAX));
        rules.extend(read_exec.iter().map(|p| (p.clone(), READ_EXEC)));
        rules.extend(read_only.iter().map(|p| (p.clone(), READ)));
        rules.extend(write_dirs.iter().map(|p| (p.clone(), u64::MAX)));
        Policy { rules }
    }

    /// Compile for `abi` (in the parent): C paths and the rights each gets, masked to
    /// what the ABI knows and to file rights for non-directories. Paths that do not
    /// exist are dropped here; the ruleset itself is built in the child (see
    /// [`Prepared::restrict`]), after any mount namespace is in place, so rules name
    /// the directories the program really sees (a private /dev/shm, bound-back dirs).
    pub fn compile(&self, abi: u32) -> Prepared {
        let handled = all_fs_rights(abi);
        let mut rules = Vec::new();
        for (path, rights) in &self.rules {
            let Ok(meta) = std::fs::metadata(path) else {
                continue;
            };
            let Ok(c) = CString::new(path.as_os_str().as_bytes()) else {
                continue;
            };
            let rights = if *rights == u64::MAX {
                handled
            } else {
                rights & handled
            };
            let rights = if meta.is_dir() {
                rights
            } else {
                rights & FILE_RIGHTS
            };
            if rights != 0 {
                rules.push((c, rights));
            }
        }
        let scoped = if abi >= 6 {
            SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
        } else {
            0
        };
        Prepared {
            attr: RulesetAttr {
                handled_access_fs: handled,
                handled_access_net: 0,
                scoped,
            },
            rules,
        }
    }
}

/// A compiled policy, ready for the child.
pub struct Prepared {
    attr: RulesetAttr,
    rules: Vec<(CString, u64)>,
}

impl Prepared {
    /// In the child (raw syscalls only): build the ruleset and enforce it on this
    /// process and everything it starts. Requires no_new_privs (set by the caller).
    pub fn restrict(&self) -> io::Result<()> {
        // SAFETY: attr is a valid, fully initialised struct of the size passed.
        let ruleset = unsafe {
            libc::syscall(
                libc::SYS_landlock_create_ruleset,
                &self.attr as *const RulesetAttr,
                std::mem::size_of::<RulesetAttr>(),
                0u32,
            )
        };
        if ruleset < 0 {
            return Err(io::Error::last_os_error());
        }
        let ruleset = ruleset as i32;
        for (path, rights) in &self.rules {
            // SAFETY: valid C string; O_PATH only names the file.
            let fd = unsafe { libc::open(path.as_ptr(), libc::O_PATH | libc::O_CLOEXEC) };
            if fd < 0 {
                continue; // hidden or absent in this mount namespace: nothing to allow
            }
            let attr = PathBeneath {
                allowed_access: *rights,
                parent_fd: fd,
            };
            // SAFETY: attr is valid for the call; both descriptors are open.
            let rc = unsafe {
                libc::syscall(
                    libc::SYS_landlock_add_rule,
                    ruleset,
                    RULE_PATH_BENEATH,
                    &attr as *const PathBeneath,
                    0u32,
                )
            };
            // SAFETY: closing our own descriptor.
            unsafe { libc::close(fd) };
            if rc < 0 {
                // SAFETY: as above.
                unsafe { libc::close(ruleset) };
                return Err(io::Error::last_os_error());
            }
        }
        // SAFETY: raw syscall on our ruleset descriptor.
        let rc = unsafe { libc::syscall(libc::SYS_landlock_restrict_self, ruleset, 0u32) };
        // SAFETY: as above.
        unsafe { libc::close(ruleset) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}
