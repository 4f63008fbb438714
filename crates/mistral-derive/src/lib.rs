//! `#[derive(Partial)]` for the Mistral AI SDK: use it through `mistral::Partial` (feature
//! `derive` of `mistral-sdk` or `mistral-types`); the trait and the semantics are documented
//! in `mistral::partial`.
//!
//! On a struct with named fields it generates `<Name>Partial` (same visibility): every field
//! `Option<<FieldType as Partial>::Partial>` (`Option<T>` fields stay one `Option`), read
//! leniently (a field whose value does not fit yet is `None`; a `Vec` keeps the elements that
//! fit), with the struct's `serde` `rename_all`/`rename_all_fields` and the fields'
//! `rename`/`alias`/`skip`/`skip_deserializing` copied. On an enum of unit variants written as
//! strings it makes the partial `Complete<Self>` (shown once its name is whole). On an enum
//! with data (serde's externally tagged default, internally tagged `#[serde(tag = "type")]`,
//! adjacently tagged `#[serde(tag = "t", content = "c")]`) it generates `<Name>Partial`, an
//! enum with the same variants, each field optional and partial, chosen once the tag string is
//! whole (unit, newtype and named-field variants; `untagged` enums, tuple variants of several
//! fields and generic types are refused with a compile error). The path of the types crate
//! defaults to `::mistral` (the SDK facade); set it with `#[partial(crate = "mistral_types")]`.
#![deny(missing_docs)]

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::{format_ident, quote, ToTokens};
use syn::punctuated::Punctuated;
use syn::{parse_macro_input, Data, DeriveInput, Fields, GenericArgument, Meta, PathArguments, Token, Type};

/// Derives `Partial`: see the crate docs.
#[proc_macro_derive(Partial, attributes(partial))]
pub fn derive_partial(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// The `#[partial(crate = "...")]` path, or `::mistral`.
fn krate(input: &DeriveInput) -> syn::Result<syn::Path> {
    let mut path: syn::Path = syn::parse_quote!(::mistral);
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("partial")) {
        attr.parse_nested_meta(|m| {
            if m.path.is_ident("crate") {
                let s: syn::LitStr = m.value()?.parse()?;
                path = s.parse()?;
                Ok(())
            } else {
                Err(m.error("expected `crate = \"...\"`"))
            }
        })?;
    }
    Ok(path)
}

/// The `#[serde(...)]` items of `attrs` whose name is in `keep`, as `#[serde(...)]` attributes.
fn serde_items(attrs: &[syn::Attribute], keep: &[&str]) -> syn::Result<Vec<Tokens>> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let items = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?;
        for m in items {
            if keep.iter().any(|k| m.path().is_ident(k)) {
                out.push(quote!(#[serde(#m)]));
            }
        }
    }
    Ok(out)
}

/// `Some(U)` when `ty` is written `Name<U>` with `Name` the last path segment.
fn inner_of<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let seg = p.path.segments.last()?;
    if seg.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(t)) if args.args.len() == 1 => Some(t),
        _ => None,
    }
}

