//! Exercise metadata: what each exercise is, where its files live, how it is graded.
//! Exercises are ordered by the position of their task in the roadmap.
use serde::Deserialize;

use crate::embedded::Source;
use crate::roadmap::Roadmap;

pub const ROADMAP_FILE: &str = "ROADMAP.md";
pub const REQUIREMENTS_FILE: &str = "requirements.toml";
pub const SUPPORT_DIR: &str = "_support";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Run the learner's program per case; compare its output.
    Output,
    /// Run a grader-owned check that imports the learner's code.
    Check,
}

/// How one output stream of an output-mode case is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Match {
    #[default]
    Exact,
    /// Exact, and byte for byte: line endings, trailing spaces and the final newline
    /// count (for contracts that fix them).
    Bytes,
    Contains,
    Ignore,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    #[serde(default)]
    pub args: Vec<String>,
    #[serde(default)]
    pub stdin: Option<String>,
    #[serde(default)]
    pub stdout: Match,
    #[serde(default)]
    pub stdout_contains: Vec<String>,
    #[serde(default = "ignore")]
    pub stderr: Match,
    #[serde(default)]
    pub stderr_contains: Vec<String>,
    /// Compare the exit status (on by default).
    #[serde(default = "yes")]
    pub exit: bool,
    /// Files the program should have written, shown in the transcript.
    #[serde(default)]
    pub show_files: Vec<String>,
}

fn ignore() -> Match {
    Match::Ignore
}
fn yes() -> bool {
    true
}
fn default_timeout() -> f64 {
    10.0
}
fn default_memory() -> u64 {
    1024
}
fn default_output_kb() -> usize {
    1024
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The roadmap checkbox text this exercise implements, verbatim.
    pub task: String,
    pub mode: Mode,
    /// Learner-edited files, relative to the day folder of the workspace.
    pub files: Vec<String>,
    /// Output mode: the script to run (default: the first file).
    #[serde(default)]
    pub main: Option<String>,
    /// Wall-clock limit in seconds for one run (one case in output mode).
    #[serde(default = "default_timeout")]
    pub timeout: f64,
    #[serde(default = "default_memory")]
    pub memory_mb: u64,
    #[serde(default = "default_output_kb")]
    pub output_kb: usize,
    /// Third-party packages, by name in requirements.toml.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Marked concurrent: the self-check repeats it to prove a stable verdict.
    #[serde(default)]
    pub concurrent: bool,
    pub hints: Vec<String>,
    #[serde(default, rename = "case")]
    pub cases: Vec<Case>,
    /// Grader-owned copies of catalog files, so a check can use another exercise's
    /// reference without a second copy in the tree: `{ "name_in_grader_dir" =
    /// "day07/csv_cleaner/solution/csv_cleaner.py" }`.
    #[serde(default)]
    pub grader_files: std::collections::BTreeMap<String, String>,
    /// Services the run needs, started inside its sandbox (`["redis"]`).
    #[serde(default)]
    pub services: Vec<String>,
    /// The stub's contract, clause by clause: `{ id = "what the stub promises" }`.
    #[serde(default)]
    pub clauses: std::collections::BTreeMap<String, String>,
    /// Which clauses each known-wrong variant breaks: `{ variant_name = ["id", ...] }`.
    #[serde(default)]
    pub breaks: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Exercise {
    /// `day06/prime_generator`.
    pub id: String,
    pub day: u32,
    pub name: String,
    pub meta: Meta,
    /// Index of the roadmap task (None when the task text matches no checkbox).
    pub task_index: Option<usize>,
}

impl Exercise {
    pub fn day_dir(&self) -> String {
        format!("day{:02}", self.day)
    }

    /// Workspace-relative paths of the learner's files.
    pub fn learner_paths(&self) -> Vec<String> {
        self.meta
            .files
            .iter()
            .map(|f| format!("{}/{f}", self.day_dir()))
            .collect()
    }

    pub fn main_file(&self) -> &str {
        self.meta
            .main
            .as_deref()
            .unwrap_or_else(|| self.meta.files.first().map(String::as_str).unwrap_or(""))
    }

    pub fn source_dir(&self) -> &str {
        &self.id
    }
}

/// A metadata problem: the exercise is listed but cannot be graded.
#[derive(Debug, Clone)]
pub struct Problem {
    pub id: String,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub exercises: Vec<Exercise>,
    pub problems: Vec<Problem>,
    pub roadmap: Roadmap,
    pub source: Source,
}

impl Catalog {
    pub fn load(source: Source) -> Catalog {
        let roadmap = Roadmap::parse(&source.text(ROADMAP_FILE).unwrap_or_default());
        let mut exercises = Vec::new();
        let mut problems = Vec::new();
        let metas: Vec<String> = source
            .paths()
            .filter(|p| p.ends_with("/exercise.toml"))
            .map(str::to_string)
            .collect();
        for path in metas {
            let id = path.trim_end_matches("/exercise.toml").to_string();
            match parse_exercise(&source, &id, &path, &roadmap) {
                Ok(ex) => exercises.push(ex),
                Err(message) => problems.push(Problem { id, message }),
            }
        }
        exercises.sort_by(|a, b| {
            (a.task_index.unwrap_or(usize::MAX), &a.id)
                .cmp(&(b.task_index.unwrap_or(usize::MAX), &b.id))
        });
        Catalog {
            exercises,
            problems,
            roadmap,
            source,
        }
    }

    pub fn get(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.id == id)
    }

    /// Every known id, including ones whose metadata is broken.
    pub fn all_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.exercises.iter().map(|e| e.id.as_str()).collect();
        ids.extend(self.problems.iter().map(|p| p.id.as_str()));
        ids
    }

    /// The exercise whose learner files include this workspace-relative path.
    pub fn owner_of(&self, rel: &str) -> Option<&Exercise> {
        self.exercises
            .iter()
            .find(|e| e.learner_paths().iter().any(|p| p == rel))
    }
}

