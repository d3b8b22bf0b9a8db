//! Services an exercise declares (`services = ["redis"]`): real servers that the run
//! starts inside its own sandbox. This module only finds their programs on the host and
//! says how to install a missing one; the grader's support code
//! (`_support/pygrade_services.py`) starts the server in the run, waits until it
//! answers and stops it with the run.
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Redis,
}

/// A service's program as found on this machine.
#[derive(Debug, Clone)]
pub struct Found {
    /// `PYGRADE_REDIS_SERVER`: how the run learns where the program is.
    pub env: &'static str,
    pub program: PathBuf,
    /// Where the program really is (symlinks resolved): the sandbox must let it be read.
    pub real: PathBuf,
}

impl Found {
    /// Directories the run must be able to read and execute from to start it.
    pub fn dirs(&self) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = [&self.program, &self.real]
            .iter()
            .filter_map(|p| p.parent().map(Path::to_path_buf))
            .collect();
        dirs.dedup();
        dirs
    }
}

impl Service {
    pub fn all() -> Vec<Service> {
        vec![Service::Redis]
    }

    /// How exercise.toml names it.
    pub fn name(self) -> &'static str {
        match self {
            Service::Redis => "redis",
        }
    }

    pub fn named(name: &str) -> Option<Service> {
        Service::all().into_iter().find(|s| s.name() == name)
    }

    pub fn names() -> Vec<&'static str> {
        Service::all().into_iter().map(Service::name).collect()
    }

    /// The service whose program is `program` (`redis-server`).
    pub fn named_program(program: &str) -> Option<Service> {
        Service::all().into_iter().find(|s| s.program() == program)
    }

    /// The program the run starts.
    pub fn program(self) -> &'static str {
        match self {
            Service::Redis => "redis-server",
        }
    }

    fn env(self) -> &'static str {
        match self {
            Service::Redis => "PYGRADE_REDIS_SERVER",
        }
    }

    /// The exact commands that install the program.
    pub fn install_hint(self) -> &'static str {
        match self {
            Service::Redis => REDIS_INSTALL,
        }
    }

    /// Find the program on `PATH` (as given; the host's `PATH` normally).
    pub fn find(self, path_var: Option<&std::ffi::OsStr>) -> Option<Found> {
        let path_var = path_var?;
        std::env::split_paths(path_var)
            .map(|dir| dir.join(self.program()))
            .find(|p| is_executable(p))
            .map(|program| Found {
                env: self.env(),
                // Not canonicalised: redis-server is a link to a multi-call binary that
                // picks its role from the name it was started by.
                real: std::fs::canonicalize(&program).unwrap_or_else(|_| program.clone()),
                program,
            })
    }
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// The services `names` lists, found or not: `Err` names the first missing one.
pub fn locate(names: &[String]) -> Result<Vec<Found>, Service> {
    let path = std::env::var_os("PATH");
    let mut found = Vec::new();
    for name in names {
        let Some(service) = Service::named(name) else {
            continue; // the catalog refuses unknown names
        };
        match service.find(path.as_deref()) {
            Some(f) => found.push(f),
            None => return Err(service),
        }
    }
    Ok(found)
}

const REDIS_INSTALL: &str = "install the Redis server, then check again:\n  Debian/Ubuntu: sudo apt-get install redis-server\n  macOS:         brew install redis\n  Fedora:        sudo dnf install redis";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_is_found_only_where_path_says() {
        let dir = tempfile::tempdir().unwrap();
        let prog = dir.path().join("redis-server");
        std::fs::write(&prog, "#!/bin/sh\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&prog, std::fs::Permissions::from_mode(0o755)).unwrap();
        let found = Service::Redis.find(Some(dir.path().as_os_str())).unwrap();
        assert_eq!(found.env, "PYGRADE_REDIS_SERVER");
        assert!(found.program.ends_with("redis-server"));
        let empty = tempfile::tempdir().unwrap();
        assert!(Service::Redis
            .find(Some(empty.path().as_os_str()))
            .is_none());
        assert!(Service::Redis.find(None).is_none());
    }

    #[test]
    fn a_file_without_exec_bits_is_not_a_program() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("redis-server"), "").unwrap();
        assert!(Service::Redis.find(Some(dir.path().as_os_str())).is_none());
    }
}
