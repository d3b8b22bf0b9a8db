//! `pygrade roadmap`: the roadmap with `[x]` on passed tasks (and ROADMAP.md refreshed).
use crate::error::Result;

use crate::app::App;
use crate::session::Session;

pub fn run(app: &App) -> Result<i32> {
    let session = Session::open(app)?;
    session.sync_roadmap()?;
    print!("{}", session.roadmap_text()?);
    Ok(0)
}
