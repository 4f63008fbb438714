//! Rust source for the client crate: crates/mistral-client/src/generated/.

use std::fmt::Write as _;

use crate::emit_types::rust_ty;
use crate::model::{Kind, Model, Ty};
use crate::naming::{doc_comment, doc_lines, lit};
use crate::plan::Gen;
use crate::spec::Operation;

pub enum Resp {
    Json(Ty),
    Empty,
    /// Any other media type (its name, for the docs).
    Bytes(String),
    /// A server-sent event stream: the event type's name in the types crate (under the group).
    Events(String),
}

/// Where a list operation's next page is.
#[derive(Clone, Debug)]
pub enum Shape {
    /// `page` + `page_size` (query field names in Rust; whether `page` is required).
    Pages {
        page: String,
        size: Option<String>,
        required: bool,
        /// The API's first page (its `default`, else its minimum): 0 or 1.
        base: u32,
    },
    /// `offset` + `limit`.
    Offset { offset: String, required: bool },
    /// A cursor parameter and the answer's next cursor field (whether that field is optional).
    Cursor {
        param: String,
        next: String,
        next_optional: bool,
    },
}

/// A list operation the generator recognised: its shape and where the answer keeps the items.
#[derive(Clone, Debug)]
pub struct Listing {
    pub shape: Shape,
    /// The page's items, as an expression over the decoded answer `list.0` (a `Vec`).
    pub items: String,
    /// The items' type.
    pub item: Ty,
    /// The answer's total count, as an expression over `list.0` (an `Option<u64>`).
    pub total: String,
}

pub struct OpCode {
    pub op: Operation,
    pub gen: Gen,
    /// (wire name, Rust name, integer?)
    pub path_params: Vec<(String, String, bool)>,
    /// (wire name, description) of the header parameters (sent with the per-call `header`).
    pub header_params: Vec<(String, Vec<String>)>,
    /// The query struct's name in the types crate (under the group).
    pub query: Option<String>,
    pub body: Option<Ty>,
    pub resp: Resp,
    /// A list operation's paging: a `<method>_all` paginator is emitted beside it.
    pub listing: Option<Listing>,
}

fn types_path(model: &Model, ty: &Ty, group: &str) -> String {
    rust_ty(model, ty, "mistral_types", group)
}

/// The body parameter's type: slices for lists.
fn param_ty(model: &Model, ty: &Ty, group: &str) -> String {
    match ty {
        Ty::Vec(t) => format!("[{}]", types_path(model, t, group)),
        Ty::Str => "str".to_owned(),
        _ => types_path(model, ty, group),
    }
}

pub fn emit_method(model: &Model, c: &OpCode, out: &mut String) {
    emit_method_as(model, c, out, false);
    if matches!(c.resp, Resp::Bytes(_)) {
        emit_method_as(model, c, out, true);
    }
}

