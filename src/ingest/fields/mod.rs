//! Fields owns the reading of article metadata from the words files use for
//! it: outlet names, dates, bylines and datelines. Every reader (plain text,
//! HTML, JSON, CSV, feeds, Markdown) goes through these, so that a date or an
//! outlet means the same whatever format it came in.

pub mod byline;
pub mod date;
pub mod dateline;
pub mod outlet;
