"""Plain shared Python for every feature: dates in Oslo time, messages and errors, atomic
files, progress, Norwegian collation, locale formatting. No database, no Qt."""
