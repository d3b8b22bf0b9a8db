//! Layer 4: unprivileged namespaces. The child enters new user, mount, network, IPC and
//! PID namespaces; only loopback exists (brought up); the filesystem is a fresh root
//! built from an allowlist ([`super::rootfs`]). `pygrade-init` (a separate, tiny
//! program) runs as PID 1 of the new PID namespace, so Python is not PID 1, nothing of
//! pygrade's memory is in the run, and everything left behind dies with PID 1.
//!
//! Everything is prepared in the parent ([`prepare`]); [`Prepared::enter`] runs between
//! fork and exec and makes raw syscalls only.
use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

const FLAGS: libc::c_int = libc::CLONE_NEWUSER
    | libc::CLONE_NEWNS
    | libc::CLONE_NEWNET
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWPID;

fn cstr(p: impl AsRef<[u8]>) -> CString {
    CString::new(p.as_ref().to_vec()).unwrap_or_default()
}

/// The identity a run gets when pygrade runs as root: `nobody`, so that host files are
/// protected by ordinary permissions and the program has no capabilities.
pub const UNPRIVILEGED: (libc::uid_t, libc::gid_t) = (65534, 65534);

pub struct Prepared {
    /// Running as root: build the mount view as root, then become this uid/gid on the
    /// host before creating the user namespace (whose map is then that id to itself).
    drop_to: Option<(libc::uid_t, libc::gid_t)>,
    setgroups: CString,
    uid_map_path: CString,
    gid_map_path: CString,
    uid_map: Vec<u8>,
    gid_map: Vec<u8>,
    root: CString,
    proc_fs: CString,
    proc_dir: CString,
    rootfs: super::rootfs::Prepared,
    cwd: CString,
    /// `pygrade-init` next to pygrade's own executable, exec'd as PID 1.
    init: Option<CString>,
    init_name: CString,
    empty: CString,
}

/// The init program PID 1 runs: `pygrade-init` beside pygrade, if it is there.
pub fn init_program() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let init = exe.with_file_name("pygrade-init");
    init.is_file().then_some(init)
}

/// Build everything the child needs. `read` and `write` list the directories the run
/// uses (interpreter prefixes, venv, run dir), reachable at their own paths.
pub fn prepare(read: &[PathBuf], write: &[PathBuf], cwd: &Path) -> Prepared {
    // SAFETY: getters without side effects.
    let (uid, gid) = unsafe { (libc::geteuid(), libc::getegid()) };
    let drop_to = (uid == 0).then_some(UNPRIVILEGED);
    let (uid, gid) = drop_to.unwrap_or((uid, gid));
    Prepared {
        drop_to,
        setgroups: cstr("/proc/self/setgroups"),
        uid_map_path: cstr("/proc/self/uid_map"),
        gid_map_path: cstr("/proc/self/gid_map"),
        uid_map: format!("{uid} {uid} 1\n").into_bytes(),
        gid_map: format!("{gid} {gid} 1\n").into_bytes(),
        root: cstr("/"),
        proc_fs: cstr("proc"),
        proc_dir: cstr("/proc"),
        rootfs: super::rootfs::prepare(read, write),
        cwd: cstr(cwd.as_os_str().as_bytes()),
        init: init_program().map(|p| cstr(p.as_os_str().as_bytes())),
        init_name: cstr("pygrade-init"),
        empty: cstr(""),
    }
}

