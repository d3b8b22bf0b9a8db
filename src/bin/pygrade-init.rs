//! `pygrade-init`: PID 1 of a run's PID namespace. pygrade execs it there (from an
//! already opened file, so it need not be visible in the run's filesystem) instead of
//! leaving a fork of itself as PID 1: a fork of pygrade holds every expected output and
//! solution in memory and carries pygrade's argv, and this holds neither.
//!
//! It reaps every process of the namespace; when the program (PID 2) ends it writes
//! that wait status to descriptor 3 (the pipe pygrade's side reads) and exits, which
//! makes the kernel kill whatever the program left running.
use std::io;

const STATUS_FD: libc::c_int = 3;
const PROGRAM: libc::pid_t = 2;

fn main() {
    // Nothing here is secret, but nothing in the run needs to read this process either.
    // SAFETY: plain prctl calls on this process.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: waiting for any child of this process.
        let pid = unsafe { libc::waitpid(-1, &mut status, libc::__WALL) };
        if pid == PROGRAM {
            // SAFETY: writing a plain integer to the status pipe.
            unsafe {
                libc::write(
                    STATUS_FD,
                    (&status as *const libc::c_int).cast(),
                    std::mem::size_of::<libc::c_int>(),
                );
            }
            std::process::exit(0);
        }
        if pid < 0 && io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            std::process::exit(125);
        }
    }
}
