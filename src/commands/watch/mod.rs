//! `pygrade` / `pygrade watch`: grade the current exercise on every save. On a terminal
//! single keys act at once (h hint, n next, l list, r re-run, x reset, q quit); without
//! one, it simply re-grades on every change.
mod files;
pub mod keys;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use colored::Colorize;

use crate::catalog::Exercise;
use crate::error::{Error, Result};
use crate::ui;

use super::{hint, list, reset};
use crate::app::App;
use crate::session::Session;

const DEBOUNCE: Duration = Duration::from_millis(200);

pub enum Input {
    /// A grading thread has finished.
    Graded,
    /// A file changed; more events of the same save may follow.
    Changed(PathBuf),
    /// A save completed (closed after writing, or renamed into place): grade at once.
    Saved(PathBuf),
    Key(char),
}

#[derive(Clone, Copy)]
enum Kind {
    Saved,
    Other,
}

impl Kind {
    fn of(input: &Input) -> Kind {
        match input {
            Input::Saved(_) => Kind::Saved,
            _ => Kind::Other,
        }
    }
}

struct Watch<'a> {
    session: Session<'a>,
    /// The exercise on screen.
    focus: Option<&'a Exercise>,
    tty: bool,
    note: Option<String>,
    passed: bool,
    /// The last verdict screen (header and verdict), redrawn under a hint.
    screen: String,
    /// Told when a grading thread ends, so the verdict shows at once.
    done: std::sync::mpsc::Sender<Input>,
    /// Input that arrived while a run was in progress, handled after it.
    pending: Vec<Input>,
    quit: bool,
}

/// How a run in progress ended.
enum Run {
    Done(Result<crate::grade::Graded>),
    /// The learner quit: the run was killed.
    Quit,
    /// A learner file was saved again: the run was killed; grade the new content.
    Superseded(PathBuf),
}

pub fn run(app: &App, force_poll: bool) -> Result<i32> {
    let session = Session::open(app)?.warmed();
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let (tx, rx) = channel();
    let (_watcher, note) = files::watch(&session.ws, force_poll, tx.clone()).map_err(|e| {
        Error::new(format!("cannot watch {}: {e}", session.ws.root.display()))
            .with_hint("try `pygrade watch --poll`")
    })?;
    let raw = if tty { keys::RawMode::enable() } else { None };
    let done = tx.clone();
    if raw.is_some() {
        keys::spawn_reader(tx);
    }
    let progress = session.progress()?;
    let focus = session.current(&progress);
    let mut w = Watch {
        session,
        focus,
        tty: raw.is_some(),
        note,
        passed: false,
        screen: String::new(),
        pending: Vec::new(),
        quit: false,
        done,
    };
    w.regrade(&rx)?;
    if !w.quit {
        w.event_loop(&rx)?;
    }
    drop(raw);
    Ok(0)
}

/// Kill the grading job's runs until it ends: a run it had not started yet when asked
/// (still preparing its directory) is killed as soon as it starts.
fn stop<T>(job: &std::thread::ScopedJoinHandle<'_, T>) {
    while !job.is_finished() {
        crate::sandbox::active::cancel_all();
        std::thread::sleep(Duration::from_millis(5));
    }
}

impl<'a> Watch<'a> {
    fn event_loop(&mut self, rx: &Receiver<Input>) -> Result<()> {
        loop {
            let input = match self.pending.pop() {
                Some(i) => i,
                None => match rx.recv() {
                    Ok(i) => i,
                    Err(_) => return Ok(()),
                },
            };
            let mut queue = vec![input];
            while let Some(input) = queue.pop() {
                let input_kind = Kind::of(&input);
                match input {
                    Input::Changed(first) | Input::Saved(first) => {
                        let complete = matches!(input_kind, Kind::Saved);
                        let (paths, rest) = files::debounce(first, complete, rx, DEBOUNCE);
                        queue.extend(rest);
                        if let Some(ex) = paths.iter().rev().find_map(|p| self.exercise_of(p)) {
                            self.focus = Some(ex);
                            self.regrade(rx)?;
                        }
                    }
                    Input::Key('q' | 'Q') => return Ok(()),
                    Input::Key(k) => self.key(k, rx)?,
                    // A late word from a grading that was already handled.
                    Input::Graded => {}
                }
                if self.quit {
                    return Ok(());
                }
                // Keys pressed during a run come after what was queued before it.
                queue.splice(0..0, self.pending.drain(..).rev());
            }
        }
    }

    /// Grade `ex` (see [`Self::run`]); None when the learner quit or saved again
    /// (that is noted: `quit`, or the new save queued to be graded).
    fn grade_now(
        &mut self,
        ex: &'a Exercise,
        rx: &Receiver<Input>,
    ) -> Option<Result<crate::grade::Graded>> {
        let (run, deferred) = self.run(ex, rx);
        self.pending.extend(deferred);
        match run {
            Run::Done(graded) => Some(graded),
            Run::Quit => {
                self.quit = true;
                None
            }
            Run::Superseded(path) => {
                self.pending.push(Input::Changed(path));
                None
            }
        }
    }