fn check(rc: libc::c_long) -> io::Result<()> {
    if rc < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// Write `data` to `path` (proc files), raw syscalls only.
unsafe fn write_file(path: &CString, data: &[u8]) -> io::Result<()> {
    let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
    check(fd as libc::c_long)?;
    let n = libc::write(fd, data.as_ptr().cast(), data.len());
    libc::close(fd);
    if n != data.len() as isize {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

impl Prepared {
    /// Between fork and exec. Returns Ok in the process that goes on to exec (the
    /// grandchild, PID 2 of the new namespace); the two processes above it never return.
    ///
    /// # Safety
    /// Only in a freshly forked child: it forks again and exits from the intermediate
    /// processes.
    pub unsafe fn enter(&self) -> io::Result<()> {
        // The parent may have a SIGCHLD handler (wait-timeout installs one); the two
        // processes here never exec, so they would run it when their child exits.
        libc::signal(libc::SIGCHLD, libc::SIG_DFL);
        // Opened while its path is still reachable (before the new root, and as root).
        let init_fd = match &self.init {
            Some(path) => libc::open(path.as_ptr(), libc::O_PATH | libc::O_CLOEXEC),
            None => -1,
        };
        self.isolate()?;
        check(libc::chdir(self.cwd.as_ptr()) as libc::c_long)?;
        fork_reaper(self, init_fd)
    }

    /// The run's filesystem: a fresh root from the allowlist.
    unsafe fn build_view(&self) -> io::Result<()> {
        self.rootfs.build()
    }
}

/// Bring up `lo` in the new network namespace: the only interface there is.
unsafe fn loopback_up() -> io::Result<()> {
    let sock = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
    check(sock as libc::c_long)?;
    let mut req: libc::ifreq = std::mem::zeroed();
    req.ifr_name[0] = b'l' as libc::c_char;
    req.ifr_name[1] = b'o' as libc::c_char;
    let mut rc = libc::ioctl(sock, libc::SIOCGIFFLAGS, &mut req);
    if rc == 0 {
        req.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
        rc = libc::ioctl(sock, libc::SIOCSIFFLAGS, &req);
    }
    libc::close(sock);
    check(rc as libc::c_long)
}

/// Fork twice: PID 1 of the new namespace reaps; PID 2 returns and execs. The outer
/// process mirrors PID 2's exit status (received over a pipe) as its own, so pygrade
/// sees the program's real exit code or signal.
unsafe fn fork_reaper(p: &Prepared, init_fd: libc::c_int) -> io::Result<()> {
    let mut pipe = [0 as libc::c_int; 2];
    check(libc::pipe2(pipe.as_mut_ptr(), libc::O_CLOEXEC) as libc::c_long)?;
    let init = libc::fork();
    check(init as libc::c_long)?;
    if init > 0 {
        // Outer process: never execs; keep only the read end of the status pipe.
        close_all_but(pipe[0]);
        let mut status: libc::c_int = 0;
        let n = libc::read(
            pipe[0],
            (&mut status as *mut libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>(),
        );
        let mut ignored = 0;
        libc::waitpid(init, &mut ignored, 0);
        if n as usize != std::mem::size_of::<libc::c_int>() {
            libc::_exit(125);
        }
        exit_like(status);
    }
    // PID 1 dies with the outer process (which dies with pygrade); the kernel then
    // kills everything in the namespace. The death signal does not survive fork, so
    // it is set again here.
    libc::prctl(
        libc::PR_SET_PDEATHSIG,
        libc::SIGKILL as libc::c_ulong,
        0,
        0,
        0,
    );
    // PID 1 is a fork of pygrade, whose memory holds every expected output and
    // solution: not dumpable, so the program (same uid, no capabilities) cannot read
    // its memory through /proc/1/mem.
    libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    // PID 1 of the new namespace: a procfs of this namespace replaces the host's, so
    // the program sees only its own processes. Best effort: some container setups
    // refuse a new procfs (then the host's stays, still read-only under Landlock).
    libc::mount(
        p.proc_fs.as_ptr(),
        p.proc_dir.as_ptr(),
        p.proc_fs.as_ptr(),
        libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC,
        std::ptr::null(),
    );
    let program = libc::fork();
    if program < 0 {
        libc::_exit(125);
    }
    if program == 0 {
        libc::close(pipe[0]);
        libc::close(pipe[1]);
        if init_fd >= 0 {
            libc::close(init_fd);
        }
        return Ok(());
    }
    // Become pygrade-init: the status pipe as descriptor 3, the program as 4, nothing
    // else open. If that fails, this process goes on as the built-in reaper below.
    let mut status_fd = pipe[1];
    if init_fd >= 0 {
        let high_pipe = libc::fcntl(pipe[1], libc::F_DUPFD, 10);
        let high_init = libc::fcntl(init_fd, libc::F_DUPFD, 10);
        if high_pipe >= 0
            && high_init >= 0
            && libc::dup2(high_pipe, 3) == 3
            && libc::dup2(high_init, 4) == 4
        {
            libc::syscall(libc::SYS_close_range, 0u32, 2u32, 0u32);
            libc::syscall(libc::SYS_close_range, 5u32, u32::MAX, 0u32);
            let argv = [p.init_name.as_ptr(), std::ptr::null()];
            let envp: [*const libc::c_char; 1] = [std::ptr::null()];
            libc::syscall(
                libc::SYS_execveat,
                4,
                p.empty.as_ptr(),
                argv.as_ptr(),
                envp.as_ptr(),
                libc::AT_EMPTY_PATH,
            );
            status_fd = 3;
        }
    }
    close_all_but(status_fd);
    loop {
        let mut status: libc::c_int = 0;
        let pid = libc::waitpid(-1, &mut status, libc::__WALL);
        if pid == program {
            libc::write(
                pipe[1],
                (&status as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>(),
            );
            // Exiting as PID 1 kills whatever the program left running.
            libc::_exit(0);
        }
        if pid < 0 && *libc::__errno_location() != libc::EINTR {
            libc::_exit(125);
        }
    }
}

/// Close every descriptor except `keep` (so the pipes pygrade reads reach EOF as soon
/// as the program and its children are gone).
unsafe fn close_all_but(keep: libc::c_int) {
    if keep > 0 {
        libc::syscall(libc::SYS_close_range, 0u32, (keep - 1) as u32, 0u32);
    }
    libc::syscall(libc::SYS_close_range, (keep + 1) as u32, u32::MAX, 0u32);
}

unsafe fn exit_like(status: libc::c_int) -> ! {
    if libc::WIFSIGNALED(status) {
        let sig = libc::WTERMSIG(status);
        libc::signal(sig, libc::SIG_DFL);
        libc::kill(libc::getpid(), sig);
        libc::_exit(128 + sig);
    }
    libc::_exit(libc::WEXITSTATUS(status))
}

/// Whether the whole sequence works here: a child tries it and reports.
pub fn probe() -> Result<(), String> {
    let prepared = prepare(&[], &[], Path::new("/"));
    // SAFETY: the child only makes raw syscalls and exits.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork failed: {}", io::Error::last_os_error()));
    }
    if pid == 0 {
        // SAFETY: in the child; never returns to Rust code that allocates.
        unsafe {
            let code = match prepared.isolate() {
                Ok(()) => 0,
                Err(e) => e.raw_os_error().unwrap_or(1).clamp(1, 120),
            };
            libc::_exit(code);
        }
    }
    let mut status = 0;
    // SAFETY: waiting for our own child.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    match libc::WEXITSTATUS(status) {
        0 if libc::WIFEXITED(status) => Ok(()),
        code => Err(format!(
            "unprivileged namespaces do not work here ({})",
            io::Error::from_raw_os_error(code)
        )),
    }
}

impl Prepared {
    /// New namespaces with id maps and loopback up. Some kernels let unshare succeed
    /// and then refuse the id maps: that fails here.
    unsafe fn unshare(&self) -> io::Result<()> {
        check(libc::unshare(FLAGS) as libc::c_long)?;
        write_file(&self.setgroups, b"deny")?;
        write_file(&self.uid_map_path, &self.uid_map)?;
        write_file(&self.gid_map_path, &self.gid_map)?;
        self.make_private()?;
        loopback_up()
    }

    /// No mount event propagates between this namespace and the host's.
    unsafe fn make_private(&self) -> io::Result<()> {
        check(libc::mount(
            std::ptr::null(),
            self.root.as_ptr(),
            std::ptr::null(),
            libc::MS_REC | libc::MS_PRIVATE,
            std::ptr::null(),
        ) as libc::c_long)
    }

    /// The namespaces and the run's filesystem: everything of [`Prepared::enter`] but
    /// the reaper (the namespace probe runs just this).
    unsafe fn isolate(&self) -> io::Result<()> {
        match self.drop_to {
            Some((uid, gid)) => {
                // As root: the view first (root can traverse every directory to bind
                // back), then drop to the unprivileged id on the host, then the user
                // namespace, in which that id maps to itself: no capabilities once the
                // program execs, and host files protected by their permissions.
                check(libc::unshare(libc::CLONE_NEWNS) as libc::c_long)?;
                self.make_private()?;
                self.build_view()?;
                check(libc::setgroups(0, std::ptr::null()) as libc::c_long)?;
                check(libc::setresgid(gid, gid, gid) as libc::c_long)?;
                check(libc::setresuid(uid, uid, uid) as libc::c_long)?;
                // Changing ids clears these; the id maps below need a dumpable process.
                libc::prctl(
                    libc::PR_SET_PDEATHSIG,
                    libc::SIGKILL as libc::c_ulong,
                    0,
                    0,
                    0,
                );
                libc::prctl(libc::PR_SET_DUMPABLE, 1, 0, 0, 0);
                self.unshare()
            }
            None => {
                self.unshare()?;
                self.build_view()
            }
        }
    }
}
