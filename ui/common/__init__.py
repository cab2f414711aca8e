"""What every screen shares: the operation API, the context, Qt models over rows, form error
display, widgets, theme, formatting and translation. Feature packages meet here and in
`ui.shell`, never in each other."""
