//! Runs one untrusted program and captures what it did. Knows nothing of exercises.
//!
//! Layer 1 (always): a caller-made temp dir as cwd/HOME/TMPDIR, a cleared environment,
//! stdin given or closed, a new process group, a wall-clock timeout, concurrent capped
//! reads of stdout and stderr, the whole group killed and reaped on timeout, cap or
//! exit, inherited descriptors closed. Layer 2: rlimits. Layers 3–5 (Landlock,
//! namespaces, seccomp) plug in through [`layers`].
pub mod active;
mod capture;
mod cgroup;
mod landlock;
pub mod layers;
mod namespaces;
mod rlimits;
mod rootfs;
mod seccomp;
pub mod zygote;

use std::ffi::OsString;
use std::io::{self, Write};
use std::os::fd::RawFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub use layers::{Layer, LayerState, Level};

/// Resource limits for one run.
#[derive(Debug, Clone)]
pub struct Limits {
    pub wall: Duration,
    pub cpu_seconds: u64,
    pub memory_bytes: u64,
    pub file_bytes: u64,
    pub open_files: u64,
    /// Process cap; only enforceable inside a user namespace (root ignores it).
    pub processes: u64,
    /// Per stream.
    pub output_bytes: usize,
    /// All of the run's processes together (where a memory cgroup is available).
    pub total_memory_bytes: u64,
}

impl Limits {
    pub fn new(wall: Duration, memory_mb: u64, output_kb: usize) -> Limits {
        Limits {
            wall,
            cpu_seconds: wall.as_secs() + 2,
            memory_bytes: memory_mb * 1024 * 1024,
            file_bytes: 64 * 1024 * 1024,
            open_files: 256,
            processes: 128,
            output_bytes: output_kb * 1024,
            // The run dir is a 512 MiB tmpfs whose pages count as the run's memory.
            total_memory_bytes: (memory_mb + 512) * 1024 * 1024,
        }
    }
}

