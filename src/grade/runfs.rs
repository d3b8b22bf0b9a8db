//! A run directory's own filesystem: when pygrade runs as root, each run dir is a tmpfs
//! capped in size and in files, so a run cannot fill the host's disk (each file is also
//! capped by RLIMIT_FSIZE). It is unmounted, contents and all, when the run ends; a
//! leftover of a killed pygrade is unmounted by the next one's sweep. Without root a
//! run dir is an ordinary directory, and `pygrade doctor` says its total is not capped.
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Bytes a run may write in its run dir (files, TMPDIR, caches, sockets).
pub const SIZE_MB: u64 = 512;
/// Files and directories a run may create there.
pub const INODES: u64 = 32 * 1024;

fn cstr(p: &Path) -> Option<CString> {
    CString::new(p.as_os_str().as_bytes()).ok()
}

/// Whether run dirs get a capped filesystem here.
pub fn available() -> bool {
    // SAFETY: no side effects.
    unsafe { libc::geteuid() == 0 }
}

/// Mount a capped tmpfs on the (empty) directory `dir`. False when not possible here.
pub fn mount_capped(dir: &Path) -> bool {
    if !available() {
        return false;
    }
    let (Some(target), Ok(opts)) = (
        cstr(dir),
        CString::new(format!("size={SIZE_MB}m,nr_inodes={INODES},mode=700")),
    ) else {
        return false;
    };
    let fstype = c"tmpfs";
    // SAFETY: mount(2) with NUL-terminated strings that outlive the call.
    let rc = unsafe {
        libc::mount(
            fstype.as_ptr(),
            target.as_ptr(),
            fstype.as_ptr(),
            libc::MS_NOSUID | libc::MS_NODEV,
            opts.as_ptr().cast(),
        )
    };
    rc == 0
}

/// Detach the filesystem mounted on `dir` (its contents go with it). Harmless when
/// nothing is mounted there.
pub fn unmount(dir: &Path) -> bool {
    let Some(target) = cstr(dir) else {
        return false;
    };
    // SAFETY: umount2(2) with a NUL-terminated path; UMOUNT_NOFOLLOW: never through a
    // symlink a run may have left.
    unsafe { libc::umount2(target.as_ptr(), libc::MNT_DETACH | libc::UMOUNT_NOFOLLOW) == 0 }
}

/// What `pygrade doctor` says about it.
pub fn describe() -> String {
    if available() {
        format!(
            "each run dir is a tmpfs of {SIZE_MB} MiB and {INODES} files (a file at most 64 MiB)"
        )
    } else {
        "a run dir's total size is not capped (a capped tmpfs needs root); each file is capped at 64 MiB".to_string()
    }
}
