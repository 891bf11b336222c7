//! The current language and the texts, as a resource every screen reads.

use bevy::prelude::*;
use madoguchi_content::i18n::{Lang, Texts};

/// The language chosen and the texts to show.
#[derive(Resource, Clone, Debug)]
pub struct UiText {
    /// The current language.
    pub lang: Lang,
    texts: Texts,
}

impl UiText {
    /// The shipped texts in a language.
    pub fn new(lang: Lang) -> UiText {
        UiText {
            lang,
            texts: Texts::shipped().clone(),
        }
    }

    /// Every text, for engine describers that take them.
    pub fn texts(&self) -> &Texts {
        &self.texts
    }

    /// A message in the current language.
    pub fn t(&self, id: &str) -> String {
        self.texts.get(self.lang, id)
    }

    /// A message with arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        self.texts.get_args(self.lang, id, args)
    }

    /// A records error in the current language.
    pub fn records_error(&self, error: &madoguchi_records::RecordsError) -> String {
        error.describe(&self.texts, self.lang)
    }

    /// Why an assessment could not be drawn, in the current language.
    pub fn draw_error(&self, error: &madoguchi_play::assessment::DrawError) -> String {
        madoguchi_content::present::Presenter::draw_error(&self.texts, self.lang, error)
    }
}