/// A `#[serde(name = "...")]` string of `attrs`, if set.
fn serde_str(attrs: &[syn::Attribute], name: &str) -> syn::Result<Option<syn::LitStr>> {
    let mut out = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let items = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?;
        for m in items {
            if let Meta::NameValue(nv) = m {
                if nv.path.is_ident(name) {
                    if let syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) = nv.value
                    {
                        out = Some(s);
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Whether `#[serde(name)]` is set on `attrs`.
fn serde_flag(attrs: &[syn::Attribute], name: &str) -> syn::Result<bool> {
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let items = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?;
        if items
            .iter()
            .any(|m| matches!(m, Meta::Path(p) if p.is_ident(name)))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The paths the generated code names.
struct Paths {
    krate: syn::Path,
    serde: String,
    lenient: String,
    lenient_seq: String,
}

impl Paths {
    fn new(krate: syn::Path) -> Self {
        let base = krate.to_token_stream().to_string().replace(' ', "");
        Paths {
            serde: format!("{base}::partial::__private::serde"),
            lenient: format!("{base}::partial::lenient"),
            lenient_seq: format!("{base}::partial::lenient_seq"),
            krate,
        }
    }

    /// A field's partial type (without the outer `Option`) and the function reading it:
    /// `Option<T>` stays one `Option`; `Vec<T>` keeps the elements that fit.
    fn field(&self, ty: &Type) -> (Tokens, &str) {
        let krate = &self.krate;
        let ty = inner_of(ty, "Option").unwrap_or(ty);
        match inner_of(ty, "Vec") {
            Some(el) => (
                quote!(::std::vec::Vec<<#el as #krate::partial::Partial>::Partial>),
                &self.lenient_seq,
            ),
            None => (quote!(<#ty as #krate::partial::Partial>::Partial), &self.lenient),
        }
    }

    /// The fields of a partial struct (every one an `Option`, read leniently).
    fn fields(&self, fields: &syn::FieldsNamed, public: bool) -> syn::Result<Vec<Tokens>> {
        let mut out = Vec::new();
        for f in &fields.named {
            let ident = f.ident.as_ref();
            let fvis = if public {
                f.vis.to_token_stream()
            } else {
                Tokens::new()
            };
            let attrs = serde_items(&f.attrs, &["rename", "alias", "skip", "skip_deserializing"])?;
            let docs = f.attrs.iter().filter(|a| a.path().is_ident("doc"));
            let (pty, with) = self.field(&f.ty);
            out.push(quote! {
                #(#docs)*
                #[serde(default, deserialize_with = #with)]
                #(#attrs)*
                #fvis #ident: ::std::option::Option<#pty>,
            });
        }
        Ok(out)
    }
}

fn expand(input: &DeriveInput) -> syn::Result<Tokens> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "`Partial` cannot be derived for generic types: implement `mistral::partial::Partial` by hand \
             (or use `serde_json::Value` as the partial value)",
        ));
    }
    let paths = Paths::new(krate(input)?);
    let krate = &paths.krate;
    let serde_path = &paths.serde;
    let name = &input.ident;
    let vis = &input.vis;
    let pname = format_ident!("{}Partial", name);
    match &input.data {
        Data::Struct(s) => {
            let Fields::Named(fields) = &s.fields else {
                return Err(syn::Error::new_spanned(
                    name,
                    "`Partial` is derived for structs with named fields and for enums",
                ));
            };
            let container = serde_items(&input.attrs, &["rename_all", "rename_all_fields"])?;
            let out_fields = paths.fields(fields, true)?;
            let doc = format!(
                "The partial view of [`{name}`] while its JSON is still arriving: every field \
                 optional (generated by `#[derive(Partial)]`)."
            );
            Ok(quote! {
                #[doc = #doc]
                #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::default::Default, #krate::partial::__private::serde::Deserialize)]
                #[serde(crate = #serde_path)]
                #(#container)*
                #vis struct #pname {
                    #(#out_fields)*
                }

                impl #krate::partial::Partial for #name {
                    type Partial = #pname;
                }
            })
        }
        Data::Enum(e) => expand_enum(input, e, &paths),
        Data::Union(_) => Err(syn::Error::new_spanned(
            name,
            "`Partial` cannot be derived for unions",
        )),
    }
}

/// An enum: unit variants written as strings keep `Complete<Self>`; otherwise a
/// `<Name>Partial` enum whose variants hold partial fields, chosen once the tag is whole.
fn expand_enum(input: &DeriveInput, e: &syn::DataEnum, paths: &Paths) -> syn::Result<Tokens> {
    let krate = &paths.krate;
    let serde_path = &paths.serde;
    let name = &input.ident;
    let vis = &input.vis;
    let pname = format_ident!("{}Partial", name);
    if serde_flag(&input.attrs, "untagged")? {
        return Err(syn::Error::new_spanned(
            name,
            "`Partial` cannot be derived for `#[serde(untagged)]` enums (no tag says which variant \
             a partial value is): use `serde_json::Value` as the partial value",
        ));
    }
    if e.variants.is_empty() {
        return Err(syn::Error::new_spanned(
            name,
            "`Partial` cannot be derived for an enum without variants",
        ));
    }
    let tag = serde_str(&input.attrs, "tag")?;
    let content = serde_str(&input.attrs, "content")?;
    let all_unit = e.variants.iter().all(|v| matches!(v.fields, Fields::Unit));
    if all_unit && tag.is_none() {
        return Ok(quote! {
            impl #krate::partial::Partial for #name {
                type Partial = #krate::partial::Complete<#name>;
            }
        });
    }
    let style = match (&tag, &content) {
        (None, None) => quote!(#krate::partial::__private::TagStyle::External),
        (Some(t), None) => quote!(#krate::partial::__private::TagStyle::Internal { tag: #t }),
        (Some(t), Some(c)) => {
            quote!(#krate::partial::__private::TagStyle::Adjacent { tag: #t, content: #c })
        }
        (None, Some(c)) => {
            return Err(syn::Error::new_spanned(
                c,
                "`content` needs `tag` (serde's adjacent tagging)",
            ))
        }
    };
    let container = serde_items(&input.attrs, &["rename_all"])?;
    let rename_all_fields = serde_str(&input.attrs, "rename_all_fields")?;
    let (mut tag_variants, mut variants, mut bare, mut content_arms, mut hidden) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, v) in e.variants.iter().enumerate() {
        let vident = &v.ident;
        let vattrs = serde_items(
            &v.attrs,
            &["rename", "alias", "skip", "skip_deserializing", "other"],
        )?;
        let docs: Vec<_> = v.attrs.iter().filter(|a| a.path().is_ident("doc")).collect();
        tag_variants.push(quote!(#(#vattrs)* #vident,));
        match &v.fields {
            Fields::Unit => {
                variants.push(quote!(#(#docs)* #vident,));
                bare.push(quote!(Self::#vident));
                content_arms.push(quote!(#i => {
                    // Nothing to read: the value is read through and left.
                    let _ = <#krate::partial::__private::serde::de::IgnoredAny as #krate::partial::__private::serde::Deserialize>::deserialize(d);
                    Ok(Self::#vident)
                }));
            }
            Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                let (pty, with) = paths.field(&f.unnamed[0].ty);
                let with: syn::Path = syn::parse_str(with)?;
                variants.push(quote!(#(#docs)* #vident(::std::option::Option<#pty>),));
                bare.push(quote!(Self::#vident(::std::option::Option::None)));
                content_arms.push(quote!(#i => Ok(Self::#vident(#with(d)?)),));
            }
            Fields::Unnamed(_) => {
                return Err(syn::Error::new_spanned(
                    vident,
                    "`Partial` is derived for enum variants that are unit, newtype or with named \
                     fields, not tuples of several fields",
                ))
            }
            Fields::Named(f) => {
                let public = paths.fields(f, false)?;
                let hname = format_ident!("__{}{}Partial", name, vident);
                let rename = match serde_str(&v.attrs, "rename_all")?.or_else(|| rename_all_fields.clone()) {
                    Some(r) => quote!(#[serde(rename_all = #r)]),
                    None => Tokens::new(),
                };
                let idents: Vec<_> = f.named.iter().map(|f| f.ident.as_ref()).collect();
                let pfields: Vec<_> = f
                    .named
                    .iter()
                    .map(|f| {
                        let ident = f.ident.as_ref();
                        let fdocs = f.attrs.iter().filter(|a| a.path().is_ident("doc"));
                        let (pty, _) = paths.field(&f.ty);
                        quote!(#(#fdocs)* #ident: ::std::option::Option<#pty>,)
                    })
                    .collect();
                hidden.push(quote! {
                    #[derive(::std::default::Default, #krate::partial::__private::serde::Deserialize)]
                    #[serde(crate = #serde_path)]
                    #rename
                    struct #hname { #(#public)* }
                });
                variants.push(quote!(#(#docs)* #vident { #(#pfields)* },));
                bare.push(quote!({
                    let #hname { #(#idents),* } = ::std::default::Default::default();
                    Self::#vident { #(#idents),* }
                }));
                content_arms.push(quote!(#i => {
                    // Content that is not (yet) an object reads as the bare variant.
                    let #hname { #(#idents),* } = <#hname as #krate::partial::__private::serde::Deserialize>::deserialize(d).unwrap_or_default();
                    Ok(Self::#vident { #(#idents),* })
                }));
            }
        }
    }
    // The last variant takes every other index (only those of `variant` are ever made).
    let last = bare.len().saturating_sub(1);
    let bare = bare.iter().enumerate().map(|(i, b)| {
        if i == last {
            quote!(_ => #b,)
        } else {
            quote!(#i => #b,)
        }
    });
    let tag_name = format_ident!("__{}PartialTag", name);
    let indexes = (0..e.variants.len()).map(|i| {
        let v = &e.variants[i].ident;
        quote!(#tag_name::#v => #i,)
    });
    let doc = format!(
        "The partial view of [`{name}`] while its JSON is still arriving: the variant, once its \
         tag is whole, with every field optional (generated by `#[derive(Partial)]`)."
    );
    Ok(quote! {
        #[doc = #doc]
        #[derive(::std::fmt::Debug, ::std::clone::Clone)]
        #vis enum #pname {
            #(#variants)*
        }

        impl #krate::partial::Partial for #name {
            type Partial = #pname;
        }

        const _: () = {
            use #krate::partial::__private::serde;

            /// The variant names, read with the enum's own serde renames.
            #[derive(serde::Deserialize)]
            #[serde(crate = #serde_path)]
            #(#container)*
            enum #tag_name { #(#tag_variants)* }

            #(#hidden)*

            impl #krate::partial::__private::PartialEnum for #pname {
                fn variant(name: &str) -> ::std::option::Option<usize> {
                    let d = serde::de::IntoDeserializer::<serde::de::value::Error>::into_deserializer(name);
                    let tag = <#tag_name as serde::Deserialize>::deserialize(d).ok()?;
                    ::std::option::Option::Some(match tag { #(#indexes)* })
                }

                fn bare(variant: usize) -> Self {
                    match variant {
                        #(#bare)*
                    }
                }

                fn content<'de, D: serde::Deserializer<'de>>(variant: usize, d: D) -> ::std::result::Result<Self, D::Error> {
                    match variant {
                        #(#content_arms)*
                        _ => ::std::result::Result::Err(<D::Error as serde::de::Error>::custom("unknown variant")),
                    }
                }
            }

            impl<'de> serde::Deserialize<'de> for #pname {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                    #krate::partial::__private::tagged(d, #style)
                }
            }
        };
    })
}
