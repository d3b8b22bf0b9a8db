fn main() {
    std::process::exit(pygrade::cli::main());
}
