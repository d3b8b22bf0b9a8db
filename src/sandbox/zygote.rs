//! A warm interpreter: a Python process started under the full sandbox that has
//! imported an exercise's slow third-party modules and forks one child per run (see
//! `zygote.py`). pygrade hands each run its stdin, stdout and stderr over a Unix
//! socket and captures them as for a cold run (same caps, same deadline); the zygote
//! reports the child's end only after it has killed and reaped everything the run
//! started, so the next run begins with nothing of this one alive.
use std::io::{self, BufRead, BufReader, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use super::capture::{wait_readable, Stream, GRACE};
use super::{active, Job, Level, Outcome, Started, Status};

const SOURCE: &str = include_str!("zygote.py");
/// In the zygote's argv, so that it can be told apart (and found by tests).
pub const MARKER: &str = "pygrade-zygote";

pub struct Zygote {
    /// How long importing the modules took (measured inside the sandbox).
    pub import_time: Duration,
    started: Started,
    ctl: UnixStream,
    replies: BufReader<UnixStream>,
    /// The zygote's stderr (a host file): why it failed to start, if it did.
    stderr: std::path::PathBuf,
}

/// Start a zygote for runs like `job` (its interpreter, dirs, environment and
/// limits), importing `modules`; waits until they are imported. `tag` goes into its
/// argv (tests look for it).
pub fn start(
    job: &Job,
    level: Level,
    modules: &[String],
    tag: &str,
    stderr: std::path::PathBuf,
) -> io::Result<Zygote> {
    let (ours, theirs) = UnixStream::pair()?;
    let mut zjob = job.clone();
    zjob.args = vec![
        "-B".into(),
        "-c".into(),
        SOURCE.into(),
        MARKER.into(),
        theirs.as_raw_fd().to_string().into(),
        tag.into(),
    ];
    zjob.args.extend(modules.iter().map(Into::into));
    zjob.stdin = None;
    // The zygote lives across runs: its own CPU and wall time are not a run's. Each
    // child gets the run's CPU limit from the zygote; pygrade keeps each run's deadline.
    zjob.limits.cpu_seconds = 24 * 3600;
    let file = std::fs::File::create(&stderr)?;
    let started = super::start(&zjob, level, file, theirs.as_raw_fd())?;
    drop(theirs);
    let replies = BufReader::new(ours.try_clone()?);
    let mut z = Zygote {
        import_time: Duration::ZERO,
        started,
        ctl: ours,
        replies,
        stderr,
    };
    // Importing may take seconds on a loaded machine; bounded all the same.
    z.ctl.set_read_timeout(Some(Duration::from_secs(120)))?;
    match z.reply()? {
        Reply::Ready(seconds) => {
            z.import_time = Duration::from_secs_f64(seconds.max(0.0));
            Ok(z)
        }
        Reply::Failed(why) => Err(io::Error::other(why)),
        other => Err(io::Error::other(format!(
            "unexpected first reply {other:?}"
        ))),
    }
}

#[derive(Debug)]
enum Reply {
    Ready(f64),
    Failed(String),
    Started,
    Exited(i32),
    Signaled(i32),
}

impl Zygote {
    fn reply(&mut self) -> io::Result<Reply> {
        let mut line = String::new();
        if self.replies.read_line(&mut line)? == 0 {
            // Written by the zygote: read capped, like anything a sandbox wrote.
            let mut why = String::new();
            if let Ok(f) = std::fs::File::open(&self.stderr) {
                use std::io::Read;
                let _ = f.take(64 * 1024).read_to_string(&mut why);
            }
            let last = why.lines().last().unwrap_or("it exited").to_string();
            return Err(io::Error::other(format!(
                "the warm interpreter ended: {last}"
            )));
        }
        let v: serde_json::Value =
            serde_json::from_str(line.trim()).map_err(|e| io::Error::other(e.to_string()))?;
        let int = |k: &str| v.get(k).and_then(|x| x.as_i64()).map(|x| x as i32);
        Ok(if v.get("ready").is_some() {
            Reply::Ready(v.get("imports").and_then(|x| x.as_f64()).unwrap_or(0.0))
        } else if let Some(why) = v.get("failed").and_then(|x| x.as_str()) {
            Reply::Failed(why.to_string())
        } else if v.get("started").is_some() {
            Reply::Started
        } else if let Some(code) = int("exit") {
            Reply::Exited(code)
        } else if let Some(sig) = int("signal") {
            Reply::Signaled(sig)
        } else {
            return Err(io::Error::other(format!("unexpected reply {line:?}")));
        })
    }

    /// Whether the zygote process is still there.
    pub fn alive(&mut self) -> bool {
        matches!(self.started.child.try_wait(), Ok(None))
    }

    /// Run `job` (its args as for `python`: `-B script args…`) in a fresh child.
    pub fn run(&mut self, job: &Job) -> io::Result<Outcome> {
        let argv: Vec<String> = job
            .args
            .iter()
            .skip_while(|a| a.to_str() == Some("-B"))
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let env: serde_json::Map<String, serde_json::Value> = job
            .env
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect();
        let request = serde_json::json!({
            "argv": argv,
            "env": env,
            "cwd": job.dir.display().to_string(),
            "cpu_seconds": job.limits.cpu_seconds,
        });
        let (in_r, in_w) = pipe()?;
        let (out_r, out_w) = pipe()?;
        let (err_r, err_w) = pipe()?;
        let line = format!("{request}\n");
        send_with_fds(
            &self.ctl,
            line.as_bytes(),
            &[in_r.as_raw_fd(), out_w.as_raw_fd(), err_w.as_raw_fd()],
        )?;
        drop((in_r, out_w, err_w));
        let stdin = std::fs::File::from(in_w);
        match job.stdin.clone() {
            Some(bytes) => super::feed(stdin, bytes),
            None => drop(stdin),
        }
        let oom_before = self.started.oom_kills();
        let start = Instant::now();
        let deadline = start + job.limits.wall;
        self.ctl.set_read_timeout(None)?;
        match self.reply()? {
            Reply::Started => {}
            other => return Err(io::Error::other(format!("unexpected reply {other:?}"))),
        }
        let registered = active::register_warm(self.ctl.try_clone()?);
        let mut streams = [
            Stream::new(Some(std::fs::File::from(out_r)), "stdout"),
            Stream::new(Some(std::fs::File::from(err_r)), "stderr"),
        ];
        let mut stop: Option<Status> = None;
        let mut ended: Option<Status> = None;
        let mut ended_at: Option<Instant> = None;
        let mut lingering = false;
        let mut killed_at: Option<Instant> = None;
        let mut broken = false;
        let ctl_fd = self.ctl.as_raw_fd();
        while ended.is_none() || streams.iter().any(|s| s.pipe.is_some()) {
            if ended.is_none() && !self.replies.buffer().is_empty() {
                ended = Some(self.end()?);
                ended_at = Some(Instant::now());
                continue;
            }
            let now = Instant::now();
            if stop.is_none() && now >= deadline {
                stop = Some(Status::TimedOut);
                self.kill()?;
                killed_at = Some(now);
            }
            // A zygote that does not report a stopped run within the grace period is
            // broken: it is killed (with the whole run) and never lent again.
            if ended.is_none() && killed_at.is_some_and(|t| now >= t + GRACE * 4) {
                self.destroy();
                broken = true;
                break;
            }
            if let Some(t) = ended_at {
                if now >= t + GRACE {
                    lingering = true;
                    break;
                }
            }
            let pipes = streams.iter().filter(|s| s.pipe.is_some()).map(|s| s.fd());
            let control = ended.is_none().then_some(ctl_fd);
            let Some(fds) = wait_readable(pipes.chain(control), deadline, now)? else {
                continue;
            };
            for slot in &fds {
                if slot.revents == 0 {
                    continue;
                }
                if slot.fd == ctl_fd {
                    ended = Some(self.end()?);
                    ended_at = Some(Instant::now());
                    continue;
                }
                let Some(stream) = streams.iter_mut().find(|s| s.fd() == slot.fd) else {
                    continue;
                };
                if stream.read_some(job.limits.output_bytes) && stop.is_none() {
                    stop = Some(Status::OutputCapped(stream.name));
                    self.kill()?;
                    killed_at = Some(Instant::now());
                }
            }
        }
        let cancelled = registered.cancelled();
        drop(registered);
        if broken && stop.is_none() {
            return Err(io::Error::other("the warm interpreter stopped answering"));
        }
        let status = match (cancelled, stop, ended) {
            (true, _, _) => Status::Cancelled,
            (false, Some(s), _) => s,
            (false, None, Some(s)) => s,
            (false, None, None) => Status::Exited(-1),
        };
        let [out, err] = streams;
        Ok(Outcome {
            status,
            stdout: out.buf,
            stderr: err.buf,
            elapsed: start.elapsed(),
            lingering,
            busy: None,
            memory_capped: self.started.oom_kills() > oom_before,
        })
    }

    /// The child's end, as the zygote reports it (after reaping the whole run).
    fn end(&mut self) -> io::Result<Status> {
        match self.reply()? {
            Reply::Exited(code) => Ok(Status::Exited(code)),
            Reply::Signaled(sig) => Ok(Status::Signaled(sig)),
            other => Err(io::Error::other(format!("unexpected reply {other:?}"))),
        }
    }

    /// Stop the running child (the zygote kills everything of the run).
    fn kill(&mut self) -> io::Result<()> {
        self.ctl.write_all(b"{\"kill\": 1}\n")
    }
}

impl Zygote {
    /// Kill the zygote: its process group, the sandbox's outer process, and with it
    /// the namespace and everything in it.
    fn destroy(&mut self) {
        // SAFETY: plain syscall on the group of our own child.
        unsafe {
            libc::killpg(self.started.child.id() as libc::pid_t, libc::SIGKILL);
        }
        let _ = self.started.child.wait();
    }
}

impl Drop for Zygote {
    fn drop(&mut self) {
        self.destroy();
        let _ = std::fs::remove_file(&self.stderr);
    }
}

fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 writes two descriptors into our array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both descriptors are new and ours alone.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Send `bytes` with `fds` attached (SCM_RIGHTS).
fn send_with_fds(sock: &UnixStream, bytes: &[u8], fds: &[RawFd]) -> io::Result<()> {
    let fd_bytes = std::mem::size_of_val(fds);
    // SAFETY: CMSG_SPACE only computes a size.
    let space = unsafe { libc::CMSG_SPACE(fd_bytes as u32) } as usize;
    let mut control = vec![0u8; space];
    let mut iov = libc::iovec {
        iov_base: bytes.as_ptr() as *mut libc::c_void,
        iov_len: bytes.len(),
    };
    // SAFETY: msghdr is plain data; every pointer set below outlives the sendmsg call.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    msg.msg_controllen = space as _;
    // SAFETY: the control buffer has room for one header and `fds`, as sized above.
    unsafe {
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(fd_bytes as u32) as _;
        std::ptr::copy_nonoverlapping(fds.as_ptr(), libc::CMSG_DATA(cmsg).cast(), fds.len());
    }
    // SAFETY: a valid msghdr on a socket we own.
    let n = unsafe { libc::sendmsg(sock.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    if (n as usize) < bytes.len() {
        // The request is small; a short send would leave the zygote with half a line.
        (&*sock).write_all(&bytes[n as usize..])?;
    }
    Ok(())
}
