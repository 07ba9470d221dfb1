//! Answer-delay statistics, deadline status and timelines (to be written by the statistics issue).
