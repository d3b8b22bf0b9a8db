//! Command-line interface: argument definitions and dispatch. Each command lives in
//! `commands/`; this file only wires them up and maps errors to exit codes.
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use colored::Colorize;

use crate::app::{dev_source, App, Settings, EXIT_OK, EXIT_SETUP};
use crate::commands;
use crate::sandbox::Level;

#[derive(Parser, Debug)]
#[command(
    name = "pygrade",
    version,
    about = "Exercises and a sandboxed grader for the 30-day Python Mastery roadmap"
)]
#[command(after_help = "\
With no command, pygrade watches your workspace and grades the current exercise on
every save.

Examples:
  pygrade init python-mastery     a new workspace, then the first exercise
  pygrade                         watch: grade on every save
  pygrade check day06             grade a whole day
  pygrade check ./day02/deep_equal.py
  pygrade hint                    the next hint for the current exercise

Exit codes: 0 everything graded passed; 1 something failed (your code); 2 a usage
or setup problem (no interpreter, missing packages or service, bad arguments).")]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Args, Debug, Clone, Default)]
pub struct Global {
    /// Python interpreter to run exercises with (default: workspace .venv, python3, python).
    #[arg(long, global = true, value_name = "PATH")]
    pub python: Option<PathBuf>,
    /// Workspace to use (default: the one containing the current directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
    /// Highest sandbox level to use: full, partial or minimal (default: the best available).
    #[arg(long, global = true, value_name = "LEVEL", value_parser = parse_level)]
    pub sandbox: Option<Level>,
    /// Never use colors.
    #[arg(long, global = true)]
    pub no_color: bool,
}

fn parse_level(s: &str) -> Result<Level, String> {
    Level::parse(s)
        .ok_or_else(|| format!("`{s}` is not a sandbox level; use full, partial or minimal"))
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Create a workspace with every exercise stub (refuses to overwrite anything).
    Init {
        /// Where to create it.
        #[arg(default_value = "python-mastery")]
        dir: PathBuf,
    },
    /// Grade the current exercise on every save (the default command).
    #[command(after_help = "\
Keys (in a terminal):
  h   the next hint for the exercise on screen
  n   move on to the next unfinished exercise
  l   the list of every task, with your progress
  c   check every exercise you have and sum up
  r   grade the exercise on screen again
  x   reset the exercise on screen to its stub (your version is backed up)
  q   quit (also Ctrl-C); stops a running check at once

Saving a file grades it at once; a save during a check stops that check and grades
the new content. Without a terminal (piped), keys are off: Ctrl-C stops.

Example:
  pygrade watch --poll            on a network drive or WSL's /mnt")]
    Watch {
        /// Poll for changes instead of using file-system events.
        #[arg(long)]
        poll: bool,
    },
    /// Show the next unfinished task, its file and how your attempt does.
    #[command(after_help = "Example:\n  pygrade next")]
    Next,
    /// Grade an exercise, a whole day (`day06`) or, with --all, everything.
    #[command(after_help = "\
Examples:
  pygrade check                       the current exercise
  pygrade check day06                 every exercise of day 6
  pygrade check prime_generator       by name
  pygrade check ./day06/prime_generator.py
  pygrade check --all --json          everything, machine-readable

Exit codes: 0 all passed; 1 something failed; 2 a setup problem.")]
    Check {
        /// `day06`, `day06/prime_generator`, `prime_generator` or a file
        /// (`day06/prime_generator.py`); default: the current exercise.
        target: Option<String>,
        /// Grade every exercise of the workspace (untouched stubs are summed up as
        /// "not started").
        #[arg(long, conflicts_with = "target")]
        all: bool,
        /// Machine-readable results: one object per exercise, with its verdict.
        #[arg(long)]
        json: bool,
    },
    /// Every task by week and day, with your progress.
    #[command(
        after_help = "Examples:\n  pygrade list\n  pygrade list --json | jq '.[] | select(.status == \"failing\")'"
    )]
    List {
        /// Machine-readable: one object per roadmap task.
        #[arg(long)]
        json: bool,
    },
    /// Reveal the next hint for an exercise (hints are progressive).
    #[command(after_help = "Examples:\n  pygrade hint\n  pygrade hint deep_equal --all")]
    Hint {
        /// An exercise (`deep_equal`, `day02/deep_equal`) or its file; default: the current one.
        target: Option<String>,
        /// Show all hints at once.
        #[arg(long)]
        all: bool,
    },
    /// Restore the starting stub; your current file is kept as a backup.
    #[command(
        after_help = "Examples:\n  pygrade reset                 the current exercise (asks first)\n  pygrade reset day02/deep_equal --yes\n\nBackups go to .pygrade/backups/ in the workspace."
    )]
    Reset {
        /// An exercise, a day or a file; default: the current exercise.
        target: Option<String>,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
    },
    /// Add exercises from a newer pygrade to this workspace (never touches your files).
    #[command(after_help = "Example:\n  pygrade update")]
    Update,
    /// Show the reference solution (only once you passed the exercise).
    #[command(after_help = "Example:\n  pygrade solution deep_equal")]
    Solution {
        /// An exercise or its file; default: the current exercise.
        target: Option<String>,
    },
    /// The roadmap, with [x] on the tasks you passed.
    #[command(after_help = "Example:\n  pygrade roadmap | less")]
    Roadmap,
    /// Create the workspace's .venv and install the pinned packages exercises need.
    #[command(after_help = "\