    /// Grade `ex` in a worker thread while this one keeps reading input: `q` stops the
    /// run at once, and a new save stops it and grades the new content.
    fn run(&self, ex: &'a Exercise, rx: &Receiver<Input>) -> (Run, Vec<Input>) {
        let mut deferred = Vec::new();
        let session = &self.session;
        let done = self.done.clone();
        let run = std::thread::scope(|scope| {
            let job = scope.spawn(move || {
                let graded = session.grade(ex);
                let _ = done.send(Input::Graded);
                graded
            });
            let started = std::time::Instant::now();
            let mut shown = 0u64;
            loop {
                if job.is_finished() {
                    return Run::Done(job.join().unwrap_or_else(|_| {
                        Err(Error::new("grading stopped unexpectedly (a pygrade bug)"))
                    }));
                }
                // Woken by the grading's end (Graded), a key, a save, or each second
                // for the countdown.
                match rx.recv_timeout(Duration::from_millis(250)) {
                    Ok(Input::Graded) => continue,
                    Ok(Input::Key('q' | 'Q')) => {
                        stop(&job);
                        let _ = job.join();
                        return Run::Quit;
                    }
                    Ok(Input::Changed(path) | Input::Saved(path))
                        if self.exercise_of(&path).is_some() =>
                    {
                        stop(&job);
                        let _ = job.join();
                        return Run::Superseded(path);
                    }
                    Ok(other) => deferred.push(other),
                    Err(_) => {}
                }
                let secs = started.elapsed().as_secs();
                if self.tty && secs > shown {
                    shown = secs;
                    print!(
                        "\r{} {secs} s (limit {} s; q stops it)",
                        "grading…".dimmed(),
                        ex.meta.timeout
                    );
                    let _ = std::io::stdout().flush();
                }
            }
        });
        deferred.reverse();
        (run, deferred)
    }