/// One program to run.
#[derive(Debug, Clone)]
pub struct Job {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    /// The run's private directory: cwd, HOME and (under `tmp/`) TMPDIR.
    pub dir: PathBuf,
    pub env: Vec<(String, String)>,
    pub stdin: Option<Vec<u8>>,
    pub limits: Limits,
    /// Directories the program may read (interpreter prefixes, venv, grader files).
    pub read_dirs: Vec<PathBuf>,
    /// Directories the program may write (the run's work and tmp dirs).
    pub write_dirs: Vec<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Exited(i32),
    Signaled(i32),
    TimedOut,
    /// A stream passed its cap; the group was killed.
    OutputCapped(&'static str),
    /// Stopped from outside ([`active::cancel_all`]): no verdict to draw.
    Cancelled,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
    /// Something outside the process group (a setsid'd escapee) still held the output
    /// pipes after the program exited; we stopped waiting for it.
    pub lingering: bool,
    /// Stopped at its deadline: the share of one CPU its processes used until then
    /// (near 0: it was waiting; near 1 or more: it was computing).
    pub busy: Option<f64>,
    /// The kernel killed a process of the run for the run's total memory cap.
    pub memory_capped: bool,
}

/// Remove cgroups a dead pygrade left behind.
pub fn sweep_cgroups() {
    cgroup::sweep();
}

/// Run `job` under every layer the machine supports at the requested level.
pub fn run(job: &Job, level: Level) -> io::Result<Outcome> {
    let started = spawn(job, level, Stdio::piped(), Stdio::piped(), None)?;
    let (mut child, group, oom_before, start) =
        (started.child, started.group, started.oom_before, started.at);
    if let (Some(stdin), Some(bytes)) = (child.stdin.take(), job.stdin.clone()) {
        feed(stdin, bytes);
    }
    let registered = active::register(child.id() as libc::pid_t);
    let captured = capture::collect(&mut child, start + job.limits.wall, job.limits.output_bytes)?;
    let memory_capped = group.as_ref().is_some_and(|g| g.oom_kills() > oom_before);
    drop(group);
    let status = match captured.stop {
        _ if registered.cancelled() => Status::Cancelled,
        capture::Stop::Deadline => Status::TimedOut,
        capture::Stop::Capped(stream) => Status::OutputCapped(stream),
        capture::Stop::Finished(exit) => match (exit.code(), exit.signal()) {
            (Some(code), _) => Status::Exited(code),
            (None, Some(sig)) => Status::Signaled(sig),
            (None, None) => Status::Exited(-1),
        },
    };
    Ok(Outcome {
        status,
        stdout: captured.stdout,
        stderr: captured.stderr,
        busy: captured
            .cpu_at_deadline
            .map(|cpu| cpu.as_secs_f64() / job.limits.wall.as_secs_f64().max(0.001)),
        elapsed: start.elapsed(),
        lingering: captured.lingering,
        memory_capped,
    })
}

/// A sandboxed process that was started, and what its end will be measured against.
pub struct Started {
    pub child: std::process::Child,
    group: Option<cgroup::Group>,
    oom_before: u64,
    at: Instant,
}

impl Started {
    /// Times the kernel killed one of its processes for the total memory cap.
    pub fn oom_kills(&self) -> u64 {
        self.group.as_ref().map(|g| g.oom_kills()).unwrap_or(0)
    }
}

/// Start `job` in the background, for a long-lived sandboxed program (a warm
/// interpreter): stdout discarded, stderr to `stderr`, and `keep` (a descriptor of
/// ours) left open in it under the same number.
pub fn start(job: &Job, level: Level, stderr: std::fs::File, keep: RawFd) -> io::Result<Started> {
    spawn(job, level, Stdio::null(), Stdio::from(stderr), Some(keep))
}

fn spawn(
    job: &Job,
    level: Level,
    stdout: Stdio,
    stderr: Stdio,
    keep: Option<RawFd>,
) -> io::Result<Started> {
    let mut cmd = Command::new(&job.program);
    cmd.args(&job.args)
        .current_dir(&job.dir)
        .env_clear()
        .envs(job.env.iter().map(|(k, v)| (k, v)))
        .stdin(if job.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(stdout)
        .stderr(stderr)
        .process_group(0);
    // Everything that allocates happens here, before fork; the closure only makes
    // raw syscalls with what was prepared.
    let limits = rlimits::prepare(&job.limits);
    // SAFETY: no side effects.
    let pygrade = unsafe { libc::getpid() };
    let group = if level > Level::Minimal {
        cgroup::per_run(job.limits.total_memory_bytes, job.limits.processes)?
    } else {
        None
    };
    let steps = layers::prepare(
        job,
        level,
        group.as_ref().map(|g| g.join.clone()).unwrap_or_default(),
    )?;
    // SAFETY: the closure runs between fork and exec; it calls only async-signal-safe
    // functions (setrlimit, close_range, fcntl, and the raw syscalls of `layers`) on
    // data prepared above, and allocates nothing.
    unsafe {
        cmd.pre_exec(move || {
            // Die with pygrade, however it dies (SIGKILL included); if it is already
            // gone, do not start at all.
            libc::prctl(
                libc::PR_SET_PDEATHSIG,
                libc::SIGKILL as libc::c_ulong,
                0,
                0,
                0,
            );
            if libc::getppid() != pygrade {
                libc::_exit(126);
            }
            crate::shutdown::reset_in_child();
            rlimits::apply(&limits)?;
            // Descriptors we did not mean to pass (inherited by pygrade from its own
            // parent) must not reach learner code.
            libc::syscall(
                libc::SYS_close_range,
                3u32,
                u32::MAX,
                libc::CLOSE_RANGE_CLOEXEC,
            );
            if let Some(fd) = keep {
                libc::fcntl(fd, libc::F_SETFD, 0);
            }
            steps.apply()
        });
    }
    let oom_before = group.as_ref().map(|g| g.oom_kills()).unwrap_or(0);
    let at = Instant::now();
    let child = cmd.spawn()?;
    Ok(Started {
        child,
        group,
        oom_before,
        at,
    })
}

/// Write `bytes` to a program's stdin (any writer: a child's pipe, a pipe we made)
/// from a thread of its own.
pub fn feed(mut stdin: impl Write + Send + 'static, bytes: Vec<u8>) {
    // A learner program may never read its stdin: a writer thread keeps a full pipe
    // from blocking us, and a broken pipe is not our problem.
    std::thread::spawn(move || {
        // A program that exits without reading must not kill pygrade with SIGPIPE:
        // blocked here, the write fails with EPIPE instead.
        // SAFETY: sigset_t is plain data; these calls only touch this thread's mask.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigaddset(&mut set, libc::SIGPIPE);
            libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        }
        let _ = stdin.write_all(&bytes);
    });
}

/// Human name for a signal number, for verdicts.
pub fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGKILL => "SIGKILL",
        libc::SIGSEGV => "SIGSEGV (segmentation fault)",
        libc::SIGABRT => "SIGABRT (abort)",
        libc::SIGXCPU => "SIGXCPU (CPU time limit)",
        libc::SIGXFSZ => "SIGXFSZ (file size limit)",
        libc::SIGTERM => "SIGTERM",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGILL => "SIGILL",
        libc::SIGSYS => "SIGSYS (blocked system call)",
        libc::SIGPIPE => "SIGPIPE",
        _ => "a signal",
    }
}
