//! A cap on the total memory of a run's processes (and, for root outside a user
//! namespace, their number), where the machine lets pygrade make cgroups.
//!
//! A group per run, made before the fork and joined by the child before exec.
//!
//! cgroup v1: the child writes "0" to the group's `tasks` file. Writing a process id
//! (or to `cgroup.procs`) makes the kernel wait for an RCU grace period (~10–15 ms,
//! more than the rest of the sandbox, and every fork in pygrade waits with it);
//! moving the calling thread itself ("0" to `tasks`) takes no such lock (0.2 ms), and
//! the freshly forked child is a single thread. cgroup v2 (memory delegated to a group
//! pygrade may write): "0" to `cgroup.procs`.
use std::ffi::CString;
use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// What this machine offers.
#[derive(Debug, Clone)]
pub enum Support {
    /// v1: where to make memory groups, and pids groups if that controller is there.
    V1 {
        memory: PathBuf,
        pids: Option<PathBuf>,
    },
    /// v2: a group whose children get the memory (and pids) controller.
    V2 { base: PathBuf, pids: bool },
    /// Why not.
    None(String),
}

pub fn support() -> &'static Support {
    static SUPPORT: OnceLock<Support> = OnceLock::new();
    SUPPORT.get_or_init(probe)
}

fn probe() -> Support {
    if std::env::var_os("PYGRADE_NO_CGROUP").is_some() {
        return Support::None("turned off by PYGRADE_NO_CGROUP".into());
    }
    let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    // v1: lines like `4:memory:/some/path`.
    let v1 = |controller: &str| -> Option<PathBuf> {
        let rel = own.lines().find_map(|l| {
            let mut parts = l.splitn(3, ':');
            let (_, list, path) = (parts.next()?, parts.next()?, parts.next()?);
            list.split(',').any(|c| c == controller).then_some(path)
        })?;
        let dir = Path::new("/sys/fs/cgroup")
            .join(controller)
            .join(rel.trim_start_matches('/'));
        (dir.join("cgroup.procs").exists() && writable(&dir)).then_some(dir)
    };
    if let Some(memory) = v1("memory") {
        return Support::V1 {
            memory,
            pids: v1("pids"),
        };
    }
    let rel = own
        .lines()
        .find_map(|l| l.strip_prefix("0::"))
        .map(|r| r.trim_start_matches('/').to_string());
    if let Some(rel) = rel {
        for mount in ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
            let dir = Path::new(mount).join(&rel);
            let control =
                std::fs::read_to_string(dir.join("cgroup.subtree_control")).unwrap_or_default();
            let has = |c: &str| control.split_whitespace().any(|x| x == c);
            if has("memory") && writable(&dir) {
                return Support::V2 {
                    base: dir,
                    pids: has("pids"),
                };
            }
        }
    }
    // SAFETY: no side effects.
    let why = if unsafe { libc::geteuid() } != 0 {
        "cgroups are root's here (no memory controller delegated to your user)"
    } else {
        "no writable memory cgroup (v1 memory hierarchy, or v2 with memory delegated)"
    };
    Support::None(why.into())
}

fn writable(dir: &Path) -> bool {
    let Ok(c) = CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: valid C string.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

/// One run's groups; removed when dropped, after the run's processes are gone.
pub struct Group {
    dirs: Vec<PathBuf>,
    memory: PathBuf,
    /// The files the child writes "0" to before exec.
    pub join: Vec<CString>,
}

fn make(base: &Path) -> io::Result<PathBuf> {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = base.join(format!("pygrade-{}-{n}", std::process::id()));
    std::fs::create_dir(&dir)?;
    Ok(dir)
}

fn c_path(p: PathBuf) -> io::Result<CString> {
    CString::new(p.into_os_string().into_vec()).map_err(io::Error::other)
}

impl Group {
    /// Set the cap for the next run (v1 names it limit_in_bytes, v2 memory.max).
    fn limit(&self, bytes: u64, processes: u64) -> io::Result<()> {
        if self.memory.join("memory.max").exists() {
            std::fs::write(self.memory.join("memory.max"), bytes.to_string())?;
            // Swap would let a run hold more than its cap.
            let _ = std::fs::write(self.memory.join("memory.swap.max"), "0");
        } else {
            std::fs::write(self.memory.join("memory.limit_in_bytes"), bytes.to_string())?;
            let _ = std::fs::write(
                self.memory.join("memory.memsw.limit_in_bytes"),
                bytes.to_string(),
            );
        }
        for dir in &self.dirs {
            if dir.join("pids.max").exists() {
                std::fs::write(dir.join("pids.max"), processes.to_string())?;
            }
        }
        Ok(())
    }

    /// How many times the kernel has killed a process of this group for memory.
    pub fn oom_kills(&self) -> u64 {
        let text = std::fs::read_to_string(self.memory.join("memory.events"))
            .or_else(|_| std::fs::read_to_string(self.memory.join("memory.oom_control")))
            .unwrap_or_default();
        text.lines()
            .find_map(|l| l.strip_prefix("oom_kill "))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        for dir in &self.dirs {
            // The run's processes were killed and reaped; the kernel may need a moment
            // to empty the group.
            for _ in 0..50 {
                if std::fs::remove_dir(dir).is_ok() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        }
    }
}

/// A fresh group for one run, capped; None where pygrade may not make cgroups.
pub fn per_run(bytes: u64, processes: u64) -> io::Result<Option<Group>> {
    let group = match support() {
        Support::None(_) => return Ok(None),
        Support::V1 { memory, pids } => {
            let mem = make(memory)?;
            let mut group = Group {
                dirs: vec![mem.clone()],
                memory: mem.clone(),
                join: vec![c_path(mem.join("tasks"))?],
            };
            if let Some(p) = pids {
                let dir = make(p)?;
                group.join.push(c_path(dir.join("tasks"))?);
                group.dirs.push(dir);
            }
            group
        }
        Support::V2 { base, .. } => {
            let dir = make(base)?;
            Group {
                dirs: vec![dir.clone()],
                memory: dir.clone(),
                join: vec![c_path(dir.join("cgroup.procs"))?],
            }
        }
    };
    group.limit(bytes, processes)?;
    Ok(Some(group))
}

/// In the child: move this (single-threaded) process into the group.
///
/// # Safety
/// Raw syscalls only; `file` must be a prepared path.
pub unsafe fn join(file: &CString) -> io::Result<()> {
    let fd = libc::open(file.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
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

/// Groups left by a pygrade that died mid-run are removed by the next one. Only empty
/// groups can be removed; a group still holding processes is not ours to touch.
pub fn sweep() {
    let bases: Vec<&PathBuf> = match support() {
        Support::V1 { memory, pids } => std::iter::once(memory).chain(pids.as_ref()).collect(),
        Support::V2 { base, .. } => vec![base],
        Support::None(_) => return,
    };
    for base in bases {
        let Ok(entries) = std::fs::read_dir(base) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name
                .strip_prefix("pygrade-")
                .and_then(|rest| rest.split('-').next())
                .and_then(|p| p.parse::<libc::pid_t>().ok())
            else {
                continue;
            };
            // SAFETY: signal 0 only checks that the process exists.
            let alive =
                pid == std::process::id() as libc::pid_t || unsafe { libc::kill(pid, 0) } == 0;
            if !alive {
                let _ = std::fs::remove_dir(entry.path());
            }
        }
    }
}