    fn exercise_of(&self, path: &std::path::Path) -> Option<&'a Exercise> {
        let rel = self.session.ws.relative(path)?;
        // A deleted file counts for the exercise on screen (its verdict says how to get
        // it back); for others it is the middle of an editor's save, or nothing to grade.
        self.session
            .app
            .catalog
            .owner_of(&rel)
            .filter(|ex| path.exists() || self.focus.is_some_and(|f| f.id == ex.id))
    }

    fn key(&mut self, key: char, rx: &Receiver<Input>) -> Result<()> {
        match key.to_ascii_lowercase() {
            'h' => self.hint(),
            'n' => self.next(rx),
            'l' if self.tty => {
                let mut deferred = Vec::new();
                let picked = list::interactive(&self.session, |wait| loop {
                    let got = match wait {
                        None => rx.recv().ok(),
                        Some(w) => rx.recv_timeout(w).ok(),
                    };
                    match got {
                        Some(Input::Key(c)) => return u8::try_from(c).ok(),
                        Some(other) => deferred.push(other),
                        None => return None,
                    }
                })?;
                self.pending.extend(deferred);
                match picked.and_then(|id| {
                    self.session
                        .app
                        .catalog
                        .exercises
                        .iter()
                        .find(|e| e.id == id)
                }) {
                    Some(ex) => {
                        self.focus = Some(ex);
                        self.regrade(rx)
                    }
                    None => {
                        print!("\x1b[2J\x1b[H{}", self.screen);
                        self.footer();
                        Ok(())
                    }
                }
            }
            'l' => {
                self.clear();
                list::run(self.session.app, false)?;
                self.footer();
                Ok(())
            }
            'r' => self.regrade(rx),
            'c' => self.check_all(rx),
            'x' => self.reset(rx),
            _ => {
                self.footer();
                Ok(())
            }
        }
    }

    fn regrade(&mut self, rx: &Receiver<Input>) -> Result<()> {
        self.clear();
        let Some(ex) = self.focus else {
            println!(
                "{} Every available exercise is done. `pygrade list` shows your journey.",
                "★".yellow().bold()
            );
            self.footer();
            return Ok(());
        };
        print!("{}", super::next::describe(&self.session, ex));
        println!("{}", "grading…".dimmed());
        let _ = std::io::stdout().flush();
        let Some(graded) = self.grade_now(ex, rx) else {
            return Ok(());
        };
        let graded = graded?;
        self.passed = graded.verdict.passed();
        // Header, verdict line, section titles and footer need ~16 rows; diff and
        // output share the rest, so the task stays on screen.
        let budget = ui::terminal_rows()
            .filter(|_| self.tty)
            .map(|r| r.saturating_sub(16).max(8));
        let file = self.session.file_of(ex);
        let mut verdict = match budget {
            Some(b) => ui::verdict::render_sized(ex, &file, &graded.verdict, b),
            None => ui::verdict::render(ex, &file, &graded.verdict),
        };
        if self.passed {
            verdict.push_str(&format!(
                "{}\n",
                "Well done! Press n for the next exercise.".green()
            ));
        }
        let screen = format!("{}\n{verdict}", super::next::describe(&self.session, ex));
        // In a terminal the screen is drawn anew: the "grading…" line goes. Piped,
        // the header is already out.
        if self.tty {
            print!("\x1b[2J\x1b[H{screen}");
        } else {
            print!("{verdict}");
        }
        self.screen = screen;
        self.footer();
        Ok(())
    }

    /// `c`: grade every exercise the workspace has, one line each, and sum up.
    /// Untouched stubs are counted, not graded; q stops, a save grades that file.
    fn check_all(&mut self, rx: &Receiver<Input>) -> Result<()> {
        self.clear();
        let app: &'a App = self.session.app;
        let exercises: Vec<&'a Exercise> = app
            .catalog
            .exercises
            .iter()
            .filter(|e| self.session.ws.has_installed(&e.id))
            .collect();
        let (mut passed, mut failing, mut not_started) = (0, 0, 0);
        for ex in &exercises {
            if crate::grade::untouched(&app.catalog, ex, &self.session.ws) {
                not_started += 1;
                continue;
            }
            let Some(graded) = self.grade_now(ex, rx) else {
                return Ok(());
            };
            let v = graded?.verdict;
            if v.passed() {
                passed += 1;
                println!("{} {}", "✓".green(), ex.id);
            } else {
                failing += 1;
                println!("{} {} — {}", "✗".red(), ex.id, v.label());
            }
        }
        println!(
            "\n{passed} passed, {failing} failing, {not_started} not started of {}",
            exercises.len()
        );
        self.footer();
        Ok(())
    }

    fn hint(&mut self) -> Result<()> {
        let Some(ex) = self.focus else { return Ok(()) };
        let shown = hint::reveal(&self.session.store, ex, false)?;
        // In a terminal: the last verdict redrawn with the hints under it.
        if self.tty && !self.screen.is_empty() {
            print!("\x1b[2J\x1b[H{}", self.screen);
        }
        print!("\n{}", hint::render(ex, shown));
        self.footer();
        Ok(())
    }

    fn next(&mut self, rx: &Receiver<Input>) -> Result<()> {
        if !self.passed {
            println!(
                "{}",
                "Pass this exercise first (n moves on once it is green).".yellow()
            );
            self.footer();
            return Ok(());
        }
        let progress = self.session.progress()?;
        self.focus = self.session.current(&progress);
        self.regrade(rx)
    }

    fn reset(&mut self, rx: &Receiver<Input>) -> Result<()> {
        let Some(ex) = self.focus else { return Ok(()) };
        println!("\nReset {} to its stub? Your version is kept in .pygrade/backups/. Press y to confirm, any other key to cancel.", ex.id.bold());
        let _ = std::io::stdout().flush();
        loop {
            match rx.recv() {
                Ok(Input::Key('y' | 'Y')) => {
                    for b in reset::reset_exercise(&self.session.ws, &self.session.app.catalog, ex)?
                    {
                        println!("kept your previous version as {}", b.display());
                    }
                    return self.regrade(rx);
                }
                Ok(Input::Key(_)) | Err(_) => {
                    println!("Nothing was changed.");
                    self.footer();
                    return Ok(());
                }
                // Saves while the question is open wait for the answer.
                Ok(Input::Changed(_) | Input::Saved(_) | Input::Graded) => continue,
            }
        }
    }

    fn clear(&self) {
        if self.tty {
            print!("\x1b[2J\x1b[H");
        } else {
            println!("{}", "─".repeat(60).dimmed());
        }
    }

    fn footer(&self) {
        if let Some(note) = &self.note {
            println!("{} {note}", "note:".yellow());
        }
        if let Ok(progress) = self.session.progress() {
            let exercises = &self.session.app.catalog.exercises;
            let done = exercises.iter().filter(|e| progress.passed(&e.id)).count();
            println!(
                "{} {}",
                "Progress".dimmed(),
                ui::bar::render(done, exercises.len(), 30).dimmed()
            );
        }
        if self.tty {
            println!(
                "{}",
                "[h]int  [n]ext  [l]ist  [c]heck all  [r]e-run  [x] reset  [q]uit  — or save"
                    .dimmed()
            );
        } else {
            println!(
                "{}",
                "watching for saves (no terminal: keys are off; Ctrl-C to stop)".dimmed()
            );
        }
        let _ = std::io::stdout().flush();
    }
}
