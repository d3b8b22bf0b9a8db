//! Layers 3–5 (Landlock, namespaces, seccomp) and the process limit: probed once per
//! process, prepared before fork, applied between fork and exec, reported honestly.
use std::ffi::CString;
use std::io;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde::Serialize;

use super::{cgroup, landlock, namespaces, seccomp, Job};
use cgroup::Support as Cgroups;

/// How much isolation a run gets. `Minimal` is layers 1–2 only; `Full` is all of
/// Landlock, namespaces and seccomp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Minimal,
    Partial,
    Full,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "minimal" => Some(Level::Minimal),
            "partial" => Some(Level::Partial),
            "full" => Some(Level::Full),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Level::Minimal => "minimal",
            Level::Partial => "partial",
            Level::Full => "full",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    Landlock,
    Namespaces,
    Seccomp,
    ProcessLimit,
    /// The total memory of a run's processes.
    MemoryLimit,
}

#[derive(Debug, Clone, Serialize)]
pub struct LayerState {
    pub layer: Layer,
    pub active: bool,
    /// What it does when active; why it is off and what that leaves open otherwise.
    pub note: String,
}

/// What the machine supports (independent of the level asked for).
struct Support {
    landlock: Result<u32, String>,
    namespaces: Result<(), String>,
    seccomp: Result<(), String>,
}

fn support() -> &'static Support {
    static SUPPORT: OnceLock<Support> = OnceLock::new();
    SUPPORT.get_or_init(|| Support {
        landlock: landlock::abi().ok_or_else(|| {
            "the kernel has no Landlock (needs Linux 5.13+ with landlock in the LSM list)"
                .to_string()
        }),
        namespaces: cached_namespace_probe(),
        seccomp: if seccomp::available() {
            Ok(())
        } else {
            Err("the kernel has no seccomp filter support".into())
        },
    })
}

/// The namespace probe forks and builds namespaces (~1–2 ms); its answer only changes
/// with the kernel, its settings or the user, so it is cached per boot in the user's
/// cache directory. `pygrade doctor` always probes afresh.
fn cached_namespace_probe() -> Result<(), String> {
    let key = format!(
        "{}|{}|{}",
        std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
            .unwrap_or_default()
            .trim(),
        std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .unwrap_or_default()
            .trim(),
        // SAFETY: no side effects.
        unsafe { libc::geteuid() }
    );
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|d| d.join("pygrade").join("namespaces-probe"));
    let fresh = std::env::var_os("PYGRADE_FRESH_PROBE").is_some();
    if let (Some(path), false) = (&cache, fresh) {
        if let Ok(text) = std::fs::read_to_string(path) {
            if let Some((k, answer)) = text.split_once('\n') {
                if k == key {
                    return if answer.is_empty() {
                        Ok(())
                    } else {
                        Err(answer.to_string())
                    };
                }
            }
        }
    }
    let result = namespaces::probe();
    if let Some(path) = cache {
        let answer = result.as_ref().err().cloned().unwrap_or_default();
        let _ = crate::fsutil::write_atomic(&path, format!("{key}\n{answer}").as_bytes());
    }
    result
}

/// Which layers a run at `cap` uses. `Partial` keeps Landlock and seccomp and drops
/// namespaces, the layer most likely to misbehave on unusual systems.
#[derive(Debug, Clone, Copy)]
struct Enabled {
    landlock: Option<u32>,
    namespaces: bool,
    seccomp: bool,
}

fn enabled(cap: Level) -> Enabled {
    let s = support();
    Enabled {
        landlock: if cap >= Level::Partial {
            s.landlock.as_ref().ok().copied()
        } else {
            None
        },
        namespaces: cap == Level::Full && s.namespaces.is_ok(),
        seccomp: cap >= Level::Partial && s.seccomp.is_ok(),
    }
}

fn level_of(e: Enabled) -> Level {
    match (e.landlock.is_some(), e.namespaces, e.seccomp) {
        (true, true, true) => Level::Full,
        (false, false, false) => Level::Minimal,
        _ => Level::Partial,
    }
}

