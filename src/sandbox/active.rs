//! The runs in flight in this process, so they can be stopped from outside the thread
//! that waits for them: watch mode cancels a run when the learner quits or saves again,
//! and a signal to pygrade stops every run before pygrade exits.
use std::sync::Mutex;

/// How a run is stopped.
enum Stop {
    /// Kill its process group.
    Group(libc::pid_t),
    /// Ask its warm interpreter to kill it.
    Warm(std::os::unix::net::UnixStream),
}

struct Entry {
    id: u64,
    stop: Stop,
    cancelled: bool,
}

static ACTIVE: Mutex<Vec<Entry>> = Mutex::new(Vec::new());
static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Registration of one running run; unregistered when dropped.
pub struct Registered {
    id: u64,
}

fn add(stop: Stop) -> Registered {
    let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    lock().push(Entry {
        id,
        stop,
        cancelled: false,
    });
    Registered { id }
}

/// A run that is its own process group.
pub fn register(pid: libc::pid_t) -> Registered {
    add(Stop::Group(pid))
}

/// A run in a warm interpreter, stopped through its control socket.
pub fn register_warm(control: std::os::unix::net::UnixStream) -> Registered {
    add(Stop::Warm(control))
}

impl Registered {
    /// Whether [`cancel_all`] stopped this run.
    pub fn cancelled(&self) -> bool {
        lock().iter().any(|e| e.id == self.id && e.cancelled)
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        lock().retain(|e| e.id != self.id);
    }
}

/// Stop every run of this process (their waiters see `Cancelled`).
pub fn cancel_all() {
    for e in lock().iter_mut() {
        e.cancelled = true;
        match &e.stop {
            // SAFETY: plain syscall; the group is a child's own (process_group(0)).
            Stop::Group(pid) => unsafe {
                libc::killpg(*pid, libc::SIGKILL);
            },
            Stop::Warm(control) => {
                use std::io::Write;
                let _ = (&*control).write_all(b"{\"kill\": 1}\n");
            }
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
