//! Turning what the user typed (`day06`, `day6/prime_generator`, `prime_generator`) into
//! exercises, with "did you mean" suggestions when it matches nothing.
use crate::catalog::{Catalog, Exercise};
use crate::error::{Error, Result};

/// Resolve a TARGET to one or more exercises, in roadmap order.
pub fn resolve<'a>(catalog: &'a Catalog, target: &str) -> Result<Vec<&'a Exercise>> {
    if let Some(found) = by_file(catalog, target)? {
        return Ok(vec![found]);
    }
    let target = normalise(target);
    if let Some(p) = catalog.problem(&target) {
        return Err(Error::new(format!(
            "exercise {} has malformed metadata: {}",
            p.id, p.message
        ))
        .with_hint(
            "this is a bug in the exercise set; please report it (authors: `pygrade dev check`)",
        ));
    }
    if let Some(ex) = catalog.get(&target) {
        return Ok(vec![ex]);
    }
    let day: Vec<&Exercise> = catalog
        .exercises
        .iter()
        .filter(|e| e.day_dir() == target)
        .collect();
    if !day.is_empty() {
        return Ok(day);
    }
    let by_name: Vec<&Exercise> = catalog
        .exercises
        .iter()
        .filter(|e| e.name == target)
        .collect();
    match by_name.len() {
        1 => return Ok(by_name),
        n if n > 1 => {
            let ids: Vec<&str> = by_name.iter().map(|e| e.id.as_str()).collect();
            return Err(
                Error::new(format!("`{target}` is ambiguous: {}", ids.join(", "))).with_hint(
                    "name the exercise with its day, e.g. `pygrade check ".to_string()
                        + ids[0]
                        + "`",
                ),
            );
        }
        _ => {}
    }
    let suggestions = suggest(catalog, &target);
    let hint = if suggestions.is_empty() {
        "`pygrade list` shows every exercise".to_string()
    } else {
        format!(
            "did you mean {}?  (`pygrade list` shows every exercise)",
            suggestions.join(", ")
        )
    };
    Err(Error::new(format!("no exercise or day matches `{target}`")).with_hint(hint))
}

/// A learner file named as a path (`./day01/project_setup.py`, an absolute path into a
/// workspace, `day04/test_money.py`) or by its bare name (`project_setup.py`): the
/// exercise that owns it. None when the target is no file name at all.
fn by_file<'a>(catalog: &'a Catalog, target: &str) -> Result<Option<&'a Exercise>> {
    let raw = target.trim().trim_start_matches("./");
    if !raw.contains('.') {
        return Ok(None);
    }
    let mut owners: Vec<&Exercise> = catalog
        .exercises
        .iter()
        .filter(|ex| {
            ex.learner_paths().iter().any(|lp| {
                raw == lp
                    || raw.ends_with(&format!("/{lp}"))
                    || (!raw.contains('/') && lp.rsplit('/').next() == Some(raw))
            })
        })
        .collect();
    owners.dedup_by(|a, b| a.id == b.id);
    match owners.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        many => {
            let ids: Vec<&str> = many.iter().map(|e| e.id.as_str()).collect();
            Err(Error::new(format!(
                "`{raw}` is a file of several exercises: {}",
                ids.join(", ")
            ))
            .with_hint(format!(
                "name it with its day folder, e.g. `{}`",
                many[0].learner_paths()[0]
            )))
        }
    }
}

/// `day6` → `day06`, `Day06/X` → `day06/x`; trailing `.py` and slashes dropped, so a
/// learner can paste the file path.
fn normalise(target: &str) -> String {
    let t = target.trim().trim_end_matches('/').to_lowercase();
    let t = t.strip_suffix(".py").unwrap_or(&t).to_string();
    let (head, tail) = match t.split_once('/') {
        Some((h, rest)) => (h.to_string(), Some(rest.to_string())),
        None => (t.clone(), None),
    };
    let head = match head.strip_prefix("day").and_then(|n| n.parse::<u32>().ok()) {
        Some(n) => format!("day{n:02}"),
        None => head,
    };
    match tail {
        Some(rest) => format!("{head}/{rest}"),
        None => head,
    }
}

fn suggest(catalog: &Catalog, target: &str) -> Vec<String> {
    let mut scored: Vec<(usize, String)> = catalog
        .exercises
        .iter()
        .filter_map(|e| {
            let d = distance(target, &e.name).min(distance(target, &e.id));
            let close =
                d <= 3.max(target.len() / 3) || e.name.contains(target) && target.len() >= 3;
            close.then(|| (d, e.id.clone()))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::Source;

    #[test]
    fn normalises_days_and_paths() {
        assert_eq!(normalise("day6"), "day06");
        assert_eq!(normalise("Day2/deep_equal.py"), "day02/deep_equal");
        assert_eq!(normalise("day02/"), "day02");
    }

    #[test]
    fn resolves_ids_days_and_names() {
        let c = Catalog::load(Source::embedded());
        assert_eq!(resolve(&c, "deep_equal").unwrap()[0].id, "day02/deep_equal");
        assert_eq!(resolve(&c, "day2").unwrap()[0].day, 2);
        assert_eq!(resolve(&c, "day01/hello_cli").unwrap().len(), 1);
    }

    #[test]
    fn suggests_close_names() {
        let c = Catalog::load(Source::embedded());
        let err = resolve(&c, "deep_equl").unwrap_err();
        assert!(err.hint.unwrap().contains("day02/deep_equal"));
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "ab"), 2);
    }

    #[test]
    fn learner_files_name_their_exercise() {
        let catalog = Catalog::load(crate::embedded::Source::embedded());
        let id = |t: &str| resolve(&catalog, t).unwrap()[0].id.clone();
        assert_eq!(id("day02/deep_equal.py"), "day02/deep_equal");
        assert_eq!(id("./day02/deep_equal.py"), "day02/deep_equal");
        assert_eq!(
            id("/home/ada/python-mastery/day02/deep_equal.py"),
            "day02/deep_equal"
        );
        assert_eq!(id("deep_equal.py"), "day02/deep_equal");
        assert_eq!(id("day04/test_money.py"), "day04/repr_eq_tests");
        assert_eq!(id("test_money.py"), "day04/repr_eq_tests");
    }
}
