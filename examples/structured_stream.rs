//! Structured output that streams: a recipe printed field by field as the model writes it,
//! typed all the way (`#[derive(mistral::Partial)]` gives `RecipePartial`, every field
//! optional), then the whole `Recipe`.
//!
//! `cargo run --example structured_stream`. Real API with `MISTRAL_API_KEY`, otherwise the
//! embedded mock server, which streams a value generated from the schema (said on stderr).

use std::io::Write;

use mistral::chat::{ChatRequest, Message, StructuredEvent};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, JsonSchema, mistral::Partial)]
struct Ingredient {
    name: String,
    quantity: String,
}

/// A recipe, as the model is asked to write it.
#[derive(Debug, Clone, Deserialize, JsonSchema, mistral::Partial)]
struct Recipe {
    title: String,
    servings: u32,
    ingredients: Vec<Ingredient>,
    steps: Vec<String>,
}

/// What has been printed so far: each field's text is printed once, then only what it gained.
#[derive(Default)]
struct Printed {
    title: usize,
    servings: bool,
    ingredients: usize,
    steps: Vec<usize>,
}

impl Printed {
    fn show(&mut self, p: &RecipePartial) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        if let Some(title) = &p.title {
            if self.title == 0 && !title.is_empty() {
                write!(out, "\n# ")?;
            }
            write!(out, "{}", &title[self.title..])?;
            self.title = title.len();
        }
        if let (false, Some(n)) = (self.servings, p.servings) {
            write!(out, "\nserves {n}")?;
            self.servings = true;
        }
        // An ingredient is printed once its quantity is whole (the next one has begun, or
        // the list closed).
        let ingredients = p.ingredients.as_deref().unwrap_or_default();
        let whole = if p.steps.is_some() {
            ingredients.len()
        } else {
            ingredients.len().saturating_sub(1)
        };
        for i in &ingredients[self.ingredients.min(whole)..whole] {
            let name = i.name.as_deref().unwrap_or("?");
            write!(out, "\n- {} {name}", i.quantity.as_deref().unwrap_or(""))?;
        }
        self.ingredients = self.ingredients.max(whole);
        // Steps grow in place, word by word.
        for (n, step) in p.steps.iter().flatten().enumerate() {
            if n == self.steps.len() {
                write!(out, "\n{}. ", n + 1)?;
                self.steps.push(0);
            }
            write!(out, "{}", &step[self.steps[n]..])?;
            self.steps[n] = step.len();
        }
        out.flush()
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    let request = ChatRequest::builder()
        .model(std::env::var("MISTRAL_MODEL").unwrap_or_else(|_| "mistral-small-latest".into()))
        .messages([Message::user("A simple pancake recipe, with quantities.")])
        .build();

    let mut stream = client.chat().stream_partial::<Recipe>(&request).await?;
    let mut printed = Printed::default();
    let mut partials = 0;
    while let Some(event) = stream.next().await {
        match event? {
            // The value so far, whenever a delta changed it.
            StructuredEvent::Partial(p) => {
                partials += 1;
                printed.show(&p)?;
            }
            StructuredEvent::Done { value, .. } => {
                let recipe = value?;
                let names: Vec<String> = recipe
                    .ingredients
                    .iter()
                    .map(|i| format!("{} {}", i.quantity, i.name))
                    .collect();
                println!(
                    "\n\n{partials} partial values, then the whole recipe: {} for {} ({}; {} steps)",
                    recipe.title,
                    recipe.servings,
                    names.join(", "),
                    recipe.steps.len()
                );
            }
            _ => {}
        }
    }
    Ok(())
}
