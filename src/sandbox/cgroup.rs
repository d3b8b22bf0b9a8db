//! A per-run process limit for root. RLIMIT_NPROC does not bind root (the kernel
//! exempts it), so when pygrade runs as root and PYGRADE_PIDS_CGROUP=1 is set, it puts
//! each run in its own `pids` cgroup with `pids.max` set, where the cgroup filesystem
//! lets it. Non-root runs get
//! RLIMIT_NPROC inside their user namespace instead.
use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Opt-in: moving a process into a cgroup v1 group takes the kernel ~15 ms (an RCU
/// grace period), more than everything else the sandbox does. Root users who want the
/// cap set PYGRADE_PIDS_CGROUP=1.
pub fn wanted() -> bool {
    std::env::var_os("PYGRADE_PIDS_CGROUP").is_some_and(|v| v == "1")
}

/// Where new pids cgroups can be made, if anywhere.
pub fn base() -> Option<PathBuf> {
    // SAFETY: no side effects.
    if unsafe { libc::geteuid() } != 0 || !wanted() {
        return None;
    }
    let v1 = Path::new("/sys/fs/cgroup/pids");
    if v1.join("cgroup.procs").exists() && writable(v1) {
        return Some(v1.to_path_buf());
    }
    // cgroup v2: our own cgroup, if it delegates the pids controller to children.
    let own = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    let rel = own
        .lines()
        .find_map(|l| l.strip_prefix("0::"))?
        .trim_start_matches('/');
    for mount in ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
        let dir = Path::new(mount).join(rel);
        let control =
            std::fs::read_to_string(dir.join("cgroup.subtree_control")).unwrap_or_default();
        if control.split_whitespace().any(|c| c == "pids") && writable(&dir) {
            return Some(dir);
        }
    }
    None
}

fn writable(dir: &Path) -> bool {
    let Ok(c) = CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: valid C string.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

/// One run's cgroup; removed when dropped (after the run's processes are gone).
pub struct Group {
    dir: PathBuf,
    pub procs: CString,
}

pub fn create(base: &Path, max: u64) -> io::Result<Group> {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = base.join(format!("pygrade-{}-{n}", std::process::id()));
    std::fs::create_dir(&dir)?;
    let group = Group {
        procs: CString::new(dir.join("cgroup.procs").as_os_str().as_bytes()).unwrap_or_default(),
        dir,
    };
    std::fs::write(group.dir.join("pids.max"), max.to_string())?;
    Ok(group)
}

/// In the child: move this process into the cgroup (writing "0" means "me").
///
/// # Safety
/// Raw syscalls only; `procs` must be the prepared path.
pub unsafe fn join(procs: &CString) -> io::Result<()> {
    let fd = libc::open(procs.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    let n = libc::write(fd, b"0".as_ptr().cast(), 1);
    libc::close(fd);
    if n != 1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

impl Drop for Group {
    fn drop(&mut self) {
        // The run's processes were killed and reaped; the kernel may need a moment to
        // empty the group.
        for _ in 0..50 {
            if std::fs::remove_dir(&self.dir).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}
