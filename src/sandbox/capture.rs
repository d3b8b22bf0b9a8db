//! Reads stdout and stderr at once (so neither pipe can fill and stall the child),
//! enforces the output cap and the deadline, and kills the whole process group.
use std::io::{self, Read};
use std::os::fd::{AsRawFd, OwnedFd};
use std::process::{Child, ExitStatus};
use std::time::{Duration, Instant};

use wait_timeout::ChildExt;

pub enum Stop {
    Finished(ExitStatus),
    Deadline,
    Capped(&'static str),
}

pub struct Captured {
    pub stop: Stop,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub lingering: bool,
    /// CPU time the run's processes had used when the deadline stopped them.
    pub cpu_at_deadline: Option<Duration>,
}

/// How long we keep reading after the program exited and its group was killed, in
/// case something outside the group still holds the pipes.
pub(super) const GRACE: Duration = Duration::from_millis(500);
/// Poll slice while waiting: bounds how late we notice an exit whose pipes stay open.
pub(super) const SLICE: Duration = Duration::from_millis(100);

pub fn collect(child: &mut Child, deadline: Instant, cap: usize) -> io::Result<Captured> {
    let pid = child.id() as libc::pid_t;
    let as_file = |fd: Option<OwnedFd>| fd.map(std::fs::File::from);
    let mut streams = [
        Stream::new(as_file(child.stdout.take().map(OwnedFd::from)), "stdout"),
        Stream::new(as_file(child.stderr.take().map(OwnedFd::from)), "stderr"),
    ];
    let mut stop: Option<Stop> = None;
    let mut exited_at: Option<Instant> = None;
    let mut lingering = false;
    let mut cpu_at_deadline = None;
    loop {
        let open: Vec<usize> = (0..2).filter(|&i| streams[i].pipe.is_some()).collect();
        if open.is_empty() {
            break;
        }
        let now = Instant::now();
        if stop.is_none() && now >= deadline {
            cpu_at_deadline = group_cpu(pid);
            kill_group(pid);
            stop = Some(Stop::Deadline);
        }
        if let Some(t) = exited_at {
            if now >= t + GRACE {
                lingering = true;
                break;
            }
        }
        let Some(fds) = wait_readable(open.iter().map(|&i| streams[i].fd()), deadline, now)? else {
            continue;
        };
        for (slot, &i) in fds.iter().zip(&open) {
            if slot.revents != 0 && streams[i].read_some(cap) && stop.is_none() {
                kill_group(pid);
                stop = Some(Stop::Capped(streams[i].name));
            }
        }
        if exited_at.is_none() && has_exited(pid) {
            // Kill stragglers while the leader is an unreaped zombie, so its pid (and
            // so the group id) cannot have been reused.
            kill_group(pid);
            exited_at = Some(Instant::now());
        }
    }
    // The pipes are closed; the program itself may still be finishing (under the
    // namespace layer its status passes through a reaper first). Wait for it until the
    // deadline, then kill whatever is left of its group.
    let status = match stop {
        Some(_) => {
            kill_group(pid);
            child.wait()?
        }
        None => match child.wait_timeout(deadline.saturating_duration_since(Instant::now()))? {
            Some(s) => s,
            None => {
                cpu_at_deadline = group_cpu(pid);
                kill_group(pid);
                stop = Some(Stop::Deadline);
                child.wait()?
            }
        },
    };
    kill_group(pid);
    let [out, err] = streams;
    Ok(Captured {
        stop: stop.unwrap_or(Stop::Finished(status)),
        stdout: out.buf,
        stderr: err.buf,
        lingering,
        cpu_at_deadline,
    })
}

/// CPU time (user + system, with reaped children) of every process in group `pgid`:
/// tells a program that computes until the deadline from one that waits for it.
fn group_cpu(pgid: libc::pid_t) -> Option<Duration> {
    // SAFETY: no side effects.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if ticks <= 0 {
        return None;
    }
    let mut total: u64 = 0;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // The command name may hold spaces and parentheses: fields start after the last ')'.
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let f: Vec<&str> = rest.split_whitespace().collect();
        if f.get(2).and_then(|g| g.parse::<libc::pid_t>().ok()) != Some(pgid) {
            continue;
        }
        total += f[11..15.min(f.len())]
            .iter()
            .filter_map(|v| v.parse::<u64>().ok())
            .sum::<u64>();
    }
    Some(Duration::from_millis(total * 1000 / ticks as u64))
}

/// Poll `fds` for input until one is readable or a slice of time (at most until
/// `deadline`) passed. None when a signal interrupted the wait.
pub(super) fn wait_readable(
    fds: impl Iterator<Item = i32>,
    deadline: Instant,
    now: Instant,
) -> io::Result<Option<Vec<libc::pollfd>>> {
    let mut fds: Vec<libc::pollfd> = fds
        .map(|fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    let wait = deadline
        .saturating_duration_since(now)
        .min(SLICE)
        .max(Duration::from_millis(1));
    // SAFETY: fds is a valid slice of pollfd for the duration of the call.
    let n = unsafe {
        libc::poll(
            fds.as_mut_ptr(),
            fds.len() as libc::nfds_t,
            wait.as_millis() as i32,
        )
    };
    if n < 0 {
        let err = io::Error::last_os_error();
        if err.kind() == io::ErrorKind::Interrupted {
            return Ok(None);
        }
        return Err(err);
    }
    Ok(Some(fds))
}

pub(super) struct Stream<R> {
    pub(super) pipe: Option<R>,
    pub(super) buf: Vec<u8>,
    pub(super) name: &'static str,
}

impl<R: Read + AsRawFd> Stream<R> {
    pub(super) fn new(pipe: Option<R>, name: &'static str) -> Self {
        Stream {
            pipe,
            buf: Vec::new(),
            name,
        }
    }

    pub(super) fn fd(&self) -> i32 {
        self.pipe.as_ref().map(|p| p.as_raw_fd()).unwrap_or(-1)
    }

    /// Read what is available; returns true when the cap was passed.
    pub(super) fn read_some(&mut self, cap: usize) -> bool {
        let Some(pipe) = self.pipe.as_mut() else {
            return false;
        };
        let mut chunk = [0u8; 64 * 1024];
        match pipe.read(&mut chunk) {
            Ok(0) | Err(_) => {
                self.pipe = None;
                false
            }
            Ok(n) => {
                let room = cap.saturating_sub(self.buf.len());
                self.buf.extend_from_slice(&chunk[..n.min(room)]);
                if n > room {
                    self.pipe = None;
                    return true;
                }
                false
            }
        }
    }
}

fn has_exited(pid: libc::pid_t) -> bool {
    // SAFETY: siginfo_t is plain data; WNOWAIT leaves the child for `wait`.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer to a zeroed siginfo_t.
    let rc = unsafe {
        libc::waitid(
            libc::P_PID,
            pid as libc::id_t,
            &mut info,
            libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
        )
    };
    // SAFETY: reading the pid field of a siginfo_t that waitid filled (or left zero).
    rc == 0 && unsafe { info.si_pid() } != 0
}

fn kill_group(pid: libc::pid_t) {
    // SAFETY: plain syscall; the group is the child's own (process_group(0)).
    unsafe {
        libc::killpg(pid, libc::SIGKILL);
    }
}
