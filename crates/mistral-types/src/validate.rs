//! Checks a request against the spec's constraints and the server's documented rules, so that
//! an invalid request is rejected before a byte is sent.

use crate::chat::content::{Content, ContentChunk};
use crate::chat::message::Message;
use crate::chat::request::{ChatRequest, Penalty, Temperature, TopP};
use crate::chat::tool::{ResponseFormatType, Tool, ToolChoice};

/// One broken rule: the field path and what is allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The field path, e.g. `temperature`, `messages[2].content`, `tools[0].library_ids`.
    pub path: String,
    /// What is wrong and what is allowed.
    pub message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every rule a request breaks (never empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    violations: Vec<Violation>,
}

impl ValidationError {
    /// The violations, in field order.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// One violation.
    pub fn single(path: impl Into<String>, message: impl Into<String>) -> Self {
        ValidationError {
            violations: vec![Violation {
                path: path.into(),
                message: message.into(),
            }],
        }
    }

    /// Whether some violation is about `path`.
    pub fn has(&self, path: &str) -> bool {
        self.violations.iter().any(|v| v.path == path)
    }
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid request: ")?;
        for (i, v) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

fn valid_function_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Collects violations; [`finish`](Self::finish) turns them into the result.
#[derive(Default)]
pub(crate) struct Checker(Vec<Violation>);

impl Checker {
    pub(crate) fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Violation {
            path: path.into(),
            message: message.into(),
        });
    }

    pub(crate) fn finish(self) -> Result<(), ValidationError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ValidationError { violations: self.0 })
        }
    }

    /// `value` must not be empty or blank.
    pub(crate) fn non_empty(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, "must not be empty");
        }
    }

    /// A ranged value's violation, if any.
    pub(crate) fn range(&mut self, path: &str, problem: Option<String>) {
        if let Some(message) = problem {
            self.push(path, message);
        }
    }

    /// `top_logprobs` within `0..=20`, and only with `logprobs: true` (the server otherwise
    /// ignores it or fails the request).
    pub(crate) fn logprobs(&mut self, logprobs: Option<bool>, top_logprobs: Option<u32>) {
        let Some(top) = top_logprobs else {
            return;
        };
        if top > ChatRequest::MAX_TOP_LOGPROBS {
            self.push(
                "top_logprobs",
                format!("{top} is out of range 0..={}", ChatRequest::MAX_TOP_LOGPROBS),
            );
        }
        if logprobs != Some(true) {
            self.push("top_logprobs", "needs `logprobs: true`");
        }
    }

    /// Extra fields must not reuse the name of a typed field (it would be sent twice).
    pub(crate) fn extra(&mut self, extra: &crate::chat::tool::JsonObject, fields: &[&str]) {
        for key in extra.keys() {
            if fields.contains(&key.as_str()) {
                self.push(
                    format!("extra.{key}"),
                    format!("`{key}` is a typed field of this request: set it with its own setter"),
                );
            }
        }
    }
}

/// The parts of a request that chat and agents completions share.
pub(crate) struct ConversationParts<'a> {
    pub(crate) messages: &'a [Message],
    pub(crate) tools: Option<&'a [Tool]>,
    pub(crate) tool_choice: Option<&'a ToolChoice>,
    pub(crate) response_format: Option<&'a crate::chat::tool::ResponseFormat>,
    pub(crate) presence_penalty: Option<Penalty>,
    pub(crate) frequency_penalty: Option<Penalty>,
    pub(crate) n: Option<u32>,
}

impl ChatRequest {
    /// Checks every constraint of the spec and the server's documented message rules.
    ///
    /// # Errors
    /// A [`ValidationError`] listing every violation, each with its field path and the allowed
    /// values.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut c = Checker::default();
        c.non_empty("model", &self.model);
        c.range("temperature", self.temperature.and_then(Temperature::violation));
        c.range("top_p", self.top_p.and_then(TopP::violation));
        c.conversation(&ConversationParts {
            messages: &self.messages,
            tools: self.tools.as_deref(),
            tool_choice: self.tool_choice.as_ref(),
            response_format: self.response_format.as_ref(),
            presence_penalty: self.presence_penalty,
            frequency_penalty: self.frequency_penalty,
            n: self.n,
        });
        c.logprobs(self.logprobs, self.top_logprobs);
        c.newer_sampling(crate::chat::request::NewerSampling::of(self));
        c.extra(&self.extra, Self::FIELDS);
        c.extra(&self.extra, Self::OFF_SPEC_FIELDS);
        c.finish()
    }
}

