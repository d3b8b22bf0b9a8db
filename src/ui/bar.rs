//! A text progress bar: `[#######.............] 7/65 (10%)`.

pub fn render(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
    let pct = (done * 100).checked_div(total).unwrap_or(0);
    format!(
        "[{}{}] {done}/{total} ({pct}%)",
        "#".repeat(filled),
        ".".repeat(width - filled)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn fills_proportionally() {
        assert_eq!(super::render(1, 4, 8), "[##......] 1/4 (25%)");
        assert_eq!(super::render(0, 0, 4), "[....] 0/0 (0%)");
        assert_eq!(super::render(4, 4, 4), "[####] 4/4 (100%)");
    }
}
