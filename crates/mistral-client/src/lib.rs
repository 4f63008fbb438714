//! placeholder
pub mod sse;
