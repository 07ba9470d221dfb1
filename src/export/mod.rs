//! Exports of parsed documents: JSON Lines and CSV (to be written by the parser issue).
