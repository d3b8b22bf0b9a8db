//! A learner session: one workspace, its interpreter, progress and sandbox level.
//! Grading here also records progress and keeps ROADMAP.md in sync.
use std::collections::HashMap;

use crate::catalog::Exercise;
use crate::error::{Context, Result};
use crate::grade::{Graded, Learner, Runner, Verdict};
use crate::progress::{Attempt, Progress, Store};
use crate::python::Interpreter;
use crate::requirements::Packages;
use crate::sandbox::Level;
use crate::workspace::Workspace;

use crate::app::App;

pub struct Session<'a> {
    pub app: &'a App,
    pub ws: Workspace,
    pub python: Interpreter,
    pub level: Level,
    pub packages: Packages,
    pub store: Store,
    /// Warm interpreters for the heavy exercises (watch, `check --all`).
    pub warm: Option<crate::grade::warm::Warm>,
}

impl<'a> Session<'a> {
    pub fn open(app: &'a App) -> Result<Session<'a>> {
        let ws = app.workspace()?;
        let python = app.python(Some(&ws))?;
        let (level, _) = app.sandbox();
        let store = Store::new(&ws.state_dir());
        // PYGRADE_WARM=always: every run warm, one-shot checks too (the escape suite
        // attacks the warm path this way).
        Ok(Session {
            app,
            ws,
            python,
            level,
            packages: Packages::default(),
            store,
            warm: None,
        }
        .warmed_if(crate::grade::warm::Policy::from_env() == crate::grade::warm::Policy::Always))
    }

    fn warmed_if(self, yes: bool) -> Self {
        if yes {
            self.warmed()
        } else {
            self
        }
    }

    /// Grade through warm interpreters where they help (see `grade::warm`): for
    /// commands that grade again and again.
    pub fn warmed(mut self) -> Self {
        self.warm = Some(crate::grade::warm::Warm::new(
            crate::grade::warm::Policy::from_env(),
        ));
        self
    }

    pub fn progress(&self) -> Result<Progress> {
        let (p, warning) = self.store.read()?;
        if let Some(w) = warning {
            crate::ui::warn(&w);
        }
        Ok(p)
    }

    /// The learner's main file for `ex`, as a path they can open.
    /// For several files: the first, then the others relative to the day folder.
    pub fn file_of(&self, ex: &Exercise) -> String {
        let main = self.ws.path(&ex.learner_paths()[0]).display().to_string();
        match &ex.meta.files[..] {
            [_] | [] => main,
            [_, rest @ ..] => format!("{main} (and {})", rest.join(", ")),
        }
    }

    /// Grade with the learner's files, record the result, tick the roadmap.
    pub fn grade(&self, ex: &Exercise) -> Result<Graded> {
        let runner = Runner {
            warm: self.warm.as_ref(),
            catalog: &self.app.catalog,
            python: &self.python,
            level: self.level,
            packages: &self.packages,
        };
        let learner_dir = self.ws.path(&ex.day_dir()).display().to_string();
        let graded = runner.grade(ex, Learner::Workspace(&self.ws), &learner_dir)?;
        if !graded.verdict.is_setup_problem() && !matches!(graded.verdict, Verdict::Cancelled) {
            let (_, warning) = self
                .store
                .update(|p| p.record(&ex.id, attempt(&graded.verdict)))?;
            if let Some(w) = warning {
                crate::ui::warn(&w);
            }
            self.sync_roadmap()?;
        }
        Ok(graded)
    }

    /// The first exercise, in roadmap order, not yet passed (of those the workspace has).
    pub fn current(&self, progress: &Progress) -> Option<&'a Exercise> {
        self.app
            .catalog
            .exercises
            .iter()
            .find(|e| !progress.passed(&e.id) && self.ws.has_installed(&e.id))
    }

    /// Rewrite the workspace's ROADMAP.md with ticks for passed tasks.
    pub fn sync_roadmap(&self) -> Result<()> {
        let text = self.roadmap_text()?;
        let path = self.ws.path("ROADMAP.md");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            crate::fsutil::write_atomic(&path, text.as_bytes())
                .context(|| format!("writing {}", path.display()))?;
        }
        Ok(())
    }

    pub fn roadmap_text(&self) -> Result<String> {
        let progress = self.progress()?;
        let ids: HashMap<usize, String> = self
            .app
            .catalog
            .exercises
            .iter()
            .filter_map(|e| e.task_index.map(|i| (i, e.id.clone())))
            .collect();
        Ok(self
            .app
            .catalog
            .roadmap
            .render(&ids, &|id| progress.passed(id)))
    }
}

fn attempt(verdict: &Verdict) -> Attempt {
    match verdict {
        Verdict::Passed => Attempt::Passed,
        Verdict::Failed(f) if f.not_started => Attempt::NotStarted,
        _ => Attempt::Failed,
    }
}