/// One method; `std` the crate-private twin of a binary answer's, writing into a blocking
/// `std::io::Write` (for the blocking client).
fn emit_method_as(model: &Model, c: &OpCode, out: &mut String, std: bool) {
    let op = &c.op;
    let group = c.gen.group.as_str();
    let mut lines = Vec::new();
    let summary = op.op.get("summary").and_then(|v| v.as_str()).unwrap_or("");
    let description = op.op.get("description").and_then(|v| v.as_str()).unwrap_or("");
    lines.extend(doc_lines(if summary.is_empty() { &op.id } else { summary }));
    let desc = doc_lines(description);
    if !desc.is_empty() && desc != lines {
        lines.push(String::new());
        lines.extend(desc);
    }
    lines.push(String::new());
    lines.push(format!(
        "`{} {}`: operation `{}` of {}.",
        op.method,
        op.path,
        op.id,
        op.spec.doc()
    ));
    if let Some((first, _)) = c.header_params.first() {
        lines.push(String::new());
        lines.push(format!(
            "Header parameters, sent with the handle's per-call [`header`](Self::header) (`.header({first:?}, ..)`):"
        ));
        for (wire, doc) in &c.header_params {
            let text = doc.join(" ");
            if text.trim().is_empty() {
                lines.push(format!("- `{wire}`"));
            } else {
                lines.push(format!("- `{wire}`: {}", text.trim()));
            }
        }
    }
    if let Resp::Bytes(ct) = &c.resp {
        lines.push(String::new());
        lines.push(format!(
            "The answer's body (`{ct}`) is streamed into `out`; returns the number of bytes written."
        ));
    }
    if let Resp::Events(ev) = &c.resp {
        lines.push(String::new());
        lines.push(format!(
            "The answer is a stream of server-sent events, each read as a [`{ev}`](mistral_types::generated::{group}::{ev}) (an event whose name or data this version does not know is kept verbatim). An `error` event is an error item, and ends the stream. The stream has no end marker: when the body ends, the last item is a truncation error ([`Error::is_truncated`](crate::Error::is_truncated)); a consumer that follows it opens it again from the last event it read, whose SSE id is [`EventStream::last_event_id`](crate::EventStream::last_event_id)."
        ));
    }
    lines.push(String::new());
    lines.push("# Errors".to_owned());
    lines.push("Invalid parameters are refused before sending; otherwise as every call.".to_owned());
    if std {
        let _ = writeln!(
            out,
            "    /// [`{0}`](Self::{0}) into a blocking writer (the blocking client's: the writes run on\n    /// the caller's thread, which the blocking client blocks anyway).\n    #[cfg(feature = \"blocking\")]",
            c.gen.method.trim_start_matches("r#")
        );
    } else {
        out.push_str(&doc_comment(&lines, "    "));
    }
    if let Some(note) = op.deprecated() {
        let _ = writeln!(out, "    #[deprecated(note = {})]", lit(&note));
    }
    let mut args = vec!["&self".to_owned()];
    for (_, rust, int) in &c.path_params {
        args.push(format!("{rust}: {}", if *int { "i64" } else { "&str" }));
    }
    if let Some(q) = &c.query {
        args.push(format!("query: &mistral_types::generated::{group}::{q}"));
    }
    if let Some(b) = &c.body {
        args.push(format!("body: &{}", param_ty(model, b, group)));
    }
    let (ret, generics, where_) = match &c.resp {
        Resp::Json(t) => (types_path(model, t, group), "", String::new()),
        Resp::Empty => ("()".to_owned(), "", String::new()),
        Resp::Events(_) => (String::new(), "", String::new()),
        Resp::Bytes(_) if std => {
            args.push("out: &mut W".to_owned());
            (
                "u64".to_owned(),
                "<W>",
                "\n    where\n        W: std::io::Write + Send + ?Sized,".to_owned(),
            )
        }
        Resp::Bytes(_) => {
            args.push("out: &mut W".to_owned());
            (
                "u64".to_owned(),
                "<W>",
                "\n    where\n        W: tokio::io::AsyncWrite + Unpin + Send + ?Sized,".to_owned(),
            )
        }
    };
    let ret = match &c.resp {
        Resp::Events(ev) => format!("crate::EventStream<mistral_types::generated::{group}::{ev}>"),
        _ => format!("crate::meta::WithMeta<{ret}>"),
    };
    let (vis, name) = if std {
        (
            "pub(crate)",
            format!("{}_std", c.gen.method.trim_start_matches("r#")),
        )
    } else {
        ("pub", c.gen.method.clone())
    };
    let _ = writeln!(
        out,
        "    {vis} async fn {name}{generics}({}) -> crate::error::Result<{ret}>{where_} {{",
        args.join(", ")
    );
    if c.query.is_some() {
        out.push_str("        query.validate()?;\n");
    }
    match &c.body {
        Some(Ty::Named(k))
            if model.items[k].request && matches!(model.items[k].kind, Kind::Struct { .. }) =>
        {
            out.push_str("        let body = self.core.encode(body)?;\n");
        }
        Some(_) => {
            out.push_str("        self.core.check_headers()?;\n        let body = bytes::Bytes::from(crate::pipeline::to_json(body)?);\n");
        }
        None => out.push_str("        self.core.check_headers()?;\n"),
    }
    let path_expr = path_expr(c);
    if c.query.is_some() {
        let _ = writeln!(
            out,
            "        let path = crate::generated::with_query({path_expr}, &query.to_query());"
        );
    } else {
        let _ = writeln!(out, "        let path = {path_expr};");
    }
    let method = format!("http::Method::{}", op.method);
    let mut call = format!("crate::pipeline::Call::bare({}, {method}, path)", lit(&op.id));
    if c.body.is_some() {
        call.push_str(".with_body(body)");
    }
    let _ = writeln!(out, "        let call = {call};");
    match &c.resp {
        Resp::Json(_) => out.push_str("        crate::generated::json(&self.core, call).await\n"),
        Resp::Empty => out.push_str("        self.core.no_content(call).await\n"),
        Resp::Bytes(_) if std => {
            out.push_str("        self.core.fetch_into(call, &mut crate::pipeline::StdWriter(out)).await\n")
        }
        Resp::Bytes(_) => out.push_str("        crate::generated::write_into(&self.core, call, out).await\n"),
        Resp::Events(_) => out.push_str("        self.core.event_stream(call).await\n"),
    }
    out.push_str("    }\n\n");
}

