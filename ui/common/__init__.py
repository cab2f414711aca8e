"""What every screen shares: the operation API, the context, Qt models over rows and the list
tables over them, form error display, the base of the edit forms (`edit_dialog`), widgets,
theme, formatting, the kitchen's shared words and translation. Feature packages meet here and
in `ui.shell`, never in each other."""
