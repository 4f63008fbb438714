//! Rust names for wire names, and spec descriptions made safe for rustdoc.

/// Words of a wire name: split on non-alphanumerics and lower-to-upper case changes.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let boundary = c.is_ascii_uppercase()
            && !cur.is_empty()
            && (prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next.is_ascii_lowercase()));
        if boundary {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub fn snake(s: &str) -> String {
    let w: Vec<String> = words(s).into_iter().map(|w| w.to_ascii_lowercase()).collect();
    let mut out = w.join("_");
    if out.is_empty() {
        out.push_str("value");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

pub fn camel(s: &str) -> String {
    let mut out = String::new();
    for w in words(s) {
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            out.push(f.to_ascii_uppercase());
            // Keep the word's own casing after its first letter, except all-caps words.
            let rest: String = cs.collect();
            if w.chars().all(|c| !c.is_ascii_lowercase()) {
                out.push_str(&rest.to_ascii_lowercase());
            } else {
                out.push_str(&rest);
            }
        }
    }
    if out.is_empty() {
        out.push_str("Value");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'N');
    }
    out
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in",
    "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait",
    "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box",
    "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// A field or method identifier: keywords raw (`r#type`); the few that cannot be raw get `_`.
pub fn ident(snake_name: &str) -> String {
    match snake_name {
        "self" | "super" | "crate" | "Self" => format!("{snake_name}_"),
        s if KEYWORDS.contains(&s) => format!("r#{s}"),
        s => s.to_owned(),
    }
}

/// A spec description as rustdoc lines: brackets and HTML escaped outside code spans, bare URLs
/// in `<>`, code fences marked `text` (never run as doctests), indentation dropped (an indented
/// block would be a doctest too).
pub fn doc_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.trim().lines() {
        let line = raw.trim();
        if let Some(rest) = line.strip_prefix("```") {
            let _ = rest;
            out.push(if in_fence {
                "```".to_owned()
            } else {
                "```text".to_owned()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(raw.trim_end().to_owned());
            continue;
        }
        out.push(escape_line(line));
    }
    if in_fence {
        out.push("```".to_owned());
    }
    // No more than one blank line in a row, none at the ends.
    let mut tidy: Vec<String> = Vec::new();
    for l in out {
        if l.is_empty() && tidy.last().is_none_or(|p: &String| p.is_empty()) {
            continue;
        }
        tidy.push(l);
    }
    while tidy.last().is_some_and(|l| l.is_empty()) {
        tidy.pop();
    }
    tidy
}

fn escape_line(line: &str) -> String {
    let mut out = String::new();
    let ticks = line.matches('`').count();
    let mut in_code = false;
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' && ticks % 2 == 0 {
            in_code = !in_code;
            out.push(c);
            i += 1;
            continue;
        }
        if in_code {
            out.push(c);
            i += 1;
            continue;
        }
        let rest: String = chars[i..].iter().collect();
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, ')' | '<' | '>' | '"' | '\'' | ']' | '`' | ',')
                })
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches('.');
            out.push('<');
            out.push_str(url);
            out.push('>');
            i += url.chars().count();
            continue;
        }
        match c {
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '`' => out.push_str("\\`"),
            '#' if out.trim().is_empty() => out.push_str("\\#"),
            '*' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '|' => out.push_str("\\|"),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// `///` lines at `indent`.
pub fn doc_comment(lines: &[String], indent: &str) -> String {
    let mut s = String::new();
    for l in lines {
        if l.is_empty() {
            s.push_str(&format!("{indent}///\n"));
        } else {
            s.push_str(&format!("{indent}/// {l}\n"));
        }
    }
    s
}

/// A Rust string literal.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(snake("createdAt"), "created_at");
        assert_eq!(snake("HTTPStatus"), "http_status");
        assert_eq!(snake("api-keys"), "api_keys");
        assert_eq!(camel("api-keys"), "ApiKeys");
        assert_eq!(camel("UserIdentity"), "UserIdentity");
        assert_eq!(camel("OCRRequest"), "OcrRequest");
        assert_eq!(ident("type"), "r#type");
        assert_eq!(ident("self"), "self_");
    }

    #[test]
    fn docs_are_escaped() {
        let d = doc_lines("See [x] <b>, https://a.b/c. `a[0]`\n```json\n{}\n```");
        assert_eq!(d[0], "See \\[x\\] &lt;b&gt;, <https://a.b/c>. `a[0]`");
        assert_eq!(d[1], "```text");
    }
}
