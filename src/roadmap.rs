//! The roadmap's checkboxes: which task is which, and the learner's copy with ticks.
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct Task {
    pub text: String,
    /// The `### Day N — …` heading the task sits under.
    pub day_heading: String,
    pub week_heading: String,
}

#[derive(Debug, Clone, Default)]
pub struct Roadmap {
    pub source: String,
    pub tasks: Vec<Task>,
}

const UNCHECKED: &str = "- [ ] ";

impl Roadmap {
    pub fn parse(source: &str) -> Roadmap {
        let mut tasks = Vec::new();
        let (mut week, mut day) = (String::new(), String::new());
        for line in source.lines() {
            if let Some(h) = line.strip_prefix("## ") {
                week = h.trim().to_string();
            } else if let Some(h) = line.strip_prefix("### ") {
                day = h.trim().to_string();
            } else if let Some(text) = line.strip_prefix(UNCHECKED) {
                tasks.push(Task {
                    text: text.trim().to_string(),
                    day_heading: day.clone(),
                    week_heading: week.clone(),
                });
            }
        }
        Roadmap {
            source: source.to_string(),
            tasks,
        }
    }

    pub fn index_of(&self, task: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.text == task.trim())
    }

    /// The roadmap with `[x]` on passed tasks and each task's exercise id appended.
    pub fn render(&self, ids: &HashMap<usize, String>, passed: &dyn Fn(&str) -> bool) -> String {
        let mut out = String::with_capacity(self.source.len() + 2048);
        let mut index = 0;
        for line in self.source.lines() {
            if let Some(text) = line.strip_prefix(UNCHECKED) {
                match ids.get(&index) {
                    Some(id) => {
                        let mark = if passed(id) { "x" } else { " " };
                        out.push_str(&format!("- [{mark}] {}  `{id}`", text.trim()));
                    }
                    None => out.push_str(line),
                }
                index += 1;
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "## WEEK 1\n### Day 1 — Setup\n- [ ] Install Python\n- [ ] Build CLI\n";

    #[test]
    fn parses_tasks_with_headings() {
        let r = Roadmap::parse(SAMPLE);
        assert_eq!(r.tasks.len(), 2);
        assert_eq!(r.tasks[1].text, "Build CLI");
        assert_eq!(r.tasks[1].day_heading, "Day 1 — Setup");
        assert_eq!(r.index_of("Build CLI"), Some(1));
    }

    #[test]
    fn renders_ticks_for_passed_tasks_only() {
        let r = Roadmap::parse(SAMPLE);
        let ids = HashMap::from([(0, "day01/a".to_string()), (1, "day01/b".to_string())]);
        let out = r.render(&ids, &|id| id == "day01/b");
        assert!(out.contains("- [ ] Install Python  `day01/a`"));
        assert!(out.contains("- [x] Build CLI  `day01/b`"));
    }
}