/// The level runs actually get, at most `cap`, and the state of each layer.
pub fn probe(cap: Level) -> (Level, Vec<LayerState>) {
    let s = support();
    let e = enabled(cap);
    let off = |why: &Result<(), String>, forced: bool| match (forced, why) {
        (true, _) => format!("off: level capped at {}", cap.name()),
        (false, Err(w)) => w.clone(),
        (false, Ok(())) => String::new(),
    };
    let landlock_note = match (&e.landlock, &s.landlock) {
        (Some(abi), _) => format!("ABI {abi}: read-only system and interpreter, read-write only the run's temp dir; $HOME, the workspace and /tmp unreachable{}", if *abi >= 6 { "; signals and abstract sockets scoped" } else { "" }),
        (None, Err(w)) if cap >= Level::Partial => format!("{w}; leaves open: reading and writing any file pygrade's user can"),
        (None, _) => format!("off: level capped at {}; leaves open: reading and writing any file pygrade's user can", cap.name()),
    };
    let ns_note = if e.namespaces {
        let init = match namespaces::init_program() {
            Some(_) => "pygrade-init is PID 1 (exec'd: it holds nothing of pygrade's)",
            None => "a fork of pygrade is PID 1 (pygrade-init is not installed beside pygrade; the fork is not dumpable)",
        };
        format!("user, mount, network (loopback only), IPC and PID namespaces; {init}, with the run's own /proc; the filesystem is a fresh root of read-only system dirs (/usr, /etc, /lib…) and the run's own dirs, nothing else of the host")
    } else {
        format!("{}; leaves open: network access, other processes' sockets in /tmp and /run, processes outliving the run via setsid", off(&s.namespaces, cap < Level::Full))
    };
    let sc_note = if e.seccomp {
        "denies setsid/setpgid, ptrace, mount, namespaces, keyctl, bpf, io_uring, perf; sockets only Unix, IPv4, IPv6".to_string()
    } else {
        format!("{}; leaves open: ptrace, new sessions, kernel attack surface (bpf, io_uring, keyrings)", off(&s.seccomp, cap < Level::Partial))
    };
    // SAFETY: no side effects.
    let root = unsafe { libc::geteuid() } == 0;
    let pids_cgroup = matches!(
        cgroup::support(),
        Cgroups::V1 { pids: Some(_), .. } | Cgroups::V2 { pids: true, .. }
    );
    let (limit_active, limit_note) = match (root, pids_cgroup, e.namespaces) {
        (true, _, true) => (true, "the run is `nobody` in its own user namespace (no capabilities, host files protected by their permissions); RLIMIT_NPROC caps its processes".to_string()),
        (true, true, false) => (true, "a pids cgroup caps the run's processes (root is exempt from RLIMIT_NPROC)".to_string()),
        (true, false, false) => (false, "running as root, which RLIMIT_NPROC exempts, without a pids cgroup; a fork bomb is stopped by the timeout and dies with the process group".to_string()),
        (false, _, true) => (true, "RLIMIT_NPROC inside the run's user namespace caps processes per run".to_string()),
        (false, _, false) => (false, "RLIMIT_NPROC counts all of your processes outside a user namespace, so it is not set; a fork bomb is stopped only by the timeout".to_string()),
    };
    let memory_note = match cgroup::support() {
        _ if cap == Level::Minimal => (false, "off: level capped at minimal; leaves open: a run's processes together may use more than the exercise's memory limit".to_string()),
        Cgroups::V1 { .. } => (true, "a memory cgroup (v1) per run caps its processes together at the exercise's memory limit plus the run dir's 512 MiB; the kernel kills past it".to_string()),
        Cgroups::V2 { .. } => (true, "a memory cgroup (v2) per run caps its processes together at the exercise's memory limit plus the run dir's 512 MiB".to_string()),
        Cgroups::None(why) => (false, format!("{why}; leaves open: a run's processes together may use more than the exercise's memory limit (each one alone is capped by RLIMIT_AS, their number by the process limit)")),
    };
    let states = vec![
        LayerState {
            layer: Layer::Landlock,
            active: e.landlock.is_some(),
            note: landlock_note,
        },
        LayerState {
            layer: Layer::Namespaces,
            active: e.namespaces,
            note: ns_note,
        },
        LayerState {
            layer: Layer::Seccomp,
            active: e.seccomp,
            note: sc_note,
        },
        LayerState {
            layer: Layer::ProcessLimit,
            active: limit_active,
            note: limit_note,
        },
        LayerState {
            layer: Layer::MemoryLimit,
            active: memory_note.0,
            note: memory_note.1,
        },
    ];
    (level_of(e), states)
}