impl Checker {
    /// Messages, tools, tool choice, response format, penalties and `n`.
    pub(crate) fn conversation(&mut self, p: &ConversationParts<'_>) {
        let mut push = |path: String, message: String| self.push(path, message);
        for (path, problem) in [
            (
                "presence_penalty",
                p.presence_penalty.and_then(Penalty::violation),
            ),
            (
                "frequency_penalty",
                p.frequency_penalty.and_then(Penalty::violation),
            ),
        ] {
            if let Some(message) = problem {
                push(path.into(), message);
            }
        }
        if p.n == Some(0) {
            push("n".into(), "0 is out of range: must be at least 1".into());
        }

        // Messages.
        if p.messages.is_empty() {
            push("messages".into(), "must contain at least one message".into());
        }
        for (i, m) in p.messages.iter().enumerate() {
            match m {
                Message::System(s) => {
                    if let Content::Chunks(cs) = &s.content {
                        for (j, c) in cs.iter().enumerate() {
                            if !matches!(c, ContentChunk::Text(_) | ContentChunk::Thinking(_)) {
                                push(
                                    format!("messages[{i}].content[{j}]"),
                                    format!(
                                        "a system message allows only text and thinking chunks, got `{}`",
                                        c.type_name().unwrap_or("unknown")
                                    ),
                                );
                            }
                        }
                    }
                }
                Message::Assistant(a) => {
                    let has_content = a.content.is_some();
                    let has_calls = a.tool_calls.as_ref().is_some_and(|c| !c.is_empty());
                    if !has_content && !has_calls {
                        push(
                            format!("messages[{i}]"),
                            "an assistant message must have content or tool_calls".into(),
                        );
                    }
                }
                Message::User(_) | Message::Tool(_) => {}
            }
        }
        if let Some(last) = p.messages.last() {
            let ok = match last {
                Message::User(_) | Message::Tool(_) => true,
                Message::Assistant(a) => a.prefix,
                Message::System(_) => false,
            };
            if !ok {
                push(
                    format!("messages[{}]", p.messages.len() - 1),
                    format!(
                        "the last message must be user or tool (or assistant with prefix), got {}",
                        last.role()
                    ),
                );
            }
        }

        // Tools.
        for (i, t) in p.tools.unwrap_or_default().iter().enumerate() {
            match t {
                Tool::Function(f) => {
                    if !valid_function_name(&f.function.name) {
                        push(
                            format!("tools[{i}].function.name"),
                            format!(
                                "{:?} is not allowed: 1 to 64 of a-z, A-Z, 0-9, `_` and `-`",
                                f.function.name
                            ),
                        );
                    }
                    if !f.function.parameters.is_object() {
                        push(
                            format!("tools[{i}].function.parameters"),
                            "must be a JSON schema object".into(),
                        );
                    }
                }
                Tool::DocumentLibrary(d) if d.library_ids.is_empty() => {
                    push(
                        format!("tools[{i}].library_ids"),
                        "needs at least one library id".into(),
                    );
                }
                Tool::Connector(c) if c.connector_id.is_empty() => {
                    push(format!("tools[{i}].connector_id"), "must not be empty".into());
                }
                _ => {}
            }
        }
        if let Some(ToolChoice::Function { name }) = p.tool_choice {
            let defined = p
                .tools
                .unwrap_or_default()
                .iter()
                .filter_map(Tool::as_function)
                .any(|f| &f.name == name);
            if !defined {
                push(
                    "tool_choice".into(),
                    format!("names function {name:?}, which is not among the request's function tools"),
                );
            }
        }

        // Response format.
        if let Some(rf) = p.response_format {
            match (&rf.kind, &rf.json_schema) {
                (ResponseFormatType::JsonSchema, None) => {
                    push(
                        "response_format.json_schema".into(),
                        "a json_schema response format needs a schema".into(),
                    );
                }
                (ResponseFormatType::JsonSchema, Some(s)) => {
                    if s.name.is_empty() {
                        push(
                            "response_format.json_schema.name".into(),
                            "must not be empty".into(),
                        );
                    }
                    if !s.schema.is_object() {
                        push(
                            "response_format.json_schema.schema".into(),
                            "must be a JSON schema object".into(),
                        );
                    }
                }
                _ => {}
            }
        }
    }
}