/// The arguments of a method after `&self` (name: type), and the names to pass on.
fn call_args(model: &Model, c: &OpCode, writer: bool) -> (Vec<String>, Vec<String>) {
    let group = c.gen.group.as_str();
    let (mut args, mut names) = (Vec::new(), Vec::new());
    for (_, rust, int) in &c.path_params {
        args.push(format!("{rust}: {}", if *int { "i64" } else { "&str" }));
        names.push(rust.clone());
    }
    if let Some(q) = &c.query {
        args.push(format!("query: &mistral_types::generated::{group}::{q}"));
        names.push("query".to_owned());
    }
    if let Some(b) = &c.body {
        args.push(format!("body: &{}", param_ty(model, b, group)));
        names.push("body".to_owned());
    }
    if writer {
        args.push("out: &mut W".to_owned());
        names.push("out".to_owned());
    }
    (args, names)
}

/// The blocking twins of a handle's methods (in `crate::blocking::<group>`).
pub fn emit_blocking_methods(model: &Model, c: &OpCode, async_handle: &str, out: &mut String) {
    let group = c.gen.group.as_str();
    let m = c.gen.method.trim_start_matches("r#");
    let link = format!("[`{m}`](crate::generated::{group}::{async_handle}::{m})");
    let deprecated =
        c.op.deprecated()
            .map(|n| {
                format!(
                    "    #[deprecated(note = {})]\n    #[allow(deprecated)]\n",
                    lit(&n)
                )
            })
            .unwrap_or_default();
    let errors = "    ///\n    /// # Errors\n    /// As the async call; and when called from inside an async runtime.\n";
    let writer = matches!(c.resp, Resp::Bytes(_));
    let (args, names) = call_args(model, c, writer);
    let mut all_args = vec!["&self".to_owned()];
    all_args.extend(args.iter().cloned());
    let (ret, body, generics, where_) = match &c.resp {
        Resp::Json(t) => (
            format!("crate::WithMeta<{}>", types_path(model, t, group)),
            format!("self.rt.run(self.inner.{}({}))", c.gen.method, names.join(", ")),
            "",
            "",
        ),
        Resp::Empty => (
            "crate::WithMeta<()>".to_owned(),
            format!("self.rt.run(self.inner.{}({}))", c.gen.method, names.join(", ")),
            "",
            "",
        ),
        Resp::Bytes(_) => (
            "crate::WithMeta<u64>".to_owned(),
            format!("self.rt.run(self.inner.{m}_std({}))", names.join(", ")),
            "<W>",
            "\n    where\n        W: std::io::Write + Send + ?Sized,",
        ),
        Resp::Events(ev) => (
            format!("crate::blocking::Events<'a, mistral_types::generated::{group}::{ev}>"),
            format!(
                "let stream = self.rt.run(self.inner.{}({}))?;\n        Ok(crate::blocking::Events::new(stream, self.rt))",
                c.gen.method,
                names.join(", ")
            ),
            "",
            "",
        ),
    };
    let what = match &c.resp {
        Resp::Events(_) => "as an [`Iterator`] of its events (each read on the client's runtime)",
        Resp::Bytes(_) => "into a blocking writer",
        _ => "blocking",
    };
    let _ = writeln!(
        out,
        "    /// {link}, {what}.\n{errors}{deprecated}    pub fn {}{generics}({}) -> crate::Result<{ret}>{where_} {{\n        {body}\n    }}\n",
        c.gen.method,
        all_args.join(", ")
    );
    if let (Some(l), Resp::Json(_)) = (&c.listing, &c.resp) {
        let item = types_path(model, &l.item, group);
        let _ = writeln!(
            out,
            "    /// [`{m}_all`](crate::generated::{group}::{async_handle}::{m}_all), blocking: each page is\n    /// fetched as the listing is read.\n{errors}{deprecated}    pub fn {m}_all({}) -> crate::Result<crate::blocking::Paginator<'a, {item}>> {{\n        Ok(crate::blocking::Paginator {{\n            inner: self.inner.{m}_all({})?,\n            rt: self.rt,\n        }})\n    }}\n",
            all_args.join(", "),
            names.join(", ")
        );
    }
}

