//! What pygrade undoes when it is told to stop (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT):
//! every sandboxed run is killed, every run directory removed, the terminal restored,
//! and then pygrade dies of the same signal. The handler only writes the signal to a
//! pipe; a thread does the cleanup, so no cleanup code runs inside a signal handler. Killed outright
//! (SIGKILL), pygrade cannot clean up: its runs die with it (parent-death signal) and
//! the next pygrade sweeps their directories.
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::sandbox::active;

static DIRS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static STOPPING: AtomicBool = AtomicBool::new(false);
static TERMINAL: Mutex<Option<(i32, libc::termios)>> = Mutex::new(None);

const SIGNALS: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

/// In a forked child before exec: the signals back to their defaults, so that a
/// signal there does not report to pygrade's pipe. Async-signal-safe.
pub fn reset_in_child() {
    for sig in SIGNALS {
        // SAFETY: signal(2) with SIG_DFL is async-signal-safe.
        unsafe {
            libc::signal(sig, libc::SIG_DFL);
        }
    }
}

/// The write end of the pipe the signal handler reports on.
static PIPE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(sig: libc::c_int) {
    let fd = PIPE.load(Ordering::Relaxed);
    let byte = sig as u8;
    // SAFETY: write(2) is async-signal-safe; a full pipe just drops the byte.
    unsafe {
        libc::write(fd, (&byte as *const u8).cast(), 1);
    }
}

/// Call first in `main`. A handler (not a blocked mask, which children would inherit)
/// writes the signal to a pipe; a thread reads it and does the cleanup.
pub fn install() {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 fills two descriptors we own from here on.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
        return; // no cleanup on signals; runs still die with pygrade
    }
    PIPE.store(fds[1], Ordering::Relaxed);
    let read_end = fds[0];
    std::thread::spawn(move || {
        let mut pfd = libc::pollfd {
            fd: read_end,
            events: libc::POLLIN,
            revents: 0,
        };
        loop {
            // SAFETY: polling and reading our own pipe.
            unsafe {
                if libc::poll(&mut pfd, 1, -1) < 1 {
                    continue;
                }
                let mut byte = 0u8;
                if libc::read(read_end, (&mut byte as *mut u8).cast(), 1) == 1 {
                    stop(byte as libc::c_int);
                }
            }
        }
    });
    for sig in SIGNALS {
        // SAFETY: a sigaction struct filled field by field; the handler only writes.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as *const () as usize;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(sig, &action, std::ptr::null_mut());
        }
    }
}

fn stop(sig: libc::c_int) -> ! {
    STOPPING.store(true, Ordering::SeqCst);
    active::cancel_all();
    // Their waiters reap them and unregister; give that a moment so nothing is still
    // writing into a directory we remove.
    let deadline = Instant::now() + Duration::from_secs(1);
    while active::count() > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let dirs: Vec<PathBuf> = lock(&DIRS).clone();
    for d in dirs {
        let _ = crate::grade::remove_run_dir(&d);
    }
    if let Some((fd, saved)) = *lock(&TERMINAL) {
        // SAFETY: restoring settings read earlier from the same descriptor.
        unsafe {
            libc::tcsetattr(fd, libc::TCSANOW, &saved);
        }
    }
    // SAFETY: die of the signal we were sent, as the shell expects.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
        libc::_exit(128 + sig)
    }
}

/// Called before pygrade exits normally: if a stop is under way, let it finish (it ends
/// the process) rather than exit with a status the cancelled runs produced.
pub fn wait_if_stopping() {
    if STOPPING.load(Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
}

/// A run directory to remove if pygrade is stopped while it exists.
pub fn track_dir(dir: &Path) {
    lock(&DIRS).push(dir.to_path_buf());
}

pub fn untrack_dir(dir: &Path) {
    lock(&DIRS).retain(|d| d != dir);
}

/// Terminal settings to restore if pygrade is stopped (watch mode's raw mode).
pub fn restore_terminal_on_stop(setting: Option<(i32, libc::termios)>) {
    *lock(&TERMINAL) = setting;
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
