//! Layer 5: a seccomp filter, compiled to BPF before fork and installed last in the
//! child. Default allow; what no exercise needs and an escape would is refused with
//! EPERM: new sessions and process groups (leaving our process group), ptrace, mount,
//! namespaces, keyrings, bpf, io_uring, perf events, module and kexec calls, and
//! sockets other than Unix, IPv4 and IPv6. `clone` with namespace flags is refused too; `clone3` reports
//! ENOSYS so that libc falls back to `clone`, whose flags the filter can see.
use std::io;

const RET_ALLOW: u32 = 0x7fff_0000;
const RET_ERRNO: u32 = 0x0005_0000;
const RET_KILL_PROCESS: u32 = 0x8000_0000;

const BPF_LD_W_ABS: u16 = 0x20;
const BPF_JEQ_K: u16 = 0x15;
const BPF_JGE_K: u16 = 0x35;
const BPF_JSET_K: u16 = 0x45;
const BPF_RET_K: u16 = 0x06;

const OFF_NR: u32 = 0;
const OFF_ARCH: u32 = 4;
const OFF_ARG0: u32 = 16;

#[cfg(target_arch = "x86_64")]
const AUDIT_ARCH: u32 = 0xC000_003E;
#[cfg(target_arch = "aarch64")]
const AUDIT_ARCH: u32 = 0xC000_00B7;

const NAMESPACE_FLAGS: u32 = (libc::CLONE_NEWNS
    | libc::CLONE_NEWUSER
    | libc::CLONE_NEWPID
    | libc::CLONE_NEWNET
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWUTS
    | libc::CLONE_NEWCGROUP) as u32;

fn denied() -> Vec<libc::c_long> {
    let mut v = vec![
        libc::SYS_setsid,
        libc::SYS_setpgid,
        libc::SYS_ptrace,
        libc::SYS_process_vm_readv,
        libc::SYS_process_vm_writev,
        libc::SYS_mount,
        libc::SYS_umount2,
        libc::SYS_pivot_root,
        libc::SYS_chroot,
        libc::SYS_unshare,
        libc::SYS_setns,
        libc::SYS_keyctl,
        libc::SYS_add_key,
        libc::SYS_request_key,
        libc::SYS_bpf,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
        libc::SYS_perf_event_open,
        libc::SYS_userfaultfd,
        libc::SYS_kexec_load,
        libc::SYS_kexec_file_load,
        libc::SYS_init_module,
        libc::SYS_finit_module,
        libc::SYS_delete_module,
        libc::SYS_reboot,
        libc::SYS_swapon,
        libc::SYS_swapoff,
        libc::SYS_open_by_handle_at,
        libc::SYS_name_to_handle_at,
        libc::SYS_fsopen,
        libc::SYS_fsmount,
        libc::SYS_fsconfig,
        libc::SYS_move_mount,
        libc::SYS_open_tree,
        libc::SYS_mount_setattr,
        libc::SYS_acct,
        libc::SYS_settimeofday,
        libc::SYS_clock_settime,
        libc::SYS_syslog,
        libc::SYS_quotactl,
        libc::SYS_fanotify_init,
    ];
    #[cfg(target_arch = "x86_64")]
    v.extend([libc::SYS_iopl, libc::SYS_ioperm]);
    v
}

/// The compiled filter.
pub struct Program {
    code: Vec<libc::sock_filter>,
}

fn stmt(code: u16, k: u32) -> libc::sock_filter {
    libc::sock_filter {
        code,
        jt: 0,
        jf: 0,
        k,
    }
}

fn jump(code: u16, k: u32, jt: u8, jf: u8) -> libc::sock_filter {
    libc::sock_filter { code, jt, jf, k }
}

pub fn compile() -> Program {
    let eperm = RET_ERRNO | libc::EPERM as u32;
    let mut c = vec![
        stmt(BPF_LD_W_ABS, OFF_ARCH),
        jump(BPF_JEQ_K, AUDIT_ARCH, 1, 0),
        stmt(BPF_RET_K, RET_KILL_PROCESS),
        stmt(BPF_LD_W_ABS, OFF_NR),
    ];
    #[cfg(target_arch = "x86_64")]
    {
        // x32 system calls (numbers with bit 30 set) are a second syscall table.
        c.push(jump(BPF_JGE_K, 0x4000_0000, 0, 1));
        c.push(stmt(BPF_RET_K, eperm));
    }
    for nr in denied() {
        c.push(jump(BPF_JEQ_K, nr as u32, 0, 1));
        c.push(stmt(BPF_RET_K, eperm));
    }
    c.push(jump(BPF_JEQ_K, libc::SYS_clone3 as u32, 0, 1));
    c.push(stmt(BPF_RET_K, RET_ERRNO | libc::ENOSYS as u32));
    // clone: refuse namespace flags (arg 0 on x86_64 and aarch64).
    c.push(jump(BPF_JEQ_K, libc::SYS_clone as u32, 0, 4));
    c.push(stmt(BPF_LD_W_ABS, OFF_ARG0));
    c.push(jump(BPF_JSET_K, NAMESPACE_FLAGS, 0, 1));
    c.push(stmt(BPF_RET_K, eperm));
    c.push(stmt(BPF_RET_K, RET_ALLOW));
    // socket, socketpair: only the families a run needs (domain is arg 0): Unix,
    // IPv4, IPv6. Netlink, packet, vsock, bluetooth, alg… report "not supported".
    let unsupported = RET_ERRNO | libc::EAFNOSUPPORT as u32;
    for nr in [libc::SYS_socket, libc::SYS_socketpair] {
        c.push(jump(BPF_JEQ_K, nr as u32, 0, 6));
        c.push(stmt(BPF_LD_W_ABS, OFF_ARG0));
        c.push(jump(BPF_JEQ_K, libc::AF_UNIX as u32, 3, 0));
        c.push(jump(BPF_JEQ_K, libc::AF_INET as u32, 2, 0));
        c.push(jump(BPF_JEQ_K, libc::AF_INET6 as u32, 1, 0));
        c.push(stmt(BPF_RET_K, unsupported));
        c.push(stmt(BPF_RET_K, RET_ALLOW));
    }
    c.push(stmt(BPF_RET_K, RET_ALLOW));
    Program { code: c }
}

impl Program {
    /// In the child, after no_new_privs: install the filter. Raw syscall only.
    pub fn install(&self) -> io::Result<()> {
        let prog = libc::sock_fprog {
            len: self.code.len() as u16,
            filter: self.code.as_ptr() as *mut libc::sock_filter,
        };
        // SAFETY: prog points at our filter, alive for the call; the kernel copies it.
        if unsafe {
            libc::prctl(
                libc::PR_SET_SECCOMP,
                libc::SECCOMP_MODE_FILTER,
                &prog as *const libc::sock_fprog,
            )
        } != 0
        {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}

/// Whether this kernel accepts seccomp filters.
pub fn available() -> bool {
    // SAFETY: PR_GET_SECCOMP has no side effects.
    unsafe { libc::prctl(libc::PR_GET_SECCOMP) >= 0 }
}
