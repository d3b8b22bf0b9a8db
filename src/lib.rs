//! pygrade: an exercise runner and grader for the 30-day Python Mastery roadmap.
//!
//! Data flows one way: workspace → catalog → python → sandbox → grade → progress → ui.
pub mod app;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod embedded;
pub mod error;
pub mod fsutil;
pub mod grade;
pub mod progress;
pub mod python;
pub mod requirements;
pub mod roadmap;
pub mod sandbox;
pub mod services;
pub mod session;
pub mod shutdown;
pub mod target;
pub mod ui;
pub mod untrusted;
pub mod variant;
pub mod workspace;
