//! `pygrade init [DIR]`: a new workspace, then straight to the first exercise.
use std::path::Path;

use colored::Colorize;

use crate::error::Result;
use crate::workspace::Workspace;

use crate::app::App;
use crate::session::Session;

pub fn run(app: &App, dir: &Path) -> Result<i32> {
    let ws = Workspace::create(dir, &app.catalog)?;
    println!(
        "{} Created a workspace with {} exercises in {}",
        "✓".green().bold(),
        app.catalog.exercises.len(),
        ws.root.display().to_string().bold()
    );
    let scoped = app.for_workspace(ws.root.clone());
    let session = Session::open(&scoped)?;
    session.sync_roadmap()?;
    println!();
    super::next::show(&session)?;
    println!(
        "\nFrom now on, work inside the workspace:  {}",
        format!("cd {} && pygrade", ws.root.display()).bold()
    );
    Ok(0)
}