/// The part that moves into the pre_exec closure.
pub struct ChildSteps {
    cgroups: Vec<CString>,
    namespaces: Option<namespaces::Prepared>,
    nproc: Option<u64>,
    landlock: Option<landlock::Prepared>,
    seccomp: Option<seccomp::Program>,
}

/// What the child applies to itself; built before fork. `cgroups`: the files of the
/// run's groups, which the child joins first.
pub fn prepare(job: &Job, cap: Level, cgroups: Vec<CString>) -> io::Result<ChildSteps> {
    let e = enabled(cap);
    // SAFETY: no side effects.
    let root = unsafe { libc::geteuid() } == 0;
    if root && e.namespaces {
        give_dirs(job)?;
    }
    let landlock = e
        .landlock
        .map(|abi| landlock::Policy::standard(&job.read_dirs, &[], &job.write_dirs).compile(abi));
    Ok(ChildSteps {
        cgroups,
        namespaces: e
            .namespaces
            .then(|| namespaces::prepare(&job.read_dirs, &job.write_dirs, &job.dir)),
        // In its own user namespace the run is an ordinary user (nobody, when pygrade
        // is root), so RLIMIT_NPROC counts its processes alone.
        nproc: e.namespaces.then_some(job.limits.processes),
        landlock,
        seccomp: e.seccomp.then(seccomp::compile),
    })
}

/// The run's program is `nobody` on the host when pygrade is root (and namespaces are
/// on): its directories must be its own. Also for a warm interpreter's next run.
pub fn give_dirs(job: &Job) -> io::Result<()> {
    for dir in &job.write_dirs {
        hand_over(dir, namespaces::UNPRIVILEGED)?;
    }
    Ok(())
}

/// Whether runs at `cap` are `nobody` on the host (their dirs must be handed over).
pub fn runs_as_nobody(cap: Level) -> bool {
    // SAFETY: no side effects.
    let root = unsafe { libc::geteuid() } == 0;
    root && enabled(cap).namespaces
}

/// Give `dir` and everything in it (links themselves, never their targets) to `owner`.
fn hand_over(dir: &std::path::Path, owner: (libc::uid_t, libc::gid_t)) -> io::Result<()> {
    std::os::unix::fs::lchown(dir, Some(owner.0), Some(owner.1))?;
    if std::fs::symlink_metadata(dir)?.is_dir() {
        for entry in std::fs::read_dir(dir)? {
            hand_over(&entry?.path(), owner)?;
        }
    }
    Ok(())
}

impl ChildSteps {
    /// Runs between fork and exec: raw syscalls only, no allocation.
    pub fn apply(&self) -> io::Result<()> {
        for file in &self.cgroups {
            // SAFETY: prepared path; raw syscalls.
            unsafe { cgroup::join(file)? };
        }
        if let Some(ns) = &self.namespaces {
            // SAFETY: we are the freshly forked child; only the innermost process returns.
            unsafe { ns.enter()? };
        }
        if let Some(n) = self.nproc {
            let lim = libc::rlimit {
                rlim_cur: n as libc::rlim_t,
                rlim_max: n as libc::rlim_t,
            };
            // SAFETY: plain syscall on a stack value.
            unsafe { libc::setrlimit(libc::RLIMIT_NPROC, &lim) };
        }
        if self.landlock.is_some() || self.seccomp.is_some() {
            // SAFETY: plain syscall; required by both Landlock and seccomp.
            if unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        if let Some(policy) = &self.landlock {
            policy.restrict()?;
        }
        if let Some(program) = &self.seccomp {
            program.install()?;
        }
        Ok(())
    }
}