/// A blocking handle: the async one and the client's runtime.
pub fn emit_blocking_handle(group: &str, handle: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "/// The blocking twin of [`{handle}`](crate::generated::{group}::{handle}): the same per-call\n/// overrides and calls, each run to completion on the client's runtime.\n#[derive(Clone)]\n#[must_use]\npub struct {handle}<'a> {{\n    inner: crate::generated::{group}::{handle}<'a>,\n    rt: &'a crate::blocking::Runtime,\n}}\n\nimpl std::fmt::Debug for {handle}<'_> {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        f.debug_tuple(\"blocking::{handle}\").field(&self.inner).finish()\n    }}\n}}\n\ncrate::pipeline::per_call_setters!({handle} => inner.core.opts);\n"
    );
}

/// A blocking accessor of a child handle.
pub fn emit_blocking_accessor(name: &str, handle: &str, doc: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "    /// {doc}\n    pub fn {name}(&self) -> {handle}<'a> {{\n        {handle} {{\n            inner: self.inner.{name}(),\n            rt: self.rt,\n        }}\n    }}\n"
    );
}

/// The expression of an operation's path, its parameters escaped.
fn path_expr(c: &OpCode) -> String {
    let op = &c.op;
    let mut template = String::new();
    let mut fmt_args = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        template.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |i| open + i);
        let wire = &rest[open + 1..close];
        let (_, rust, int) = c
            .path_params
            .iter()
            .find(|(w, _, _)| w == wire)
            .cloned()
            .unwrap_or((wire.to_owned(), wire.to_owned(), false));
        template.push_str("{}");
        let value = if int {
            format!("&{rust}.to_string()")
        } else {
            rust.clone()
        };
        fmt_args.push(format!("crate::pipeline::segment({}, {value})?", lit(wire)));
        rest = &rest[(close + 1).min(rest.len())..];
    }
    template.push_str(rest);
    if fmt_args.is_empty() {
        format!("String::from({})", lit(&template))
    } else {
        format!("format!({}, {})", lit(&template), fmt_args.join(", "))
    }
}

/// A sub-handle accessor.
pub fn emit_accessor(name: &str, handle: &str, doc: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "    /// {doc}\n    pub fn {name}(&self) -> {handle}<'a> {{\n        {handle}::new(self.core.client).options(self.core.opts.clone())\n    }}\n"
    );
}

/// How the stream of an SSE operation reads its events.
pub fn emit_stream_chunk(c: &OpCode, out: &mut String) {
    let Resp::Events(ev) = &c.resp else { return };
    let group = c.gen.group.as_str();
    let _ = writeln!(
        out,
        "\n/// Events are read by name and data, never failing (see [`{ev}::parse`](mistral_types::generated::{group}::{ev}::parse)); the stream\n/// ends at an `error` event (an error) or at the end of the body (cleanly between events, a\n/// truncation error inside one).\nimpl crate::StreamChunk for mistral_types::generated::{group}::{ev} {{\n    fn ends_with_body() -> bool {{\n        true\n    }}\n    fn read_event(\n        _reader: &mut mistral_types::ChunkReader,\n        event: Option<&str>,\n        data: &str,\n    ) -> serde_json::Result<Self> {{\n        Ok(Self::parse(event, data))\n    }}\n    fn finishes(&self) -> bool {{\n        false\n    }}\n    fn is_empty_shell(&self) -> bool {{\n        false\n    }}\n}}"
    );
}

