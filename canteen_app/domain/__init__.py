"""Plain-Python domain: values, rules and errors. Imports nothing but the standard library."""