fn parse_exercise(
    source: &Source,
    id: &str,
    path: &str,
    roadmap: &Roadmap,
) -> Result<Exercise, String> {
    let (day, name) =
        parse_id(id).ok_or_else(|| format!("`{id}` is not of the form dayNN/name"))?;
    let text = source.text(path).unwrap_or_default();
    let meta: Meta =
        toml::from_str(&text).map_err(|e| format!("{path}: {}", e.to_string().trim()))?;
    if meta.files.is_empty() {
        return Err(format!(
            "{path}: `files` must name at least one learner file"
        ));
    }
    if !(1..=3).contains(&meta.hints.len()) {
        return Err(format!(
            "{path}: needs 1 to 3 hints, has {}",
            meta.hints.len()
        ));
    }
    if !(meta.timeout > 0.0 && meta.timeout <= 600.0) {
        return Err(format!(
            "{path}: `timeout` must be between 0 and 600 seconds"
        ));
    }
    if meta.mode == Mode::Output && meta.cases.is_empty() {
        return Err(format!("{path}: output mode needs at least one [[case]]"));
    }
    if meta.mode == Mode::Check && source.get(&format!("{id}/check.py")).is_none() {
        return Err(format!("{id}: check mode needs a check.py"));
    }
    for file in &meta.files {
        if file.starts_with('/') || file.split('/').any(|part| part == ".." || part.is_empty()) {
            return Err(format!(
                "{path}: learner file `{file}` must be a plain relative path"
            ));
        }
        if source.get(&format!("{id}/stub/{file}")).is_none() {
            return Err(format!("{id}: stub/{file} is missing"));
        }
    }
    for (name, from) in &meta.grader_files {
        if name.contains('/') || source.get(from).is_none() {
            return Err(format!("{path}: grader_files: `{name}` must be a plain file name and `{from}` a file in the exercise tree"));
        }
    }
    for service in &meta.services {
        if crate::services::Service::named(service).is_none() {
            return Err(format!(
                "{path}: unknown service `{service}` (known: {})",
                crate::services::Service::names().join(", ")
            ));
        }
    }
    for (variant, clauses) in &meta.breaks {
        if let Some(unknown) = clauses.iter().find(|c| !meta.clauses.contains_key(*c)) {
            return Err(format!(
                "{path}: breaks.{variant} names `{unknown}`, which [clauses] does not list"
            ));
        }
    }
    let task_index = roadmap.index_of(&meta.task);
    Ok(Exercise {
        id: id.to_string(),
        day,
        name: name.to_string(),
        meta,
        task_index,
    })
}

/// `day06/prime_generator` → (6, "prime_generator").
pub fn parse_id(id: &str) -> Option<(u32, &str)> {
    let (day, name) = id.split_once('/')?;
    let n: u32 = day.strip_prefix("day")?.parse().ok()?;
    if name.is_empty() || name.contains('/') {
        return None;
    }
    Some((n, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse() {
        assert_eq!(
            parse_id("day06/prime_generator"),
            Some((6, "prime_generator"))
        );
        assert_eq!(parse_id("day6"), None);
        assert_eq!(parse_id("week1/x"), None);
        assert_eq!(parse_id("day01/a/b"), None);
    }

    #[test]
    fn builtin_catalog_has_no_problems() {
        let catalog = Catalog::load(Source::embedded());
        assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
        assert!(catalog.get("day02/deep_equal").is_some());
        assert!(catalog.exercises.iter().all(|e| e.task_index.is_some()));
    }
}
