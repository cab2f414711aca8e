"""The four level pictures of the self-assessment screen, drawn with QPainter.

The shipped fonts (DejaVu Sans) have no raised hand or handshake, and emoji fonts differ from
PC to PC, so the pictures are drawn: plain, solid shapes in one colour, the same everywhere.

    1 "I need help"          a raised open hand
    2 "with support"         me, with a helper beside me (drawn in outline)
    3 "on my own"            me, with a tick
    4 "I can show others"    me, with a star, and two others

Under each picture, four dots with as many filled as the level: the answers read as steps.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform

_UNIT = 100.0  # the pictures are drawn on a 100 x 100 grid and scaled


def level_pixmap(level: int, size: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """The picture for `level` (1-4), `size` pixels square, in `colour`."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / _UNIT, size / _UNIT)
    draw_level(painter, level, colour)
    painter.end()
    return pixmap


def level_icon(level: int, size: int, colour: QColor) -> QIcon:
    return QIcon(level_pixmap(level, size, colour))


def draw_level(painter: QPainter, level: int, colour: QColor) -> None:
    """Draw on the 100 x 100 grid: the picture above (0-82), the level's dots below."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if level == 1:
        painter.drawPath(_hand())
    elif level == 2:
        _outlined(painter, _person(QPointF(71, 14), 0.9), colour)
        painter.drawPath(_person(QPointF(31, 10), 0.95))
    elif level == 3:
        painter.drawPath(_person(QPointF(40, 8), 1.1))
        _tick(painter, colour)
    else:
        painter.drawPath(_person(QPointF(28, 14), 0.9))
        painter.drawPath(_star(QPointF(54, 0), 11, 5))
        for x in (64, 88):
            _outlined(painter, _person(QPointF(x, 44), 0.44), colour)
    _dots(painter, level, colour)


def _person(top: QPointF, scale: float) -> QPainterPath:
    """A head and rounded shoulders, `top` the top of the head's centre line."""
    path = QPainterPath()
    head = 13 * scale
    path.addEllipse(QPointF(top.x(), top.y() + head), head, head)
    body = QRectF(top.x() - 25 * scale, top.y() + 2 * head + 5 * scale, 50 * scale, 40 * scale)
    shoulders = QPainterPath()
    shoulders.addRoundedRect(body, 20 * scale, 20 * scale)
    bottom = QPainterPath()
    bottom.addRect(QRectF(body.left(), body.center().y(), body.width(), body.height() / 2))
    path.addPath(shoulders.united(bottom))
    clip = QPainterPath()
    clip.addRect(QRectF(0, 0, _UNIT, 80))
    return path.intersected(clip)


def _outlined(painter: QPainter, path: QPainterPath, colour: QColor) -> None:
    """Another person: drawn in outline, so "me" stays the solid one."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(colour, 5)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(path)
    painter.restore()


def _hand() -> QPainterPath:
    """A raised open hand: palm, four fingers and the thumb."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(28, 36, 44, 44), 14, 14)
    for x, top in ((29, 14), (40, 6), (51, 9), (62, 18)):
        finger = QPainterPath()
        finger.addRoundedRect(QRectF(x, top, 9.5, 46), 4.75, 4.75)
        path = path.united(finger)
    thumb = QPainterPath()
    thumb.addRoundedRect(QRectF(-5, -22, 11, 36), 5.5, 5.5)
    placed = QTransform().translate(24, 60).rotate(-40).map(thumb)
    return path.united(placed)


def _tick(painter: QPainter, colour: QColor) -> None:
    painter.save()
    pen = QPen(colour, 9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(70, 30), QPointF(79, 40), QPointF(95, 16)]))
    painter.restore()


def _star(centre: QPointF, outer: float, points: int) -> QPainterPath:
    import math

    inner = outer * 0.45
    corners = []
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / points * i - math.pi / 2
        corners.append(
            QPointF(centre.x() + radius * math.cos(angle), centre.y() + outer + radius * math.sin(angle))
        )
    path = QPainterPath()
    path.addPolygon(QPolygonF(corners))
    path.closeSubpath()
    return path


def _dots(painter: QPainter, level: int, colour: QColor) -> None:
    painter.save()
    pen = QPen(colour, 2.5)
    for i in range(4):
        centre = QPointF(26 + i * 16, 92)
        painter.setPen(pen)
        painter.setBrush(colour if i < level else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 5.5, 5.5)
    painter.restore()
