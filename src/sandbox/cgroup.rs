//! A cap on the total memory of a run's processes (and, for root outside a user
//! namespace, their number), where the machine lets pygrade make cgroups.
//!
//! cgroup v1 (memory controller mounted on its own): moving a process into a v1 group
//! waits for an RCU grace period (~10–15 ms), more than the rest of the sandbox. But v1
//! groups hold threads, and a forked child starts in its forking thread's group. So a
//! pool of spawner threads each joins a group of its own once, when it starts; a run
//! borrows an idle spawner, which forks it, and gives it back when the run is over.
//! Runs pay nothing each, one group holds one run at a time, and pygrade's own memory
//! (charged to its main thread) stays out of the cap.
//!
//! cgroup v2 (memory delegated to a group pygrade may write): a group per run, joined
//! by the child before exec (v2 does not let threads of one process differ).
use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};

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

/// One group (per run in v2, per spawner in v1); removed when dropped, after its
/// processes are gone.
pub struct Group {
    dirs: Vec<PathBuf>,
    memory: PathBuf,
    /// v2: the file the child writes "0" to before exec.
    pub procs: Option<CString>,
}

fn make(base: &Path) -> io::Result<PathBuf> {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = base.join(format!("pygrade-{}-{n}", std::process::id()));
    std::fs::create_dir(&dir)?;
    Ok(dir)
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

/// v2: a fresh group for one run, capped.
pub fn per_run(bytes: u64, processes: u64) -> io::Result<Option<Group>> {
    let Support::V2 { base, pids } = support() else {
        return Ok(None);
    };
    let dir = make(base)?;
    let group = Group {
        dirs: vec![dir.clone()],
        memory: dir.clone(),
        procs: CString::new(dir.join("cgroup.procs").as_os_str().as_bytes()).ok(),
    };
    group.limit(bytes, if *pids { processes } else { u64::MAX })?;
    Ok(Some(group))
}

/// In the child (v2): move this process into the group ("0" means "me").
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

/// A forked run: its child, the group's kill count before it, and (v1) the spawner
/// it borrowed, given back to the pool when this is dropped, after the run.
pub struct Spawned {
    pub child: Child,
    pub oom_before: u64,
    pub group: Option<std::sync::Arc<Group>>,
    _lease: Option<Lease>,
}

impl Spawned {
    pub fn plain(child: Child) -> Spawned {
        Spawned {
            child,
            oom_before: 0,
            group: None,
            _lease: None,
        }
    }
}

type Request = (Command, u64, u64, mpsc::Sender<io::Result<Spawned>>);
type Spawner = mpsc::Sender<Request>;

/// Idle spawners.
static POOL: Mutex<Vec<Spawner>> = Mutex::new(Vec::new());

struct Lease(Option<Spawner>);

impl Drop for Lease {
    fn drop(&mut self) {
        if let (Some(tx), Ok(mut pool)) = (self.0.take(), POOL.lock()) {
            pool.push(tx);
        }
    }
}

/// Have an idle spawner ready (joining its group, the slow part, happens in its own
/// thread while the caller prepares the run). Does nothing without v1 support.
pub fn warm_up() {
    if matches!(support(), Support::V1 { .. }) {
        if let Ok(mut pool) = POOL.lock() {
            if pool.is_empty() {
                pool.push(start_spawner());
            }
        }
    }
}

/// Fork `cmd` under a memory cap of `bytes` (v1: from a pooled spawner, whose group
/// the child inherits); elsewhere, fork it here.
pub fn spawn(mut cmd: Command, bytes: u64, processes: u64) -> io::Result<Spawned> {
    if !matches!(support(), Support::V1 { .. }) {
        return Ok(Spawned::plain(cmd.spawn()?));
    }
    let idle = POOL.lock().ok().and_then(|mut pool| pool.pop());
    let tx = idle.unwrap_or_else(start_spawner);
    let (reply, answer) = mpsc::channel();
    let gone = || io::Error::other("the spawner thread has ended");
    tx.send((cmd, bytes, processes, reply))
        .map_err(|_| gone())?;
    let mut spawned = answer.recv().map_err(|_| gone())??;
    spawned._lease = Some(Lease(Some(tx)));
    Ok(spawned)
}

fn start_spawner() -> mpsc::Sender<Request> {
    let (tx, rx) = mpsc::channel::<Request>();
    std::thread::spawn(move || {
        let group = joined_group().map(std::sync::Arc::new);
        // Serve for as long as pygrade runs. Children must be forked here:
        // PR_SET_PDEATHSIG follows the forking thread, and this one outlives every run.
        for (mut cmd, bytes, processes, reply) in rx {
            let result = match &group {
                Ok(g) => g.limit(bytes, processes).and_then(|()| {
                    let oom_before = g.oom_kills();
                    cmd.spawn().map(|child| Spawned {
                        child,
                        oom_before,
                        group: Some(g.clone()),
                        _lease: None,
                    })
                }),
                Err(e) => Err(io::Error::new(
                    e.kind(),
                    format!("joining a memory cgroup: {e} (PYGRADE_NO_CGROUP=1 runs without the per-run memory cap)"),
                )),
            };
            let _ = reply.send(result);
        }
    });
    tx
}

/// Groups left by a pygrade that has ended (its spawners stay in their groups to the
/// end) are removed by the next one. Only empty groups can be removed; a
/// group still holding processes is not ours to touch.
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

/// v1: make this spawner's groups and move this thread into them.
fn joined_group() -> io::Result<Group> {
    let Support::V1 { memory, pids } = support() else {
        return Err(io::Error::other("no cgroup v1 memory controller"));
    };
    let mem = make(memory)?;
    let mut dirs = vec![mem.clone()];
    if let Some(p) = pids {
        dirs.push(make(p)?);
    }
    let group = Group {
        dirs,
        memory: mem,
        procs: None,
    };
    // SAFETY: no side effects.
    let tid = unsafe { libc::gettid() };
    for dir in &group.dirs {
        std::fs::write(dir.join("tasks"), tid.to_string())?;
    }
    Ok(group)
}
