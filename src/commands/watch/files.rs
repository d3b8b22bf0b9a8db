//! Noticing saves. File-system events via `notify` where they arrive; where they do not
//! (network drives, WSL's /mnt), polling, with a one-line note saying so.
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use notify::{Config, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use crate::workspace::Workspace;

use super::Input;

const POLL_INTERVAL: Duration = Duration::from_millis(500);
const PROBE_WAIT: Duration = Duration::from_millis(1000);
const PROBE_NAME: &str = "watch-probe";

/// Keeps the watcher alive; dropping it stops watching.
pub struct Handle {
    _watcher: Box<dyn Watcher>,
}

/// Start watching the day folders of `ws`, sending changed paths to `tx`. Returns the
/// handle and, when we fell back to polling, the note to show.
pub fn watch(
    ws: &Workspace,
    force_poll: bool,
    tx: Sender<Input>,
) -> notify::Result<(Handle, Option<String>)> {
    let dirs = day_dirs(ws);
    if !force_poll {
        match event_watcher(ws, &dirs, tx.clone()) {
            Ok(w) => {
                return Ok((
                    Handle {
                        _watcher: Box::new(w),
                    },
                    None,
                ))
            }
            Err(why) => {
                let poll = poll_watcher(&dirs, tx)?;
                return Ok((
                    Handle {
                        _watcher: Box::new(poll),
                    },
                    Some(format!(
                        "{why}; checking for changes every {} ms instead",
                        POLL_INTERVAL.as_millis()
                    )),
                ));
            }
        }
    }
    Ok((
        Handle {
            _watcher: Box::new(poll_watcher(&dirs, tx)?),
        },
        Some(format!(
            "polling for changes every {} ms (--poll)",
            POLL_INTERVAL.as_millis()
        )),
    ))
}

fn day_dirs(ws: &Workspace) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&ws.root)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir() && is_day_dir(p))
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

fn is_day_dir(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("day") && n[3..].chars().all(|c| c.is_ascii_digit()))
}

/// A native watcher, proven to deliver: we write a probe file and wait for its event.
fn event_watcher(
    ws: &Workspace,
    dirs: &[PathBuf],
    tx: Sender<Input>,
) -> Result<RecommendedWatcher, String> {
    let (probe_tx, probe_rx) = channel::<()>();
    let probe = ws.state_dir().join(PROBE_NAME);
    let probe_seen = probe.clone();
    let mut watcher = RecommendedWatcher::new(
        move |res: notify::Result<notify::Event>| {
            let Ok(event) = res else { return };
            if event.paths.iter().any(|p| p == &probe_seen) {
                let _ = probe_tx.send(());
                return;
            }
            if is_save(&event.kind) {
                let complete = is_complete(&event.kind);
                for path in event.paths {
                    let _ = tx.send(if complete {
                        Input::Saved(path)
                    } else {
                        Input::Changed(path)
                    });
                }
            }
        },
        Config::default(),
    )
    .map_err(|e| format!("file events are unavailable ({e})"))?;
    for d in dirs {
        watcher
            .watch(d, RecursiveMode::Recursive)
            .map_err(|e| format!("cannot watch {} ({e})", d.display()))?;
    }
    watcher
        .watch(&ws.state_dir(), RecursiveMode::NonRecursive)
        .map_err(|e| format!("cannot watch the workspace ({e})"))?;
    let _ = std::fs::write(&probe, b"probe");
    let arrived = probe_rx.recv_timeout(PROBE_WAIT).is_ok();
    let _ = std::fs::remove_file(&probe);
    if !arrived {
        return Err(
            "file events do not arrive on this file system (network drive or WSL /mnt?)".into(),
        );
    }
    Ok(watcher)
}

fn poll_watcher(dirs: &[PathBuf], tx: Sender<Input>) -> notify::Result<PollWatcher> {
    let mut watcher = PollWatcher::new(
        move |res: notify::Result<notify::Event>| {
            if let Ok(event) = res {
                // The poller reports a changed mtime as a metadata change.
                if is_save(&event.kind) || matches!(event.kind, EventKind::Modify(_)) {
                    for path in event.paths {
                        let _ = tx.send(Input::Changed(path));
                    }
                }
            }
        },
        // notify's poller keeps mtimes in whole seconds; two saves within one second
        // would look unchanged. Day folders are small, so hashing contents is cheap.
        Config::default()
            .with_poll_interval(POLL_INTERVAL)
            .with_compare_contents(true),
    )?;
    for d in dirs {
        watcher.watch(d, RecursiveMode::Recursive)?;
    }
    Ok(watcher)
}