Uses uv when it is on PATH (much faster), pip otherwise; the same pinned versions
either way.

Examples:
  pygrade setup
  pygrade setup --check              what is missing, installing nothing
  pygrade setup --venv .venv         authors and CI: a venv of your choice")]
    Setup {
        /// Only report what is missing.
        #[arg(long)]
        check: bool,
        /// Virtualenv to use instead of the workspace's .venv (authors, CI).
        #[arg(long, value_name = "DIR")]
        venv: Option<PathBuf>,
    },
    /// Show the interpreter, virtualenv and sandbox level pygrade uses.
    #[command(after_help = "Examples:\n  pygrade doctor\n  pygrade doctor --json")]
    Doctor {
        /// Machine-readable: interpreter, each sandbox layer and why, services.
        #[arg(long)]
        json: bool,
    },
    /// Print a completion script for your shell.
    #[command(after_help = "\
Examples:
  pygrade completions bash > ~/.local/share/bash-completion/completions/pygrade
  pygrade completions zsh > \"${fpath[1]}/_pygrade\"
  pygrade completions fish > ~/.config/fish/completions/pygrade.fish")]
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Tools for exercise authors.
    #[command(subcommand)]
    Dev(DevCmd),
}

#[derive(Subcommand, Debug)]
pub enum DevCmd {
    /// Prove every exercise honest: stubs fail, solutions pass, wrong variants fail.
    Check {
        /// Limit to one exercise or day.
        target: Option<String>,
        /// Exercise tree to check (default: ./exercises if present, else the built-in one).
        #[arg(long, value_name = "DIR")]
        exercises: Option<PathBuf>,
        /// Parallel jobs (default: number of cores).
        #[arg(long, short)]
        jobs: Option<usize>,
    },
    /// Regenerate expected.txt from the reference solution.
    Bless {
        /// The exercise or day to bless.
        target: String,
        /// Exercise tree to write into (default: ./exercises).
        #[arg(long, value_name = "DIR")]
        exercises: Option<PathBuf>,
    },
}

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_SETUP } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    crate::ui::init_colors(cli.global.no_color);
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{} {}", "error:".red().bold(), e.message);
            if let Some(hint) = e.hint {
                eprintln!("  {} {hint}", "→".cyan());
            }
            EXIT_SETUP
        }
    }
}

fn run(cli: Cli) -> crate::error::Result<i32> {
    let settings = settings(cli.global)?;
    let app = || -> crate::error::Result<App> {
        Ok(App::new(
            settings.clone(),
            crate::embedded::Source::current()?,
        ))
    };
    match cli.command {
        Some(Cmd::Dev(DevCmd::Check {
            target,
            exercises,
            jobs,
        })) => {
            let app = App::new(settings.clone(), dev_source(exercises.as_deref())?);
            commands::dev_check::run(&app, target.as_deref(), jobs)
        }
        Some(Cmd::Dev(DevCmd::Bless { target, exercises })) => {
            let app = App::new(settings.clone(), dev_source(exercises.as_deref())?);
            commands::dev_bless::run(&app, &target)
        }
        Some(Cmd::Init { dir }) => commands::init::run(&app()?, &dir),
        None => commands::watch::run(&app()?, false),
        Some(Cmd::Watch { poll }) => commands::watch::run(&app()?, poll),
        Some(Cmd::Next) => commands::next::run(&app()?),
        Some(Cmd::Check { target, all, json }) => {
            commands::check::run(&app()?, target.as_deref(), all, json)
        }
        Some(Cmd::List { json }) => commands::list::run(&app()?, json),
        Some(Cmd::Hint { target, all }) => commands::hint::run(&app()?, target.as_deref(), all),
        Some(Cmd::Reset { target, yes }) => commands::reset::run(&app()?, target.as_deref(), yes),
        Some(Cmd::Solution { target }) => commands::solution::run(&app()?, target.as_deref()),
        Some(Cmd::Roadmap) => commands::roadmap::run(&app()?),
        Some(Cmd::Update) => commands::update::run(&app()?),
        Some(Cmd::Doctor { json }) => commands::doctor::run(&app()?, json),
        Some(Cmd::Setup { check, venv }) => commands::setup::run(&app()?, venv.as_deref(), check),
        Some(Cmd::Completions { shell }) => {
            use clap::CommandFactory;
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "pygrade",
                &mut std::io::stdout(),
            );
            Ok(EXIT_OK)
        }
    }
}

/// Flags first, then the environment: read here once, for every command.
fn settings(global: Global) -> crate::error::Result<Settings> {
    let env_level = match std::env::var("PYGRADE_SANDBOX") {
        Ok(value) if !value.is_empty() => Some(Level::parse(&value).ok_or_else(|| {
            crate::error::Error::new(format!("PYGRADE_SANDBOX={value:?} is not a sandbox level"))
                .with_hint(
                    "use full, partial or minimal (or unset it for the best this machine has)",
                )
        })?),
        _ => None,
    };
    Ok(Settings {
        python: global.python,
        workspace: global.workspace,
        sandbox: global.sandbox.or(env_level),
    })
}
