//! Single-key input on a terminal: canonical mode and echo off, so `h` acts at once.
//! Signals are off too, so Ctrl-C arrives as a key and we restore the terminal on quit.
use std::io::Read;
use std::os::fd::AsRawFd;
use std::sync::mpsc::Sender;

use super::Input;

/// Restores the terminal's settings when dropped.
pub struct RawMode {
    fd: i32,
    saved: libc::termios,
}

impl RawMode {
    pub fn enable() -> Option<RawMode> {
        let fd = std::io::stdin().as_raw_fd();
        // SAFETY: termios is plain data filled by tcgetattr.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: valid fd and pointer.
        if unsafe { libc::tcgetattr(fd, &mut saved) } != 0 {
            return None;
        }
        let mut raw = saved;
        raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG);
        raw.c_cc[libc::VMIN] = 1;
        raw.c_cc[libc::VTIME] = 0;
        // SAFETY: valid fd and pointer.
        if unsafe { libc::tcsetattr(fd, libc::TCSANOW, &raw) } != 0 {
            return None;
        }
        crate::shutdown::restore_terminal_on_stop(Some((fd, saved)));
        Some(RawMode { fd, saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: restoring settings we read earlier on the same fd.
        unsafe {
            libc::tcsetattr(self.fd, libc::TCSANOW, &self.saved);
        }
        crate::shutdown::restore_terminal_on_stop(None);
    }
}

/// Forward each key press to `tx` from a background thread.
pub fn spawn_reader(tx: Sender<Input>) {
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin();
        let mut byte = [0u8; 1];
        while let Ok(1) = stdin.read(&mut byte) {
            // Bytes as they come (the list decodes arrow keys from them); Ctrl-C and
            // Ctrl-D mean quit.
            let key = match byte[0] {
                3 | 4 => 'q',
                b => b as char,
            };
            if tx.send(Input::Key(key)).is_err() {
                break;
            }
        }
    });
}
