//! Layer 2: per-process resource limits, set in the child between fork and exec.
use std::io;

use super::Limits;

/// The limits as raw values, built before fork.
pub struct Prepared {
    entries: [(libc::__rlimit_resource_t, libc::rlim_t, libc::rlim_t); 6],
}

pub fn prepare(limits: &Limits) -> Prepared {
    let cpu = limits.cpu_seconds as libc::rlim_t;
    Prepared {
        entries: [
            // Soft limit sends SIGXCPU; the hard one a second later is SIGKILL.
            (libc::RLIMIT_CPU, cpu, cpu + 1),
            (
                libc::RLIMIT_AS,
                limits.memory_bytes as libc::rlim_t,
                limits.memory_bytes as libc::rlim_t,
            ),
            // Python ignores SIGXFSZ, so an oversized write fails with EFBIG instead.
            (
                libc::RLIMIT_FSIZE,
                limits.file_bytes as libc::rlim_t,
                limits.file_bytes as libc::rlim_t,
            ),
            (
                libc::RLIMIT_NOFILE,
                limits.open_files as libc::rlim_t,
                limits.open_files as libc::rlim_t,
            ),
            (libc::RLIMIT_CORE, 0, 0),
            // Thread stacks are sized from this; 8 MiB keeps threads possible under
            // the address-space limit.
            (libc::RLIMIT_STACK, 8 << 20, 8 << 20),
        ],
    }
}

/// Async-signal-safe: only setrlimit.
pub fn apply(prepared: &Prepared) -> io::Result<()> {
    for &(resource, soft, hard) in &prepared.entries {
        let lim = libc::rlimit {
            rlim_cur: soft,
            rlim_max: hard,
        };
        // SAFETY: plain syscall on a stack value.
        if unsafe { libc::setrlimit(resource, &lim) } != 0 {
            // An already-lower hard limit (set by the user's shell) is fine: keep it.
            let mut cur = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            // SAFETY: as above.
            unsafe { libc::getrlimit(resource, &mut cur) };
            let lowered = libc::rlimit {
                rlim_cur: soft.min(cur.rlim_max),
                rlim_max: cur.rlim_max,
            };
            // SAFETY: as above.
            if unsafe { libc::setrlimit(resource, &lowered) } != 0 {
                return Err(io::Error::last_os_error());
            }
        }
    }
    Ok(())
}