/// Writes, creations, close-after-write and renames onto a path (editors that save by
/// writing a temp file and renaming it over the original) all count as a save.
fn is_save(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Create(_)
            // A deleted file is news too: the verdict says how to get it back.
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Data(_))
            | EventKind::Modify(ModifyKind::Name(_))
            | EventKind::Modify(ModifyKind::Any)
            | EventKind::Access(AccessKind::Close(AccessMode::Write))
    )
}

/// Events that end a save: the writer closed the file, or moved it into place.
fn is_complete(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(_))
    )
}

/// Once the events of a save stop for this long, it is complete: grade at once.
const QUIET: Duration = Duration::from_millis(30);

/// Gather the changes of one save. A completed save (`complete`, or one that arrives)
/// is graded at once, with whatever else is already queued; otherwise until no event
/// came for [`QUIET`], at most `window` after the first one (editors write in bursts;
/// a burst that outlasts this only costs a second grading, which cancels the first).
pub fn debounce(
    first: PathBuf,
    complete: bool,
    rx: &Receiver<Input>,
    window: Duration,
) -> (Vec<PathBuf>, Vec<Input>) {
    let mut paths = vec![first];
    let mut other = Vec::new();
    let hard = std::time::Instant::now() + window;
    let mut done = complete;
    loop {
        let now = std::time::Instant::now();
        let Some(left) = hard.checked_duration_since(now) else {
            break;
        };
        let next = if done {
            rx.try_recv().map_err(|_| ())
        } else {
            rx.recv_timeout(left.min(QUIET)).map_err(|_| ())
        };
        match next {
            Ok(Input::Changed(p)) => paths.push(p),
            Ok(Input::Saved(p)) => {
                paths.push(p);
                done = true;
            }
            Ok(input) => other.push(input),
            Err(()) => break,
        }
    }
    (paths, other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, RenameMode};

    #[test]
    fn saves_include_renames_and_close_write() {
        assert!(is_save(&EventKind::Modify(ModifyKind::Name(
            RenameMode::To
        ))));
        assert!(is_save(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(is_save(&EventKind::Create(CreateKind::File)));
        assert!(is_save(&EventKind::Modify(ModifyKind::Data(
            DataChange::Content
        ))));
        assert!(!is_save(&EventKind::Access(AccessKind::Open(
            AccessMode::Read
        ))));
    }

    #[test]
    fn day_dirs_only() {
        assert!(is_day_dir(Path::new("/w/day06")));
        assert!(!is_day_dir(Path::new("/w/.venv")));
        assert!(!is_day_dir(Path::new("/w/days")));
    }

    #[test]
    fn a_save_is_complete_once_its_events_stop() {
        let (tx, rx) = std::sync::mpsc::channel();
        tx.send(Input::Changed(PathBuf::from("b"))).unwrap();
        tx.send(Input::Key('h')).unwrap();
        let start = std::time::Instant::now();
        let (paths, other) = debounce(PathBuf::from("a"), false, &rx, Duration::from_secs(30));
        assert_eq!(paths, [PathBuf::from("a"), PathBuf::from("b")]);
        assert_eq!(other.len(), 1);
        // It returned after the quiet period, not after the whole window.
        assert!(start.elapsed() < Duration::from_secs(30));
    }

    #[test]
    fn a_completed_save_takes_what_is_queued_and_goes() {
        let (tx, rx) = std::sync::mpsc::channel();
        tx.send(Input::Changed(PathBuf::from("b"))).unwrap();
        let (paths, _) = debounce(PathBuf::from("a"), true, &rx, Duration::from_secs(3600));
        assert_eq!(paths, [PathBuf::from("a"), PathBuf::from("b")]);
        // Nothing more is waited for: a sender still open does not hold it up.
        drop(tx);
        assert!(is_complete(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(!is_complete(&EventKind::Modify(ModifyKind::Data(
            notify::event::DataChange::Content
        ))));
    }
}
