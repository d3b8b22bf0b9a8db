//! The runs in flight in this process, so they can be stopped from outside the thread
//! that waits for them: watch mode cancels a run when the learner quits or saves again,
//! and a signal to pygrade stops every run before pygrade exits.
use std::sync::Mutex;

struct Entry {
    pid: libc::pid_t,
    cancelled: bool,
}

static ACTIVE: Mutex<Vec<Entry>> = Mutex::new(Vec::new());

/// Registration of one running process group; unregistered when dropped.
pub struct Registered {
    pid: libc::pid_t,
}

pub fn register(pid: libc::pid_t) -> Registered {
    lock().push(Entry {
        pid,
        cancelled: false,
    });
    Registered { pid }
}

impl Registered {
    /// Whether [`cancel_all`] stopped this run.
    pub fn cancelled(&self) -> bool {
        lock().iter().any(|e| e.pid == self.pid && e.cancelled)
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        lock().retain(|e| e.pid != self.pid);
    }
}

/// Kill every running process group of this process (their waiters see `Cancelled`).
pub fn cancel_all() {
    for e in lock().iter_mut() {
        e.cancelled = true;
        // SAFETY: plain syscall; the group is a child's own (process_group(0)).
        unsafe {
            libc::killpg(e.pid, libc::SIGKILL);
        }
    }
}

/// How many runs are in flight.
pub fn count() -> usize {
    lock().len()
}

fn lock() -> std::sync::MutexGuard<'static, Vec<Entry>> {
    ACTIVE.lock().unwrap_or_else(|p| p.into_inner())
}
