fn main() {
    // Like other Unix tools, end quietly when the reader of our output goes away
    // (`pygrade list | head`) instead of panicking on a failed print.
    // SAFETY: setting a signal disposition before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    pygrade::shutdown::install();
    let code = pygrade::cli::main();
    pygrade::shutdown::wait_if_stopping();
    std::process::exit(code);
}
