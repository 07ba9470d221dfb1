//! Generator of realistic Kamervraag documents with invented text (to be written by the parser issue).
