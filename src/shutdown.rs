//! What pygrade undoes when it is told to stop (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT):
//! every sandboxed run is killed, every run directory removed, the terminal restored,
//! and then pygrade dies of the same signal. The signals are taken by one thread
//! (`sigwait`), so no cleanup code runs inside a signal handler. Killed outright
//! (SIGKILL), pygrade cannot clean up: its runs die with it (parent-death signal) and
//! the next pygrade sweeps their directories.
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::sandbox::active;

static DIRS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static STOPPING: AtomicBool = AtomicBool::new(false);
static TERMINAL: Mutex<Option<(i32, libc::termios)>> = Mutex::new(None);

const SIGNALS: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

fn signal_set() -> libc::sigset_t {
    // SAFETY: sigset_t is plain data initialised by sigemptyset.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for s in SIGNALS {
            libc::sigaddset(&mut set, s);
        }
        set
    }
}

/// Call first in `main`, before any other thread starts (they inherit the mask).
pub fn install() {
    let set = signal_set();
    // SAFETY: changes only this thread's mask; threads spawned later inherit it.
    unsafe {
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
    std::thread::spawn(move || loop {
        let mut sig: libc::c_int = 0;
        // SAFETY: waits for one of the blocked signals.
        if unsafe { libc::sigwait(&set, &mut sig) } == 0 {
            stop(sig);
        }
    });
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
        let set = signal_set();
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
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
