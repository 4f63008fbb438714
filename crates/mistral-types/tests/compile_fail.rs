//! The builder's required fields and the const-checked ranges are enforced by the compiler.
//! Each case's expected compiler output is pinned in `tests/ui/*.stderr`.

#[test]
fn compile_fail() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
