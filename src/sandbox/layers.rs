//! Layers 3–5 (Landlock, namespaces, seccomp): probed at run time, applied between fork
//! and exec, reported honestly. Layers 1–2 live in `mod.rs` and `rlimits.rs`.
use std::io;

use serde::Serialize;

use super::Job;

/// How much isolation a run gets. `Minimal` is layers 1–2 only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Minimal,
    Partial,
    Full,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "minimal" => Some(Level::Minimal),
            "partial" => Some(Level::Partial),
            "full" => Some(Level::Full),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Level::Minimal => "minimal",
            Level::Partial => "partial",
            Level::Full => "full",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    Landlock,
    Namespaces,
    Seccomp,
}

#[derive(Debug, Clone, Serialize)]
pub struct LayerState {
    pub layer: Layer,
    pub active: bool,
    /// Why it is off, and what that leaves unprotected.
    pub note: String,
}

/// The level runs actually get, at most `cap`, and the state of each layer.
pub fn probe(cap: Level) -> (Level, Vec<LayerState>) {
    let why = if cap == Level::Minimal {
        "turned off (level forced to minimal)"
    } else {
        "not implemented in this build"
    };
    let states = [Layer::Landlock, Layer::Namespaces, Layer::Seccomp]
        .into_iter()
        .map(|layer| LayerState {
            layer,
            active: false,
            note: why.to_string(),
        })
        .collect();
    (Level::Minimal, states)
}

/// What the child applies to itself; built before fork.
pub struct Hardening {}

pub fn prepare(_job: &Job, _level: Level) -> Hardening {
    Hardening {}
}

impl Hardening {
    /// Runs between fork and exec: raw syscalls only, no allocation.
    pub fn apply_in_child(&self) -> io::Result<()> {
        Ok(())
    }
}
