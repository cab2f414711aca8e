"""The audit log (P2), for administrators."""

from ui.platform.audit.view import AuditLogView, AuditTableModel, action_text, detail_text, entity_text

__all__ = ["AuditLogView", "AuditTableModel", "action_text", "detail_text", "entity_text"]
