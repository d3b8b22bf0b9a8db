//! One module per command; each is a thin composition of the pipeline stages.
pub mod check;
pub mod dev_bless;
pub mod dev_check;
pub mod doctor;
pub mod hint;
pub mod init;
pub mod list;
pub mod next;
pub mod reset;
pub mod roadmap;
pub mod setup;
pub mod solution;
pub mod update;
pub mod watch;
