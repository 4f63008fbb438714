//! `#[derive(Partial)]` for the Mistral AI SDK: use it through `mistral::Partial` (feature
//! `derive` of `mistral-sdk` or `mistral-types`); the trait and the semantics are documented
//! in `mistral::partial`.
//!
//! On a struct with named fields it generates `<Name>Partial` (same visibility): every field
//! `Option<<FieldType as Partial>::Partial>` (`Option<T>` fields stay one `Option`), read
//! leniently (a field whose value does not fit yet is `None`; a `Vec` keeps the elements that
//! fit), with the struct's `serde` `rename_all`/`rename_all_fields` and the fields'
//! `rename`/`alias`/`skip`/`skip_deserializing` copied. On an enum of unit variants it makes
//! the partial `Complete<Self>` (shown once its name is whole). The path of the types crate
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

fn expand(input: &DeriveInput) -> syn::Result<Tokens> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "`Partial` cannot be derived for generic types yet",
        ));
    }
    let krate = krate(input)?;
    let name = &input.ident;
    match &input.data {
        Data::Struct(s) => {
            let Fields::Named(fields) = &s.fields else {
                return Err(syn::Error::new_spanned(
                    name,
                    "`Partial` is derived for structs with named fields and unit-variant enums",
                ));
            };
            let vis = &input.vis;
            let pname = format_ident!("{}Partial", name);
            let container = serde_items(&input.attrs, &["rename_all", "rename_all_fields"])?;
            let serde_path =
                format!("{}::partial::__private::serde", krate.to_token_stream()).replace(' ', "");
            let lenient = format!("{}::partial::lenient", krate.to_token_stream()).replace(' ', "");
            let lenient_seq = format!("{}::partial::lenient_seq", krate.to_token_stream()).replace(' ', "");
            let mut out_fields = Vec::new();
            for f in &fields.named {
                let ident = f.ident.as_ref();
                let fvis = &f.vis;
                let attrs = serde_items(&f.attrs, &["rename", "alias", "skip", "skip_deserializing"])?;
                let docs = f.attrs.iter().filter(|a| a.path().is_ident("doc"));
                // `Option<T>` stays one `Option`; `Vec<T>` keeps the elements that fit.
                let ty = inner_of(&f.ty, "Option").unwrap_or(&f.ty);
                let (pty, with) = match inner_of(ty, "Vec") {
                    Some(el) => (
                        quote!(::std::vec::Vec<<#el as #krate::partial::Partial>::Partial>),
                        &lenient_seq,
                    ),
                    None => (quote!(<#ty as #krate::partial::Partial>::Partial), &lenient),
                };
                out_fields.push(quote! {
                    #(#docs)*
                    #[serde(default, deserialize_with = #with)]
                    #(#attrs)*
                    #fvis #ident: ::std::option::Option<#pty>,
                });
            }
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
        Data::Enum(e) => {
            if let Some(v) = e.variants.iter().find(|v| !matches!(v.fields, Fields::Unit)) {
                return Err(syn::Error::new_spanned(
                    &v.ident,
                    "`Partial` is derived for unit-variant enums only (use `serde_json::Value` as the partial of other enums)",
                ));
            }
            Ok(quote! {
                impl #krate::partial::Partial for #name {
                    type Partial = #krate::partial::Complete<#name>;
                }
            })
        }
        Data::Union(_) => Err(syn::Error::new_spanned(
            name,
            "`Partial` cannot be derived for unions",
        )),
    }
}
