//! The Responses builder's required fields (`model`, `input`) are enforced by the compiler
//! (feature `responses`). Each case's expected compiler output is pinned in
//! `tests/ui_responses/*.stderr`.
#![cfg(feature = "responses")]

#[test]
fn responses_compile_fail() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui_responses/*.rs");
}
