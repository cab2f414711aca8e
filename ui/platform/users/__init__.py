"""Users and roles, for the admin."""

from ui.platform.users.view import UsersView

__all__ = ["UsersView"]
