//! A text progress bar: `[#######.............] 7/65 (10%)`.

pub fn render(done: usize, total: usize, width: usize) -> String {
    let filled = if total == 0 { 0 } else { done * width / total };
    let pct = if total == 0 { 0 } else { done * 100 / total };
    format!("[{}{}] {done}/{total} ({pct}%)", "#".repeat(filled), ".".repeat(width - filled))
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
