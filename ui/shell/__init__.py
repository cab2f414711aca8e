"""The application shell: start-up, main window, login, the workspace and its page registry,
the idle lock and the error dialog."""
