//! Known-wrong variants as edits. `wrong/<name>.toml` holds `[[edit]]` entries (file,
//! find, replace) applied to the solution: the mistake is what the file shows, and no
//! second copy of the solution has to be kept in step. A variant folder
//! (`wrong/<name>/<file>`) still works for variants that rewrite a file wholesale.
use serde::Deserialize;

use crate::embedded::Source;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edits {
    #[serde(rename = "edit", default)]
    edits: Vec<Edit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    find: String,
    replace: String,
}

/// Names of an exercise's variants, sorted: `wrong/<name>` for folders and edit files.
pub fn names(source: &Source, id: &str) -> Vec<String> {
    let mut names: Vec<String> = source
        .under(id)
        .filter_map(|(rel, _)| rel.strip_prefix("wrong/"))
        .map(|rest| match rest.split_once('/') {
            Some((dir, _)) => dir.to_string(),
            None => rest.strip_suffix(".toml").unwrap_or(rest).to_string(),
        })
        .map(|n| format!("wrong/{n}"))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The reference content of a learner file: `solution/<file>`, or `stub/<file>` for a
/// file the exercise hands over ready-made (the learner runs it but need not edit it),
/// which then has no second copy to keep in step.
pub fn solution_file<'a>(source: &'a Source, id: &str, file: &str) -> Option<&'a [u8]> {
    source
        .get(&format!("{id}/solution/{file}"))
        .or_else(|| source.get(&format!("{id}/stub/{file}")))
}

/// Alternative correct solutions, sorted: `alt/<name>/<file>` folders (files an
/// alternative leaves out come from the solution).
pub fn alternatives(source: &Source, id: &str) -> Vec<String> {
    let mut names: Vec<String> = source
        .under(id)
        .filter_map(|(rel, _)| rel.strip_prefix("alt/"))
        .filter_map(|rest| rest.split_once('/'))
        .map(|(dir, _)| format!("alt/{dir}"))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The content of `file` in variant `wrong/<name>`: its own copy, else the solution
/// with the variant's edits for that file applied (the solution unchanged when it has
/// none). Err when an edit does not match exactly once.
pub fn file(
    source: &Source,
    id: &str,
    variant: &str,
    file: &str,
) -> Result<Option<Vec<u8>>, String> {
    if let Some(own) = source.get(&format!("{id}/{variant}/{file}")) {
        return Ok(Some(own.to_vec()));
    }
    let Some(solution) =
        solution_file(source, id, file).map(|b| String::from_utf8_lossy(b).into_owned())
    else {
        return Ok(None);
    };
    let Some(text) = source.text(&format!("{id}/{variant}.toml")) else {
        return Ok(Some(solution.into_bytes()));
    };
    let edits: Edits = toml::from_str(&text)
        .map_err(|e| format!("{id}/{variant}.toml: {}", e.to_string().trim()))?;
    let mut out = solution;
    for (i, edit) in edits
        .edits
        .iter()
        .enumerate()
        .filter(|(_, e)| e.file == file)
    {
        match out.matches(edit.find.as_str()).count() {
            1 => out = out.replacen(edit.find.as_str(), &edit.replace, 1),
            n => {
                return Err(format!(
                "{id}/{variant}.toml: edit {} matches {n} times in {file} (must be exactly once)",
                i + 1
            ))
            }
        }
    }
    Ok(Some(out.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(files: &[(&str, &str)]) -> Source {
        let dir = tempfile::tempdir().unwrap();
        for (rel, text) in files {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        Source::from_dir(dir.path()).unwrap()
    }

    #[test]
    fn edits_apply_to_the_solution_and_folders_win() {
        let s = source(&[
            ("d/solution/a.py", "def f(x):\n    return x + 1\n"),
            (
                "d/wrong/minus.toml",
                "[[edit]]\nfile = \"a.py\"\nfind = \"x + 1\"\nreplace = \"x - 1\"\n",
            ),
            ("d/wrong/whole/a.py", "def f(x):\n    return 0\n"),
        ]);
        assert_eq!(names(&s, "d"), ["wrong/minus", "wrong/whole"]);
        assert!(alternatives(&s, "d").is_empty());
        assert_eq!(
            file(&s, "d", "wrong/minus", "a.py").unwrap().unwrap(),
            b"def f(x):\n    return x - 1\n"
        );
        assert_eq!(
            file(&s, "d", "wrong/whole", "a.py").unwrap().unwrap(),
            b"def f(x):\n    return 0\n"
        );
    }

    #[test]
    fn alternatives_are_folders_that_fall_back_on_the_solution() {
        let s = source(&[
            ("d/solution/a.py", "A\n"),
            ("d/solution/b.py", "B\n"),
            ("d/alt/loop/a.py", "A2\n"),
        ]);
        assert_eq!(alternatives(&s, "d"), ["alt/loop"]);
        assert_eq!(file(&s, "d", "alt/loop", "a.py").unwrap().unwrap(), b"A2\n");
        assert_eq!(file(&s, "d", "alt/loop", "b.py").unwrap().unwrap(), b"B\n");
    }

    #[test]
    fn a_ready_made_file_comes_from_the_stub() {
        let s = source(&[
            ("d/stub/given.py", "G\n"),
            ("d/stub/a.py", "raise NotImplementedError\n"),
            ("d/solution/a.py", "A\n"),
        ]);
        assert_eq!(solution_file(&s, "d", "given.py").unwrap(), b"G\n");
        assert_eq!(solution_file(&s, "d", "a.py").unwrap(), b"A\n");
        assert_eq!(
            file(&s, "d", "wrong/x", "given.py").unwrap().unwrap(),
            b"G\n"
        );
    }

    #[test]
    fn an_edit_that_does_not_match_once_is_an_error() {
        let s = source(&[
            ("d/solution/a.py", "x = 1\nx = 1\n"),
            (
                "d/wrong/twice.toml",
                "[[edit]]\nfile = \"a.py\"\nfind = \"x = 1\"\nreplace = \"x = 2\"\n",
            ),
            (
                "d/wrong/gone.toml",
                "[[edit]]\nfile = \"a.py\"\nfind = \"y\"\nreplace = \"z\"\n",
            ),
        ]);
        assert!(file(&s, "d", "wrong/twice", "a.py")
            .unwrap_err()
            .contains("matches 2 times"));
        assert!(file(&s, "d", "wrong/gone", "a.py")
            .unwrap_err()
            .contains("matches 0 times"));
    }
}
