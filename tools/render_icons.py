#!/usr/bin/env python3
"""Render the application icon from its SVG source into every file the packages need.

    .venv/bin/python tools/render_icons.py            # write the icons into resources/icons/
    .venv/bin/python tools/render_icons.py --out DIR  # write them into DIR instead (tests)

Source: ``resources/icons/kimboard.svg`` (drawn on a 64-unit grid whose edges fall on whole
pixels at 16, 32 and 64 px). Outputs, all committed:

* ``hicolor/<N>x<N>/apps/de.kimboard.Kimboard.png`` for N in 16 24 32 48 64 128 256 512 (the
  freedesktop icon theme layout; ``packaging/linux/install.sh`` copies the tree),
* ``hicolor/scalable/apps/de.kimboard.Kimboard.svg`` (a copy of the source),
* ``kimboard.ico`` with 16 24 32 48 64 128 256 px for Windows: 32-bit BMP entries below 256 px
  (what every Windows tool reads) and a PNG entry for 256 px (as Windows Vista and later do).

Rendering uses Qt's SVG renderer, so no other tool is needed. Re-run it after changing the SVG;
``tests/test_desktop_integration.py`` fails when the committed PNGs no longer match it.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"
SOURCE_SVG = ICONS_DIR / "kimboard.svg"
ICON_NAME = "de.kimboard.Kimboard"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_NAME = "kimboard.ico"


def png_path(root: Path, size: int) -> Path:
    """Where the ``size`` px PNG lies below an icons folder ``root``."""
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def svg_path(root: Path) -> Path:
    return root / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"


def _qt():
    """Qt without a display: the offscreen platform unless the caller chose one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(svg: Path, size: int):
    """The SVG drawn into a transparent ``size`` x ``size`` image (QImage, ARGB32)."""
    _qt()
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bgra_rows(image) -> list[bytes]:
    """The image's rows top to bottom as BGRA bytes (straight alpha)."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    rows = []
    for y in range(height):
        row = bits[y * stride: y * stride + width * 4]
        if sys.byteorder == "big":  # ARGB32 is 0xAARRGGBB per pixel, i.e. A R G B in memory
            row = b"".join(row[i: i + 4][::-1] for i in range(0, len(row), 4))
        rows.append(row)
    return rows


def _dib_bytes(image) -> bytes:
    """An ICO entry as a 32-bit DIB: BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND
    mask (1 = transparent), rows padded to 32 bits. The height in the header counts both."""
    width, height = image.width(), image.height()
    rows = _bgra_rows(image)
    xor = b"".join(reversed(rows))
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    mask = b"".join(mask_rows)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0,
                         len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + mask


def ico_bytes(images: list) -> bytes:
    """A Windows .ico holding ``images`` (square QImages, at most 256 px)."""
    entries = []
    for image in sorted(images, key=lambda im: im.width()):
        size = image.width()
        if size != image.height() or not 1 <= size <= 256:
            raise ValueError(f"an ICO entry must be square and at most 256 px, not {size}")
        entries.append((size, _png_bytes(image) if size >= 256 else _dib_bytes(image)))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        # width and height 0 mean 256; no palette; 1 plane; 32 bits per pixel
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _size, data in entries:
        out += data
    return bytes(out)


def _write(path: Path, data: bytes) -> bool:
    """Write ``data`` unless the file already holds exactly it; True when written."""
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def render_all(out_dir: Path, svg: Path = SOURCE_SVG) -> list[Path]:
    """Write every icon file below ``out_dir``; returns the files that changed."""
    changed = []
    images = {size: render(svg, size) for size in PNG_SIZES}
    for size, image in images.items():
        target = png_path(out_dir, size)
        if _write(target, _png_bytes(image)):
            changed.append(target)
    target = svg_path(out_dir)
    if _write(target, svg.read_bytes()):
        changed.append(target)
    target = out_dir / ICO_NAME
    ico_images = [images[s] if s in images else render(svg, s) for s in ICO_SIZES]
    if _write(target, ico_bytes(ico_images)):
        changed.append(target)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ICONS_DIR,
                        help="icons folder to write into (default: resources/icons)")
    parser.add_argument("--svg", type=Path, default=SOURCE_SVG, help="the SVG source")
    args = parser.parse_args(argv)
    changed = render_all(args.out, args.svg)
    for path in changed:
        try:
            shown = path.relative_to(ROOT)
        except ValueError:
            shown = path
        print(f"wrote {shown}")
    if not changed:
        print("icons are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
