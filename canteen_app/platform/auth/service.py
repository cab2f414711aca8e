"""Users, login and lockout (P1). Secrets are argon2 hashes; five wrong tries lock for a while."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, ScalarSelect, func, select
from sqlalchemy.orm import InstrumentedAttribute

from canteen_app.access import Actor, Permission, Role, require
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.errors import (
    AccountLockedError,
    DomainError,
    LoginFailedError,
    NotFoundError,
    ValidationError,
)
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.auth.dto import UserInfo
from canteen_app.platform.auth.models import User
from canteen_app.platform.auth.rules import (
    MAX_FAILED_ATTEMPTS,
    MIN_SECRET_LENGTH,
    name_key,
    name_problem,
    owasp_hasher,
    secret_problem,
)
from canteen_app.platform.settings.service import SettingKey, SettingsService

DEFAULT_SITE_ID = 1
USERS = "platform.users"

__all__ = ["DEFAULT_SITE_ID", "MAX_FAILED_ATTEMPTS", "USERS", "AuthService", "name_key"]


class AuthService(Service):
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        audit: AuditService,
        clock: Clock,
        hasher: PasswordHasher | None = None,
    ) -> None:
        super().__init__(db, clock)
        self._settings = settings
        self._audit = audit
        self._hasher = hasher or owasp_hasher()

    # --- users -----------------------------------------------------------------------------

    @reads
    def has_users(self) -> bool:
        return bool(self.session.scalar(select(func.count()).select_from(User)))

    @writes
    def create_first_admin(self, name: str, secret: str) -> UserInfo:
        """Only allowed while the database has no users at all (first start)."""
        if self.session.scalar(select(func.count()).select_from(User)):
            raise DomainError(QT_TRANSLATE_NOOP("errors", "The first administrator already exists."))
        return self._add_user(DEFAULT_SITE_ID, name, Role.ADMIN, secret)

    @writes
    def create_user(self, actor: Actor, name: str, role: Role, secret: str) -> UserInfo:
        require(actor, Permission.MANAGE_USERS)
        return self._add_user(actor.site_id, name, role, secret)

    @reads
    def all_users(self, actor: Actor) -> list[UserInfo]:
        """Every user of the actor's site, active or not, for the admin's user list."""
        require(actor, Permission.MANAGE_USERS)
        users = self.session.scalars(select(User).where(User.site_id == actor.site_id))
        return sorted((_info(user) for user in users), key=lambda user: norwegian_sort_key(user.name))

    @writes
    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserInfo:
        """Deactivate someone who left (their name stays in the audit log) or bring them back."""
        require(actor, Permission.MANAGE_USERS)
        user = self._user_of_site(actor, user_id)
        if not active and user.id == actor.user_id:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "You cannot deactivate yourself."))
        if not active and user.role == Role.ADMIN.value and self._active_admins(actor) <= 1:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "The last active administrator must stay."))
        user.active = active
        self.changed(USERS, user.id)
        return _info(user)

    @writes
    def set_secret(self, actor: Actor, user_id: int, secret: str) -> UserInfo:
        """A new PIN chosen by the admin, e.g. when someone forgot theirs; it also unlocks."""
        require(actor, Permission.MANAGE_USERS)
        user = self._user_of_site(actor, user_id)
        error = secret_problem(Role(user.role), secret)
        if error is not None:
            raise ValidationError({"secret": error})
        user.secret_hash = self._hasher.hash(secret)
        user.failed_attempts = 0
        user.locked_until = None
        self.changed(USERS, user.id)
        return _info(user)

    @writes
    def update_user(
        self, actor: Actor, user_id: int, name: str, role: Role, new_secret: str | None = None
    ) -> UserInfo:
        """Change a user's name and role (and, with it, the PIN when the new role needs a
        longer one). The last active administrator stays an administrator."""
        require(actor, Permission.MANAGE_USERS)
        user = self._user_of_site(actor, user_id)
        name = name.strip()
        errors: dict[str, Message] = {}
        name_error = self._name_error(name, user.id)
        if name_error is not None:
            errors["name"] = name_error
        old_role = Role(user.role)
        if (
            old_role is Role.ADMIN
            and role is not Role.ADMIN
            and user.active
            and self._active_admins(actor) <= 1
        ):
            errors["role"] = Message(QT_TRANSLATE_NOOP("errors", "The last active administrator must stay."))
        if new_secret:
            secret_error = secret_problem(role, new_secret)
            if secret_error is not None:
                errors["secret"] = secret_error
        elif MIN_SECRET_LENGTH[role] > MIN_SECRET_LENGTH[old_role]:
            errors["secret"] = Message(
                QT_TRANSLATE_NOOP(
                    "errors", "This role needs a PIN of at least {min} digits: give a new PIN."
                ),
                {"min": MIN_SECRET_LENGTH[role]},
            )
        if errors:
            raise ValidationError(errors)
        user.name, user.name_key, user.role = name, name_key(name), role.value
        if new_secret:
            user.secret_hash = self._hasher.hash(new_secret)
            user.failed_attempts, user.locked_until = 0, None
        self.changed(USERS, user.id)
        return _info(user)

    @reads
    def login_names(self) -> list[str]:
        """Names for the login picker (active users only, alphabetical)."""
        names = self.session.scalars(select(User.name).where(User.active))
        return sorted(names, key=norwegian_sort_key)

    @reads
    def users_with_role(self, site_id: int, role: Role) -> list[UserInfo]:
        users = self.session.scalars(
            select(User).where(User.site_id == site_id, User.role == role.value, User.active)
        )
        return sorted((_info(user) for user in users), key=lambda user: norwegian_sort_key(user.name))

    @reads
    def names_of(self, user_ids: Iterable[int]) -> dict[int, str]:
        """User id -> name, for lists that show who did or owns something."""
        wanted = set(user_ids)
        if not wanted:
            return {}
        rows = self.session.execute(select(User.id, User.name).where(User.id.in_(wanted)))
        return {user_id: name for user_id, name in rows}

    def name_order(
        self, user_id: ColumnElement[int | None] | InstrumentedAttribute[int | None]
    ) -> ScalarSelect[str]:
        """A user's name (case-folded) as an SQL expression, for other features' lists that sort
        by who owns a row; they never see the users table itself."""
        return select(User.name_key).where(User.id == user_id).scalar_subquery()

    @reads
    def is_active_with_role(self, site_id: int, user_id: int, role: Role) -> bool:
        user = self.session.get(User, user_id)
        return user is not None and user.site_id == site_id and user.active and user.role == role.value

    def _user_of_site(self, actor: Actor, user_id: int) -> User:
        user = self.session.get(User, user_id)
        if user is None or user.site_id != actor.site_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This user was not found."))
        return user

    def _active_admins(self, actor: Actor) -> int:
        query = select(func.count()).where(
            User.site_id == actor.site_id, User.role == Role.ADMIN.value, User.active
        )
        return int(self.session.scalar(query) or 0)

    def _add_user(self, site_id: int, name: str, role: Role, secret: str) -> UserInfo:
        name = name.strip()
        self._validate_new_user(name, role, secret)
        user = User(
            site_id=site_id,
            name=name,
            name_key=name_key(name),
            role=role.value,
            secret_hash=self._hasher.hash(secret),
            failed_attempts=0,
            active=True,
            created_at=self.now(),
        )
        self.session.add(user)
        self.session.flush()
        self.changed(USERS, user.id)
        return _info(user)

    def _validate_new_user(self, name: str, role: Role, secret: str) -> None:
        errors: dict[str, Message] = {}
        name_error = self._name_error(name, None)
        if name_error is not None:
            errors["name"] = name_error
        secret_error = secret_problem(role, secret)
        if secret_error is not None:
            errors["secret"] = secret_error
        if errors:
            raise ValidationError(errors)

    def _name_error(self, name: str, user_id: int | None) -> Message | None:
        """Why `name` cannot be this user's (or a new user's) name: badly typed or taken."""
        problem = name_problem(name)
        if problem is not None:
            return problem
        holder = self.session.scalar(select(User.id).where(User.name_key == name_key(name)))
        if holder is not None and holder != user_id:
            return Message(QT_TRANSLATE_NOOP("errors", "A user with this name already exists."))
        return None

    # --- login -----------------------------------------------------------------------------

    @writes
    def login(self, name: str, secret: str) -> Actor:
        """The actor for a correct name and PIN; raises LoginFailedError or AccountLockedError.

        A locked account is refused before the PIN is checked, so guessing on stops working.
        The user's row is locked for the check (FOR UPDATE on PostgreSQL; SQLite's write
        transaction is exclusive anyway), so parallel guesses are counted one after another
        and no more than five are ever checked before the lock. The failure count is kept
        although the error is raised (`commit_before_raise`).
        """
        now = self.now()
        user = self.session.scalar(
            select(User).where(User.name_key == name_key(name), User.active).with_for_update()
        )
        if user is None:
            raise LoginFailedError(MAX_FAILED_ATTEMPTS)
        actor = _actor(user)
        if user.locked_until is not None and user.locked_until > now:
            raise AccountLockedError(_minutes_until(user.locked_until, now))
        if not self._verify(user, secret):
            raise self._register_failure(user, actor, now)
        user.failed_attempts = 0
        user.locked_until = None
        if self._hasher.check_needs_rehash(user.secret_hash):
            user.secret_hash = self._hasher.hash(secret)
        self._audit.record(actor, AuditAction.LOGIN, "user", user.id)
        return actor

    def _verify(self, user: User, secret: str) -> bool:
        try:
            return self._hasher.verify(user.secret_hash, secret)
        except (VerificationError, InvalidHashError):
            return False

    def _register_failure(self, user: User, actor: Actor, now: datetime) -> DomainError:
        user.failed_attempts += 1
        if user.failed_attempts < MAX_FAILED_ATTEMPTS:
            self._audit.record(actor, AuditAction.LOGIN_FAILED, "user", user.id)
            return LoginFailedError(MAX_FAILED_ATTEMPTS - user.failed_attempts)
        minutes = self._settings.get_int(user.site_id, SettingKey.LOCKOUT_MINUTES)
        user.locked_until = now + timedelta(minutes=minutes)
        user.failed_attempts = 0
        self._audit.record(actor, AuditAction.LOCKED, "user", user.id)
        self.changed(USERS, user.id)
        return AccountLockedError(minutes)


def _minutes_until(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id, name=user.name, role=Role(user.role), active=user.active, locked_until=user.locked_until
    )


def _actor(user: User) -> Actor:
    return Actor(user_id=user.id, name=user.name, role=Role(user.role), site_id=user.site_id)