/// The `<method>_all` paginator of a recognised list operation.
pub fn emit_listing(model: &Model, c: &OpCode, out: &mut String) {
    let (Some(l), Some(q), Resp::Json(resp)) = (&c.listing, &c.query, &c.resp) else {
        return;
    };
    let op = &c.op;
    let group = c.gen.group.as_str();
    let item = types_path(model, &l.item, group);
    let resp_ty = types_path(model, resp, group);
    let method = &c.gen.method;
    let name = format!("{}_all", method.trim_start_matches("r#"));
    let how = match &l.shape {
        Shape::Pages { base: 0, .. } => "page after page from the query's page (0 when unset)",
        Shape::Pages { .. } => "page after page from the query's page (the API's first page, 1, when unset)",
        Shape::Offset { .. } => "from the query's offset (0 when unset), moving by as many items as each page held",
        Shape::Cursor { .. } => "page after page from the query's cursor (the first page when unset), each next cursor read from the page before",
    };
    let mut lines = vec![
        format!("Every item of [`{m}`](Self::{m}), lazily: nothing is sent until the [`Paginator`](crate::Paginator) is read, {how}; each page a call of its own, retried on its own. See [`Paginator`](crate::Paginator) for when the listing ends.", m = method.trim_start_matches("r#")),
        String::new(),
        "# Errors".to_owned(),
        "An invalid query (or per-call header), before anything is sent.".to_owned(),
    ];
    if op.deprecated().is_some() {
        lines.insert(1, String::new());
        lines.insert(2, "The operation is deprecated.".to_owned());
    }
    out.push_str(&doc_comment(&lines, "    "));
    if let Some(note) = op.deprecated() {
        let _ = writeln!(out, "    #[deprecated(note = {})]", lit(&note));
    }
    let mut args = vec!["&self".to_owned()];
    for (_, rust, int) in &c.path_params {
        args.push(format!("{rust}: {}", if *int { "i64" } else { "&str" }));
    }
    args.push(format!("query: &mistral_types::generated::{group}::{q}"));
    let _ = writeln!(
        out,
        "    pub fn {name}({}) -> crate::error::Result<crate::Paginator<{item}>> {{",
        args.join(", ")
    );
    out.push_str("        self.core.check_headers()?;\n        query.validate()?;\n        let query = query.clone();\n");
    let _ = writeln!(out, "        let path = {};", path_expr(c));
    // The page's items, total and (for cursors) next cursor.
    let (items, total) = (&l.items, &l.total);
    let op_name = lit(&op.id);
    match &l.shape {
        Shape::Pages {
            page,
            size,
            required,
            base,
        } => {
            let first = if *required {
                format!("u32::try_from(query.{page}).ok()")
            } else {
                format!("query.{page}.and_then(|n| u32::try_from(n).ok())")
            };
            let size = match size {
                Some(s) => format!("query.{s}.and_then(|n| u32::try_from(n).ok())"),
                None => "None".to_owned(),
            };
            let set = if *required {
                format!("q.{page} = i64::from(n);")
            } else {
                format!("q.{page} = Some(i64::from(n));")
            };
            let _ = writeln!(
                out,
                "        let start = ({first}, {size});\n        Ok(crate::paginate::page_numbered_from(\n            &self.core,\n            {op_name},\n            {base},\n            start,\n            move |n| {{\n                let mut q = query.clone();\n                {set}\n                crate::generated::with_query(path.clone(), &q.to_query())\n            }},\n            |list: crate::generated::Json<{resp_ty}>| ({items}, {total}),\n        ))"
            );
        }
        Shape::Offset { offset, required } => {
            let first = if *required {
                format!("u32::try_from(query.{offset}).ok()")
            } else {
                format!("query.{offset}.and_then(|n| u32::try_from(n).ok())")
            };
            let set = if *required {
                format!("q.{offset} = i64::from(n);")
            } else {
                format!("q.{offset} = Some(i64::from(n));")
            };
            let _ = writeln!(
                out,
                "        let start = {first};\n        Ok(crate::paginate::offset_numbered(\n            &self.core,\n            {op_name},\n            start,\n            move |n| {{\n                let mut q = query.clone();\n                {set}\n                crate::generated::with_query(path.clone(), &q.to_query())\n            }},\n            |list: crate::generated::Json<{resp_ty}>| ({items}, {total}),\n        ))"
            );
        }
        Shape::Cursor {
            param,
            next,
            next_optional,
        } => {
            let next = if *next_optional {
                format!("list.0.{next}.clone()")
            } else {
                format!("Some(list.0.{next}.clone())")
            };
            let _ = writeln!(
                out,
                "        let start = query.{param}.clone();\n        let adapter = crate::paginate::Cursors::new(\n            {op_name},\n            start,\n            move |cursor: Option<&str>| {{\n                let mut q = query.clone();\n                q.{param} = cursor.map(str::to_owned);\n                crate::generated::with_query(path.clone(), &q.to_query())\n            }},\n            |list: crate::generated::Json<{resp_ty}>| {{\n                let next = {next};\n                ({items}, next, {total})\n            }},\n        );\n        Ok(crate::Paginator::new(&self.core, adapter))"
            );
        }
    }
    out.push_str("    }\n\n");
}
