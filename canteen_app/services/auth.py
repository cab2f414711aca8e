"""Users, login and lockout (P1). Secrets are argon2 hashes; five wrong tries lock for a while."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen_app.domain.collation import norwegian_sort_key
from canteen_app.domain.dates import utc_now
from canteen_app.domain.errors import (
    AccountLockedError,
    DomainError,
    LoginFailedError,
    NotAuthorizedError,
    NotFoundError,
    ValidationError,
)
from canteen_app.domain.roles import MIN_SECRET_LENGTH, Actor, Permission, Role
from canteen_app.domain.text import QT_TRANSLATE_NOOP, Message
from canteen_app.persistence.database import Database
from canteen_app.persistence.models import User
from canteen_app.services.audit import AuditAction, record_audit
from canteen_app.services.dto import UserInfo
from canteen_app.services.settings import SettingKey, SettingsService

MAX_FAILED_ATTEMPTS = 5
DEFAULT_SITE_ID = 1


def name_key(name: str) -> str:
    return name.strip().casefold()


class AuthService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        clock: Callable[[], datetime] = utc_now,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock
        self._hasher = hasher or PasswordHasher()

    # --- users -----------------------------------------------------------------------------

    def has_users(self) -> bool:
        with self._db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def create_first_admin(self, name: str, secret: str) -> UserInfo:
        """Only allowed while the database has no users at all (first start)."""
        with self._db.write() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise DomainError(QT_TRANSLATE_NOOP("errors", "The first administrator already exists."))
            return self._add_user(session, DEFAULT_SITE_ID, name, Role.ADMIN, secret)

    def create_user(self, actor: Actor, name: str, role: Role, secret: str) -> UserInfo:
        _require_admin(actor)
        with self._db.write() as session:
            return self._add_user(session, actor.site_id, name, role, secret)

    def all_users(self, actor: Actor) -> list[UserInfo]:
        """Every user of the actor's site, active or not, for the admin's user list."""
        _require_admin(actor)
        with self._db.read() as session:
            users = session.scalars(select(User).where(User.site_id == actor.site_id))
            return sorted((_info(user) for user in users), key=lambda user: norwegian_sort_key(user.name))

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserInfo:
        """Deactivate someone who left (their name stays in the audit log) or bring them back."""
        _require_admin(actor)
        with self._db.write() as session:
            user = self._user_of_site(session, actor, user_id)
            if not active and user.id == actor.user_id:
                raise DomainError(QT_TRANSLATE_NOOP("errors", "You cannot deactivate yourself."))
            if not active and user.role == Role.ADMIN.value and self._active_admins(session, actor) <= 1:
                raise DomainError(QT_TRANSLATE_NOOP("errors", "The last active administrator must stay."))
            user.active = active
            return _info(user)

    def set_secret(self, actor: Actor, user_id: int, secret: str) -> UserInfo:
        """A new PIN chosen by the admin, e.g. when someone forgot theirs; it also unlocks."""
        _require_admin(actor)
        with self._db.write() as session:
            user = self._user_of_site(session, actor, user_id)
            minimum = MIN_SECRET_LENGTH[Role(user.role)]
            if len(secret) < minimum:
                raise ValidationError(
                    {
                        "secret": Message(
                            QT_TRANSLATE_NOOP("errors", "The PIN must have at least {min} characters."),
                            {"min": minimum},
                        )
                    }
                )
            user.secret_hash = self._hasher.hash(secret)
            user.failed_attempts = 0
            user.locked_until = None
            return _info(user)

    @staticmethod
    def _user_of_site(session: Session, actor: Actor, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None or user.site_id != actor.site_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This user was not found."))
        return user

    @staticmethod
    def _active_admins(session: Session, actor: Actor) -> int:
        query = select(func.count()).where(
            User.site_id == actor.site_id, User.role == Role.ADMIN.value, User.active
        )
        return int(session.scalar(query) or 0)

    def login_names(self) -> list[str]:
        """Names for the login picker (active users only, alphabetical)."""
        with self._db.read() as session:
            names = session.scalars(select(User.name).where(User.active))
            return sorted(names, key=norwegian_sort_key)

    def users_with_role(self, site_id: int, role: Role) -> list[UserInfo]:
        with self._db.read() as session:
            users = session.scalars(
                select(User).where(User.site_id == site_id, User.role == role.value, User.active)
            )
            return sorted((_info(user) for user in users), key=lambda user: norwegian_sort_key(user.name))

    def _add_user(self, session: Session, site_id: int, name: str, role: Role, secret: str) -> UserInfo:
        name = name.strip()
        self._validate_new_user(session, name, role, secret)
        user = User(
            site_id=site_id,
            name=name,
            name_key=name_key(name),
            role=role.value,
            secret_hash=self._hasher.hash(secret),
            failed_attempts=0,
            active=True,
            created_at=self._clock(),
        )
        session.add(user)
        session.flush()
        return _info(user)

    @staticmethod
    def _validate_new_user(session: Session, name: str, role: Role, secret: str) -> None:
        errors: dict[str, Message] = {}
        if not name:
            errors["name"] = Message(QT_TRANSLATE_NOOP("errors", "The name is required."))
        elif len(name) > 100:
            errors["name"] = Message(
                QT_TRANSLATE_NOOP("errors", "Use at most {max} characters."), {"max": 100}
            )
        elif session.scalar(select(User.id).where(User.name_key == name_key(name))):
            errors["name"] = Message(QT_TRANSLATE_NOOP("errors", "A user with this name already exists."))
        minimum = MIN_SECRET_LENGTH[role]
        if len(secret) < minimum:
            errors["secret"] = Message(
                QT_TRANSLATE_NOOP("errors", "The PIN must have at least {min} characters."), {"min": minimum}
            )
        if errors:
            raise ValidationError(errors)

    # --- login -----------------------------------------------------------------------------

    def login(self, name: str, secret: str) -> Actor:
        """The actor for a correct name and PIN; raises LoginFailedError or AccountLockedError.

        A locked account is refused before the PIN is checked, so guessing on stops working.
        """
        now = self._clock()
        with self._db.write() as session:
            user = session.scalar(select(User).where(User.name_key == name_key(name), User.active))
            if user is None:
                raise LoginFailedError(MAX_FAILED_ATTEMPTS)
            actor = _actor(user)
            if user.locked_until is not None and user.locked_until > now:
                raise AccountLockedError(_minutes_until(user.locked_until, now))
            if not self._verify(user, secret):
                error = self._register_failure(session, user, actor, now)
            else:
                user.failed_attempts = 0
                user.locked_until = None
                if self._hasher.check_needs_rehash(user.secret_hash):
                    user.secret_hash = self._hasher.hash(secret)
                record_audit(session, actor, AuditAction.LOGIN, "user", user.id, at=now)
                return actor
        raise error  # raised after the block so the failure count is committed

    def _verify(self, user: User, secret: str) -> bool:
        try:
            return self._hasher.verify(user.secret_hash, secret)
        except (VerificationError, InvalidHashError):
            return False

    def _register_failure(self, session: Session, user: User, actor: Actor, now: datetime) -> DomainError:
        user.failed_attempts += 1
        if user.failed_attempts < MAX_FAILED_ATTEMPTS:
            record_audit(session, actor, AuditAction.LOGIN_FAILED, "user", user.id, at=now)
            return LoginFailedError(MAX_FAILED_ATTEMPTS - user.failed_attempts)
        minutes = self._settings.get_int(user.site_id, SettingKey.LOCKOUT_MINUTES)
        user.locked_until = now + timedelta(minutes=minutes)
        user.failed_attempts = 0
        record_audit(session, actor, AuditAction.LOCKED, "user", user.id, at=now)
        return AccountLockedError(minutes)


def _require_admin(actor: Actor) -> None:
    if not actor.can(Permission.MANAGE_USERS):
        raise NotAuthorizedError()


def _minutes_until(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id, name=user.name, role=Role(user.role), active=user.active, locked_until=user.locked_until
    )


def _actor(user: User) -> Actor:
    return Actor(user_id=user.id, name=user.name, role=Role(user.role), site_id=user.site_id)
